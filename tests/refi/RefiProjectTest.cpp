// The bridge between projects and REFI-QDA: export (schema-valid, mapping), export -> import ->
// export stability, positions with characters outside the BMP, and new projects from files.

#include "RefiStudy.h"
#include "RefiTestSupport.h"
#include "refi/RefiPositions.h"
#include "refi/RefiProjectExport.h"
#include "refi/RefiProjectImport.h"
#include "refi/RefiReader.h"
#include "refi/RefiWriter.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

const RefiCode* findRefiCode(const QList<RefiCode>& codes, const QString& name)
{
    for (const RefiCode& code : codes) {
        if (code.name == name) {
            return &code;
        }
        if (const RefiCode* found = findRefiCode(code.children, name)) {
            return found;
        }
    }
    return nullptr;
}

QString lowerGuid(const QString& guid)
{
    return guid.toLower();
}

TEST_F(RefiProjectTest, exportValidatesAgainstTheSchemas)
{
    if (const auto reason = xmllintUnavailable()) {
        GTEST_SKIP() << reason->toStdString();
    }
    buildStudy();
    auto qde = writeQde(toRefi(project()));
    ASSERT_TRUE(qde.ok()) << qde.error().message.toStdString();
    const SchemaCheck projectCheck = validateWithSchema(*qde, u"Project.xsd"_s);
    EXPECT_TRUE(projectCheck.valid) << projectCheck.output.toStdString();
    const SchemaCheck codebookCheck =
        validateWithSchema(writeQdc(toRefiCodebook(project())), u"Codebook.xsd"_s);
    EXPECT_TRUE(codebookCheck.valid) << codebookCheck.output.toStdString();
}

TEST_F(RefiProjectTest, exportMapsEveryConcept)
{
    const RefiStudy s = buildStudy();
    const RefiProject refi = toRefi(project());
    EXPECT_EQ(refi.name, u"Test study"_s);
    EXPECT_EQ(refi.description, u"Pilot study of contact during lockdown."_s);
    ASSERT_EQ(refi.users.size(), 2); // Alex (current) and Sam coded; the default coder did not
    EXPECT_EQ(refi.users.at(0).name, u"Alex"_s);
    EXPECT_EQ(refi.creatingUser, lowerGuid(project().coder(s.alex)->guid));

    ASSERT_EQ(refi.codes.size(), 2);
    const RefiCode& barriers = refi.codes.first();
    EXPECT_EQ(barriers.guid, lowerGuid(project().code(s.barriers)->guid));
    EXPECT_EQ(barriers.color, u"#1F77B4"_s);
    EXPECT_EQ(barriers.description,
              u"What stops contact with families.\n\nInclusion criteria:\nTalk of obstacles.\nAlso "
              "practical ones.\n\nExclusion criteria:\nComplaints about managers.\n\nExample:\n"
              "“We had no laptops.”"_s);
    ASSERT_EQ(barriers.children.size(), 1);
    ASSERT_EQ(barriers.children.first().children.size(), 1);
    EXPECT_EQ(barriers.children.first().children.first().name, u"No devices 📵"_s);
    ASSERT_EQ(barriers.noteRefs.size(), 1);

    // Themes and groups are Sets: themes hold codes, groups hold sources.
    ASSERT_EQ(refi.sets.size(), 4);
    EXPECT_EQ(refi.sets.at(0).name, u"Connection"_s);
    EXPECT_EQ(refi.sets.at(0).memberCodes.size(), 2);
    EXPECT_TRUE(refi.sets.at(0).description.contains(u"Theme status: final"_s));
    EXPECT_TRUE(refi.sets.at(1).description.contains(u"Parent theme: Connection ("_s));
    EXPECT_EQ(refi.sets.at(2).name, u"Focus group 1"_s);
    EXPECT_EQ(refi.sets.at(2).memberSources.size(), 1);

    // Participants: a case with typed values and a reference to the source they speak in.
    ASSERT_EQ(refi.cases.size(), 2);
    const RefiCase& p1 = refi.cases.at(1);
    EXPECT_EQ(p1.name, u"FG1 P1"_s);
    EXPECT_EQ(p1.sourceRefs, QStringList{lowerGuid(project().document(s.focusGroup)->guid)});
    EXPECT_TRUE(p1.description.contains(u"Speaker labels:\nFG1 Children's services: P1"_s));
    QHash<QString, RefiVariableType> typeOf;
    for (const RefiVariable& variable : refi.variables) {
        typeOf.insert(variable.name, variable.type);
    }
    EXPECT_EQ(typeOf.value(u"Years"_s), RefiVariableType::Float);
    EXPECT_EQ(typeOf.value(u"Joined"_s), RefiVariableType::Date);
    EXPECT_EQ(typeOf.value(u"Role"_s), RefiVariableType::Text);
    EXPECT_EQ(p1.values.size(), 5);

    // Memos: code, document, coding, theme memo and the journal entry.
    EXPECT_EQ(refi.notes.size(), 5);
    EXPECT_EQ(refi.noteRefs.size(), 1);
}

TEST_F(RefiProjectTest, positionsAreCodePointsInTheFileAndUtf16InTheProject)
{
    const RefiStudy s = buildStudy();
    const QString text = project().documentText(s.focusGroup);
    const qsizetype start = positionOf(text, u"no data 😞 or devices"_s);
    auto bytes = writeQdpx(toRefi(project()));
    ASSERT_TRUE(bytes.ok());
    const QString qde = QString::fromUtf8(zipEntry(*bytes, u"project.qde"_s));
    // Three emoji before the passage (two of them surrogate pairs plus a skin-tone modifier,
    // 🎉 😀 👍🏽 📱): the code-point start is 5 less than the UTF-16 start.
    const int surrogatePairsBefore = 5;
    EXPECT_TRUE(
        qde.contains(u"startPosition=\"%1\" endPosition=\"%2\""_s.arg(start - surrogatePairsBefore)
                         .arg(start - surrogatePairsBefore + 20)))
        << qde.toStdString();
    // The text file: UTF-8, no BOM, LF, the stored text exactly.
    const QString guid = lowerGuid(project().document(s.focusGroup)->guid);
    const QByteArray file = zipEntry(*bytes, u"sources/%1.txt"_s.arg(guid));
    EXPECT_EQ(file, text.toUtf8());
    EXPECT_FALSE(file.startsWith("\xEF\xBB\xBF"));
}

TEST_F(RefiProjectTest, exportImportExportIsByteStable)
{
    const RefiStudy s = buildStudy();
    const QString first = tempPath(u"first.qdpx"_s);
    TESSERA_ASSERT_OK(exportQdpx(project(), first));
    const QString copyPath = tempPath(u"copy.tessera"_s);
    auto report = importQdpxAsNewProject(first, copyPath);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->codersAdded, 1); // Sam; Alex, the creating user, is the first coder
    EXPECT_EQ(report->codesAdded, 5);
    EXPECT_EQ(report->themesAdded, 2);
    EXPECT_EQ(report->documentsAdded, 2);
    EXPECT_EQ(report->codingsAdded, 5);
    EXPECT_EQ(report->participantsAdded, 2);
    EXPECT_EQ(report->journalEntriesAdded, 1);
    auto copy = unwrap(Project::open(copyPath));
    const QString second = tempPath(u"second.qdpx"_s);
    TESSERA_ASSERT_OK(exportQdpx(*copy, second));
    const QByteArray a = readBytes(first);
    const QByteArray b = readBytes(second);
    EXPECT_EQ(zipEntry(a, u"project.qde"_s), zipEntry(b, u"project.qde"_s));
    EXPECT_EQ(a, b);

    // The copy holds the same things under the same GUIDs.
    EXPECT_EQ(copy->title(), u"Test study"_s);
    EXPECT_EQ(copy->currentCoder()->name, u"Alex"_s);
    EXPECT_EQ(copy->currentCoder()->guid, project().coder(s.alex)->guid);
    const Code barriers = unwrap(copy->findCodeByPath(u"Barriers"_s));
    EXPECT_EQ(barriers.guid, project().code(s.barriers)->guid);
    EXPECT_EQ(barriers.fields.inclusion, u"Talk of obstacles.\nAlso practical ones."_s);
    EXPECT_EQ(barriers.fields.example, u"“We had no laptops.”"_s);
    EXPECT_EQ(barriers.fields.memo, u"Split this code later?"_s);
    EXPECT_EQ(barriers.fields.color, u"#1F77B4"_s);
    const Code noDevices =
        unwrap(copy->findCodeByPath(u"Barriers/Digital exclusion/No devices 📵"_s));
    const Document fg = unwrap(copy->findDocument(u"FG1 Children's services"_s));
    EXPECT_EQ(fg.groupName, u"Focus group 1"_s);
    const QList<Coding> codings = copy->codings(CodingFilter{fg.id, noDevices.id, false, {}});
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(copy->documentText(fg.id).mid(codings.first().start,
                                            codings.first().end - codings.first().start),
              u"no data 😞 or devices"_s);
    EXPECT_EQ(copy->coder(codings.first().coderId)->name, u"Alex"_s);
    const Theme subtheme = unwrap(copy->findTheme(u"Connection/Staying in touch"_s));
    EXPECT_EQ(subtheme.fields.status, ThemeStatus::Reviewed);
    const Theme connection = unwrap(copy->findTheme(u"Connection"_s));
    EXPECT_EQ(connection.fields.organisingConcept, u"Contact survives when practitioners adapt."_s);
    EXPECT_EQ(connection.fields.memo, u"Central to the paper."_s);
    EXPECT_EQ(copy->codesOfTheme(connection.id).size(), 2);
    const Participant p1 = unwrap(copy->findParticipant(u"FG1 P1"_s));
    EXPECT_EQ(p1.memo, u"Joined late."_s);
    EXPECT_EQ(copy->participantAttributes(p1.id).value(u"Services"_s), u"Children;Families"_s);
    EXPECT_EQ(copy->attribute(AttributeScope::Participant, u"Services"_s)->multiSelect, true);
    ASSERT_EQ(copy->speakersOfParticipant(p1.id).size(), 1);
    EXPECT_EQ(copy->speakersOfParticipant(p1.id).first().label, u"P1"_s);
    EXPECT_EQ(copy->documentAttributes(fg.id).value(u"Setting"_s), u"Online"_s);
    EXPECT_EQ(copy->memo(), u"Pilot study of contact during lockdown."_s);
    ASSERT_EQ(copy->journal().size(), 1);
}

// A project from another application: untyped cases linked by name, typed variables, notes on
// codes, sources and selections, an annotation without a code, odd colours and names.
TEST_F(RefiProjectTest, foreignProjectMapsCasesVariablesAndNotes)
{
    const QString age = u"a0000000-0000-4000-8000-000000000001"_s;
    const QString consent = u"a0000000-0000-4000-8000-000000000002"_s;
    const QString source = u"a0000000-0000-4000-8000-000000000003"_s;
    const QString code = u"a0000000-0000-4000-8000-000000000004"_s;
    const QString note = u"a0000000-0000-4000-8000-000000000005"_s;
    RefiProject refi;
    refi.name = u"Other tool"_s;
    refi.variables = {{age, u"Age"_s, RefiVariableType::Integer, {}},
                      {consent, u"Consent"_s, RefiVariableType::Boolean, {}}};
    refi.codes = {{code, u"Work/life"_s, u"#F0A"_s, u"Balance."_s, false, {note}, {}}};
    RefiTextSource text;
    text.guid = source;
    text.name = u"Interview"_s;
    text.text = u"Interviewer: How are you?\n\nP1: Tired but fine.\n"_s;
    const qsizetype start = text.text.indexOf(u"Tired"_s);
    RefiSelection coded;
    coded.guid = u"a0000000-0000-4000-8000-000000000006"_s;
    coded.start = start;
    coded.end = start + 5;
    coded.description = u"Said with a laugh."_s;
    coded.codings = {{u"a0000000-0000-4000-8000-000000000007"_s, code, {}, {}, {}}};
    RefiSelection annotation;
    annotation.guid = u"a0000000-0000-4000-8000-000000000008"_s;
    annotation.start = start;
    annotation.end = start + 14;
    annotation.description = u"Check the audio."_s;
    text.selections = {coded, annotation};
    refi.sources = {text};
    RefiCase maria;
    maria.guid = u"a0000000-0000-4000-8000-000000000009"_s;
    maria.name = u"P1"_s; // the speaker label in the source
    maria.values = {{age, RefiVariableType::Integer, u"41"_s},
                    {consent, RefiVariableType::Boolean, u"1"_s}};
    maria.sourceRefs = {source};
    refi.cases = {maria};
    refi.notes = {{note, u"Why this code"_s, {}, u"Came up in every interview."_s, {}, {}}};

    auto report = importQdpxInto(project(), refi);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const Code workLife = unwrap(project().findCodeByPath(u"Work∕life"_s));
    EXPECT_EQ(workLife.fields.color, u"#FF00AA"_s);
    EXPECT_EQ(workLife.fields.memo, u"Why this code\nCame up in every interview."_s);
    EXPECT_TRUE(report->warnings.join(u'\n').contains(u"renamed “Work∕life”"_s));
    const Document doc = unwrap(project().findDocument(u"Interview"_s));
    EXPECT_TRUE(doc.memo.contains(u"Annotation on “Tired but fine”: Check the audio."_s))
        << doc.memo.toStdString();
    const QList<Coding> codings = project().codings();
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings.first().memo, u"Said with a laugh."_s);
    EXPECT_EQ(codings.first().coderId, project().currentCoder()->id);
    const Participant p = unwrap(project().findParticipant(u"P1"_s));
    ASSERT_EQ(project().speakersOfParticipant(p.id).size(), 1);
    EXPECT_EQ(project().participantAttributes(p.id).value(u"Age"_s), u"41"_s);
    EXPECT_EQ(project().participantAttributes(p.id).value(u"Consent"_s), u"true"_s);
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Age"_s)->type,
              AttributeType::Number);
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Consent"_s)->type,
              AttributeType::Category);
}

TEST_F(RefiProjectTest, newProjectRefusesAnExistingFile)
{
    buildStudy();
    const QString qdpx = tempPath(u"study.qdpx"_s);
    TESSERA_ASSERT_OK(exportQdpx(project(), qdpx));
    closeProject();
    const QByteArray before = readBytes(projectPath());
    auto report = importQdpxAsNewProject(qdpx, projectPath());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(report.error().message.contains(u"already exists"_s));
    EXPECT_EQ(readBytes(projectPath()), before);
}

TEST_F(RefiProjectTest, exportQdcRefusesAProjectWithoutCodes)
{
    const QString path = tempPath(u"empty.qdc"_s);
    auto st = exportQdc(project(), path);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(RefiProjectTest, qdcImportAddsCodesAndThemesOnceAndMatchesExistingOnes)
{
    addCode(u"code1"_s); // same path as the file's code, different GUID
    const QString path = refiSamplePath(u"atlasti-win23.4_codebook_from-requal-test.qdc"_s);
    auto first = importQdcFileInto(project(), path);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->codesAdded, 0);
    EXPECT_EQ(first->matched, QStringList{u"code “code1” (same path)"_s});
    EXPECT_EQ(first->themesAdded, 1);
    const Theme group = unwrap(project().findTheme(u"code group 1"_s));
    EXPECT_EQ(group.fields.organisingConcept, u"kategorie 1"_s);
    EXPECT_EQ(project().codesOfTheme(group.id).size(), 1);

    auto second = importQdcFileInto(project(), path);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->codesAdded, 0);
    EXPECT_EQ(second->themesAdded, 0);
    EXPECT_EQ(project().codes().size(), 1);
    EXPECT_EQ(project().themes().size(), 1);
}

TEST_F(RefiProjectTest, qdcImportKeepsGuidColourAndDescription)
{
    const QString path = refiSamplePath(u"atlasti-win23.4_codebook_from-requal-test.qdc"_s);
    auto report = importQdcFileInto(project(), path);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->codesAdded, 1);
    const Code code = unwrap(project().findCodeByPath(u"code1"_s));
    EXPECT_EQ(code.guid, u"1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"_s);
    EXPECT_EQ(code.fields.color, u"#46AA00"_s);
    EXPECT_EQ(code.fields.description, u"description"_s);
}

TEST_F(RefiProjectTest, taguetteCodebookNestsBackslashNamesWithAWarning)
{
    auto report = importQdcFileInto(
        project(), refiSamplePath(u"taguette_codebook_reconstructed-from-tests.qdc"_s));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->codesAdded, 3);
    const Code places = unwrap(project().findCodeByPath(u"interesting/places"_s));
    EXPECT_EQ(places.guid, u"55BB6892-6F30-5129-8CB8-557A1B12137B"_s);
    EXPECT_TRUE(report->warnings.join(u'\n').contains(u"empty <Sets/>"_s));
    EXPECT_TRUE(report->warnings.join(u'\n').contains(u"Taguette"_s));
}

} // namespace
} // namespace tessera::test
