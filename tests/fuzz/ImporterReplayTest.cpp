#include "ImporterFuzzTarget.h"
#include "support/TestPaths.h"

#include <QDir>

#include <gtest/gtest.h>

#include <random>

using namespace tessera;

// A deterministic stand-in for the fuzzer in every CI run: the shared transcripts and thousands
// of seeded mutations of them (bit flips, truncations, spliced bytes, inserted NULs and BOMs).
namespace {

QList<QByteArray> seeds()
{
    QList<QByteArray> list;
    const QDir dir(test::sharedPath(QStringLiteral("transcripts")));
    for (const QString& name : dir.entryList(QDir::Files)) {
        list << test::readFileBytes(dir.filePath(name));
    }
    return list;
}

// The survey tables of tests/data/surveys (CSV, XLSX and the flat ODS they came from).
QList<QByteArray> tableSeeds()
{
    QList<QByteArray> list;
    const QDir dir(test::testsPath(QStringLiteral("data/surveys")));
    for (const QString& name : dir.entryList(
             {QStringLiteral("*.csv"), QStringLiteral("*.xlsx"), QStringLiteral("*.fods")},
             QDir::Files)) {
        list << test::readFileBytes(dir.filePath(name));
    }
    return list;
}

QByteArray mutate(QByteArray bytes, std::mt19937& rng)
{
    std::uniform_int_distribution<int> kind(0, 6);
    const auto position = [&](qsizetype size) {
        return size == 0 ? qsizetype(0)
                         : qsizetype(std::uniform_int_distribution<qsizetype>(0, size - 1)(rng));
    };
    const int steps = 1 + int(rng() % 8);
    for (int i = 0; i < steps; ++i) {
        switch (kind(rng)) {
        case 0:
            if (!bytes.isEmpty()) {
                bytes[position(bytes.size())] ^= char(1 << (rng() % 8));
            }
            break;
        case 1:
            bytes.truncate(position(bytes.size() + 1));
            break;
        case 2:
            bytes.insert(position(bytes.size() + 1), '\0');
            break;
        case 3:
            bytes.insert(position(bytes.size() + 1),
                         QByteArray("\xEF\xBB\xBF\r\n:\xF0\x9F\x98", 9));
            break;
        case 4: {
            const qsizetype from = position(bytes.size());
            bytes.insert(position(bytes.size() + 1), bytes.mid(from, qsizetype(rng() % 64)));
            break;
        }
        case 5:
            bytes.insert(position(bytes.size() + 1),
                         QByteArray("\n00:00:01.000 --> 00:00:02.000\n<v A>x", 37));
            break;
        default: // CSV structure: quotes, separators, line ends
            bytes.insert(position(bytes.size() + 1), QByteArray("\",;\t\"\"\r", 7));
            break;
        }
    }
    return bytes;
}

} // namespace

TEST(ImporterReplay, sharedTranscriptsHoldInvariants)
{
    const QList<QByteArray> inputs = seeds();
    ASSERT_GE(inputs.size(), 9);
    for (const QByteArray& input : inputs) {
        EXPECT_TRUE(fuzz::importerHoldsInvariants(input));
    }
}

TEST(ImporterReplay, surveyTablesHoldInvariants)
{
    const QList<QByteArray> inputs = tableSeeds();
    ASSERT_GE(inputs.size(), 4);
    for (const QByteArray& input : inputs) {
        EXPECT_TRUE(fuzz::importerHoldsInvariants(input));
    }
}

TEST(ImporterReplay, seededMutationsHoldInvariants)
{
    const QList<QByteArray> inputs = seeds() + tableSeeds();
    ASSERT_FALSE(inputs.isEmpty());
    std::mt19937 rng(20261126);
    int checked = 0;
    for (int round = 0; round < 400; ++round) {
        for (const QByteArray& input : inputs) {
            const QByteArray mutated = mutate(input, rng);
            ASSERT_TRUE(fuzz::importerHoldsInvariants(mutated))
                << "round " << round << ", input of " << mutated.size() << " bytes";
            ++checked;
        }
    }
    EXPECT_EQ(checked, 400 * inputs.size());
}
