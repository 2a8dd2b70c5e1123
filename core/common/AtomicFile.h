#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Writes the whole file or nothing (QSaveFile: a temporary file renamed over the target on
// commit), so a full disk or a crash never leaves a half-written export behind.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace tessera
