#include "ColorButton.h"

#include "ColorSwatch.h"
#include "UserPrompts.h"

namespace tessera::ui {

ColorButton::ColorButton(const UserPrompts& prompts, QWidget* parent)
    : QPushButton(parent), m_prompts(prompts)
{
    setColor({});
    connect(this, &QPushButton::clicked, this, [this] {
        const QColor initial = m_color.isEmpty() ? QColor(Qt::white) : QColor(m_color);
        if (const auto chosen = m_prompts.askColor(this, initial, tr("Choose a colour"))) {
            setColor(chosen->name());
        }
    });
}

void ColorButton::setColor(const QString& color)
{
    m_color = color;
    setIcon(color.isEmpty() ? QIcon() : colorSwatch(color, 16));
    setText(color.isEmpty() ? tr("Automatic") : color.toUpper());
    setAccessibleDescription(color.isEmpty() ? tr("No colour chosen; Tessera picks one")
                                             : tr("Colour %1").arg(color));
    emit colorChanged(color);
}

} // namespace tessera::ui
