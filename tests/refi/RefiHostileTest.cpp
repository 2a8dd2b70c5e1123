// Hostile archives and XML, built in memory: refused with a clear error, nothing returned.

#include "RefiTestSupport.h"
#include "refi/RefiReader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

const QByteArray kMinimalProject = R"(<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>)";

// A project whose one text source is the entry "sources/s.txt".
QByteArray projectWithSource()
{
    return R"(<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>)"
           R"(<TextSource guid="0a1b2c3d-0000-4000-8000-000000000001" name="s" )"
           R"(plainTextPath="internal://s.txt"/></Sources></Project>)";
}

Error refusal(const QByteArray& bytes, const RefiReadOptions& options = {})
{
    auto result = readQdpx(bytes, options);
    EXPECT_FALSE(result.ok()) << "the archive was accepted";
    return result.ok() ? Error{} : result.error();
}

TEST(RefiHostile, pathTraversalAndAbsoluteNamesAreRefused)
{
    for (const QString& name : {u"../evil.txt"_s, u"sources/../../evil.txt"_s, u"/etc/passwd"_s,
                                u"C:\\Windows\\evil.txt"_s, u"..\\evil.txt"_s}) {
        const Error error =
            refusal(buildZip({{u"project.qde"_s, kMinimalProject}, {name, "gotcha"}}));
        EXPECT_EQ(error.code, ErrorCode::Corrupt) << name.toStdString();
        EXPECT_TRUE(error.message.contains(name)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u"Nothing was imported"_s));
    }
}

TEST(RefiHostile, hugeDeclaredSizeIsRefusedBeforeReading)
{
    const Error error = refusal(buildZip(
        {{u"project.qde"_s, kMinimalProject}, {u"sources/big.txt"_s, "tiny", false, 1ULL << 30}}));
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"sources/big.txt"_s)) << error.message.toStdString();
}

TEST(RefiHostile, dataLargerThanItsHeaderSaysIsRefused)
{
    // The header claims 100 bytes; the data inflates to 3 MB. Reading stops at the declared
    // size, so the checksum fails and the entry is refused as damaged, never inflated.
    const QByteArray bomb(3 * 1024 * 1024, 'a');
    const Error error = refusal(
        buildZip({{u"project.qde"_s, projectWithSource()}, {u"sources/s.txt"_s, bomb, true, 100}}));
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"sources/s.txt"_s)) << error.message.toStdString();
}

TEST(RefiHostile, entryOverThePerFileLimitIsRefused)
{
    RefiReadOptions options;
    options.limits.maxEntryBytes = 1024 * 1024;
    const Error error =
        refusal(buildZip({{u"project.qde"_s, projectWithSource()},
                          {u"sources/s.txt"_s, QByteArray(2 * 1024 * 1024, 'a'), true}}),
                options);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"sources/s.txt"_s)) << error.message.toStdString();
}

TEST(RefiHostile, totalUnpackedSizeIsCapped)
{
    RefiReadOptions options;
    options.limits.maxTotalBytes = 1024 * 1024;
    QList<TestZipEntry> entries{{u"project.qde"_s, kMinimalProject}};
    for (int i = 0; i < 4; ++i) {
        entries.append({u"sources/%1.txt"_s.arg(i), QByteArray(400 * 1024, 'x'), true});
    }
    const Error error = refusal(buildZip(entries), options);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"in total"_s)) << error.message.toStdString();
}

TEST(RefiHostile, zipBombRatioIsRefused)
{
    RefiReadOptions options;
    options.limits.ratioFloorBytes = 1024 * 1024;
    const Error error =
        refusal(buildZip({{u"project.qde"_s, kMinimalProject},
                          {u"sources/zeros.txt"_s, QByteArray(4 * 1024 * 1024, '\0'), true}}),
                options);
    EXPECT_EQ(error.code, ErrorCode::Corrupt);
    EXPECT_TRUE(error.message.contains(u"zip bomb"_s)) << error.message.toStdString();
}

TEST(RefiHostile, tooManyEntriesAreRefused)
{
    RefiReadOptions options;
    options.limits.maxEntries = 5;
    QList<TestZipEntry> entries{{u"project.qde"_s, kMinimalProject}};
    for (int i = 0; i < 6; ++i) {
        entries.append({u"sources/%1.txt"_s.arg(i), "x"});
    }
    const Error error = refusal(buildZip(entries), options);
    EXPECT_TRUE(error.message.contains(u"entries"_s)) << error.message.toStdString();
}

TEST(RefiHostile, encryptedEntriesAreRefused)
{
    const Error error =
        refusal(buildZip({{u"project.qde"_s, kMinimalProject, false, {}, "secret"}}));
    EXPECT_TRUE(error.message.contains(u"encrypted"_s)) << error.message.toStdString();
}

TEST(RefiHostile, xmlWithADtdIsRefused)
{
    const QList<QByteArray> documents = {
        // Entity expansion ("billion laughs", shortened).
        R"(<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">)"
        R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project name="&b;"/>)",
        // External entity.
        R"(<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"
        R"(<Project name="x"><Description>&xxe;</Description></Project>)",
        // External DTD.
        R"(<?xml version="1.0"?><!DOCTYPE Project SYSTEM "http://example.org/p.dtd">)"
        R"(<Project name="x"/>)",
    };
    for (const QByteArray& xml : documents) {
        const Error error = refusal(buildZip({{u"project.qde"_s, xml}}));
        EXPECT_EQ(error.code, ErrorCode::Corrupt);
        EXPECT_TRUE(error.message.contains(u"DTD"_s)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u"project.qde"_s)) << error.message.toStdString();
    }
    auto qdc = readQdc(R"(<!DOCTYPE CodeBook [<!ENTITY a "b">]><CodeBook><Codes/></CodeBook>)");
    ASSERT_FALSE(qdc.ok());
    EXPECT_TRUE(qdc.error().message.contains(u"DTD"_s));
}

TEST(RefiHostile, undeclaredEntitiesAndDeepNestingAreRefused)
{
    const Error entity = refusal(buildZip(
        {{u"project.qde"_s, R"(<Project name="x"><Description>&xxe;</Description></Project>)"}}));
    EXPECT_EQ(entity.code, ErrorCode::Corrupt);
    EXPECT_TRUE(entity.message.contains(u"line 1"_s)) << entity.message.toStdString();

    QByteArray deep = R"(<CodeBook><Codes>)";
    for (int i = 0; i < 300; ++i) {
        deep += R"(<Code guid="0a1b2c3d-0000-4000-8000-000000000001" name="c" isCodable="true">)";
    }
    auto qdc = readQdc(deep);
    ASSERT_FALSE(qdc.ok());
    EXPECT_TRUE(qdc.error().message.contains(u"nested"_s)) << qdc.error().message.toStdString();
}

TEST(RefiHostile, filesThatAreNotProjectsSayWhat)
{
    const Error notZip = refusal("just some text");
    EXPECT_EQ(notZip.code, ErrorCode::UnsupportedFormat);
    const Error noQde = refusal(buildZip({{u"sources/a.txt"_s, "text"}}));
    EXPECT_EQ(noQde.code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(noQde.message.contains(u".qde"_s));
    const Error wrongRoot = refusal(buildZip({{u"project.qde"_s, "<CodeBook/>"}}));
    EXPECT_TRUE(wrongRoot.message.contains(u"<CodeBook>"_s)) << wrongRoot.message.toStdString();
}

} // namespace
} // namespace tessera::test
