// Theme development: merging and splitting themes, the unthemed-code list, key quotes chosen per
// theme, and the thematic map's stored node positions — and that deleting or merging what they
// point at takes them along.

#include "ProjectFixture.h"
#include "map/ThematicMap.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class ThemeDevelopmentTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        doc = addDocument(u"FG1"_s, focusGroupTranscript(), u"Focus group 1"_s);
        video = addCode(u"Video calls"_s);
        devices = addCode(u"Devices"_s);
        data = addCode(u"Data"_s);
        teens = addCode(u"Messaging"_s);
        cVideo = codeQuote(doc, video, u"Video calls let me see families"_s);
        cDevices = codeQuote(doc, devices, u"no data or devices"_s);
        cTeens = codeQuote(doc, teens, u"Teenagers preferred messaging"_s);
    }

    QList<CodeId> codesOf(ThemeId theme) { return project().codesOfTheme(theme); }
    QStringList themePaths()
    {
        QStringList list;
        for (const Theme& t : project().themes()) {
            list << t.path;
        }
        return list;
    }
    ThemeFields fieldsNamed(const QString& name)
    {
        ThemeFields f;
        f.name = name;
        return f;
    }
    QString themeKey(ThemeId id) { return mapNodeKeyForTheme(project().theme(id)->guid); }
    QString codeKey(CodeId id) { return mapNodeKeyForCode(project().code(id)->guid); }

    DocumentId doc;
    CodeId video;
    CodeId devices;
    CodeId data;
    CodeId teens;
    CodingId cVideo;
    CodingId cDevices;
    CodingId cTeens;
};

// --- merge -------------------------------------------------------------------------------------

TEST_F(ThemeDevelopmentTest, mergeThemes_movesLinksSubthemesKeyQuotes_fillsTarget_deletesSource)
{
    ThemeFields sourceFields = fieldsNamed(u"Lifeline"_s);
    sourceFields.organisingConcept = u"Video kept families in view"_s;
    sourceFields.memo = u"Source memo"_s;
    const ThemeId source = unwrap(project().addTheme(sourceFields));
    ThemeFields targetFields = fieldsNamed(u"Reach"_s);
    targetFields.memo = u"Target memo"_s;
    targetFields.status = ThemeStatus::Reviewed;
    const ThemeId target = unwrap(project().addTheme(targetFields));
    const ThemeId sub = addTheme(u"Seeing homes"_s, source);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, target));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, source));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, source)); // in both: one link after
    TESSERA_ASSERT_OK(project().linkCodeToTheme(teens, sub));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(source, cVideo, true));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(sub, cTeens, true));

    TESSERA_ASSERT_OK(project().mergeThemes(source, target));

    EXPECT_FALSE(project().theme(source).has_value());
    EXPECT_EQ(codesOf(target), (QList<CodeId>{devices, video}));
    EXPECT_EQ(project().theme(sub)->parentId, target);
    EXPECT_EQ(codesOf(sub), QList<CodeId>{teens});
    EXPECT_EQ(project().themeKeyQuotes(target), QList<CodingId>{cVideo}); // its own marks
    EXPECT_EQ(project().themeKeyQuotes(sub), QList<CodingId>{cTeens});
    const Theme merged = *project().theme(target);
    EXPECT_EQ(merged.fields.name, u"Reach"_s);
    EXPECT_EQ(merged.fields.status, ThemeStatus::Reviewed);
    EXPECT_EQ(merged.fields.organisingConcept, sourceFields.organisingConcept);
    EXPECT_EQ(merged.fields.memo, u"Target memo\n\nSource memo"_s);
    EXPECT_EQ(themePaths(), (QStringList{u"Reach"_s, u"Reach/Seeing homes"_s}));
    EXPECT_EQ(project().undoText(), u"Merge theme “Lifeline” into “Reach”"_s);
}

TEST_F(ThemeDevelopmentTest, mergeThemes_targetConcept_isKept)
{
    ThemeFields a = fieldsNamed(u"A"_s);
    a.organisingConcept = u"Source idea"_s;
    ThemeFields b = fieldsNamed(u"B"_s);
    b.organisingConcept = u"Target idea"_s;
    const ThemeId source = unwrap(project().addTheme(a));
    const ThemeId target = unwrap(project().addTheme(b));
    TESSERA_ASSERT_OK(project().mergeThemes(source, target));
    EXPECT_EQ(project().theme(target)->fields.organisingConcept, u"Target idea"_s);
}

TEST_F(ThemeDevelopmentTest, mergeThemes_sameNamedSubthemes_mergedRecursively)
{
    const ThemeId source = addTheme(u"Benefits"_s);
    const ThemeId target = addTheme(u"Gains"_s);
    const ThemeId sourceShared = addTheme(u"Contact"_s, source);
    const ThemeId sourceDeep = addTheme(u"Daily"_s, sourceShared);
    const ThemeId sourceOnly = addTheme(u"Reach"_s, source);
    const ThemeId targetShared = addTheme(u"contact"_s, target); // names match ignoring case
    const ThemeId targetDeep = addTheme(u"Daily"_s, targetShared);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(teens, sourceShared));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(data, sourceDeep));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, targetDeep));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, sourceDeep));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(sourceDeep, cVideo, true));

    TESSERA_ASSERT_OK(project().mergeThemes(source, target));

    EXPECT_EQ(themePaths(), (QStringList{u"Gains"_s, u"Gains/contact"_s, u"Gains/contact/Daily"_s,
                                         u"Gains/Reach"_s}));
    EXPECT_FALSE(project().theme(sourceShared).has_value());
    EXPECT_FALSE(project().theme(sourceDeep).has_value());
    EXPECT_EQ(project().theme(sourceOnly)->parentId, target);
    EXPECT_EQ(codesOf(targetShared), QList<CodeId>{teens});
    EXPECT_EQ(codesOf(targetDeep), (QList<CodeId>{video, data}));
    EXPECT_EQ(project().themeKeyQuotes(targetDeep), QList<CodingId>{cVideo});
}

TEST_F(ThemeDevelopmentTest, mergeThemes_intoOwnParent_subthemesMoveUp)
{
    const ThemeId parent = addTheme(u"Lifeline"_s);
    const ThemeId child = addTheme(u"Reach"_s, parent);
    const ThemeId grandchild = addTheme(u"Reach"_s, child); // same name as the merged theme
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, child));

    TESSERA_ASSERT_OK(project().mergeThemes(child, parent));

    EXPECT_EQ(themePaths(), (QStringList{u"Lifeline"_s, u"Lifeline/Reach"_s}));
    EXPECT_EQ(project().theme(grandchild)->parentId, parent);
    EXPECT_EQ(codesOf(parent), QList<CodeId>{video});
}

TEST_F(ThemeDevelopmentTest, mergeThemes_refusals_changeNothing)
{
    const ThemeId top = addTheme(u"Lifeline"_s);
    const ThemeId sub = addTheme(u"Reach"_s, top);
    const QString before = dumpTables(projectPath());

    const Status self = project().mergeThemes(top, top);
    EXPECT_EQ(errorCode(self), ErrorCode::InvalidInput);
    EXPECT_TRUE(self.error().message.contains(u"into itself"_s));
    const Status intoSub = project().mergeThemes(top, sub);
    EXPECT_EQ(errorCode(intoSub), ErrorCode::InvalidInput);
    EXPECT_TRUE(intoSub.error().message.contains(u"own subtheme “Lifeline/Reach”"_s));
    EXPECT_EQ(errorCode(project().mergeThemes(top, ThemeId(999))), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().mergeThemes(ThemeId(999), top)), ErrorCode::NotFound);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

// --- split -------------------------------------------------------------------------------------

TEST_F(ThemeDevelopmentTest, splitTheme_newSiblingTakesCodesAndTheirKeyQuotes)
{
    const ThemeId top = addTheme(u"Lifeline"_s);
    const ThemeId reach = addTheme(u"Reach"_s, top);
    addTheme(u"Costs"_s, top);
    for (CodeId c : {video, devices, teens}) {
        TESSERA_ASSERT_OK(project().linkCodeToTheme(c, reach));
    }
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cVideo, true));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cTeens, true));
    const QString before = dumpTables(projectPath());

    ThemeFields fields = fieldsNamed(u"Seeing families"_s);
    fields.organisingConcept = u"Video let practitioners see families more often"_s;
    fields.status = ThemeStatus::Reviewed;
    fields.color = u"#2ca02c"_s;
    const ThemeId split = unwrap(project().splitTheme(reach, {video, video, teens}, fields));

    const Theme created = *project().theme(split);
    EXPECT_EQ(created.parentId, top);
    EXPECT_EQ(created.fields.organisingConcept, fields.organisingConcept);
    EXPECT_EQ(created.fields.status, ThemeStatus::Reviewed);
    EXPECT_EQ(created.fields.color, u"#2CA02C"_s);
    EXPECT_EQ(themePaths(), (QStringList{u"Lifeline"_s, u"Lifeline/Reach"_s,
                                         u"Lifeline/Seeing families"_s, u"Lifeline/Costs"_s}));
    EXPECT_EQ(codesOf(reach), QList<CodeId>{devices});
    EXPECT_EQ(codesOf(split), (QList<CodeId>{video, teens}));
    EXPECT_TRUE(project().themeKeyQuotes(reach).isEmpty());
    EXPECT_EQ(project().themeKeyQuotes(split), (QList<CodingId>{cVideo, cTeens}));
    EXPECT_EQ(project().undoText(), u"Split “Seeing families” off theme “Reach”"_s);

    TESSERA_ASSERT_OK(project().undo()); // one action
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(ThemeDevelopmentTest, splitTheme_topLevel_staysTopLevel)
{
    const ThemeId a = addTheme(u"A"_s);
    addTheme(u"B"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(data, a));
    const ThemeId split = unwrap(project().splitTheme(a, {data}, fieldsNamed(u"A2"_s)));
    EXPECT_FALSE(project().theme(split)->parentId.has_value());
    EXPECT_EQ(themePaths(), (QStringList{u"A"_s, u"A2"_s, u"B"_s}));
    EXPECT_TRUE(isValidColor(project().theme(split)->fields.color));
}

TEST_F(ThemeDevelopmentTest, splitTheme_refusals_changeNothing)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    addTheme(u"Costs"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, reach));
    const QString before = dumpTables(projectPath());

    const auto notInTheme = project().splitTheme(reach, {video, data}, fieldsNamed(u"New"_s));
    EXPECT_EQ(errorCode(notInTheme), ErrorCode::InvalidInput);
    EXPECT_TRUE(notInTheme.error().message.contains(u"“Data” is not in the theme “Reach”"_s));
    EXPECT_EQ(errorCode(project().splitTheme(reach, {}, fieldsNamed(u"New"_s))),
              ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().splitTheme(reach, {video}, fieldsNamed(u"costs"_s))),
              ErrorCode::Conflict);
    EXPECT_EQ(errorCode(project().splitTheme(reach, {video}, fieldsNamed(u"A/B"_s))),
              ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().splitTheme(reach, {CodeId(999)}, fieldsNamed(u"New"_s))),
              ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().splitTheme(ThemeId(999), {video}, fieldsNamed(u"New"_s))),
              ErrorCode::NotFound);
    ThemeFields badColor = fieldsNamed(u"New"_s);
    badColor.color = u"green"_s;
    EXPECT_EQ(errorCode(project().splitTheme(reach, {video}, badColor)), ErrorCode::InvalidInput);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

// --- unthemed codes ----------------------------------------------------------------------------

TEST_F(ThemeDevelopmentTest, unthemedCodes_inTreeOrder_untilLinked)
{
    const CodeId child = addCode(u"Old phones"_s, devices);
    EXPECT_EQ(project().unthemedCodes(), (QList<CodeId>{video, devices, child, data, teens}));
    const ThemeId reach = addTheme(u"Reach"_s);
    const ThemeId sub = addTheme(u"Sub"_s, reach);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, reach));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(teens, sub));
    EXPECT_EQ(project().unthemedCodes(), (QList<CodeId>{video, child, data}));
    TESSERA_ASSERT_OK(project().unlinkCodeFromTheme(teens, sub));
    EXPECT_EQ(project().unthemedCodes(), (QList<CodeId>{video, child, data, teens}));
}

// --- key quotes per theme ----------------------------------------------------------------------

TEST_F(ThemeDevelopmentTest, themeKeyQuote_codeMustBeInThemeOrSubtheme)
{
    const ThemeId top = addTheme(u"Lifeline"_s);
    const ThemeId sub = addTheme(u"Reach"_s, top);
    const ThemeId other = addTheme(u"Costs"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(teens, sub));

    TESSERA_EXPECT_OK(project().setThemeKeyQuote(sub, cTeens, true));
    TESSERA_EXPECT_OK(project().setThemeKeyQuote(top, cTeens, true)); // via its subtheme
    const QString before = dumpTables(projectPath());
    const Status refused = project().setThemeKeyQuote(other, cTeens, true);
    EXPECT_EQ(errorCode(refused), ErrorCode::InvalidInput);
    EXPECT_TRUE(refused.error().message.contains(
        u"coded “Messaging”, which is not in the theme “Costs” or its subthemes"_s));
    EXPECT_EQ(errorCode(project().setThemeKeyQuote(other, CodingId(999), true)),
              ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().setThemeKeyQuote(ThemeId(999), cTeens, true)),
              ErrorCode::NotFound);
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().themeKeyQuotes(top), QList<CodingId>{cTeens});
    EXPECT_TRUE(project().themeKeyQuotes(other).isEmpty());
    EXPECT_EQ(project().undoText(), u"Mark key quote for “Lifeline”"_s);
}

TEST_F(ThemeDevelopmentTest, themeKeyQuote_perTheme_independentOfCodingFlag)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    const ThemeId costs = addTheme(u"Costs"_s);
    for (ThemeId t : {reach, costs}) {
        TESSERA_ASSERT_OK(project().linkCodeToTheme(video, t));
        TESSERA_ASSERT_OK(project().linkCodeToTheme(devices, t));
    }
    // Marked in reverse reading order: the list comes back in reading order.
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cDevices, true));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cVideo, true));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cVideo, true)); // again: no change
    EXPECT_EQ(project().themeKeyQuotes(reach), (QList<CodingId>{cVideo, cDevices}));
    EXPECT_TRUE(project().themeKeyQuotes(costs).isEmpty());
    EXPECT_FALSE(project().coding(cVideo)->keyQuote);

    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cVideo, false));
    EXPECT_EQ(project().themeKeyQuotes(reach), QList<CodingId>{cDevices});
    EXPECT_EQ(project().undoText(), u"Unmark key quote for “Reach”"_s);
    const QString before = dumpTables(projectPath());
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(costs, cVideo, false)); // not marked: no change
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().undoText(), u"Unmark key quote for “Reach”"_s);
}

TEST_F(ThemeDevelopmentTest, themeKeyQuotes_hiddenWhileCodeOutOfTheme)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, reach));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, cVideo, true));
    TESSERA_ASSERT_OK(project().unlinkCodeFromTheme(video, reach));
    EXPECT_TRUE(project().themeKeyQuotes(reach).isEmpty());
    TESSERA_ASSERT_OK(project().linkCodeToTheme(video, reach));
    EXPECT_EQ(project().themeKeyQuotes(reach), QList<CodingId>{cVideo});
}

TEST_F(ThemeDevelopmentTest, keyQuotesAndPositions_followDeletesAndMerges)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    const ThemeId costs = addTheme(u"Costs"_s);
    for (CodeId c : {video, devices, data, teens}) {
        TESSERA_ASSERT_OK(project().linkCodeToTheme(c, reach));
    }
    for (CodingId c : {cVideo, cDevices, cTeens}) {
        TESSERA_ASSERT_OK(project().setThemeKeyQuote(reach, c, true));
    }
    TESSERA_ASSERT_OK(project().setMapPositions({{codeKey(teens), QPointF(1, 2)},
                                                 {codeKey(data), QPointF(3, 4)},
                                                 {themeKey(costs), QPointF(5, 6)}}));

    TESSERA_ASSERT_OK(project().removeCoding(cVideo));
    EXPECT_EQ(project().themeKeyQuotes(reach), (QList<CodingId>{cDevices, cTeens}));
    TESSERA_ASSERT_OK(project().deleteCode(teens));
    EXPECT_EQ(project().themeKeyQuotes(reach), QList<CodingId>{cDevices});
    EXPECT_EQ(rowCount(projectPath(), u"theme_key_quotes"_s), 1);
    EXPECT_EQ(project().mapPositions().size(), 2);

    // The same passage coded with the merged code: the kept coding inherits the mark.
    const Coding devicesCoding = *project().coding(cDevices);
    const CodingId dataDup = addCoding(doc, data, devicesCoding.start, devicesCoding.end);
    TESSERA_ASSERT_OK(project().mergeCodes(devices, data));
    EXPECT_EQ(project().themeKeyQuotes(reach), QList<CodingId>{dataDup});
    TESSERA_ASSERT_OK(project().mergeCodes(data, video));
    EXPECT_EQ(project().mapPositions().keys(), QList<QString>{themeKey(costs)});

    TESSERA_ASSERT_OK(project().deleteTheme(costs));
    EXPECT_TRUE(project().mapPositions().isEmpty());
    TESSERA_ASSERT_OK(project().deleteDocument(doc));
    EXPECT_EQ(rowCount(projectPath(), u"theme_key_quotes"_s), 0);
    EXPECT_EQ(errorCode(project().setThemeKeyQuote(reach, cVideo, true)), ErrorCode::NotFound);
    TESSERA_ASSERT_OK(project().deleteTheme(reach));
}

// --- map positions -----------------------------------------------------------------------------

TEST_F(ThemeDevelopmentTest, mapPositions_storedMergedAndKeptAfterReopen)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    const QString reachKey = themeKey(reach);
    const QString videoKey = codeKey(video);
    EXPECT_TRUE(project().mapPositions().isEmpty());
    TESSERA_ASSERT_OK(
        project().setMapPositions({{reachKey, QPointF(10.5, -20)}, {videoKey, QPointF(0, 0)}}));
    EXPECT_EQ(project().undoText(), u"Arrange the thematic map"_s);
    TESSERA_ASSERT_OK(project().setMapPositions({{videoKey, QPointF(-300.25, 42)}}));
    EXPECT_EQ(project().undoText(), u"Move “Video calls” on the map"_s);
    reopen();
    const QHash<QString, QPointF> stored = project().mapPositions();
    EXPECT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.value(reachKey), QPointF(10.5, -20));
    EXPECT_EQ(stored.value(videoKey), QPointF(-300.25, 42));

    TESSERA_ASSERT_OK(project().setMapPositions({})); // nothing to store: no action
    TESSERA_ASSERT_OK(project().setMapPositions({{videoKey, QPointF(-300.25, 42)}}));
    EXPECT_FALSE(project().canUndo()); // unchanged position: no undo step
    TESSERA_ASSERT_OK(project().clearMapPositions());
    EXPECT_TRUE(project().mapPositions().isEmpty());
    EXPECT_EQ(project().undoText(), u"Reset the map layout"_s);
}

TEST_F(ThemeDevelopmentTest, mapPositions_invalidKeysOrNumbers_refused)
{
    const ThemeId reach = addTheme(u"Reach"_s);
    const QString reachKey = themeKey(reach);
    const QString guid = project().theme(reach)->guid;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QString before = dumpTables(projectPath());
    const QList<QHash<QString, QPointF>> bad = {
        {{u"theme:00000000-0000-4000-8000-00000000FFFF"_s, QPointF(1, 1)}},
        {{u"code:"_s + guid, QPointF(1, 1)}}, // a theme's GUID as a code
        {{guid, QPointF(1, 1)}},
        {{u"theme:"_s, QPointF(1, 1)}},
        {{reachKey, QPointF(nan, 0)}},
        {{reachKey, QPointF(0, inf)}},
        {{reachKey, QPointF(-inf, 0)}},
        {{reachKey, QPointF(2.0e6, 0)}},
        {{reachKey, QPointF(1, 1)}, {u"nonsense"_s, QPointF(1, 1)}}, // all or nothing
    };
    for (const auto& positions : bad) {
        const Status st = project().setMapPositions(positions);
        EXPECT_EQ(errorCode(st), ErrorCode::InvalidInput)
            << positions.keys().join(u',').toStdString();
    }
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(ThemeDevelopmentTest, mergeThemes_sourcePositionRemoved_targetKept)
{
    const ThemeId a = addTheme(u"A"_s);
    const ThemeId b = addTheme(u"B"_s);
    TESSERA_ASSERT_OK(
        project().setMapPositions({{themeKey(a), QPointF(1, 1)}, {themeKey(b), QPointF(2, 2)}}));
    const QString bKey = themeKey(b);
    TESSERA_ASSERT_OK(project().mergeThemes(a, b));
    EXPECT_EQ(project().mapPositions().keys(), QList<QString>{bKey});
}

} // namespace
} // namespace tessera::test
