#include "report/HtmlReportWriter.h"

#include "QtPrinters.h"
#include "ReportFixtures.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

QString themeSummaryHtml(const ThemeSummaryReport& report = test::sampleThemeSummary())
{
    return QString::fromUtf8(writeThemeSummaryHtml(report));
}

QString codebookHtml()
{
    return QString::fromUtf8(writeCodebookHtml(test::sampleCodebook()));
}

TEST(HtmlReportWriter, IsASelfContainedUtf8Html5Document)
{
    for (const QString& html : {themeSummaryHtml(), codebookHtml()}) {
        EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                                    u"<meta charset=\"utf-8\">\n"_s));
        EXPECT_TRUE(html.endsWith(u"</body>\n</html>\n"_s));
        EXPECT_TRUE(html.contains(u"<style>"_s));
        EXPECT_FALSE(html.contains(u"<link"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"src="_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"url("_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"http"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"@import"_s, Qt::CaseInsensitive));
    }
}

TEST(HtmlReportWriter, NoModelTextBecomesMarkup)
{
    for (const QString& html : {themeSummaryHtml(), codebookHtml()}) {
        EXPECT_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
        EXPECT_FALSE(html.contains(u"onmouseover"_s, Qt::CaseInsensitive));
        EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    }
}

TEST(HtmlReportWriter, EscapesTitleInEveryPlace)
{
    ThemeSummaryReport report = test::sampleThemeSummary();
    report.title = u"Care & \"connection\" <b>2020</b>"_s;
    const QString html = themeSummaryHtml(report);
    EXPECT_TRUE(html.contains(
        u"<title>Care &amp; &quot;connection&quot; &lt;b&gt;2020&lt;/b&gt; · Theme summary</title>"_s));
    EXPECT_TRUE(
        html.contains(u"<h1>Care &amp; &quot;connection&quot; &lt;b&gt;2020&lt;/b&gt;</h1>"_s));
    EXPECT_FALSE(html.contains(u"<b>"_s));
}

TEST(HtmlReportWriter, UsesValidColoursAndDropsInvalidOnes)
{
    const QString html = themeSummaryHtml();
    EXPECT_TRUE(html.contains(u"<section class=\"theme\" style=\"border-left-color: #1F77B4\">"_s));
    EXPECT_TRUE(html.contains(u"<section class=\"theme\" style=\"border-left-color: #ff7f0e\">"_s));
    EXPECT_FALSE(html.contains(u"not-a-colour"_s));
    // The theme with the invalid colour and the one without a colour get the default border.
    EXPECT_EQ(html.count(u"<section class=\"theme\">\n"_s), 2);

    const QString codebook = codebookHtml();
    EXPECT_FALSE(codebook.contains(u": red"_s));
    const QRegularExpression style(u"style=\"([^\"]*)\""_s);
    for (const QString& document : {html, codebook}) {
        for (const auto& match : style.globalMatch(document)) {
            const QRegularExpression safe(
                u"^((border-left-color|background-color): #[0-9A-Fa-f]{6}|margin-left: [0-9.]+rem)"
                u"(; ((border-left-color|background-color): #[0-9A-Fa-f]{6}|margin-left: [0-9.]+rem))*$"_s);
            EXPECT_TRUE(safe.match(match.captured(1)).hasMatch())
                << match.captured(1).toStdString();
        }
    }
}

TEST(HtmlReportWriter, HeadingsFollowTheReportStructure)
{
    const QString html = themeSummaryHtml();
    EXPECT_EQ(html.count(u"<h1>"_s), 1);
    EXPECT_TRUE(html.contains(u"<h2>Digital contact as a lifeline</h2>"_s));
    EXPECT_TRUE(html.contains(u"<h3>Seeing only what the camera shows</h3>"_s));
    EXPECT_TRUE(html.contains(u"<h4>The ceiling view</h4>"_s));
}

TEST(HtmlReportWriter, QuotesAreBlockquotesWithAttribution)
{
    const QString html = themeSummaryHtml();
    EXPECT_TRUE(html.contains(
        u"<figure class=\"quote key-quote\">\n<p class=\"key-label\">Key quote</p>\n"
        u"<blockquote><p>I never saw the kitchen, only the ceiling.</p></blockquote>\n"
        u"<figcaption>— (Focus group 2, P3) <span class=\"timestamp\">[00:12:31]</span>"_s));
    EXPECT_TRUE(html.contains(u"put it face down"_s));
    EXPECT_TRUE(html.contains(u"on her phone.<br>\nThen she just"_s));
}

TEST(HtmlReportWriter, KeyQuotesFirstAndOmittedCount)
{
    const QString html = themeSummaryHtml();
    EXPECT_LT(html.indexOf(u"I never saw the kitchen"_s),
              html.indexOf(u"We did a quiz on Teams every Friday. The kids"_s));
    EXPECT_TRUE(html.contains(u"<p class=\"omitted\">3 further quotes not shown.</p>"_s));
}

TEST(HtmlReportWriter, PrevalenceTableLeavesOutGroupsWithoutGroups)
{
    const QString withGroups = themeSummaryHtml();
    EXPECT_TRUE(withGroups.contains(
        u"<thead><tr><th scope=\"col\">Documents</th><th scope=\"col\">Focus groups</th>"
        u"<th scope=\"col\">Participants</th><th scope=\"col\">Excerpts</th></tr></thead>\n"
        u"<tbody><tr><td>4 of 4</td><td>3 of 3</td><td>11 of 15</td><td>16</td></tr></tbody>"_s));

    ThemeSummaryReport report = test::sampleThemeSummary();
    report.groupCount = 0;
    report.themes.resize(1);
    report.themes[0].subthemes.clear();
    report.themes[0].prevalence = {2, 3, 0, 0, 7, 15, 12};
    EXPECT_FALSE(themeSummaryHtml(report).contains(u"Focus groups"_s));
}

TEST(HtmlReportWriter, CodebookIndentsByDepth)
{
    const QString html = codebookHtml();
    EXPECT_TRUE(html.contains(u"<section class=\"code\" style=\"border-left-color: #2CA02C\">\n"
                              u"<h2>Benefits</h2>"_s));
    EXPECT_TRUE(html.contains(
        u"<section class=\"code\" style=\"margin-left: 1.5rem; border-left-color: #2CA02C\">\n"
        u"<h3>Keeping in touch</h3>"_s));
    EXPECT_TRUE(html.contains(u"<section class=\"code\" style=\"margin-left: 3rem\">\n"
                              u"<h4>Camera angles</h4>"_s));
}

} // namespace
} // namespace tessera
