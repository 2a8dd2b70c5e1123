// What Tessera writes into Description texts, and reads back (RefiConventions.h).

#include "refi/RefiConventions.h"

#include "refi/RefiGuid.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

TEST(RefiConventions, codeDefinitionRoundTrips)
{
    const CodeDefinitionText definition{u"What stops contact."_s, u"Obstacles.\nPractical ones."_s,
                                        QString(), u"“No laptops.”"_s};
    const QString text = composeCodeDescription(definition);
    EXPECT_EQ(text, u"What stops contact.\n\nInclusion criteria:\nObstacles.\nPractical ones.\n\n"
                    "Example:\n“No laptops.”"_s);
    EXPECT_EQ(parseCodeDescription(text), definition);
}

TEST(RefiConventions, otherApplicationsDescriptionsStayWhole)
{
    // NVivo's multi-line descriptions, and a heading word inside a paragraph.
    const QString nvivo = u"Erősen szkeptikus (piros)\nEnyhén szkeptikus\nElfogadó (zöld)"_s;
    EXPECT_EQ(parseCodeDescription(nvivo).description, nvivo);
    const QString inline_ = u"See below\nExample: not a heading here"_s;
    EXPECT_EQ(parseCodeDescription(inline_).description, inline_);
    EXPECT_EQ(composeCodeDescription({u"  Only a description\n"_s, {}, {}, {}}),
              u"  Only a description\n"_s);
}

TEST(RefiConventions, themeSetRoundTripsAndPlainSetsAreConcepts)
{
    ThemeSetText theme;
    theme.organisingConcept = u"Contact survives."_s;
    theme.status = u"final"_s;
    theme.color = u"#2CA02C"_s;
    theme.parentGuid = derivedRefiGuid(u"parent"_s);
    theme.parentName = u"Connection (big)"_s;
    const ThemeSetText parsed = parseThemeDescription(composeThemeDescription(theme));
    EXPECT_TRUE(parsed.isTheme);
    EXPECT_EQ(parsed.organisingConcept, theme.organisingConcept);
    EXPECT_EQ(parsed.status, theme.status);
    EXPECT_EQ(parsed.color, theme.color);
    EXPECT_EQ(parsed.parentGuid, theme.parentGuid);
    EXPECT_EQ(parsed.parentName, theme.parentName);
    const ThemeSetText plain = parseThemeDescription(u"kategorie 1"_s);
    EXPECT_FALSE(plain.isTheme);
    EXPECT_EQ(plain.organisingConcept, u"kategorie 1"_s);
}

TEST(RefiConventions, attributeAndCaseTexts)
{
    const AttributeVariableText attribute{
        true, u"category"_s, true, {u"Children"_s, u"Families"_s}, true};
    const AttributeVariableText parsed =
        parseAttributeDescription(composeAttributeDescription(attribute));
    EXPECT_TRUE(parsed.recognised);
    EXPECT_TRUE(parsed.participantScope);
    EXPECT_EQ(parsed.type, u"category"_s);
    EXPECT_TRUE(parsed.multiSelect);
    EXPECT_EQ(parsed.categories, attribute.categories);
    EXPECT_FALSE(parseAttributeDescription(u"years of practice"_s).recognised);

    const CaseText text{u"Joined late."_s, {{u"FG2: Family support"_s, u"P3"_s}}};
    const CaseText back = parseCaseDescription(composeCaseDescription(text));
    EXPECT_EQ(back.memo, text.memo);
    EXPECT_EQ(back.speakerLabels, text.speakerLabels);
}

TEST(RefiConventions, guidsAreNormalisedAndDerivedStably)
{
    EXPECT_EQ(normalizeRefiGuid(u" {AD68FBE7-E1EE-4A82-A279-23CC698C89EB} "_s),
              u"ad68fbe7-e1ee-4a82-a279-23cc698c89eb"_s);
    EXPECT_TRUE(normalizeRefiGuid(u"code1"_s).isEmpty());
    EXPECT_EQ(readRefiGuid(u"code1"_s), readRefiGuid(u" code1"_s));
    EXPECT_TRUE(isRefiGuid(readRefiGuid(u"code1"_s)));
    EXPECT_EQ(derivedRefiGuid(u"x"_s), derivedRefiGuid(u"x"_s));
    EXPECT_NE(derivedRefiGuid(u"x"_s), derivedRefiGuid(u"y"_s));
}

} // namespace
} // namespace tessera::test
