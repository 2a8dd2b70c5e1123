#pragma once

#include <QIcon>
#include <QString>

namespace tessera::ui {

// A small rounded square in a code's, theme's or coder's colour, for menus, combos and buttons.
QIcon colorSwatch(const QString& color, int size = 12);

} // namespace tessera::ui
