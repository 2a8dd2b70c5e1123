// The zip container shared by DOCX and ODT: order, compression, fixed timestamps.

#include "report/ZipPackage.h"

#include "OfficePackage.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

const QDateTime kNewYear(QDate(2024, 1, 1), QTime(9, 0, 3), Qt::UTC);

QList<ZipEntry> sampleEntries()
{
    ZipEntry stored{u"mimetype"_s, "application/x-test"};
    stored.compressed = false;
    return {stored,
            {u"b/second.xml"_s, QByteArray(2000, 'x')},
            {u"a/third.xml"_s, "<a>é</a>"},
            {u"empty"_s, {}}};
}

TEST(ZipPackage, KeepsEntriesInOrderWithTheirContent)
{
    const auto entries = test::readPackage(zipPackage(sampleEntries(), kNewYear));
    ASSERT_TRUE(entries.has_value());
    QStringList names;
    for (const test::PackageEntry& entry : *entries) {
        names << entry.name;
    }
    EXPECT_EQ(names, (QStringList{u"mimetype"_s, u"b/second.xml"_s, u"a/third.xml"_s, u"empty"_s}));
    EXPECT_EQ((*entries)[0].data, "application/x-test");
    EXPECT_FALSE((*entries)[0].compressed);
    EXPECT_EQ((*entries)[1].data, QByteArray(2000, 'x'));
    EXPECT_TRUE((*entries)[1].compressed);
    EXPECT_EQ((*entries)[2].data, "<a>é</a>");
    EXPECT_TRUE((*entries)[3].data.isEmpty());
}

TEST(ZipPackage, StoredFirstEntryCanBeReadAtAFixedOffset)
{
    // ODF's rule for "mimetype": a reader finds its name at byte 30 and its value right after,
    // which needs no extra field and no data descriptor.
    const QByteArray zip = zipPackage(sampleEntries(), kNewYear);
    EXPECT_EQ(zip.mid(30, 8), "mimetype");
    EXPECT_EQ(zip.mid(38, 18), "application/x-test");
    const auto entries = test::readPackage(zip);
    ASSERT_TRUE(entries.has_value());
    for (const test::PackageEntry& entry : *entries) {
        EXPECT_EQ(entry.localExtraFieldSize, 0) << entry.name.toStdString();
    }
    // General-purpose flag bit 3 (data descriptor) is clear.
    EXPECT_EQ(quint8(zip.at(6)) & 0x08, 0);
}

TEST(ZipPackage, TimestampsAreTheGivenTimeNotTheClock)
{
    const auto entries = test::readPackage(zipPackage(sampleEntries(), kNewYear));
    ASSERT_TRUE(entries.has_value());
    for (const test::PackageEntry& entry : *entries) {
        // The UTC wall clock, at the two-second resolution of zip timestamps.
        EXPECT_EQ(entry.modified.date(), QDate(2024, 1, 1));
        EXPECT_EQ(entry.modified.time(), QTime(9, 0, 2));
    }
    // No time, or one a zip cannot hold: the zip epoch.
    for (const QDateTime& time :
         {QDateTime(), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC)}) {
        const auto undated = test::readPackage(zipPackage(sampleEntries(), time));
        ASSERT_TRUE(undated.has_value());
        EXPECT_EQ(undated->first().modified.date(), QDate(1980, 1, 1));
    }
}

TEST(ZipPackage, SameEntriesGiveTheSameBytes)
{
    const QByteArray first = zipPackage(sampleEntries(), kNewYear);
    const QByteArray second = zipPackage(sampleEntries(), kNewYear);
    EXPECT_FALSE(first.isEmpty());
    EXPECT_EQ(first, second);
    EXPECT_NE(first, zipPackage(sampleEntries(), kNewYear.addDays(1)));
}

} // namespace
} // namespace tessera
