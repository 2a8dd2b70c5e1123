// The pure writers: schema validity (xmllint against the shared schemas), code-point positions,
// the archive layout, determinism, and what the reader makes of what the writer wrote.

#include "refi/RefiWriter.h"

#include "RefiTestSupport.h"
#include "refi/RefiReader.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

const QString kUser = u"6b0f7c7e-1d2a-4a57-9d1e-0f3a1c2b4d5e"_s;
const QString kCodeA = u"0a1b2c3d-0000-4000-8000-000000000001"_s;
const QString kCodeB = u"0a1b2c3d-0000-4000-8000-000000000002"_s;
const QString kSource = u"0a1b2c3d-0000-4000-8000-0000000000aa"_s;
const QString kVariable = u"0a1b2c3d-0000-4000-8000-0000000000bb"_s;
const QString kNote = u"0a1b2c3d-0000-4000-8000-0000000000cc"_s;
const QDateTime kWhen(QDate(2024, 3, 1), QTime(10, 30), Qt::UTC);

// "a😀b c": 'b' is UTF-16 [3, 4) but code points [2, 3).
RefiProject smallProject()
{
    RefiProject project;
    project.name = u"Étude <pilote> & co"_s;
    project.origin = u"Tessera test"_s;
    project.creatingUser = kUser;
    project.created = kWhen;
    project.description = u"Line one\nLine two"_s;
    project.noteRefs = {kNote};
    project.users = {{kUser, u"Zoë"_s}};
    RefiCode parent{kCodeA, u"Parent"_s, u"#ABC"_s, u"About things"_s, true, {kNote}, {}};
    parent.children.append(
        RefiCode{kCodeB, u"Child\u0001 with control"_s, u"#12AB9F"_s, {}, false, {}, {}});
    project.codes = {parent};
    project.variables = {{kVariable, u"Age"_s, RefiVariableType::Integer, u"years"_s}};
    RefiCase person;
    person.guid = u"0a1b2c3d-0000-4000-8000-0000000000dd"_s;
    person.name = u"P1"_s;
    person.values = {{kVariable, RefiVariableType::Integer, u"42"_s}};
    person.sourceRefs = {kSource};
    project.cases = {person};
    RefiTextSource source;
    source.guid = kSource;
    source.name = u"Interview"_s;
    source.text = u"a😀b c\nsecond line"_s;
    RefiSelection selection;
    selection.guid = u"0a1b2c3d-0000-4000-8000-0000000000ee"_s;
    selection.name = selectionLabel(source.text, 3, 4);
    selection.start = 3;
    selection.end = 4;
    selection.creatingUser = kUser;
    selection.created = kWhen;
    selection.codings = {{u"0a1b2c3d-0000-4000-8000-0000000000ff"_s, kCodeB, kUser, kWhen, {}}};
    source.selections = {selection};
    project.sources = {source};
    project.notes = {{kNote, u"Memo: Parent"_s, {}, u"A memo\nwith lines"_s, kUser, kWhen}};
    project.sets = {{u"0a1b2c3d-0000-4000-8000-000000000100"_s,
                     u"Theme"_s,
                     u"Concept"_s,
                     {kCodeA, kCodeB},
                     {kSource},
                     {kNote}}};
    return project;
}

TEST(RefiWriter, projectValidatesAgainstProjectXsd)
{
    if (const auto reason = xmllintUnavailable()) {
        GTEST_SKIP() << reason->toStdString();
    }
    auto qde = writeQde(smallProject());
    ASSERT_TRUE(qde.ok()) << qde.error().message.toStdString();
    const SchemaCheck check = validateWithSchema(*qde, u"Project.xsd"_s);
    EXPECT_TRUE(check.valid) << check.output.toStdString() << "\n" << qde->toStdString();
}

TEST(RefiWriter, emptyProjectValidatesToo)
{
    if (const auto reason = xmllintUnavailable()) {
        GTEST_SKIP() << reason->toStdString();
    }
    RefiProject empty;
    empty.name = u"Nothing yet"_s;
    auto qde = writeQde(empty);
    ASSERT_TRUE(qde.ok());
    const SchemaCheck check = validateWithSchema(*qde, u"Project.xsd"_s);
    EXPECT_TRUE(check.valid) << check.output.toStdString();
}

TEST(RefiWriter, codebookValidatesAgainstCodebookXsd)
{
    if (const auto reason = xmllintUnavailable()) {
        GTEST_SKIP() << reason->toStdString();
    }
    RefiCodebook codebook;
    codebook.origin = u"Tessera test"_s;
    codebook.codes = smallProject().codes;
    codebook.sets = smallProject().sets;
    const QByteArray qdc = writeQdc(codebook);
    const SchemaCheck check = validateWithSchema(qdc, u"Codebook.xsd"_s);
    EXPECT_TRUE(check.valid) << check.output.toStdString() << "\n" << qdc.toStdString();
    // The codebook schema names set members by @guid and has no notes on codes.
    EXPECT_TRUE(qdc.contains(R"(<MemberCode guid="0a1b2c3d-0000-4000-8000-000000000001"/>)"));
    EXPECT_FALSE(qdc.contains("NoteRef"));
}

TEST(RefiWriter, writesCodePointsLowerCaseGuidsAndLongColours)
{
    auto qde = writeQde(smallProject());
    ASSERT_TRUE(qde.ok());
    const QString xml = QString::fromUtf8(*qde);
    EXPECT_TRUE(xml.contains(u"startPosition=\"2\" endPosition=\"3\""_s)) << xml.toStdString();
    EXPECT_TRUE(xml.contains(u"name=\"b\""_s));
    EXPECT_TRUE(xml.contains(u"color=\"#AABBCC\""_s));
    EXPECT_TRUE(
        xml.contains(u"plainTextPath=\"internal://0a1b2c3d-0000-4000-8000-0000000000aa.txt\""_s));
    EXPECT_TRUE(xml.contains(u"creationDateTime=\"2024-03-01T10:30:00Z\""_s));
    EXPECT_TRUE(xml.contains(u"name=\"Child with control\""_s)); // U+0001 cannot be in XML
    EXPECT_TRUE(xml.contains(u"<IntegerValue>42</IntegerValue>"_s));
}

TEST(RefiWriter, archiveHoldsProjectAndUtf8SourcesAndIsDeterministic)
{
    auto first = writeQdpx(smallProject());
    auto second = writeQdpx(smallProject());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(
        zipEntryNames(*first),
        (QStringList{u"project.qde"_s, u"sources/0a1b2c3d-0000-4000-8000-0000000000aa.txt"_s}));
    EXPECT_EQ(zipEntry(*first, u"sources/0a1b2c3d-0000-4000-8000-0000000000aa.txt"_s),
              u"a😀b c\nsecond line"_s.toUtf8());
}

TEST(RefiWriter, refusesASelectionOutsideItsText)
{
    RefiProject project = smallProject();
    project.sources[0].selections[0].end = 99;
    auto qdpx = writeQdpx(project);
    ASSERT_FALSE(qdpx.ok());
    EXPECT_EQ(qdpx.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(qdpx.error().message.contains(u"Interview"_s));
}

TEST(RefiWriter, readerGetsBackWhatWasWritten)
{
    auto qdpx = writeQdpx(smallProject());
    ASSERT_TRUE(qdpx.ok());
    auto read = readQdpx(*qdpx);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const RefiProject& project = *read;
    EXPECT_EQ(project.name, u"Étude <pilote> & co"_s);
    EXPECT_EQ(project.description, u"Line one\nLine two"_s);
    EXPECT_EQ(project.creatingUser, kUser);
    ASSERT_EQ(project.codes.size(), 1);
    EXPECT_EQ(project.codes.first().color, u"#AABBCC"_s);
    EXPECT_EQ(project.codes.first().noteRefs, QStringList{kNote});
    ASSERT_EQ(project.codes.first().children.size(), 1);
    EXPECT_FALSE(project.codes.first().children.first().isCodable);
    ASSERT_EQ(project.sources.size(), 1);
    const RefiTextSource& source = project.sources.first();
    EXPECT_EQ(source.text, u"a😀b c\nsecond line"_s);
    ASSERT_EQ(source.selections.size(), 1);
    EXPECT_EQ(source.selections.first().start, 3);
    EXPECT_EQ(source.selections.first().end, 4);
    EXPECT_EQ(source.selections.first().codings.first().created, kWhen);
    EXPECT_EQ(project.cases.first().values.first().value, u"42"_s);
    EXPECT_EQ(project.notes.first().text, u"A memo\nwith lines"_s);
    EXPECT_EQ(project.sets.first().memberSources, QStringList{kSource});
    // The only message: which reading was used (the text has a character outside the BMP).
    ASSERT_EQ(project.warnings.size(), 1) << project.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(project.warnings.first().contains(u"positions read as code points"_s));
}

} // namespace
} // namespace tessera::test
