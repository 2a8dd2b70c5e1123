// Every mutating call is undoable and redoable: the file after undo is byte-for-byte the same
// data as before the call, and after redo the same as after it (ids included).

#include "ProjectFixture.h"

#include <QObject>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

// Records every changed() signal of a project.
class ChangeRecorder {
public:
    explicit ChangeRecorder(Project& project)
    {
        QObject::connect(&project, &Project::changed, &m_receiver,
                         [this](ProjectChanges what) { m_seen << what; });
    }
    QList<ProjectChanges> take() { return std::exchange(m_seen, {}); }

private:
    QObject m_receiver;
    QList<ProjectChanges> m_seen;
};

std::string describe(ProjectChanges changes)
{
    return std::to_string(changes.toInt());
}

// What the undo cases act on: a small but complete project.
struct World {
    DocumentId fg1;     // in "Focus group 1"
    DocumentId fg2;     // no group
    CodeId access;      // parent of devices and data; linked to `benefits`
    CodeId devices;     // Access/Devices, coded twice
    CodeId data;        // Access/Data
    CodeId contact;     // top level, linked to `benefits`
    CodeId isolation;   // top level, coded once
    ThemeId benefits;   // top level
    ThemeId reach;      // Benefits/Reach
    ThemeId costs;      // top level
    CoderId second;     // "Sam"
    CodingId devicesP1; // devices on FG1's first P1 turn, by the current coder
    CodingId devicesP2; // devices on FG1's P2 turn, by Sam
    CodingId isolationFg2;
    ParticipantId dana;
    SpeakerId p1fg1;
    SpeakerId p1fg2;
    JournalEntryId entry;
    ImportedDocument transcript;
};

template <typename T> Status toStatus(const Result<T>& result)
{
    if (!result.ok()) {
        return result.error();
    }
    return {};
}

struct UndoCase {
    const char* name;
    std::function<Status(Project&, const World&)> act;
    ProjectChanges expected;
};

void PrintTo(const UndoCase& undoCase, std::ostream* os)
{
    *os << undoCase.name;
}

NewCoding newCoding(DocumentId doc, CodeId code, const ImportedTurn& turn,
                    std::optional<CoderId> coder = std::nullopt)
{
    return NewCoding{doc, code, coder, turn.start, turn.end, {}, false};
}

using C = ProjectChange;

QList<UndoCase> undoCases()
{
    return {
        {"setTitle", [](Project& p, const World&) { return p.setTitle(u"Renamed study"_s); },
         C::Settings},
        {"setMemo", [](Project& p, const World&) { return p.setMemo(u"Reflexive memo"_s); },
         C::Settings},
        {"addDocument",
         [](Project& p, const World& w) {
             return toStatus(
                 p.addDocument(u"FG3"_s, w.transcript, u"fg3.vtt"_s, u"Focus group 3"_s));
         },
         C::Documents | C::Speakers},
        {"renameDocument",
         [](Project& p, const World& w) { return p.renameDocument(w.fg1, u"FG1 renamed"_s); },
         C::Documents},
        {"setDocumentGroup_new",
         [](Project& p, const World& w) { return p.setDocumentGroup(w.fg2, u"Interviews"_s); },
         C::Documents},
        {"setDocumentGroup_none",
         [](Project& p, const World& w) { return p.setDocumentGroup(w.fg1, QString()); },
         C::Documents},
        {"setDocumentMemo",
         [](Project& p, const World& w) { return p.setDocumentMemo(w.fg1, u"Lively group"_s); },
         C::Documents},
        {"deleteDocument", [](Project& p, const World& w) { return p.deleteDocument(w.fg1); },
         C::Documents | C::Speakers | C::Codings},
        {"addCode",
         [](Project& p, const World&) {
             CodeFields f;
             f.name = u"Fatigue"_s;
             f.description = u"Tiredness from screens"_s;
             return toStatus(p.addCode(f));
         },
         C::Codes},
        {"addChildCode",
         [](Project& p, const World& w) {
             CodeFields f;
             f.name = u"Privacy"_s;
             return toStatus(p.addCode(f, w.access));
         },
         C::Codes},
        {"updateCode",
         [](Project& p, const World& w) {
             CodeFields f = p.code(w.isolation)->fields;
             f.name = u"Loneliness"_s;
             f.color = u"#123456"_s;
             f.inclusion = u"Feeling alone"_s;
             return p.updateCode(w.isolation, f);
         },
         C::Codes},
        {"renameCode",
         [](Project& p, const World& w) { return p.renameCode(w.devices, u"Hardware"_s); },
         C::Codes},
        {"moveCode_toTop",
         [](Project& p, const World& w) { return p.moveCode(w.data, std::nullopt, 0); }, C::Codes},
        {"moveCode_under",
         [](Project& p, const World& w) { return p.moveCode(w.isolation, w.access, 1); }, C::Codes},
        {"mergeCodes",
         [](Project& p, const World& w) { return p.mergeCodes(w.access, w.isolation); },
         C::Codes | C::Codings | C::Themes},
        {"deleteCode_withChildrenCodingsLinks",
         [](Project& p, const World& w) { return p.deleteCode(w.access); },
         C::Codes | C::Codings | C::Themes},
        {"addTheme",
         [](Project& p, const World& w) {
             ThemeFields f;
             f.name = u"Reaching the hard to reach"_s;
             f.status = ThemeStatus::Reviewed;
             return toStatus(p.addTheme(f, w.benefits));
         },
         C::Themes},
        {"updateTheme",
         [](Project& p, const World& w) {
             ThemeFields f = p.theme(w.reach)->fields;
             f.status = ThemeStatus::Final;
             f.organisingConcept = u"Digital widened reach"_s;
             return p.updateTheme(w.reach, f);
         },
         C::Themes},
        {"moveTheme", [](Project& p, const World& w) { return p.moveTheme(w.reach, w.costs); },
         C::Themes},
        {"deleteTheme_withSubthemesAndLinks",
         [](Project& p, const World& w) { return p.deleteTheme(w.benefits); }, C::Themes},
        {"linkCodeToTheme",
         [](Project& p, const World& w) { return p.linkCodeToTheme(w.isolation, w.benefits); },
         C::Themes},
        {"unlinkCodeFromTheme",
         [](Project& p, const World& w) { return p.unlinkCodeFromTheme(w.access, w.benefits); },
         C::Themes},
        {"addCoding",
         [](Project& p, const World& w) {
             return toStatus(p.addCoding(newCoding(w.fg1, w.contact, w.transcript.turns[3])));
         },
         C::Codings},
        {"addCodings",
         [](Project& p, const World& w) {
             return toStatus(p.addCodings({newCoding(w.fg1, w.contact, w.transcript.turns[1]),
                                           newCoding(w.fg2, w.contact, w.transcript.turns[2])},
                                          u"Code two passages"_s));
         },
         C::Codings},
        {"removeCoding", [](Project& p, const World& w) { return p.removeCoding(w.devicesP1); },
         C::Codings},
        {"setCodingRange",
         [](Project& p, const World& w) {
             const Coding c = *p.coding(w.devicesP1);
             return p.setCodingRange(w.devicesP1, c.start + 6, c.end);
         },
         C::Codings},
        {"setCodingMemo",
         [](Project& p, const World& w) { return p.setCodingMemo(w.devicesP2, u"Contrast"_s); },
         C::Codings},
        {"setKeyQuote",
         [](Project& p, const World& w) { return p.setKeyQuote(w.isolationFg2, true); },
         C::Codings},
        {"addCoder",
         [](Project& p, const World&) { return toStatus(p.addCoder(u"Priya"_s, u"#2CA02C"_s)); },
         C::Coders},
        {"setCurrentCoder", [](Project& p, const World& w) { return p.setCurrentCoder(w.second); },
         C::Settings},
        {"addParticipant",
         [](Project& p, const World&) { return toStatus(p.addParticipant(u"Robin"_s)); },
         C::Speakers},
        {"linkSpeakerToParticipant",
         [](Project& p, const World& w) { return p.linkSpeakerToParticipant(w.p1fg2, w.dana); },
         C::Speakers},
        {"unlinkSpeaker",
         [](Project& p, const World& w) {
             return p.linkSpeakerToParticipant(w.p1fg1, std::nullopt);
         },
         C::Speakers},
        {"setSpeakerRole",
         [](Project& p, const World& w) {
             return p.setSpeakerRole(w.p1fg1, SpeakerRole::Facilitator);
         },
         C::Speakers},
        {"setParticipantMemo",
         [](Project& p, const World& w) { return p.setParticipantMemo(w.dana, u"Team lead"_s); },
         C::Speakers},
        {"addJournalEntry",
         [](Project& p, const World&) {
             return toStatus(p.addJournalEntry(u"Noticed my own bias towards video."_s));
         },
         C::Journal},
        {"updateJournalEntry",
         [](Project& p, const World& w) { return p.updateJournalEntry(w.entry, u"Revised."_s); },
         C::Journal},
        {"deleteJournalEntry",
         [](Project& p, const World& w) { return p.deleteJournalEntry(w.entry); }, C::Journal},
    };
}

class UndoTest : public ProjectTest {
protected:
    World buildWorld()
    {
        World w;
        w.transcript = focusGroupTranscript();
        w.fg1 = addDocument(u"FG1"_s, w.transcript, u"Focus group 1"_s);
        w.fg2 = addDocument(u"FG2"_s, focusGroupTranscript(u"Second group"_s));
        w.access = addCode(u"Access"_s);
        w.devices = addCode(u"Devices"_s, w.access);
        w.data = addCode(u"Data"_s, w.access);
        w.contact = addCode(u"Contact"_s);
        w.isolation = addCode(u"Isolation"_s);
        w.benefits = addTheme(u"Benefits"_s);
        w.reach = addTheme(u"Reach"_s, w.benefits);
        w.costs = addTheme(u"Costs"_s);
        TESSERA_EXPECT_OK(project().linkCodeToTheme(w.access, w.benefits));
        TESSERA_EXPECT_OK(project().linkCodeToTheme(w.contact, w.reach));
        TESSERA_EXPECT_OK(project().linkCodeToTheme(w.isolation, w.costs));
        w.second = addCoder(u"Sam"_s);
        w.devicesP1 = codeQuote(w.fg1, w.devices, u"Video calls let me see families"_s);
        w.devicesP2 = codeQuote(w.fg1, w.devices, u"no data or devices"_s, w.second, true);
        codeQuote(w.fg1, w.access, u"Some families had no data"_s, std::nullopt, false, u"m"_s);
        w.isolationFg2 = codeQuote(w.fg2, w.isolation, u"Teenagers preferred messaging"_s);
        w.dana = unwrap(project().addParticipant(u"Dana"_s));
        w.p1fg1 = speakerNamed(w.fg1, u"P1"_s);
        w.p1fg2 = speakerNamed(w.fg2, u"P1"_s);
        TESSERA_EXPECT_OK(project().linkSpeakerToParticipant(w.p1fg1, w.dana));
        w.entry = unwrap(project().addJournalEntry(u"First impressions."_s));
        return w;
    }
};

class UndoEveryActionTest : public UndoTest, public ::testing::WithParamInterface<UndoCase> {};

TEST_P(UndoEveryActionTest, action_undoRestoresBefore_redoRestoresAfter)
{
    const UndoCase& undoCase = GetParam();
    const World world = buildWorld();
    ChangeRecorder changes(project());
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(undoCase.act(project(), world));
    const QString after = dumpTables(projectPath());
    ASSERT_NE(before, after) << "the action changed nothing";
    const QList<ProjectChanges> onAction = changes.take();
    ASSERT_EQ(onAction.size(), 1);
    EXPECT_EQ(onAction.first(), undoCase.expected)
        << "got " << describe(onAction.first()) << ", expected " << describe(undoCase.expected);
    ASSERT_TRUE(project().canUndo());
    const QString label = project().undoText();
    EXPECT_FALSE(label.isEmpty());
    EXPECT_FALSE(project().canRedo());

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    const QList<ProjectChanges> onUndo = changes.take();
    ASSERT_EQ(onUndo.size(), 1);
    EXPECT_EQ(onUndo.first(), undoCase.expected) << "undo reported " << describe(onUndo.first());
    EXPECT_TRUE(project().canRedo());
    EXPECT_EQ(project().redoText(), label);

    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(dumpTables(projectPath()), after);
    const QList<ProjectChanges> onRedo = changes.take();
    ASSERT_EQ(onRedo.size(), 1);
    EXPECT_EQ(onRedo.first(), undoCase.expected) << "redo reported " << describe(onRedo.first());
    EXPECT_EQ(project().undoText(), label);
    EXPECT_FALSE(project().canRedo());

    // And once more, to show the redo recorded a fresh undo step.
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
}

INSTANTIATE_TEST_SUITE_P(AllActions, UndoEveryActionTest, ::testing::ValuesIn(undoCases()),
                         [](const ::testing::TestParamInfo<UndoCase>& param) {
                             return std::string(param.param.name);
                         });

TEST_F(UndoTest, undoRedo_twoHundredActions_backToStartAndForward)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const QString start = dumpTables(projectPath());
    std::optional<CodeId> last;
    int actions = 0;
    for (int i = 0; actions < 200; ++i) {
        switch (i % 4) {
        case 0:
            last = addCode(u"Code %1"_s.arg(i));
            break;
        case 1:
            TESSERA_ASSERT_OK(project().renameCode(*last, u"Renamed %1"_s.arg(i)));
            break;
        case 2: {
            const ImportedTurn& turn = transcript.turns[i % transcript.turns.size()];
            addCoding(doc, *last, turn.start, turn.end);
            break;
        }
        default:
            (void)unwrap(project().addJournalEntry(u"Entry %1"_s.arg(i)));
            break;
        }
        ++actions;
    }
    const QString end = dumpTables(projectPath());
    EXPECT_EQ(project().codes().size(), 50);
    EXPECT_EQ(project().codings().size(), 50);

    for (int i = 0; i < 200; ++i) {
        ASSERT_TRUE(project().canUndo()) << "undo " << i;
        TESSERA_ASSERT_OK(project().undo());
    }
    EXPECT_EQ(project().undoText(), u"Import “FG1”"_s); // only the import is left
    EXPECT_EQ(dumpTables(projectPath()), start);
    for (int i = 0; i < 200; ++i) {
        ASSERT_TRUE(project().canRedo()) << "redo " << i;
        TESSERA_ASSERT_OK(project().redo());
    }
    EXPECT_FALSE(project().canRedo());
    EXPECT_EQ(dumpTables(projectPath()), end);
}

TEST_F(UndoTest, newAction_clearsRedo)
{
    addCode(u"First"_s);
    addCode(u"Second"_s);
    TESSERA_ASSERT_OK(project().undo());
    ASSERT_TRUE(project().canRedo());
    addCode(u"Third"_s);
    EXPECT_FALSE(project().canRedo());
    EXPECT_TRUE(project().redoText().isEmpty());
    const Status redone = project().redo();
    ASSERT_FALSE(redone.ok());
    EXPECT_EQ(redone.error().code, ErrorCode::InvalidInput);
    QStringList names;
    for (const Code& c : project().codes()) {
        names << c.fields.name;
    }
    EXPECT_EQ(names, (QStringList{u"First"_s, u"Third"_s}));
}

TEST_F(UndoTest, undoText_namesTheAction)
{
    const DocumentId doc = addDocument(u"FG1"_s, focusGroupTranscript());
    EXPECT_EQ(project().undoText(), u"Import “FG1”"_s);
    const CodeId isolation = addCode(u"Isolation"_s);
    EXPECT_EQ(project().undoText(), u"Create code “Isolation”"_s);
    codeQuote(doc, isolation, u"Teenagers"_s);
    EXPECT_EQ(project().undoText(), u"Apply code “Isolation”"_s);
    EXPECT_TRUE(project().redoText().isEmpty());

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().redoText(), u"Apply code “Isolation”"_s);
    EXPECT_EQ(project().undoText(), u"Create code “Isolation”"_s);

    const Turn turn = project().turns(doc)[2];
    (void)unwrap(project().addCodings(
        {NewCoding{doc, isolation, std::nullopt, turn.start, turn.end, {}, false}},
        u"Code a whole turn"_s));
    EXPECT_EQ(project().undoText(), u"Code a whole turn"_s);
}

TEST_F(UndoTest, undo_withNothingToUndo_refusedWithoutSignal)
{
    ChangeRecorder changes(project());
    EXPECT_FALSE(project().canUndo());
    EXPECT_TRUE(project().undoText().isEmpty());
    const QString before = dumpTables(projectPath());
    const Status undone = project().undo();
    ASSERT_FALSE(undone.ok());
    EXPECT_EQ(undone.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(undone.error().message.isEmpty());
    EXPECT_TRUE(changes.take().isEmpty());
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(UndoTest, addCodings_isOneUndoStep)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const CodeId code = addCode(u"Access"_s);
    QList<NewCoding> batch;
    for (const ImportedTurn& turn : transcript.turns) {
        batch << newCoding(doc, code, turn);
    }
    (void)unwrap(project().addCodings(batch, u"Code every turn"_s));
    ASSERT_EQ(project().codings().size(), transcript.turns.size());
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_TRUE(project().codings().isEmpty());
    EXPECT_TRUE(project().code(code).has_value());
}

TEST_F(UndoTest, failedAction_leavesUndoStackAlone)
{
    addCode(u"Access"_s);
    auto duplicate = project().addCode(CodeFields{u"access"_s, {}, {}, {}, {}, {}, {}});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(project().undoText(), u"Create code “Access”"_s);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_TRUE(project().codes().isEmpty());
    EXPECT_FALSE(project().canUndo());
}

TEST_F(UndoTest, deleteDocument_undo_restoresTurnsSpeakersAndCodings)
{
    const World w = buildWorld();
    const QList<Turn> turns = project().turns(w.fg1);
    const QList<Speaker> speakers = project().speakers(w.fg1);
    CodingFilter inFg1;
    inFg1.documentId = w.fg1;
    const qsizetype codings = project().codings(inFg1).size();
    ASSERT_EQ(codings, 3);

    TESSERA_ASSERT_OK(project().deleteDocument(w.fg1));
    EXPECT_FALSE(project().document(w.fg1));
    EXPECT_TRUE(project().turns(w.fg1).isEmpty());
    EXPECT_TRUE(project().codings(inFg1).isEmpty());

    TESSERA_ASSERT_OK(project().undo());
    ASSERT_TRUE(project().document(w.fg1));
    EXPECT_EQ(project().document(w.fg1)->groupName, u"Focus group 1"_s);
    EXPECT_EQ(project().documentText(w.fg1), w.transcript.text);
    const QList<Turn> restored = project().turns(w.fg1);
    ASSERT_EQ(restored.size(), turns.size());
    for (qsizetype i = 0; i < turns.size(); ++i) {
        EXPECT_EQ(restored[i].id, turns[i].id);
        EXPECT_EQ(restored[i].speakerId, turns[i].speakerId);
        EXPECT_EQ(restored[i].start, turns[i].start);
    }
    const QList<Speaker> restoredSpeakers = project().speakers(w.fg1);
    ASSERT_EQ(restoredSpeakers.size(), speakers.size());
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        EXPECT_EQ(restoredSpeakers[i].label, speakers[i].label);
        EXPECT_EQ(restoredSpeakers[i].role, speakers[i].role);
        EXPECT_EQ(restoredSpeakers[i].participantId, speakers[i].participantId);
    }
    EXPECT_EQ(project().codings(inFg1).size(), codings);
    ASSERT_TRUE(project().coding(w.devicesP2));
    EXPECT_TRUE(project().coding(w.devicesP2)->keyQuote);
}

TEST_F(UndoTest, undoHistory_isPerSession)
{
    addCode(u"Access"_s);
    ASSERT_TRUE(project().canUndo());
    reopen();
    EXPECT_FALSE(project().canUndo());
    EXPECT_EQ(project().codes().size(), 1);
    // The reopened session records its own history.
    addCode(u"Contact"_s);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().codes().size(), 1);
}

} // namespace
} // namespace tessera::test
