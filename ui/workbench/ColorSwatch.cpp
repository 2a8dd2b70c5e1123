#include "ColorSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace tessera::ui {

QIcon colorSwatch(const QString& color, int size)
{
    QIcon icon;
    // Two resolutions so the swatch stays crisp on high-DPI screens.
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter.setBrush(QColor(color));
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace tessera::ui
