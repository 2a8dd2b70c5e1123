// Themes: overarching theme > theme > subtheme, statuses, lookup by path or name, and the
// many-to-many links to codes.

#include "ProjectFixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class ThemesTest : public ProjectTest {
protected:
    QStringList paths()
    {
        QStringList list;
        for (const Theme& t : project().themes()) {
            list << t.path;
        }
        return list;
    }
};

TEST_F(ThemesTest, themes_depthFirstTreeWithPaths)
{
    const ThemeId benefits = addTheme(u"Benefits"_s);
    const ThemeId challenges = addTheme(u"Challenges"_s);
    const ThemeId reach = addTheme(u"Reach"_s, benefits);
    const ThemeId seeing = addTheme(u"Seeing children"_s, challenges);
    const ThemeId control = addTheme(u"Control"_s, benefits);
    const ThemeId teens = addTheme(u"Teenagers"_s, reach);

    EXPECT_EQ(paths(), (QStringList{u"Benefits"_s, u"Benefits/Reach"_s,
                                    u"Benefits/Reach/Teenagers"_s, u"Benefits/Control"_s,
                                    u"Challenges"_s, u"Challenges/Seeing children"_s}));
    const Theme t = *project().theme(teens);
    EXPECT_EQ(t.depth, 2);
    EXPECT_EQ(t.parentId, reach);
    EXPECT_EQ(project().theme(control)->position, 1);
    EXPECT_EQ(project().theme(challenges)->position, 1);
    EXPECT_EQ(project().theme(seeing)->depth, 1);
    EXPECT_EQ(project().theme(benefits)->guid.size(), 36);
    EXPECT_TRUE(isValidColor(project().theme(benefits)->fields.color));
}

TEST_F(ThemesTest, statuses_storedAndUpdated)
{
    ThemeFields fields;
    fields.name = u"Practitioners' costs"_s;
    fields.organisingConcept = u"The shift's costs fell on practitioners"_s;
    fields.status = ThemeStatus::Reviewed;
    fields.color = u"#abcdef"_s;
    fields.memo = u"Check with the team"_s;
    const ThemeId id = unwrap(project().addTheme(fields));
    Theme stored = *project().theme(id);
    EXPECT_EQ(stored.fields.status, ThemeStatus::Reviewed);
    EXPECT_EQ(stored.fields.organisingConcept, fields.organisingConcept);
    EXPECT_EQ(stored.fields.color, u"#ABCDEF"_s);
    EXPECT_EQ(stored.fields.memo, fields.memo);

    for (ThemeStatus status : {ThemeStatus::Final, ThemeStatus::Candidate, ThemeStatus::Reviewed}) {
        fields.status = status;
        TESSERA_ASSERT_OK(project().updateTheme(id, fields));
        reopen(); // stored, not cached
        EXPECT_EQ(project().theme(id)->fields.status, status);
    }
    EXPECT_EQ(themeStatusName(ThemeStatus::Final), u"final"_s);
    EXPECT_EQ(themeStatusFromName(u" Reviewed "_s), ThemeStatus::Reviewed);
    EXPECT_FALSE(themeStatusFromName(u"done"_s).has_value());
}

TEST_F(ThemesTest, addTheme_invalidInput_refused)
{
    ThemeFields fields;
    fields.name = u"Benefits"_s;
    fields.color = u"#12"_s;
    EXPECT_EQ(errorCode(project().addTheme(fields)), ErrorCode::InvalidInput);
    fields.color.clear();
    fields.name = u"A/B"_s;
    EXPECT_EQ(errorCode(project().addTheme(fields)), ErrorCode::InvalidInput);
    fields.name = u""_s;
    EXPECT_EQ(errorCode(project().addTheme(fields)), ErrorCode::InvalidInput);
    fields.name = u"Benefits"_s;
    EXPECT_EQ(errorCode(project().addTheme(fields, ThemeId(77))), ErrorCode::NotFound);
    EXPECT_TRUE(project().themes().isEmpty());

    addTheme(u"Benefits"_s);
    fields.name = u"BENEFITS"_s;
    const auto clash = project().addTheme(fields);
    EXPECT_EQ(errorCode(clash), ErrorCode::Conflict);
}

TEST_F(ThemesTest, findTheme_byPathOrUniqueName)
{
    const ThemeId benefits = addTheme(u"Benefits"_s);
    const ThemeId challenges = addTheme(u"Challenges"_s);
    const ThemeId reach = addTheme(u"Reach"_s, benefits);
    const ThemeId control = addTheme(u"Control"_s, benefits);
    const ThemeId challengeControl = addTheme(u"Control"_s, challenges);

    EXPECT_EQ(unwrap(project().findTheme(u"Benefits/Reach"_s)).id, reach);
    EXPECT_EQ(unwrap(project().findTheme(u"reach"_s)).id, reach); // unique name
    EXPECT_EQ(unwrap(project().findTheme(u"  Benefits  "_s)).id, benefits);
    EXPECT_EQ(unwrap(project().findTheme(u"benefits/control"_s)).id, control);
    EXPECT_EQ(unwrap(project().findTheme(u"Challenges/Control"_s)).id, challengeControl);

    const auto ambiguous = project().findTheme(u"Control"_s);
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(ambiguous.error().message.contains(u"Benefits/Control"_s));
    EXPECT_TRUE(ambiguous.error().message.contains(u"Challenges/Control"_s));

    const auto missing = project().findTheme(u"Nothing"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"Nothing"_s));
}

TEST_F(ThemesTest, codesAndThemes_linkManyToMany)
{
    const CodeId access = addCode(u"Access"_s);
    const CodeId contact = addCode(u"Contact"_s);
    const CodeId isolation = addCode(u"Isolation"_s);
    const ThemeId benefits = addTheme(u"Benefits"_s);
    const ThemeId costs = addTheme(u"Costs"_s);

    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, benefits));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, costs));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(contact, benefits));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(isolation, costs));

    EXPECT_EQ(project().codesOfTheme(benefits), (QList<CodeId>{access, contact}));
    EXPECT_EQ(project().codesOfTheme(costs), (QList<CodeId>{access, isolation}));
    EXPECT_EQ(project().themesOfCode(access), (QList<ThemeId>{benefits, costs}));
    EXPECT_EQ(project().themesOfCode(contact), QList<ThemeId>{benefits});

    const Status again = project().linkCodeToTheme(access, benefits);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(errorCode(project().linkCodeToTheme(CodeId(99), benefits)), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().linkCodeToTheme(access, ThemeId(99))), ErrorCode::NotFound);

    TESSERA_ASSERT_OK(project().unlinkCodeFromTheme(access, benefits));
    EXPECT_EQ(project().codesOfTheme(benefits), QList<CodeId>{contact});
    EXPECT_EQ(project().themesOfCode(access), QList<ThemeId>{costs});
    EXPECT_EQ(errorCode(project().unlinkCodeFromTheme(access, benefits)), ErrorCode::NotFound);
}

TEST_F(ThemesTest, deleteTheme_removesSubthemesAndLinksButKeepsCodes)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const CodeId access = addCode(u"Access"_s);
    const CodeId contact = addCode(u"Contact"_s);
    const ThemeId benefits = addTheme(u"Benefits"_s);
    const ThemeId reach = addTheme(u"Reach"_s, benefits);
    const ThemeId costs = addTheme(u"Costs"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(access, benefits));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(contact, reach));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(contact, costs));
    const CodingId coding = codeQuote(doc, contact, u"Teenagers preferred messaging"_s);

    TESSERA_ASSERT_OK(project().deleteTheme(benefits));
    EXPECT_EQ(paths(), QStringList{u"Costs"_s});
    EXPECT_FALSE(project().theme(reach).has_value());
    EXPECT_EQ(project().codes().size(), 2);
    EXPECT_TRUE(project().themesOfCode(access).isEmpty());
    EXPECT_EQ(project().themesOfCode(contact), QList<ThemeId>{costs});
    EXPECT_TRUE(project().coding(coding).has_value());
    EXPECT_EQ(rowCount(projectPath(), u"code_themes"_s), 1);
}

TEST_F(ThemesTest, moveTheme_reordersAndRefusesCycles)
{
    const ThemeId a = addTheme(u"A"_s);
    const ThemeId b = addTheme(u"B"_s);
    const ThemeId a1 = addTheme(u"A1"_s, a);
    TESSERA_ASSERT_OK(project().moveTheme(b, a, 0));
    EXPECT_EQ(paths(), (QStringList{u"A"_s, u"A/B"_s, u"A/A1"_s}));
    const Status cycle = project().moveTheme(a, a1);
    ASSERT_FALSE(cycle.ok());
    EXPECT_EQ(cycle.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().moveTheme(a, a)), ErrorCode::InvalidInput);
    TESSERA_ASSERT_OK(project().moveTheme(a1, std::nullopt, 0));
    EXPECT_EQ(paths(), (QStringList{u"A1"_s, u"A"_s, u"A/B"_s}));
}

TEST_F(ThemesTest, updateTheme_nameTakenBySibling_conflict)
{
    const ThemeId a = addTheme(u"A"_s);
    const ThemeId b = addTheme(u"B"_s);
    ThemeFields fields = project().theme(b)->fields;
    fields.name = u"a"_s;
    EXPECT_EQ(errorCode(project().updateTheme(b, fields)), ErrorCode::Conflict);
    fields.name = u"b"_s; // its own name in another case
    TESSERA_EXPECT_OK(project().updateTheme(b, fields));
    EXPECT_EQ(project().theme(b)->fields.name, u"b"_s);
    EXPECT_EQ(project().theme(a)->fields.name, u"A"_s);
}

} // namespace
} // namespace tessera::test
