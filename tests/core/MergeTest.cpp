// Merging a colleague's project (core/team/ProjectMerge.h): matching documents by text, codes by
// GUID then path, coders by GUID then name; codings under their coder; conflicts; a second merge
// changing nothing; one undo step; refusals that leave the project as it was.

#include "ProjectFixture.h"
#include "support/TestPaths.h"
#include "team/ProjectMerge.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

CodeFields named(const QString& name)
{
    CodeFields fields;
    fields.name = name;
    return fields;
}

NewCoding newCoding(DocumentId document, CodeId code, std::optional<CoderId> coder, qsizetype start,
                    qsizetype end)
{
    NewCoding coding;
    coding.documentId = document;
    coding.codeId = code;
    coding.coderId = coder;
    coding.start = start;
    coding.end = end;
    return coding;
}

class ProjectMergeTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        m_otherPath = tempPath(u"colleague.tessera"_s);
    }

    // A second project, as a colleague would have it.
    Project& createOther()
    {
        m_other = unwrap(Project::create(m_otherPath, u"Colleague"_s), "create colleague");
        return *m_other;
    }

    // The colleague's project as a copy of ours: same GUIDs for everything.
    Project& copyOursAsOther()
    {
        closeProject();
        EXPECT_TRUE(QFile::copy(projectPath(), m_otherPath));
        reopen();
        m_other = unwrap(Project::open(m_otherPath), "open copy");
        return *m_other;
    }

    void closeOther() { m_other.reset(); }

    MergeReport merge()
    {
        closeOther(); // the colleague is not working on the file while we read it
        return unwrap(mergeProjectFile(project(), m_otherPath), "merge");
    }

    CodeId codeIn(Project& p, const QString& name, std::optional<CodeId> parent = std::nullopt,
                  const QString& description = {})
    {
        CodeFields fields;
        fields.name = name;
        fields.description = description;
        return unwrap(p.addCode(fields, parent), "addCode");
    }

    static Coding onlyCoding(const Project& p, const CodingFilter& filter = {})
    {
        const QList<Coding> list = p.codings(filter);
        if (list.size() != 1) {
            throw CoreCallFailed("expected exactly one coding, found " +
                                 std::to_string(list.size()));
        }
        return list.first();
    }

    QString m_otherPath;
    std::unique_ptr<Project> m_other;
};

TEST_F(ProjectMergeTest, documentsAreMatchedByTheirTextNotTheirName)
{
    const ImportedDocument fg1 = focusGroupTranscript(u"Focus group 1"_s);
    const DocumentId ours = addDocument(u"FG1"_s, fg1);
    Project& other = createOther();
    unwrap(other.addDocument(u"Focus group one"_s, fg1, u"fg1.txt"_s), "same text");
    unwrap(other.addDocument(u"FG2"_s, focusGroupTranscript(u"Focus group 2"_s), u"fg2.vtt"_s,
                             u"Groups"_s),
           "new text");

    const MergeReport report = merge();

    EXPECT_EQ(report.documentsMatched, 1);
    EXPECT_EQ(report.documentsAdded, 1);
    const QList<Document> docs = project().documents();
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(project().document(ours)->name, u"FG1"_s); // the local name stays
    const Result<Document> added = project().findDocument(u"FG2"_s);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->groupName, u"Groups"_s);
    EXPECT_EQ(added->sourceName, u"fg2.vtt"_s);
    EXPECT_EQ(project().documentText(added->id), focusGroupTranscript(u"Focus group 2"_s).text);
    const QList<Turn> turns = project().turns(added->id);
    ASSERT_EQ(turns.size(), 5);
    EXPECT_EQ(turns[1].speaker, u"P1"_s);
    EXPECT_EQ(turns[1].beginMs, std::optional<qint64>(4000));
    EXPECT_EQ(speakerNamed(added->id, u"Facilitator"_s).isValid(), true);
    EXPECT_EQ(project().speakers(added->id).size(), 3);
}

TEST_F(ProjectMergeTest, aDifferentTextUnderATakenNameIsAddedUnderAnotherName)
{
    addDocument(u"FG1"_s, focusGroupTranscript(u"Ours"_s));
    Project& other = createOther();
    unwrap(other.addDocument(u"FG1"_s, focusGroupTranscript(u"Theirs"_s), u"fg1.txt"_s), "doc");

    const MergeReport report = merge();

    EXPECT_EQ(report.documentsAdded, 1);
    EXPECT_TRUE(project().findDocument(u"FG1 (from colleague.tessera)"_s).ok());
    ASSERT_FALSE(report.warnings.isEmpty());
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"FG1 (from colleague.tessera)"_s));
}

TEST_F(ProjectMergeTest, codesAreMatchedByGuidThenByPathAndNewOnesKeepGuidAndHierarchy)
{
    const CodeId access = addCode(u"Access"_s);
    Project& other = copyOursAsOther();
    // Renamed by the colleague, same GUID: still the same code.
    const CodeId theirAccess = unwrap(other.findCodeByPath(u"Access"_s)).id;
    TESSERA_ASSERT_OK(other.renameCode(theirAccess, u"Connectivity"_s));
    // Created on both sides independently (different GUIDs): matched by path.
    const CodeId barriers = addCode(u"Barriers"_s);
    const CodeId theirBarriers = codeIn(other, u"Barriers"_s);
    // New under a code we have, and a new subtree.
    const CodeId devices = codeIn(other, u"Devices"_s, theirBarriers);
    const CodeId fresh = codeIn(other, u"Fresh"_s);
    const CodeId child = codeIn(other, u"Child"_s, fresh);
    const QString devicesGuid = other.code(devices)->guid;
    const QString childGuid = other.code(child)->guid;

    const MergeReport report = merge();

    EXPECT_EQ(report.codesMatched, 2);
    EXPECT_EQ(report.codesAdded, 3);
    EXPECT_EQ(project().code(access)->path, u"Access"_s); // our name kept
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"Connectivity"_s));
    const Code mergedDevices = unwrap(project().findCodeByPath(u"Barriers/Devices"_s));
    EXPECT_EQ(mergedDevices.guid, devicesGuid);
    EXPECT_EQ(mergedDevices.parentId, std::optional<CodeId>(barriers));
    const Code mergedChild = unwrap(project().findCodeByPath(u"Fresh/Child"_s));
    EXPECT_EQ(mergedChild.guid, childGuid);
    EXPECT_EQ(project().codes().size(), 5);
}

TEST_F(ProjectMergeTest, codersAreMatchedByGuidThenNameAndCodingsArriveUnderTheirCoder)
{
    const DocumentId doc = addDocument(u"FG1"_s, focusGroupTranscript());
    const CodeId code = addCode(u"Access"_s);
    const CoderId ourAna = addCoder(u"Ana"_s);
    Project& other = copyOursAsOther();
    const Document theirDoc = unwrap(other.findDocument(u"FG1"_s));
    const CodeId theirCode = unwrap(other.findCodeByPath(u"Access"_s)).id;
    const CoderId theirAna = unwrap(other.findCoder(u"Ana"_s)).id;             // same GUID
    const CoderId ben = unwrap(other.addCoder(u"Ben"_s, u"#123456"_s), "Ben"); // new
    const QString text = other.documentText(theirDoc.id);
    const qsizetype at = positionOf(text, u"no data or devices"_s);
    NewCoding byAna = newCoding(theirDoc.id, theirCode, theirAna, at, at + 18);
    NewCoding byBen = newCoding(theirDoc.id, theirCode, ben, at, at + 18);
    byBen.memo = u"Ben's memo"_s;
    unwrap(other.addCodings({byAna, byBen}, u"code"_s), "codings");
    const QString benGuid = other.coder(ben)->guid;
    // A coder created on the other side under a name we also use: matched by name.
    unwrap(other.addCoder(u"Cleo"_s), "Cleo there");
    const CoderId ourCleo = addCoder(u"Cleo"_s);

    const MergeReport report = merge();

    EXPECT_EQ(report.codersAdded, 1);
    EXPECT_GE(report.codersMatched, 3); // the first coder, Ana, Cleo
    const Coder mergedBen = unwrap(project().findCoder(u"Ben"_s));
    EXPECT_EQ(mergedBen.guid, benGuid);
    EXPECT_EQ(mergedBen.color, u"#123456"_s);
    EXPECT_EQ(report.codingsAdded, 2);
    const Coding anaCoding = onlyCoding(project(), CodingFilter{doc, code, false, ourAna});
    EXPECT_EQ(anaCoding.start, at);
    const Coding benCoding = onlyCoding(project(), CodingFilter{doc, code, false, mergedBen.id});
    EXPECT_EQ(benCoding.end, at + 18);
    EXPECT_EQ(benCoding.memo, u"Ben's memo"_s);
    EXPECT_TRUE(project().codings(CodingFilter{doc, code, false, ourCleo}).isEmpty());
}

TEST_F(ProjectMergeTest, differingDefinitionsAreListedAndOursIsKept)
{
    CodeFields ours;
    ours.name = u"Access"_s;
    ours.description = u"Getting online."_s;
    ours.inclusion = u"Devices, data."_s;
    const CodeId access = unwrap(project().addCode(ours));
    Project& other = copyOursAsOther();
    const CodeId theirs = unwrap(other.findCodeByPath(u"Access"_s)).id;
    CodeFields changed = ours;
    changed.description = u"Being able to get online at all."_s;
    changed.example = u"\"We had one phone for four kids.\""_s;
    TESSERA_ASSERT_OK(other.updateCode(theirs, changed));

    const MergeReport report = merge();

    ASSERT_EQ(report.conflicts.size(), 2);
    EXPECT_EQ(report.conflicts[0].code, u"Access"_s);
    EXPECT_EQ(report.conflicts[0].field, u"description"_s);
    EXPECT_EQ(report.conflicts[0].ours, u"Getting online."_s);
    EXPECT_EQ(report.conflicts[0].theirs, u"Being able to get online at all."_s);
    EXPECT_EQ(report.conflicts[1].field, u"example"_s);
    EXPECT_EQ(report.conflicts[1].ours, QString());
    EXPECT_EQ(project().code(access)->fields.description, u"Getting online."_s);
    EXPECT_TRUE(project().code(access)->fields.example.isEmpty());
}

TEST_F(ProjectMergeTest, mergingTwiceChangesNothingTheSecondTime)
{
    const DocumentId doc = addDocument(u"FG1"_s, focusGroupTranscript());
    const CodeId code = addCode(u"Access"_s);
    Project& other = createOther();
    const DocumentId theirDoc =
        unwrap(other.addDocument(u"FG2"_s, focusGroupTranscript(u"Two"_s), u"fg2.txt"_s));
    unwrap(other.addDocument(u"FG1"_s, focusGroupTranscript(), u"fg1.txt"_s));
    const CodeId theirCode = codeIn(other, u"Engagement"_s);
    const CoderId dee = unwrap(other.addCoder(u"Dee"_s));
    unwrap(other.addCoding(newCoding(theirDoc, theirCode, dee, 10, 30)));
    unwrap(other.addCoding(newCoding(theirDoc, theirCode, std::nullopt, 12, 40)));
    addCoding(doc, code, 5, 25);

    const MergeReport first = merge();
    EXPECT_EQ(first.codingsAdded, 2);
    const QString afterFirst = dumpTables(projectPath());
    const QString undoLabel = project().undoText();

    const MergeReport second = merge();

    EXPECT_EQ(second.documentsAdded, 0);
    EXPECT_EQ(second.documentsMatched, 2);
    EXPECT_EQ(second.codesAdded, 0);
    EXPECT_EQ(second.codersAdded, 0);
    EXPECT_EQ(second.codingsAdded, 0);
    EXPECT_EQ(second.codingsSkipped, 2);
    EXPECT_EQ(dumpTables(projectPath()), afterFirst);
    EXPECT_EQ(project().undoText(), undoLabel); // no empty undo step either
}

TEST_F(ProjectMergeTest, theWholeMergeIsOneUndoStep)
{
    addDocument(u"FG1"_s, focusGroupTranscript());
    addCode(u"Access"_s);
    Project& other = createOther();
    const DocumentId theirDoc =
        unwrap(other.addDocument(u"FG2"_s, focusGroupTranscript(u"Two"_s), u"fg2.txt"_s));
    const CodeId parent = codeIn(other, u"New"_s);
    const CodeId child = codeIn(other, u"Child"_s, parent);
    unwrap(other.addCoding(newCoding(theirDoc, child, unwrap(other.addCoder(u"Dee"_s)), 3, 9)));
    const QString before = dumpTables(projectPath());

    merge();
    EXPECT_EQ(project().undoText(), u"Merge “colleague.tessera”"_s);
    const QString merged = dumpTables(projectPath());
    ASSERT_NE(merged, before);

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(dumpTables(projectPath()), merged);
}

TEST_F(ProjectMergeTest, positionsCarryOverExactlyAroundCharactersOutsideTheBmp)
{
    const ImportedDocument doc =
        TranscriptBuilder().turn(u"P1"_s, u"Renée 🚗 said the car 🚗 was her office."_s).build();
    Project& other = createOther();
    const DocumentId theirs = unwrap(other.addDocument(u"Car"_s, doc, u"car.txt"_s));
    const qsizetype start = positionOf(doc.text, u"the car"_s);
    const qsizetype end = positionOf(doc.text, u" was"_s);
    unwrap(
        other.addCoding(newCoding(theirs, codeIn(other, u"Mobile"_s), std::nullopt, start, end)));

    merge();

    const Document merged = unwrap(project().findDocument(u"Car"_s));
    const Coding coding = onlyCoding(project());
    EXPECT_EQ(coding.start, start);
    EXPECT_EQ(coding.end, end);
    EXPECT_EQ(project().documentText(merged.id).mid(start, end - start), u"the car 🚗"_s);
}

TEST_F(ProjectMergeTest, theColleaguesFileIsNeverChanged)
{
    Project& other = createOther();
    unwrap(other.addDocument(u"FG1"_s, focusGroupTranscript(), u"fg1.txt"_s));
    closeOther();
    const QByteArray bytes = readBytes(m_otherPath);
    const QStringList files = QDir(tempPath(QString())).entryList(QDir::Files);

    merge();

    EXPECT_EQ(readBytes(m_otherPath), bytes);
    EXPECT_EQ(QDir(tempPath(QString())).entryList(QDir::Files), files);
}

TEST_F(ProjectMergeTest, refusesTheProjectItselfAndFilesThatAreNotProjectsChangingNothing)
{
    addDocument(u"FG1"_s, focusGroupTranscript());
    const QString before = dumpTables(projectPath());

    const auto self = mergeProjectFile(project(), projectPath());
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(self.error().message.contains(u"itself"_s));

    const QString notes = tempPath(u"notes.txt"_s);
    writeBytes(notes, "Just some notes, not a project.\n");
    const auto text = mergeProjectFile(project(), notes);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, ErrorCode::NotAProject);
    EXPECT_TRUE(text.error().message.contains(u"notes.txt"_s));
    EXPECT_EQ(readBytes(notes), QByteArray("Just some notes, not a project.\n"));

    const auto missing = mergeProjectFile(project(), tempPath(u"nowhere.tessera"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    const QString codebook = tempPath(u"codes.qdc"_s);
    writeBytes(codebook, "<CodeBook/>");
    const auto qdc = mergeProjectFile(project(), codebook);
    ASSERT_FALSE(qdc.ok());
    EXPECT_TRUE(qdc.error().message.contains(u"import-qdc"_s));

    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_FALSE(project().canRedo());
    EXPECT_EQ(project().undoText(), u"Import “FG1”"_s);
}

// The neutral input: what a REFI-QDA reader fills in works like a project file.
TEST_F(ProjectMergeTest, anIncomingProjectWithoutCoderGuidsMatchesCodersByName)
{
    const DocumentId doc = addDocument(u"FG1"_s, focusGroupTranscript());
    const CoderId ana = addCoder(u"Ana"_s);
    IncomingProject incoming;
    incoming.sourcePath = tempPath(u"export.qdpx"_s);
    incoming.coders << IncomingCoder{QString(), u"ana"_s, QString()};
    incoming.codes << IncomingCode{u"AAAAAAAA-0000-4000-8000-000000000001"_s, QString(),
                                   named(u"Isolation"_s)};
    IncomingDocument same;
    same.guid = u"BBBBBBBB-0000-4000-8000-000000000001"_s;
    same.name = u"Interview"_s;
    same.text = project().documentText(doc);
    incoming.documents << same;
    IncomingCoding coding;
    coding.documentGuid = same.guid;
    coding.codeGuid = incoming.codes[0].guid;
    coding.coderName = u"Ana"_s;
    coding.start = 2;
    coding.end = 8;
    incoming.codings << coding;
    IncomingCoding orphan = coding;
    orphan.codeGuid = u"not-in-the-file"_s;
    incoming.codings << orphan;

    const MergeReport report = unwrap(mergeIncoming(project(), incoming));

    EXPECT_EQ(report.codersMatched, 1);
    EXPECT_EQ(report.documentsMatched, 1);
    EXPECT_EQ(report.codingsAdded, 1);
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"1 coding(s)"_s));
    const Coding merged = onlyCoding(project());
    EXPECT_EQ(merged.coderId, ana);
    EXPECT_EQ(merged.documentId, doc);
    EXPECT_EQ(project().code(merged.codeId)->guid, u"AAAAAAAA-0000-4000-8000-000000000001"_s);
}

TEST_F(ProjectMergeTest, aRefiQdaProjectMergesAndMergesOnlyOnce)
{
    const QString qdpx = sharedPath(u"refi/samples/qc-1.3.2_demo.qdpx"_s);
    if (!QFile::exists(qdpx)) {
        GTEST_SKIP() << "shared REFI-QDA sample missing: " << qdpx.toStdString();
    }
    const MergeReport first = unwrap(mergeProjectFile(project(), qdpx));
    EXPECT_GT(first.documentsAdded, 0);
    EXPECT_GT(first.codesAdded, 0);
    EXPECT_GT(first.codingsAdded, 0);
    EXPECT_EQ(project().codings().size(), first.codingsAdded);
    const QString afterFirst = dumpTables(projectPath());

    const MergeReport second = unwrap(mergeProjectFile(project(), qdpx));
    EXPECT_EQ(second.documentsAdded, 0);
    EXPECT_EQ(second.codesAdded, 0);
    EXPECT_EQ(second.codingsAdded, 0);
    EXPECT_EQ(second.codingsSkipped, first.codingsAdded);
    EXPECT_EQ(dumpTables(projectPath()), afterFirst);
}

TEST_F(ProjectMergeTest, addBatchRefusesADuplicateCodingAndChangesNothing)
{
    const DocumentId doc = addDocument(u"FG1"_s, focusGroupTranscript());
    const CodeId code = addCode(u"Access"_s);
    const CoderId coder = project().currentCoder()->id;
    addCoding(doc, code, 5, 25, coder);
    const QString before = dumpTables(projectPath());
    ProjectBatch batch;
    batch.codes << BatchCode{QString(), named(u"New"_s), std::nullopt};
    BatchCoding again;
    again.document = BatchRef<DocumentId>::of(doc);
    again.code = BatchRef<CodeId>::of(code);
    again.coder = BatchRef<CoderId>::of(coder);
    again.start = 5;
    again.end = 25;
    batch.codings << again;

    const auto result = project().addBatch(batch, u"Batch"_s);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

} // namespace
} // namespace tessera::test
