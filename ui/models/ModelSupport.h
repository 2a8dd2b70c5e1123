#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <utility>

namespace tessera::ui {

// Small helpers the item models share.

// "#RRGGBB" as a QColor; an invalid colour (no swatch) for empty or malformed text.
QColor colorFromText(const QString& text);

// Rich-text tooltip: a bold heading, then one paragraph per non-empty (label, text) pair. User
// text is escaped, so a code described as "<3 contacts" shows as typed.
QString richTooltip(const QString& heading, const QList<std::pair<QString, QString>>& sections);

} // namespace tessera::ui
