#include "report/ReportEscaping.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(MarkdownEscaping, BlockMarkersAtLineStartAreEscaped)
{
    EXPECT_EQ(escapeMarkdownLine(u"# not a heading"), u"\\# not a heading"_s);
    EXPECT_EQ(escapeMarkdownLine(u"> not a quote"), u"\\> not a quote"_s);
    EXPECT_EQ(escapeMarkdownLine(u"- not a list"), u"\\- not a list"_s);
    EXPECT_EQ(escapeMarkdownLine(u"+ not a list"), u"\\+ not a list"_s);
    EXPECT_EQ(escapeMarkdownLine(u"* not a list"), u"\\* not a list"_s);
    EXPECT_EQ(escapeMarkdownLine(u"==="), u"\\==="_s);
    EXPECT_EQ(escapeMarkdownLine(u"1984. Not a list"), u"1984\\. Not a list"_s);
    EXPECT_EQ(escapeMarkdownLine(u"2) Not a list"), u"2\\) Not a list"_s);
}

TEST(MarkdownEscaping, InlineSyntaxIsEscapedEverywhere)
{
    EXPECT_EQ(escapeMarkdownLine(u"a | pipe"), u"a \\| pipe"_s);
    EXPECT_EQ(escapeMarkdownLine(u"back\\slash"), u"back\\\\slash"_s);
    EXPECT_EQ(escapeMarkdownLine(u"*bold* _it_ `code`"), u"\\*bold\\* \\_it\\_ \\`code\\`"_s);
    EXPECT_EQ(escapeMarkdownLine(u"[link](x) <b>"), u"\\[link\\](x) \\<b>"_s);
    EXPECT_EQ(escapeMarkdownLine(u"~~gone~~ $5"), u"\\~\\~gone\\~\\~ \\$5"_s);
    EXPECT_EQ(escapeMarkdownLine(u"&amp; &#169;"), u"\\&amp; \\&#169;"_s);
}

TEST(MarkdownEscaping, HashAndUnderscoreOnlyWhereTheyCanBeSyntax)
{
    EXPECT_EQ(escapeMarkdownLine(u"Title #"), u"Title \\#"_s); // a closing heading sequence
    EXPECT_EQ(escapeMarkdownLine(u"FG#2 at example.org/#top"), u"FG#2 at example.org/#top"_s);
    EXPECT_EQ(escapeMarkdownLine(u"snake_case _it_ a_"), u"snake_case \\_it\\_ a\\_"_s);
}

TEST(MarkdownEscaping, HarmlessTextStaysReadable)
{
    EXPECT_EQ(escapeMarkdownLine(u"Q&A on well-being, 3 > 2. Renée – ½ 📱"),
              u"Q&A on well-being, 3 > 2. Renée – ½ 📱"_s);
}

TEST(MarkdownEscaping, BlockKeepsLinesAndParagraphsUnderThePrefix)
{
    EXPECT_EQ(markdownBlock(u"one\r\n# two\n\n\n  three  "_s, u"> "),
              u"one\\\n> \\# two\n>\n> three"_s);
    EXPECT_EQ(markdownBlock(u"one\n\ntwo"_s, u"  "), u"one\n\n  two"_s);
    EXPECT_EQ(markdownBlock(u"\n\n"_s, u"> "), QString());
}

TEST(MarkdownEscaping, InlineCollapsesLineBreaks)
{
    EXPECT_EQ(markdownInline(u"two\nlines  # here"_s), u"two lines \\# here"_s);
}

TEST(HtmlEscaping, EscapesMarkupAndKeepsLineBreaks)
{
    EXPECT_EQ(htmlText(u"<script>alert(\"1\")</script>\nR&D"_s),
              u"&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;<br>\nR&amp;D"_s);
    EXPECT_EQ(htmlInline(u"a\n\"b\""_s), u"a &quot;b&quot;"_s);
}

TEST(CsvEscaping, QuotesOnlyWhenNeeded)
{
    EXPECT_EQ(csvField(u"plain text"_s), u"plain text"_s);
    EXPECT_EQ(csvField(u"a, b"_s), u"\"a, b\""_s);
    EXPECT_EQ(csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(csvField(u"carriage\rreturn"_s), u"\"carriage\rreturn\""_s);
    EXPECT_EQ(csvField(QString()), QString());
}

TEST(CsvEscaping, GuardsFormulaTriggers)
{
    EXPECT_EQ(csvField(u"=SUM(A1)"_s), u"'=SUM(A1)"_s);
    EXPECT_EQ(csvField(u"+1"_s), u"'+1"_s);
    EXPECT_EQ(csvField(u"-1"_s), u"'-1"_s);
    EXPECT_EQ(csvField(u"@cmd"_s), u"'@cmd"_s);
    EXPECT_EQ(csvField(u"\tx"_s), u"'\tx"_s);
    EXPECT_EQ(csvField(u"\rx"_s), u"\"'\rx\""_s);
    EXPECT_EQ(csvField(u"=1,2"_s), u"\"'=1,2\""_s);
    EXPECT_EQ(csvField(u"a=b"_s), u"a=b"_s);
}

TEST(CsvEscaping, RecordEndsWithCrLf)
{
    EXPECT_EQ(csvRecord({u"a"_s, QString(), u"b,c"_s}), u"a,,\"b,c\"\r\n"_s);
}

} // namespace
} // namespace tessera
