#pragma once

#include "CodingIndex.h"

#include <QList>
#include <QString>

namespace tessera::ui {

// Rich-text tooltip for the codings under the mouse (text or stripe): per coding a colour
// swatch, the code path, the coder, a key-quote mark and the memo (shortened). Empty when
// `codings` is empty.
QString codingToolTip(const QList<const CodingDisplay*>& codings);

} // namespace tessera::ui
