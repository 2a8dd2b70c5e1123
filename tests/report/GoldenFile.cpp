#include "GoldenFile.h"

#include "common/AtomicFile.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace Qt::StringLiterals;

namespace tessera::test {

namespace {

bool updateRequested()
{
    return qEnvironmentVariable("TESSERA_UPDATE_GOLDEN") == u"1"_s;
}

// The first line that differs, so a failure says where to look instead of dumping both files.
QString firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    const qsizetype lines = std::max(actualLines.size(), expectedLines.size());
    for (qsizetype i = 0; i < lines; ++i) {
        const QByteArray a = i < actualLines.size() ? actualLines[i] : QByteArray("<missing>");
        const QByteArray e = i < expectedLines.size() ? expectedLines[i] : QByteArray("<missing>");
        if (a != e) {
            return u"line %1\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                QString::fromUtf8(e), QString::fromUtf8(a));
        }
    }
    return u"(no line differs; sizes %1 vs %2)"_s.arg(expected.size()).arg(actual.size());
}

} // namespace

void expectMatchesGolden(const QByteArray& actual, const QString& name)
{
    const QString path = testsPath(u"report/golden/"_s + name);
    const QByteArray expected = readFileBytes(path);
    const bool exists = QFileInfo::exists(path);
    if (exists && actual == expected) {
        return;
    }
    if (updateRequested()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Status written = writeFileAtomically(path, actual);
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        std::cout << "[golden] rewrote " << path.toStdString() << '\n';
        ADD_FAILURE() << "Golden file " << path.toStdString()
                      << " was rewritten; review the diff and run again without "
                         "TESSERA_UPDATE_GOLDEN.";
        return;
    }
    if (!exists) {
        ADD_FAILURE() << "Missing golden file " << path.toStdString()
                      << "; run with TESSERA_UPDATE_GOLDEN=1 to create it.";
        return;
    }
    ADD_FAILURE() << "Output differs from " << path.toStdString() << " at "
                  << firstDifference(actual, expected).toStdString()
                  << "\nRun with TESSERA_UPDATE_GOLDEN=1 to accept the new output.";
}

} // namespace tessera::test
