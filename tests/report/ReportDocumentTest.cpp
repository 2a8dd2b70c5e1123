// The paged document the DOCX, ODT and PDF writers share: what it says and in which order.

#include "report/ReportDocument.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"
#include "report/CodebookDocument.h"
#include "report/ThemeSummaryDocument.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

QList<DocumentBlock> blocksOf(const ReportDocument& document, BlockStyle style)
{
    QList<DocumentBlock> found;
    for (const DocumentBlock& block : document.blocks) {
        if (block.style == style) {
            found << block;
        }
    }
    return found;
}

QStringList rowTexts(const DocumentTable& table, int column)
{
    QStringList texts;
    for (const QList<TextRuns>& row : table.rows) {
        texts << plainText(row.value(column));
    }
    return texts;
}

// The blocks from the heading called `name` up to the next heading.
QList<DocumentBlock> sectionOf(const ReportDocument& document, const QString& name)
{
    QList<DocumentBlock> section;
    bool inside = false;
    for (const DocumentBlock& block : document.blocks) {
        if (block.style == BlockStyle::Heading) {
            if (inside) {
                break;
            }
            inside = plainText(block.runs) == name;
        }
        if (inside) {
            section << block;
        }
    }
    return section;
}

TEST(ThemeSummaryDocument, StartsWithATitlePage)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    EXPECT_TRUE(document.titlePage);
    EXPECT_EQ(document.subject, u"Theme summary"_s);
    ASSERT_GE(document.blocks.size(), 5);
    EXPECT_EQ(document.blocks[0].style, BlockStyle::Title);
    EXPECT_EQ(plainText(document.blocks[0].runs),
              u"Staying connected: social care practice with families during COVID-19"_s);
    EXPECT_EQ(document.blocks[1].style, BlockStyle::Subtitle);
    EXPECT_EQ(plainText(document.blocks[1].runs), u"Theme summary"_s);
    EXPECT_EQ(plainText(document.blocks[2].runs), u"Generated 2024-01-01 09:00 UTC"_s);
    ASSERT_EQ(document.blocks[3].style, BlockStyle::Table);
    const DocumentTable& facts = document.blocks[3].table;
    EXPECT_FALSE(facts.headerRow);
    EXPECT_TRUE(facts.headerColumn);
    EXPECT_EQ(rowTexts(facts, 0), (QStringList{u"Documents"_s, u"Focus groups"_s, u"Participants"_s,
                                               u"Codings"_s, u"Coders"_s}));
    EXPECT_EQ(rowTexts(facts, 1),
              (QStringList{u"4"_s, u"3"_s, u"15"_s, u"48"_s, u"2 (Renée Dubois, Sam Okafor)"_s}));
}

TEST(ThemeSummaryDocument, ThemesAreHeadingsOneLevelDeeperPerNesting)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    QList<std::pair<int, QString>> headings;
    for (const DocumentBlock& block : blocksOf(document, BlockStyle::Heading)) {
        headings.append({block.level, plainText(block.runs)});
    }
    const QList<std::pair<int, QString>> expected = {
        {1, u"Digital contact as a lifeline"_s},
        {2, u"Seeing only what the camera shows"_s},
        {3, u"The ceiling view"_s},
        {1, u"Blurred boundaries between work and home"_s},
        {1, u"Digital exclusion – Renée's ½ of the caseload"_s},
    };
    EXPECT_EQ(headings, expected);
    // Only the first theme starts a new page: the one after the title page.
    const QList<DocumentBlock> all = blocksOf(document, BlockStyle::Heading);
    EXPECT_TRUE(all[0].pageBreakBefore);
    for (qsizetype i = 1; i < all.size(); ++i) {
        EXPECT_FALSE(all[i].pageBreakBefore) << i;
    }
}

TEST(ThemeSummaryDocument, EachThemeHasFactsAndAPrevalenceTable)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    const QList<DocumentBlock> section = sectionOf(document, u"Digital contact as a lifeline"_s);
    ASSERT_GE(section.size(), 5);
    EXPECT_EQ(plainText(section[1].runs), u"Status: Final"_s);
    EXPECT_TRUE(section[1].runs[0].bold);
    EXPECT_TRUE(plainText(section[2].runs).startsWith(u"Central organising concept: "_s));
    EXPECT_EQ(plainText(section[3].runs),
              u"Memo: Strongest in FG2.\nCheck against the interview: is \"lifeline\" our word "
              u"or theirs?"_s);
    ASSERT_EQ(section[4].style, BlockStyle::Table);
    const DocumentTable& prevalence = section[4].table;
    EXPECT_TRUE(prevalence.headerRow);
    EXPECT_EQ(rowTexts(prevalence, 0),
              (QStringList{u"Prevalence"_s, u"Documents"_s, u"Focus groups"_s, u"Participants"_s,
                           u"Excerpts"_s}));
    EXPECT_EQ(rowTexts(prevalence, 1),
              (QStringList{u"Count"_s, u"4 of 4"_s, u"3 of 3"_s, u"11 of 15"_s, u"16"_s}));
    // Every theme, however deep, has its table.
    EXPECT_EQ(blocksOf(document, BlockStyle::Table).size(), 1 + 5);
}

TEST(ThemeSummaryDocument, CodesComeWithSwatchCountsAndDefinitions)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    const QList<DocumentBlock> items = blocksOf(document, BlockStyle::Item);
    ASSERT_EQ(items.size(), 6);
    const TextRuns& first = items[0].runs;
    ASSERT_EQ(first.size(), 5);
    EXPECT_EQ(first[0].text, u"■"_s);
    EXPECT_EQ(first[0].color, u"#2CA02C"_s);
    EXPECT_TRUE(first[2].bold);
    EXPECT_EQ(plainText(first),
              u"■ Keeping in touch (Benefits/Keeping in touch) · 12 codings · 4 documents · 9 "
              u"speakers"_s);
    EXPECT_EQ(plainText(items[5].runs),
              u"■ No device or data (Barriers/No device or data) · 0 codings · 0 documents · 0 "
              u"speakers"_s);
    const QList<DocumentBlock> section = sectionOf(document, u"Digital contact as a lifeline"_s);
    QStringList definitions;
    for (const DocumentBlock& block : section) {
        if (block.style == BlockStyle::Definition) {
            definitions << plainText(block.runs);
        }
    }
    EXPECT_EQ(definitions,
              (QStringList{u"Description: Contact with a family that happened only because it "
                           u"could be digital."_s,
                           u"Inclusion: Video calls, WhatsApp messages, texts."_s,
                           u"Exclusion: Phone calls that would have happened anyway."_s,
                           u"Example: \"We did a quiz on Teams every Friday.\""_s,
                           u"Description: Seeing inside the home during a call."_s}));
}

TEST(ThemeSummaryDocument, QuotesPutKeyQuotesFirstEachFollowedByItsAttribution)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    const QList<DocumentBlock> section = sectionOf(document, u"Digital contact as a lifeline"_s);
    QStringList quoteFlow;
    for (const DocumentBlock& block : section) {
        if (block.style == BlockStyle::Quote || block.style == BlockStyle::Attribution) {
            quoteFlow << plainText(block.runs);
        }
    }
    EXPECT_EQ(quoteFlow,
              (QStringList{u"Key quote: I never saw the kitchen, only the ceiling."_s,
                           u"— (Focus group 2, P3) [00:12:31]"_s,
                           u"Memo: The image the team kept coming back to."_s,
                           u"We did a quiz on Teams every Friday. The kids loved it."_s,
                           u"— (Focus group 1, P1) [00:03:15]"_s,
                           u"Some weeks the video call was the only time anyone saw that baby."_s,
                           u"— (Interview 4 Family support worker, Renée)"_s}));
    const QList<DocumentBlock> quotes = blocksOf(document, BlockStyle::Quote);
    EXPECT_EQ(quotes.size(), 9);
    EXPECT_TRUE(quotes[0].runs[0].bold);
    EXPECT_EQ(quotes[0].runs[0].text, u"Key quote: "_s);
    EXPECT_EQ(quotes[1].runs.size(), 1); // not a key quote: no label
}

TEST(ThemeSummaryDocument, LeftOutQuotesAreCounted)
{
    const ReportDocument document = themeSummaryDocument(test::sampleThemeSummary());
    QStringList notes;
    for (const DocumentBlock& block : blocksOf(document, BlockStyle::Note)) {
        notes << plainText(block.runs);
    }
    EXPECT_EQ(notes,
              (QStringList{u"1 further quote not shown."_s, u"3 further quotes not shown."_s}));
}

TEST(ThemeSummaryDocument, WithoutThemesSaysSo)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.themes.clear();
    const ReportDocument document = themeSummaryDocument(report);
    EXPECT_TRUE(blocksOf(document, BlockStyle::Heading).isEmpty());
    ASSERT_EQ(blocksOf(document, BlockStyle::Note).size(), 1);
    EXPECT_EQ(plainText(blocksOf(document, BlockStyle::Note)[0].runs), u"No themes yet."_s);
}

TEST(ThemeSummaryDocument, AttributionLineHasWhatIsKnown)
{
    ReportQuote quote = test::kitchenQuote();
    EXPECT_EQ(attributionLine(quote), u"— (Focus group 2, P3) [00:12:31]"_s);
    quote.beginMs.reset();
    EXPECT_EQ(attributionLine(quote), u"— (Focus group 2, P3)"_s);
    quote.group.clear();
    quote.documentName.clear();
    quote.speaker.clear();
    EXPECT_EQ(attributionLine(quote), QString());
    quote.beginMs = 61000;
    EXPECT_EQ(attributionLine(quote), u"— [00:01:01]"_s);
}

TEST(CodebookDocument, CodesAreHeadingsByDepthEachWithAFieldTable)
{
    const ReportDocument document = codebookDocument(test::sampleCodebook());
    EXPECT_FALSE(document.titlePage);
    EXPECT_EQ(document.subject, u"Codebook"_s);
    QList<std::pair<int, QString>> headings;
    for (const DocumentBlock& block : blocksOf(document, BlockStyle::Heading)) {
        headings.append({block.level, plainText(block.runs)});
    }
    const QList<std::pair<int, QString>> expected = {
        {1, u"Benefits"_s},      {2, u"Keeping in touch"_s},  {2, u"Seeing the home"_s},
        {3, u"Camera angles"_s}, {1, u"Boundaries"_s},        {2, u"Kitchen table"_s},
        {1, u"Barriers"_s},      {2, u"No device or data"_s},
    };
    EXPECT_EQ(headings, expected);
    const QList<DocumentBlock> tables = blocksOf(document, BlockStyle::Table);
    ASSERT_EQ(tables.size(), 8);
    EXPECT_EQ(rowTexts(tables[5].table, 0),
              (QStringList{u"Path"_s, u"Colour"_s, u"Counts"_s, u"Themes"_s, u"Description"_s,
                           u"Inclusion"_s, u"Exclusion"_s, u"Example"_s, u"Review status"_s,
                           u"Comments"_s}));
    EXPECT_EQ(plainText(tables[5].table.rows[1][1]), u"■ #FF7F0E"_s);
    EXPECT_EQ(plainText(tables[5].table.rows[8][1]), u"needs discussion"_s);
    EXPECT_EQ(plainText(tables[5].table.rows[9][1]),
              u"Renée <lead>, 2023-11-02: =overlaps with *Boundaries*? <b>Split</b> | merge"_s);
    EXPECT_EQ(
        plainText(tables[1].table.rows.last()[1]),
        u"Ana, 2023-11-02: Does a missed call count?\n2023-11-03: Only when it was\nreturned."_s);
    EXPECT_EQ(plainText(tables[5].table.rows[3][1]),
              u"Blurred boundaries between work and home; Digital exclusion; access"_s);
    // "red" is no "#RRGGBB": no colour row. A code with only a name: path and counts.
    EXPECT_FALSE(rowTexts(tables[3].table, 0).contains(u"Colour"_s));
    EXPECT_EQ(rowTexts(tables[6].table, 0), (QStringList{u"Path"_s, u"Counts"_s}));
    EXPECT_EQ(rowTexts(tables[6].table, 1),
              (QStringList{u"Barriers"_s, u"0 codings · 0 documents · 0 speakers"_s}));
}

TEST(CodebookDocument, WithoutCodesSaysSo)
{
    CodebookReport report = test::sampleCodebook();
    report.codes.clear();
    const ReportDocument document = codebookDocument(report);
    ASSERT_EQ(blocksOf(document, BlockStyle::Note).size(), 1);
    EXPECT_EQ(plainText(blocksOf(document, BlockStyle::Note)[0].runs), u"No codes yet."_s);
}

TEST(ReportDocument, UserTextIsTrimmedWithUnixLineBreaks)
{
    EXPECT_EQ(textRun(u"  one\r\ntwo\rthree \n"_s).text, u"one\ntwo\nthree"_s);
    EXPECT_EQ(headingBlock(9, u"Deep"_s).level, kDeepestDocumentHeading);
    EXPECT_EQ(headingBlock(0, u"Top"_s).level, 1);
    EXPECT_TRUE(swatchRuns(u"red"_s).isEmpty());
    EXPECT_TRUE(swatchRuns(u"#12345"_s).isEmpty());
    EXPECT_EQ(swatchRuns(u"#a0b0c0"_s).size(), 2);
}

TEST(ReportDocument, FooterCaptionShortensLongTitlesWithoutSplittingCharacters)
{
    ReportDocument document;
    document.title = u"Short"_s;
    document.subject = u"Codebook"_s;
    EXPECT_EQ(footerCaption(document), u"Short · Codebook"_s);
    document.title = u"Staying connected: social care practice with families during COVID-19"_s;
    EXPECT_EQ(footerCaption(document),
              u"Staying connected: social care practice with families… · Codebook"_s);
    document.title = QString(58, u'a') % u"📱📱📱"_s;
    const QString caption = footerCaption(document);
    EXPECT_TRUE(caption.startsWith(QString(58, u'a') % u'…')) << caption.toStdString();
    EXPECT_FALSE(caption.contains(QChar(0xD83D))); // no half emoji left behind
}

} // namespace
} // namespace tessera
