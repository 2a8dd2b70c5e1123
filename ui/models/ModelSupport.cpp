#include "ModelSupport.h"

namespace tessera::ui {

QColor colorFromText(const QString& text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

QString richTooltip(const QString& heading, const QList<std::pair<QString, QString>>& sections)
{
    // <qt> forces rich text: plain-looking user text would otherwise be shown unescaped as
    // plain text, entities and all.
    QString html = QStringLiteral("<qt><b>") + heading.toHtmlEscaped() + QStringLiteral("</b>");
    for (const auto& [label, text] : sections) {
        if (text.trimmed().isEmpty()) {
            continue;
        }
        QString body = text.toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("<p>");
        if (!label.isEmpty()) {
            html += QStringLiteral("<i>") + label.toHtmlEscaped() + QStringLiteral("</i> ");
        }
        html += body + QStringLiteral("</p>");
    }
    html += QStringLiteral("</qt>");
    return html;
}

} // namespace tessera::ui
