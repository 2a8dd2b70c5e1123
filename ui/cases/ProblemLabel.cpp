#include "ProblemLabel.h"

namespace tessera::ui {

ProblemLabel::ProblemLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Problem"));
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::WindowText, dark ? QColor(255, 138, 128) : QColor(176, 0, 32));
    setPalette(colours);
    hide();
}

void ProblemLabel::setProblem(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace tessera::ui
