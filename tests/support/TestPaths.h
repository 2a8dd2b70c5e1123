#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::test {

// ../shared/<relative> — the team's shared test data (read-only; never copied into the repo).
QString sharedPath(const QString& relative);
// tests/<relative> in the source tree (golden files, fixtures we wrote).
QString testsPath(const QString& relative);
QByteArray readFileBytes(const QString& path);

} // namespace tessera::test
