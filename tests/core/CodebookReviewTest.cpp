// Codebook review: review status and comments on codes (Project API, schema version 5, undo),
// shown in every codebook export; and comparing two codebooks (core/team/CodebookComparison.h).

#include "ProjectFixture.h"
#include "analysis/ReportBuilder.h"
#include "io/DocxArchive.h"
#include "refi/RefiProjectImport.h"
#include "report/ReportWriters.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "support/TestPaths.h"
#include "team/CodebookComparison.h"

#include <QFile>
#include <QObject>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

using CodebookReviewTest = ProjectTest;

// Views of the codebook refresh on ProjectChange::Codes; review state is part of it.
TEST_F(CodebookReviewTest, reviewActionsSignalACodesChange)
{
    const CodeId code = addCode(u"Access"_s);
    QList<ProjectChanges> seen;
    QObject::connect(&project(), &Project::changed, [&](ProjectChanges what) { seen << what; });
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(code, CodeReviewStatus::Accepted));
    ASSERT_TRUE(project().addCodeComment(code, u"Fits the data"_s).ok());
    ASSERT_EQ(seen.size(), 2);
    EXPECT_TRUE(seen[0].testFlag(ProjectChange::Codes));
    EXPECT_TRUE(seen[1].testFlag(ProjectChange::Codes));
}

TEST_F(CodebookReviewTest, reviewStatusIsSetChangedAndClearedEachAsOneUndoStep)
{
    const CodeId code = addCode(u"Access"_s);
    EXPECT_EQ(project().codeReviewStatus(code), std::nullopt);

    TESSERA_ASSERT_OK(project().setCodeReviewStatus(code, CodeReviewStatus::Proposed));
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(code, CodeReviewStatus::NeedsDiscussion));
    EXPECT_EQ(project().codeReviewStatus(code), CodeReviewStatus::NeedsDiscussion);
    EXPECT_EQ(rawQuery(projectPath(), u"SELECT status FROM code_reviews"_s), u"needs discussion"_s);
    EXPECT_EQ(project().undoText(), u"Mark “Access” as needs discussion"_s);
    // The same status again is no new step.
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(code, CodeReviewStatus::NeedsDiscussion));
    EXPECT_EQ(project().undoText(), u"Mark “Access” as needs discussion"_s);

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().codeReviewStatus(code), CodeReviewStatus::Proposed);
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(code, std::nullopt));
    EXPECT_EQ(project().codeReviewStatus(code), std::nullopt);
    EXPECT_TRUE(project().codeReviewStatuses().isEmpty());
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().codeReviewStatuses().value(code), CodeReviewStatus::Proposed);

    reopen();
    EXPECT_EQ(project().codeReviewStatus(code), CodeReviewStatus::Proposed);
    EXPECT_EQ(errorCode(project().setCodeReviewStatus(CodeId(999), CodeReviewStatus::Accepted)),
              ErrorCode::NotFound);
}

TEST(CodeReviewStatusNames, roundTripAndCommandLineSpellings)
{
    for (const auto status : {CodeReviewStatus::Proposed, CodeReviewStatus::Accepted,
                              CodeReviewStatus::NeedsDiscussion}) {
        EXPECT_EQ(codeReviewStatusFromName(codeReviewStatusName(status)), status);
    }
    EXPECT_EQ(codeReviewStatusFromName(u" Needs-Discussion "_s), CodeReviewStatus::NeedsDiscussion);
    EXPECT_EQ(codeReviewStatusFromName(u"needs_discussion"_s), CodeReviewStatus::NeedsDiscussion);
    EXPECT_EQ(codeReviewStatusFromName(u"done"_s), std::nullopt);
}

TEST_F(CodebookReviewTest, commentsAreAddedByTheirCoderListedInOrderAndDeleted)
{
    const CodeId code = addCode(u"Access"_s);
    const CoderId ana = addCoder(u"Ana"_s);
    const Coder current = *project().currentCoder();

    const CodeCommentId first = unwrap(project().addCodeComment(code, u"Too broad?"_s));
    const CodeCommentId second =
        unwrap(project().addCodeComment(code, u"Split into devices\nand data."_s, ana));
    EXPECT_EQ(project().undoText(), u"Comment on “Access”"_s);

    QList<CodeComment> comments = project().codeComments(code);
    ASSERT_EQ(comments.size(), 2);
    EXPECT_EQ(comments[0].id, first);
    EXPECT_EQ(comments[0].coderName, current.name);
    EXPECT_EQ(comments[0].coderId, std::optional<CoderId>(current.id));
    EXPECT_EQ(comments[1].coderName, u"Ana"_s);
    EXPECT_EQ(comments[1].text, u"Split into devices\nand data."_s);
    EXPECT_LT(comments[0].createdAt, comments[1].createdAt);
    EXPECT_FALSE(comments[0].guid.isEmpty());
    EXPECT_EQ(project().allCodeComments().size(), 2);

    TESSERA_ASSERT_OK(project().deleteCodeComment(first));
    ASSERT_EQ(project().codeComments(code).size(), 1);
    EXPECT_EQ(project().codeComments(code)[0].id, second);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().codeComments(code).size(), 2);
    TESSERA_ASSERT_OK(project().undo()); // the second comment
    TESSERA_ASSERT_OK(project().undo()); // the first
    EXPECT_TRUE(project().codeComments(code).isEmpty());
    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(project().codeComments(code).size(), 1);
}

TEST_F(CodebookReviewTest, badCommentsAreRefusedAndChangeNothing)
{
    const CodeId code = addCode(u"Access"_s);
    const QString before = dumpTables(projectPath());
    EXPECT_EQ(errorCode(project().addCodeComment(code, u"  \n "_s)), ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().addCodeComment(CodeId(42), u"Hm"_s)), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().addCodeComment(code, u"Hm"_s, CoderId(42))), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().deleteCodeComment(CodeCommentId(7))), ErrorCode::NotFound);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(CodebookReviewTest, deletingOrMergingACodeTakesItsReviewAlongAndUndoBringsItBack)
{
    const CodeId parent = addCode(u"Access"_s);
    const CodeId child = addCode(u"Devices"_s, parent);
    const CodeId other = addCode(u"Barriers"_s);
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(child, CodeReviewStatus::Accepted));
    unwrap(project().addCodeComment(child, u"Keep."_s));
    unwrap(project().addCodeComment(other, u"Merge into Access?"_s));
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(project().deleteCode(parent));
    EXPECT_EQ(rowCount(projectPath(), u"code_reviews"_s), 0);
    EXPECT_EQ(rowCount(projectPath(), u"code_comments"_s), 1);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);

    // Merging keeps the team's review: the source's comments move to the target, and the
    // target (which has no status of its own) takes the source's status.
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(other, CodeReviewStatus::NeedsDiscussion));
    const QString beforeMerge = dumpTables(projectPath());
    TESSERA_ASSERT_OK(project().mergeCodes(other, parent));
    EXPECT_EQ(rowCount(projectPath(), u"code_comments"_s), 2);
    const QList<CodeComment> moved = project().codeComments(parent);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].text, u"Merge into Access?"_s);
    EXPECT_EQ(project().codeReviewStatus(parent), CodeReviewStatus::NeedsDiscussion);
    EXPECT_EQ(project().codeReviewStatus(child), CodeReviewStatus::Accepted);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), beforeMerge);

    // A target with a status of its own keeps it.
    TESSERA_ASSERT_OK(project().setCodeReviewStatus(parent, CodeReviewStatus::Proposed));
    TESSERA_ASSERT_OK(project().mergeCodes(other, parent));
    EXPECT_EQ(project().codeReviewStatus(parent), CodeReviewStatus::Proposed);
}

TEST(CodebookReviewMigrationTest, versionFourProjectsGainTheReviewTables)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"v4.tessera"_s);
    {
        Database db;
        TESSERA_ASSERT_OK(db.open(file, Database::OpenMode::Create));
        TESSERA_ASSERT_OK(schema::create(db, 4));
        TESSERA_ASSERT_OK(db.exec(
            u"INSERT INTO settings(key, value) VALUES ('title', 'Old study');"
            u"INSERT INTO codes(id, guid, name, color, created_at) VALUES (1, 'C1', 'Access', "
            u"'#1F77B4', '2021-01-01T00:00:00.000Z');"_s));
    }
    ASSERT_FALSE(tableExists(file, u"code_reviews"_s));
    {
        auto project = unwrap(Project::open(file));
        EXPECT_EQ(project->codeReviewStatus(CodeId(1)), std::nullopt);
        TESSERA_ASSERT_OK(project->setCodeReviewStatus(CodeId(1), CodeReviewStatus::Accepted));
        unwrap(project->addCodeComment(CodeId(1), u"Fine."_s));
        TESSERA_ASSERT_OK(project->undo());
        EXPECT_TRUE(project->codeComments(CodeId(1)).isEmpty());
    }
    EXPECT_EQ(rawQuery(file, u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_TRUE(tableExists(file, u"code_comments"_s));
    EXPECT_EQ(rawQuery(file + u".v4.bak"_s, u"PRAGMA user_version"_s), u"4"_s);
    EXPECT_EQ(rawQuery(file, u"SELECT status FROM code_reviews WHERE code_id = 1"_s),
              u"accepted"_s);
}

// --- In the codebook export ------------------------------------------------------------------

class CodebookExportReviewTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        m_access = addCode(u"Access"_s);
        m_devices = addCode(u"Devices"_s, m_access);
        const CoderId ana = addCoder(u"Ana"_s);
        TESSERA_ASSERT_OK(
            project().setCodeReviewStatus(m_access, CodeReviewStatus::NeedsDiscussion));
        unwrap(project().addCodeComment(m_access, u"Overlaps with <Barriers> & Devices."_s, ana));
        unwrap(project().addCodeComment(m_access, u"Agree: split it."_s));
    }

    CodeId m_access;
    CodeId m_devices;
};

TEST_F(CodebookExportReviewTest, theReportCarriesStatusAndCommentsOldestFirst)
{
    const CodebookReport report = buildCodebook(project());
    ASSERT_EQ(report.codes.size(), 2);
    const CodebookEntry& access = report.codes[0];
    EXPECT_EQ(access.reviewStatus, u"needs discussion"_s);
    ASSERT_EQ(access.comments.size(), 2);
    EXPECT_EQ(access.comments[0].author, u"Ana"_s);
    EXPECT_EQ(access.comments[0].text, u"Overlaps with <Barriers> & Devices."_s);
    EXPECT_EQ(access.comments[1].author, project().currentCoder()->name);
    EXPECT_EQ(commentAttribution(access.comments[0]), u"Ana, 2024-01-01"_s);
    EXPECT_TRUE(report.codes[1].reviewStatus.isEmpty());
    EXPECT_TRUE(report.codes[1].comments.isEmpty());
}

TEST_F(CodebookExportReviewTest, markdownHtmlCsvAndDocxShowThem)
{
    const CodebookReport report = buildCodebook(project());

    const QString md = QString::fromUtf8(writeCodebook(report, ReportFormat::Markdown));
    EXPECT_TRUE(md.contains(u"- **Review status:** needs discussion"_s)) << md.toStdString();
    EXPECT_TRUE(md.contains(u"- **Comments:**\n  - *Ana, 2024-01-01:* Overlaps with"_s))
        << md.toStdString();

    const QString html = QString::fromUtf8(writeCodebook(report, ReportFormat::Html));
    EXPECT_TRUE(html.contains(u"<dt>Review status</dt><dd>needs discussion</dd>"_s));
    EXPECT_TRUE(html.contains(u"Overlaps with &lt;Barriers&gt; &amp; Devices."_s));
    EXPECT_FALSE(html.contains(u"<Barriers>"_s));

    const QString csv = QString::fromUtf8(writeCodebook(report, ReportFormat::Csv));
    EXPECT_TRUE(csv.contains(u",review_status,comments\r\n"_s));
    EXPECT_TRUE(csv.contains(u"needs discussion,\"Ana, 2024-01-01: Overlaps with <Barriers> & "
                             u"Devices.\n"_s))
        << csv.toStdString();

    const QByteArray docx = writeCodebook(report, ReportFormat::Docx);
    const auto xml = readDocxPart(docx, u"word/document.xml"_s, u"codebook.docx"_s);
    ASSERT_TRUE(xml.ok()) << xml.error().message.toStdString();
    const QString body = QString::fromUtf8(*xml);
    EXPECT_TRUE(body.contains(u"Review status"_s));
    EXPECT_TRUE(body.contains(u"needs discussion"_s));
    EXPECT_TRUE(body.contains(u"Ana, 2024-01-01: "_s));
    EXPECT_TRUE(body.contains(u"Agree: split it."_s));
}

// --- Comparing codebooks -------------------------------------------------------------------------

CodebookCode entry(const QString& guid, const QString& path, const QString& parentGuid = {},
                   const QString& description = {})
{
    CodebookCode c;
    c.guid = guid;
    c.path = path;
    c.name = path.section(u'/', -1);
    c.parentGuid = parentGuid;
    c.description = description;
    return c;
}

TEST(CodebookComparisonTest, findsEachKindOfDifference)
{
    Codebook a;
    a.source = u"a.tessera"_s;
    a.codes = {
        entry(u"P"_s, u"Practice"_s),   entry(u"F"_s, u"Practice/Fatigue"_s, u"P"_s, u"Tired"_s),
        entry(u"B"_s, u"Boundaries"_s), entry(u"K"_s, u"Boundaries/Kitchen"_s, u"B"_s),
        entry(u"O"_s, u"Old"_s),        entry(u"S"_s, u"Same"_s, {}, u"Unchanged"_s)};
    Codebook b;
    b.source = u"b.qdc"_s;
    b.codes = {entry(u"P"_s, u"Work"_s),                                    // renamed
               entry(u"F"_s, u"Work/Fatigue"_s, u"P"_s, u"Screen tired"_s), // parent renamed only
               entry(u"B"_s, u"Boundaries"_s),
               entry(u"K"_s, u"Work/Kitchen"_s, u"P"_s),      // moved
               entry(u"N"_s, u"New"_s),                       // added
               entry(u"X"_s, u"Same"_s, {}, u"Unchanged"_s)}; // same path, other GUID

    const CodebookComparison c = compareCodebooks(a, b);

    ASSERT_EQ(c.added.size(), 1);
    EXPECT_EQ(c.added[0].path, u"New"_s);
    ASSERT_EQ(c.removed.size(), 1);
    EXPECT_EQ(c.removed[0].guid, u"O"_s);
    ASSERT_EQ(c.renamed.size(), 1);
    EXPECT_EQ(c.renamed[0].from, u"Practice"_s);
    EXPECT_EQ(c.renamed[0].to, u"Work"_s);
    ASSERT_EQ(c.moved.size(), 1);
    EXPECT_EQ(c.moved[0].guid, u"K"_s);
    EXPECT_EQ(c.moved[0].fromParent, u"Boundaries"_s);
    EXPECT_EQ(c.moved[0].toParent, u"Work"_s);
    ASSERT_EQ(c.changed.size(), 1);
    EXPECT_EQ(c.changed[0].path, u"Work/Fatigue"_s);
    ASSERT_EQ(c.changed[0].fields.size(), 1);
    EXPECT_EQ(c.changed[0].fields[0].field, u"description"_s);
    EXPECT_EQ(c.changed[0].fields[0].a, u"Tired"_s);
    EXPECT_EQ(c.changed[0].fields[0].b, u"Screen tired"_s);
    EXPECT_EQ(c.unchanged, 2); // Boundaries, and Same (matched by path)
    EXPECT_EQ(c.codesInA, 6);
    EXPECT_EQ(c.codesInB, 6);
}

TEST_F(CodebookReviewTest, aProjectComparedWithItsEditedCopy)
{
    const CodeId access = addCode(u"Access"_s);
    addCode(u"Devices"_s, access);
    closeProject();
    const QString copy = tempPath(u"copy.tessera"_s);
    ASSERT_TRUE(QFile::copy(projectPath(), copy));
    reopen();
    {
        auto other = unwrap(Project::open(copy));
        TESSERA_ASSERT_OK(
            other->renameCode(unwrap(other->findCodeByPath(u"Access"_s)).id, u"Connectivity"_s));
        CodeFields isolation;
        isolation.name = u"Isolation"_s;
        unwrap(other->addCode(isolation));
    }
    const Codebook ours = codebookOf(project());
    const Codebook theirs = unwrap(readCodebook(copy));

    const CodebookComparison c = compareCodebooks(ours, theirs);

    ASSERT_EQ(c.renamed.size(), 1);
    EXPECT_EQ(c.renamed[0].to, u"Connectivity"_s);
    EXPECT_EQ(c.renamed[0].guid, project().code(access)->guid);
    ASSERT_EQ(c.added.size(), 1);
    EXPECT_EQ(c.added[0].path, u"Isolation"_s);
    EXPECT_TRUE(c.removed.isEmpty());
    EXPECT_TRUE(c.moved.isEmpty()); // Devices' parent was renamed, not changed
    EXPECT_EQ(c.unchanged, 1);
}

TEST_F(CodebookReviewTest, aQdcCodebookComparedWithTheProjectThatImportedIt)
{
    const QString qdc = sharedPath(u"refi/samples/atlasti-win23.4_codebook_from-requal-test.qdc"_s);
    if (!QFile::exists(qdc)) {
        GTEST_SKIP() << "shared REFI-QDA sample missing: " << qdc.toStdString();
    }
    unwrap(importQdcFileInto(project(), qdc));
    const Codebook file = unwrap(readCodebook(qdc));
    ASSERT_FALSE(file.codes.isEmpty());

    const CodebookComparison c = compareCodebooks(codebookOf(project()), file);

    EXPECT_TRUE(c.added.isEmpty());
    EXPECT_TRUE(c.removed.isEmpty());
    EXPECT_TRUE(c.renamed.isEmpty());
    EXPECT_TRUE(c.moved.isEmpty());
    EXPECT_EQ(c.unchanged, file.codes.size());
}

TEST(CodebookComparisonFiles, refusesFilesThatAreNotCodebooks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString notes = dir.filePath(u"notes.txt"_s);
    writeBytes(notes, "hello");
    const auto result = readCodebook(notes);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotAProject);
    const QString broken = dir.filePath(u"broken.qdc"_s);
    writeBytes(broken, "<not xml");
    EXPECT_FALSE(readCodebook(broken).ok());
}

} // namespace
} // namespace tessera::test
