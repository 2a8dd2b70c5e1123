// Project -> report model: prevalence, quotes, limits, coder filter and the codebook.

#include "analysis/ReportBuilder.h"

#include "ProjectFixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

// Three documents (two focus groups and an ungrouped interview), two coders, and:
//   Benefits            <- Reach, Contact
//     Benefits/Control  <- Choice
//   Costs               <- Fatigue
class ReportBuilderTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        alex = addCoder(u"Alex"_s);
        sam = addCoder(u"Sam"_s);
        TESSERA_ASSERT_OK(project().setCurrentCoder(alex));
        fg1 = addDocument(u"FG1"_s, focusGroupTranscript(u"First"_s), u"Focus group 1"_s);
        fg2 = addDocument(u"FG2"_s, focusGroupTranscript(u"Second"_s), u"Focus group 2"_s);
        interview = addDocument(u"Interview R1"_s,
                                TranscriptBuilder()
                                    .turn(u"Interviewer"_s, u"What helped most?"_s)
                                    .turn(u"R1"_s, u"Choosing when to talk helped me most."_s)
                                    .turn(u"R1"_s, u"Screens all day wore me out completely."_s)
                                    .build());
        reach = addCode(u"Reach"_s);
        contact = addCode(u"Contact"_s);
        choice = addCode(u"Choice"_s);
        fatigue = addCode(u"Fatigue"_s);
        ThemeFields fields;
        fields.name = u"Benefits"_s;
        fields.organisingConcept = u"Digital widened reach"_s;
        fields.status = ThemeStatus::Final;
        fields.memo = u"Theme memo"_s;
        benefits = unwrap(project().addTheme(fields));
        control = addTheme(u"Control"_s, benefits, ThemeStatus::Reviewed);
        costs = addTheme(u"Costs"_s);
        TESSERA_ASSERT_OK(project().linkCodeToTheme(reach, benefits));
        TESSERA_ASSERT_OK(project().linkCodeToTheme(contact, benefits));
        TESSERA_ASSERT_OK(project().linkCodeToTheme(choice, control));
        TESSERA_ASSERT_OK(project().linkCodeToTheme(fatigue, costs));
    }

    void codeBenefits()
    {
        // FG1: facilitator, then P1 (key for Alex, also coded by Sam).
        codeQuote(fg1, reach, u"How did video calls change"_s);
        codeQuote(fg1, reach, u"Video calls let me see families"_s, alex, true, u"Alex memo"_s);
        codeQuote(fg1, reach, u"Video calls let me see families"_s, sam, false, u"Sam memo"_s);
        // FG2 P2, under two of the theme's codes.
        codeQuote(fg2, reach, u"no data or devices"_s);
        codeQuote(fg2, contact, u"no data or devices"_s);
        // Control: FG2 P1 (Sam) and the interview's R1 (Alex).
        codeQuote(fg2, choice, u"Teenagers preferred messaging"_s, sam);
        codeQuote(interview, choice, u"Choosing when to talk"_s);
    }

    static const ReportTheme* themeNamed(const QList<ReportTheme>& themes, const QString& name)
    {
        for (const ReportTheme& t : themes) {
            if (t.name == name) {
                return &t;
            }
        }
        return nullptr;
    }

    static QStringList quoteTexts(const ReportTheme& theme)
    {
        QStringList texts;
        for (const ReportQuote& q : theme.quotes) {
            texts << q.text;
        }
        return texts;
    }

    CoderId alex;
    CoderId sam;
    DocumentId fg1;
    DocumentId fg2;
    DocumentId interview;
    CodeId reach;
    CodeId contact;
    CodeId choice;
    CodeId fatigue;
    ThemeId benefits;
    ThemeId control;
    ThemeId costs;
};

TEST_F(ReportBuilderTest, summary_totalsExcludeFacilitators)
{
    codeBenefits();
    const ThemeSummaryReport report = buildThemeSummary(project());
    EXPECT_EQ(report.title, u"Test study"_s);
    EXPECT_TRUE(report.generatedAt.isValid());
    EXPECT_EQ(report.documentCount, 3);
    EXPECT_EQ(report.groupCount, 2);
    EXPECT_EQ(report.participantCount, 5); // P1, P2 twice, R1; no facilitator/interviewer
    EXPECT_EQ(report.codingCount, 7);
    EXPECT_TRUE(report.coders.contains(u"Alex"_s));
    EXPECT_TRUE(report.coders.contains(u"Sam"_s));
    ASSERT_EQ(report.themes.size(), 2);
    EXPECT_EQ(report.themes[0].name, u"Benefits"_s);
    EXPECT_EQ(report.themes[1].name, u"Costs"_s);
    const ReportTheme& b = report.themes[0];
    EXPECT_EQ(b.organisingConcept, u"Digital widened reach"_s);
    EXPECT_EQ(b.status, u"final"_s);
    EXPECT_EQ(b.memo, u"Theme memo"_s);
    EXPECT_EQ(b.depth, 0);
    ASSERT_EQ(b.subthemes.size(), 1);
    EXPECT_EQ(b.subthemes[0].name, u"Control"_s);
    EXPECT_EQ(b.subthemes[0].status, u"reviewed"_s);
    EXPECT_EQ(b.subthemes[0].depth, 1);
    ASSERT_EQ(b.codes.size(), 2);
    EXPECT_EQ(b.codes[0].path, u"Reach"_s);
    EXPECT_EQ(b.codes[0].codings, 4);
    EXPECT_EQ(b.codes[0].documents, 2);
}

TEST_F(ReportBuilderTest, prevalence_countsDocumentsGroupsParticipantsAndPassages)
{
    codeBenefits();
    const ThemeSummaryReport report = buildThemeSummary(project());
    const Prevalence& p = report.themes[0].prevalence; // Benefits with its subtheme
    EXPECT_EQ(p.documents, 3);
    EXPECT_EQ(p.totalDocuments, 3);
    EXPECT_EQ(p.groups, 2); // the interview has no group
    EXPECT_EQ(p.totalGroups, 2);
    // FG1 P1, FG2 P2, FG2 P1, R1 — the facilitator's passage does not make a participant.
    EXPECT_EQ(p.participants, 4);
    EXPECT_EQ(p.totalParticipants, 5);
    // Passages: FG1 facilitator, FG1 P1 (two coders), FG2 P2 (two codes), FG2 P1, R1.
    EXPECT_EQ(p.excerpts, 5);

    const Prevalence& c = report.themes[0].subthemes[0].prevalence;
    EXPECT_EQ(c.documents, 2);
    EXPECT_EQ(c.groups, 1);
    EXPECT_EQ(c.participants, 2);
    EXPECT_EQ(c.excerpts, 2);

    const Prevalence& empty = report.themes[1].prevalence;
    EXPECT_EQ(empty.documents, 0);
    EXPECT_EQ(empty.excerpts, 0);
    EXPECT_EQ(empty.totalDocuments, 3);
}

TEST_F(ReportBuilderTest, prevalence_linkedParticipantCountsOnce)
{
    codeBenefits();
    const ParticipantId dana = unwrap(project().addParticipant(u"Dana"_s));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg1, u"P1"_s), dana));
    TESSERA_ASSERT_OK(project().linkSpeakerToParticipant(speakerNamed(fg2, u"P1"_s), dana));
    const ThemeSummaryReport report = buildThemeSummary(project());
    EXPECT_EQ(report.participantCount, 4);
    EXPECT_EQ(report.themes[0].prevalence.participants, 3);
    EXPECT_EQ(report.themes[0].prevalence.totalParticipants, 4);
    // The quote is attributed to the pseudonym.
    EXPECT_EQ(report.themes[0].quotes.first().speaker, u"Dana"_s);
}

TEST_F(ReportBuilderTest, quotes_keyFirstThenDocumentOrderOnePerPassage)
{
    codeBenefits();
    const ThemeSummaryReport report = buildThemeSummary(project());
    const ReportTheme& b = report.themes[0];
    // Only the theme's own codes (Reach, Contact); Choice's quotes belong to the subtheme.
    EXPECT_EQ(quoteTexts(b),
              (QStringList{u"Video calls let me see families"_s, u"How did video calls change"_s,
                           u"no data or devices"_s}));
    const ReportQuote& key = b.quotes[0];
    EXPECT_TRUE(key.keyQuote);
    EXPECT_FALSE(b.quotes[1].keyQuote);
    EXPECT_EQ(key.documentName, u"FG1"_s);
    EXPECT_EQ(key.group, u"Focus group 1"_s);
    EXPECT_EQ(key.speaker, u"P1"_s);
    EXPECT_EQ(key.beginMs, 4000);
    EXPECT_EQ(key.codePath, u"Reach"_s);
    EXPECT_EQ(key.memo, u"Alex memo"_s);
    const QString fg1Text = project().documentText(fg1);
    EXPECT_EQ(fg1Text.mid(key.start, key.end - key.start), key.text);
    EXPECT_EQ(b.omittedQuotes, 0);
    EXPECT_EQ(quoteTexts(b.subthemes[0]),
              (QStringList{u"Teenagers preferred messaging"_s, u"Choosing when to talk"_s}));
}

TEST_F(ReportBuilderTest, maxQuotesPerTheme_keepsKeyQuotesAndCountsTheRest)
{
    const QStringList passages{u"How did video calls"_s, u"Video calls let me"_s,
                               u"Some families had"_s, u"Teenagers preferred"_s, u"Thank you"_s};
    for (qsizetype i = 0; i < passages.size(); ++i) {
        codeQuote(fg1, fatigue, passages[i], std::nullopt, i >= 3); // the last two are key
    }
    auto costsWith = [&](int limit) {
        ThemeReportOptions options;
        options.maxQuotesPerTheme = limit;
        options.themes = {costs};
        const ThemeSummaryReport report = buildThemeSummary(project(), options);
        EXPECT_EQ(report.themes.size(), 1);
        return report.themes.value(0);
    };
    const ReportTheme three = costsWith(3);
    EXPECT_EQ(quoteTexts(three),
              (QStringList{u"Teenagers preferred"_s, u"Thank you"_s, u"How did video calls"_s}));
    EXPECT_EQ(three.omittedQuotes, 2);
    const ReportTheme one = costsWith(1); // fewer than the key quotes: all key quotes stay
    EXPECT_EQ(quoteTexts(one), (QStringList{u"Teenagers preferred"_s, u"Thank you"_s}));
    EXPECT_EQ(one.omittedQuotes, 3);
    const ReportTheme unlimited = costsWith(-1);
    EXPECT_EQ(unlimited.quotes.size(), 5);
    EXPECT_EQ(unlimited.omittedQuotes, 0);
    EXPECT_EQ(unlimited.prevalence.excerpts, 5); // the limit never changes prevalence
    EXPECT_EQ(three.prevalence.excerpts, 5);
}

TEST_F(ReportBuilderTest, coderFilter_onlyThatCodersCodings)
{
    codeBenefits();
    ThemeReportOptions options;
    options.coder = sam;
    const ThemeSummaryReport report = buildThemeSummary(project(), options);
    EXPECT_EQ(report.coders, QStringList{u"Sam"_s});
    EXPECT_EQ(report.codingCount, 2);
    const ReportTheme& b = report.themes[0];
    ASSERT_EQ(b.quotes.size(), 1);
    EXPECT_EQ(b.quotes[0].text, u"Video calls let me see families"_s);
    EXPECT_EQ(b.quotes[0].coder, u"Sam"_s);
    EXPECT_FALSE(b.quotes[0].keyQuote); // Alex's key flag is not Sam's
    EXPECT_EQ(b.quotes[0].memo, u"Sam memo"_s);
    EXPECT_EQ(b.prevalence.documents, 2);
    EXPECT_EQ(b.prevalence.participants, 2);
    EXPECT_EQ(b.prevalence.excerpts, 2);
    ASSERT_EQ(b.subthemes[0].quotes.size(), 1);
    EXPECT_EQ(b.subthemes[0].quotes[0].text, u"Teenagers preferred messaging"_s);
}

TEST_F(ReportBuilderTest, options_themesAndMemos)
{
    codeBenefits();
    ThemeReportOptions options;
    options.themes = {costs};
    options.includeMemos = false;
    ThemeSummaryReport report = buildThemeSummary(project(), options);
    ASSERT_EQ(report.themes.size(), 1);
    EXPECT_EQ(report.themes[0].name, u"Costs"_s);

    options.themes = {benefits};
    report = buildThemeSummary(project(), options);
    ASSERT_EQ(report.themes.size(), 1);
    EXPECT_TRUE(report.themes[0].memo.isEmpty());
    for (const ReportQuote& q : report.themes[0].quotes) {
        EXPECT_TRUE(q.memo.isEmpty()) << q.text.toStdString();
    }
}

TEST_F(ReportBuilderTest, options_chosenSubthemeIsASectionUnlessItsParentIsChosen)
{
    codeBenefits();
    ThemeReportOptions options;
    options.themes = {costs, control}; // tree order wins: Control (under Benefits) comes first
    ThemeSummaryReport report = buildThemeSummary(project(), options);
    ASSERT_EQ(report.themes.size(), 2);
    EXPECT_EQ(report.themes[0].name, u"Control"_s);
    EXPECT_EQ(report.themes[0].depth, 1);
    EXPECT_EQ(report.themes[1].name, u"Costs"_s);

    options.themes = {control, benefits}; // Control already inside Benefits: once
    report = buildThemeSummary(project(), options);
    ASSERT_EQ(report.themes.size(), 1);
    EXPECT_EQ(report.themes[0].name, u"Benefits"_s);
    ASSERT_EQ(report.themes[0].subthemes.size(), 1);
    EXPECT_EQ(report.themes[0].subthemes[0].name, u"Control"_s);
}

TEST_F(ReportBuilderTest, options_timestampsCanBeLeftOut)
{
    codeBenefits();
    const auto timestamps = [&](bool include) {
        ThemeReportOptions options;
        options.includeTimestamps = include;
        const ThemeSummaryReport report = buildThemeSummary(project(), options);
        QList<std::optional<qint64>> found;
        for (const ReportQuote& q : report.themes[0].quotes) {
            found << q.beginMs;
        }
        return found;
    };
    const QList<std::optional<qint64>> with = timestamps(true);
    ASSERT_FALSE(with.isEmpty());
    EXPECT_TRUE(
        std::any_of(with.cbegin(), with.cend(), [](const auto& t) { return t.has_value(); }));
    for (const std::optional<qint64>& t : timestamps(false)) {
        EXPECT_FALSE(t.has_value());
    }
}

TEST_F(ReportBuilderTest, keyQuotesChosenForATheme_comeFirstThere)
{
    codeBenefits();
    // FG2's "no data or devices" (Reach) is no key quote on its coding; choose it for Benefits.
    // The interview's "Choosing when to talk" (Choice, in the subtheme Control) is chosen for
    // Benefits too, so it is quoted there as well as under Control.
    const auto codingOf = [&](const QString& text, DocumentId document) {
        for (const Coding& c : project().codings({})) {
            if (c.documentId == document &&
                project().documentText(document).mid(c.start, c.end - c.start) == text) {
                return c.id;
            }
        }
        return CodingId();
    };
    TESSERA_ASSERT_OK(
        project().setThemeKeyQuote(benefits, codingOf(u"no data or devices"_s, fg2), true));
    TESSERA_ASSERT_OK(project().setThemeKeyQuote(
        benefits, codingOf(u"Choosing when to talk"_s, interview), true));
    const ThemeSummaryReport report = buildThemeSummary(project());
    const ReportTheme& b = report.themes[0];
    QStringList keys;
    for (const ReportQuote& q : b.quotes) {
        if (q.keyQuote) {
            keys << q.text;
        }
    }
    EXPECT_EQ(keys, (QStringList{u"Video calls let me see families"_s, u"no data or devices"_s,
                                 u"Choosing when to talk"_s}));
    // Under Control the passage is what it was: not a key quote there.
    ASSERT_EQ(b.subthemes.size(), 1);
    for (const ReportQuote& q : b.subthemes[0].quotes) {
        EXPECT_FALSE(q.keyQuote) << q.text.toStdString();
    }
}

TEST_F(ReportBuilderTest, codebook_entriesWithCountsAndThemePaths)
{
    codeBenefits();
    CodeFields fields = project().code(choice)->fields;
    fields.description = u"Families choosing how to be contacted"_s;
    fields.inclusion = u"Choice of channel or time"_s;
    TESSERA_ASSERT_OK(project().updateCode(choice, fields));
    const CodeId child = addCode(u"Timing"_s, choice);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(reach, costs));

    const CodebookReport book = buildCodebook(project());
    EXPECT_EQ(book.title, u"Test study"_s);
    QStringList paths;
    for (const CodebookEntry& e : book.codes) {
        paths << e.path;
    }
    EXPECT_EQ(paths, (QStringList{u"Reach"_s, u"Contact"_s, u"Choice"_s, u"Choice/Timing"_s,
                                  u"Fatigue"_s}));
    const CodebookEntry& r = book.codes[0];
    EXPECT_EQ(r.codings, 4);
    EXPECT_EQ(r.documents, 2);
    EXPECT_EQ(r.speakers, 2); // FG1 P1, FG2 P2 (the FG1 facilitator's coding is not prevalence)
    EXPECT_EQ(r.themes, (QStringList{u"Benefits"_s, u"Costs"_s}));
    const CodebookEntry& c = book.codes[2];
    EXPECT_EQ(c.description, u"Families choosing how to be contacted"_s);
    EXPECT_EQ(c.inclusion, u"Choice of channel or time"_s);
    EXPECT_EQ(c.themes, QStringList{u"Benefits/Control"_s});
    EXPECT_EQ(c.codings, 2);
    EXPECT_EQ(c.depth, 0);
    EXPECT_EQ(book.codes[3].depth, 1);
    EXPECT_EQ(book.codes[3].name, u"Timing"_s);
    EXPECT_EQ(book.codes[3].codings, 0);
    EXPECT_TRUE(book.codes[3].themes.isEmpty());
    EXPECT_TRUE(isValidColor(book.codes[3].color));
    (void)child;
}

} // namespace
} // namespace tessera::test
