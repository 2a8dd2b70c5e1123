// Every theme-development call, and every delete or merge that now takes key quotes and map
// positions along, is undone and redone exactly (the whole file compared, as in UndoTest.cpp).
// Also: a project from before theme development (format 2) opens and is upgraded with a backup.

#include "ProjectFixture.h"
#include "map/ThematicMap.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>
#include <QObject>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

struct World {
    DocumentId doc;
    CodeId video;   // in Lifeline/Reach; key quote cVideo there
    CodeId devices; // in Lifeline/Reach and Costs/Reach; key quote cDevices in Costs/Reach
    CodeId data;    // in Costs; codes the same passage as cDevices (dataDup)
    CodeId teens;   // in Lifeline/Reach/Remote; key quote cTeens there
    CodingId cVideo;
    CodingId cDevices;
    CodingId cTeens;
    CodingId dataDup;
    ThemeId lifeline;
    ThemeId reach;
    ThemeId remote;
    ThemeId costs;
    ThemeId costsReach; // same name as Lifeline/Reach: merging Costs into Lifeline recurses
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

QString themeKey(Project& p, ThemeId id)
{
    return mapNodeKeyForTheme(p.theme(id)->guid);
}

QString codeKey(Project& p, CodeId id)
{
    return mapNodeKeyForCode(p.code(id)->guid);
}

using C = ProjectChange;

QList<UndoCase> undoCases()
{
    return {
        {"mergeThemes_recursiveWithPosition",
         [](Project& p, const World& w) { return p.mergeThemes(w.costs, w.lifeline); },
         C::Themes | C::Map},
        {"mergeThemes_subthemeIntoOtherBranch",
         [](Project& p, const World& w) { return p.mergeThemes(w.reach, w.costsReach); },
         C::Themes},
        {"splitTheme",
         [](Project& p, const World& w) {
             ThemeFields f;
             f.name = u"Seeing families"_s;
             return toStatus(p.splitTheme(w.reach, {w.video, w.devices}, f));
         },
         C::Themes},
        {"setThemeKeyQuote_mark",
         [](Project& p, const World& w) { return p.setThemeKeyQuote(w.lifeline, w.cTeens, true); },
         C::Themes},
        {"setThemeKeyQuote_unmark",
         [](Project& p, const World& w) { return p.setThemeKeyQuote(w.reach, w.cVideo, false); },
         C::Themes},
        {"setMapPositions_new",
         [](Project& p, const World& w) {
             return p.setMapPositions(
                 {{codeKey(p, w.video), QPointF(1.5, 2)}, {themeKey(p, w.reach), QPointF(-3, 4)}});
         },
         C::Map},
        {"setMapPositions_move",
         [](Project& p, const World& w) {
             return p.setMapPositions({{themeKey(p, w.lifeline), QPointF(50, 60)}});
         },
         C::Map},
        {"clearMapPositions", [](Project& p, const World&) { return p.clearMapPositions(); },
         C::Map},
        {"deleteTheme_withKeyQuotesAndPositions",
         [](Project& p, const World& w) { return p.deleteTheme(w.lifeline); }, C::Themes | C::Map},
        {"deleteCode_withKeyQuotesAndPosition",
         [](Project& p, const World& w) { return p.deleteCode(w.teens); },
         C::Codes | C::Codings | C::Themes | C::Map},
        {"removeCoding_keyQuote",
         [](Project& p, const World& w) { return p.removeCoding(w.cVideo); },
         C::Codings | C::Themes},
        {"deleteDocument_keyQuotes",
         [](Project& p, const World& w) { return p.deleteDocument(w.doc); },
         C::Documents | C::Speakers | C::Codings | C::Themes},
        {"mergeCodes_foldsKeyQuoteAndDropsPosition",
         [](Project& p, const World& w) { return p.mergeCodes(w.devices, w.data); },
         C::Codes | C::Codings | C::Themes | C::Map},
    };
}

class ThemeDevelopmentUndoTest : public ProjectTest,
                                 public ::testing::WithParamInterface<UndoCase> {
protected:
    World buildWorld()
    {
        World w;
        w.doc = addDocument(u"FG1"_s, focusGroupTranscript(), u"Focus group 1"_s);
        w.video = addCode(u"Video calls"_s);
        w.devices = addCode(u"Devices"_s);
        w.data = addCode(u"Data"_s);
        w.teens = addCode(u"Messaging"_s);
        w.cVideo = codeQuote(w.doc, w.video, u"Video calls let me see families"_s);
        w.cDevices = codeQuote(w.doc, w.devices, u"no data or devices"_s);
        w.cTeens = codeQuote(w.doc, w.teens, u"Teenagers preferred messaging"_s);
        w.dataDup = codeQuote(w.doc, w.data, u"no data or devices"_s);
        w.lifeline = addTheme(u"Lifeline"_s);
        w.reach = addTheme(u"Reach"_s, w.lifeline);
        w.remote = addTheme(u"Remote"_s, w.reach);
        w.costs = addTheme(u"Costs"_s);
        w.costsReach = addTheme(u"Reach"_s, w.costs);
        Project& p = project();
        for (const auto& [code, theme] :
             {std::pair{w.video, w.reach}, std::pair{w.devices, w.reach},
              std::pair{w.teens, w.remote}, std::pair{w.data, w.costs},
              std::pair{w.devices, w.costsReach}}) {
            TESSERA_EXPECT_OK(p.linkCodeToTheme(code, theme));
        }
        TESSERA_EXPECT_OK(p.setThemeKeyQuote(w.reach, w.cVideo, true));
        TESSERA_EXPECT_OK(p.setThemeKeyQuote(w.remote, w.cTeens, true));
        TESSERA_EXPECT_OK(p.setThemeKeyQuote(w.costsReach, w.cDevices, true));
        TESSERA_EXPECT_OK(p.setMapPositions({{themeKey(p, w.lifeline), QPointF(0, 0)},
                                             {themeKey(p, w.costs), QPointF(100, 0)},
                                             {codeKey(p, w.teens), QPointF(5, 5)},
                                             {codeKey(p, w.devices), QPointF(-5, 5)}}));
        return w;
    }
};

TEST_P(ThemeDevelopmentUndoTest, action_undoRestoresBefore_redoRestoresAfter)
{
    const UndoCase& undoCase = GetParam();
    const World world = buildWorld();
    QList<ProjectChanges> seen;
    QObject receiver;
    QObject::connect(&project(), &Project::changed, &receiver,
                     [&seen](ProjectChanges what) { seen << what; });
    const QString before = dumpTables(projectPath());

    TESSERA_ASSERT_OK(undoCase.act(project(), world));
    const QString after = dumpTables(projectPath());
    ASSERT_NE(before, after) << "the action changed nothing";
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen.takeFirst(), undoCase.expected);
    const QString label = project().undoText();
    EXPECT_FALSE(label.isEmpty());

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen.takeFirst(), undoCase.expected);
    EXPECT_EQ(project().redoText(), label);

    TESSERA_ASSERT_OK(project().redo());
    EXPECT_EQ(dumpTables(projectPath()), after);
    EXPECT_EQ(project().undoText(), label);

    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
}

INSTANTIATE_TEST_SUITE_P(ThemeDevelopment, ThemeDevelopmentUndoTest,
                         ::testing::ValuesIn(undoCases()),
                         [](const ::testing::TestParamInfo<UndoCase>& param) {
                             return std::string(param.param.name);
                         });

class ThemeDevelopmentMigrationTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QTemporaryDir m_dir;
};

TEST_F(ThemeDevelopmentMigrationTest, open_versionTwoProject_upgradesToThreeWithBackup)
{
    const QString file = m_dir.filePath(u"v2.tessera"_s);
    {
        Database db;
        TESSERA_ASSERT_OK(db.open(file, Database::OpenMode::Create));
        TESSERA_ASSERT_OK(schema::create(db, 2));
        TESSERA_ASSERT_OK(
            db.exec(u"INSERT INTO settings(key, value) VALUES ('title', 'Before maps');"
                    u"INSERT INTO coders(guid, name, color) "
                    u"VALUES ('C0DE0000-0000-4000-8000-000000000001', 'Robin', '#1F77B4');"
                    u"INSERT INTO themes(guid, name, color) "
                    u"VALUES ('7E3E0000-0000-4000-8000-000000000001', 'Lifeline', '#D62728')"_s));
    }
    ASSERT_EQ(rawQuery(file, u"PRAGMA user_version"_s), u"2"_s);
    ASSERT_FALSE(tableExists(file, u"theme_key_quotes"_s));

    {
        auto project = unwrap(Project::open(file));
        EXPECT_EQ(project->title(), u"Before maps"_s);
        EXPECT_FALSE(project->canUndo());
        const Theme lifeline = unwrap(project->findTheme(u"Lifeline"_s));
        TESSERA_ASSERT_OK(
            project->setMapPositions({{mapNodeKeyForTheme(lifeline.guid), QPointF(12, 34)}}));
        TESSERA_ASSERT_OK(project->undo()); // the new tables are under the undo log too
        EXPECT_TRUE(project->mapPositions().isEmpty());
        TESSERA_ASSERT_OK(project->redo());
    }
    EXPECT_EQ(rawQuery(file, u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_TRUE(tableExists(file, u"theme_key_quotes"_s));
    EXPECT_EQ(rowCount(file, u"map_positions"_s), 1);

    const QString backup = file + u".v2.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(rawQuery(backup, u"PRAGMA user_version"_s), u"2"_s);
    EXPECT_FALSE(tableExists(backup, u"map_positions"_s));
    EXPECT_EQ(rawQuery(backup, u"SELECT name FROM themes"_s), u"Lifeline"_s);
}

} // namespace
} // namespace tessera::test
