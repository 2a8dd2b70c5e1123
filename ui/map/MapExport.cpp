#include "MapExport.h"

#include "map/ThematicMap.h"
#include "project/Project.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>

namespace tessera::ui {

std::optional<MapFileFormat> mapFileFormatFromSuffix(QStringView suffix)
{
    if (suffix.compare(u"svg", Qt::CaseInsensitive) == 0) {
        return MapFileFormat::Svg;
    }
    if (suffix.compare(u"png", Qt::CaseInsensitive) == 0) {
        return MapFileFormat::Png;
    }
    return std::nullopt;
}

QByteArray renderMapFile(const Project& project, MapFileFormat format)
{
    ThematicMap map = buildThematicMap(project);
    applyAutomaticLayout(map);
    if (format == MapFileFormat::Svg) {
        QString title = project.title();
        if (title.isEmpty()) {
            title = QFileInfo(project.filePath()).completeBaseName();
        }
        return renderThematicMapSvg(map, title);
    }
    const QImage image = renderThematicMapImage(map, 2.0);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        return {};
    }
    return bytes;
}

} // namespace tessera::ui
