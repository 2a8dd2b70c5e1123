#include "ReportDocument.h"

#include "ReportEscaping.h"
#include "ReportText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Leaves room for "Page 12 of 34" on an A4 line at footer size.
constexpr qsizetype kFooterTitleChars = 60;

} // namespace

TextRun plainRun(const QString& text)
{
    return {text, false, false, {}};
}

TextRun textRun(const QString& userText)
{
    return plainRun(normalizedLineBreaks(userText).trimmed());
}

TextRun boldRun(const QString& text)
{
    return {text, true, false, {}};
}

TextRun italicRun(const QString& text)
{
    return {text, false, true, {}};
}

TextRuns swatchRuns(const QString& color)
{
    if (!isValidHexColor(color)) {
        return {};
    }
    // U+25A0 BLACK SQUARE is in every common text font (it is part of WGL4), so no embedded
    // image is needed for a colour chip.
    return {TextRun{u"■"_s, false, false, color}, plainRun(u" "_s)};
}

DocumentBlock paragraphBlock(BlockStyle style, const TextRuns& runs)
{
    DocumentBlock block;
    block.style = style;
    block.runs = runs;
    return block;
}

DocumentBlock headingBlock(int level, const QString& text)
{
    DocumentBlock block = paragraphBlock(BlockStyle::Heading, {plainRun(text)});
    block.level = std::clamp(level, 1, kDeepestDocumentHeading);
    return block;
}

DocumentBlock tableBlock(const DocumentTable& table)
{
    DocumentBlock block;
    block.style = BlockStyle::Table;
    block.table = table;
    return block;
}

QString plainText(const TextRuns& runs)
{
    QString text;
    for (const TextRun& run : runs) {
        text += run.text;
    }
    return text;
}

QString footerCaption(const ReportDocument& document)
{
    QString title = document.title.simplified();
    if (title.size() > kFooterTitleChars) {
        qsizetype keep = kFooterTitleChars - 1;
        // At a word boundary when there is one in the second half, else between characters.
        if (const qsizetype space = title.lastIndexOf(u' ', keep); space > keep / 2) {
            keep = space;
        } else if (title.at(keep - 1).isHighSurrogate()) {
            --keep; // never cut an emoji in half
        }
        title = title.left(keep).trimmed() % u'…';
    }
    if (document.subject.isEmpty()) {
        return title;
    }
    return title % u" · "_s % document.subject;
}

} // namespace tessera
