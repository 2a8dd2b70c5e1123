#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::test {

// Compares `actual` byte for byte with tests/report/golden/<name>. With the environment
// variable TESSERA_UPDATE_GOLDEN=1 a differing (or missing) golden is rewritten instead, the
// path is printed, and the test still fails, so an update run is never mistaken for a passing
// one: review the diff, then run again without the variable.
void expectMatchesGolden(const QByteArray& actual, const QString& name);

} // namespace tessera::test
