#include "TestPaths.h"

#include <QFile>

namespace tessera::test {

QString sharedPath(const QString& relative)
{
    return QStringLiteral(TESSERA_SHARED_DIR "/") + relative;
}

QString testsPath(const QString& relative)
{
    return QStringLiteral(TESSERA_TESTS_DIR "/") + relative;
}

QByteArray readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace tessera::test
