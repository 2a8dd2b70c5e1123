#include "ReportEscaping.h"

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Characters that start or end inline constructs anywhere in a line: escapes, code spans,
// emphasis, links, raw HTML and autolinks, table cells, strikethrough and math.
constexpr QStringView kAlwaysEscaped = u"\\`*[]<|~$";
// Block markers that only matter as the first character of a line: block quotes, bullet
// lists, and setext heading underlines ("---" / "===" under a line).
constexpr QStringView kLineStartEscaped = u">-+=";
// CommonMark ordered list markers have at most nine digits.
constexpr qsizetype kMaxListMarkerDigits = 9;

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// "&amp;", "&#169;": would render as the character it names instead of the text typed.
bool startsEntityReference(QStringView line, qsizetype ampersand)
{
    qsizetype i = ampersand + 1;
    if (i < line.size() && line[i] == u'#') {
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < line.size() && isAsciiAlphanumeric(line[i])) {
        ++i;
    }
    return i > nameStart && i < line.size() && line[i] == u';';
}

// Index of the "." or ")" in "1984. That year", or -1 when the line is no list marker.
qsizetype orderedListDelimiter(QStringView line)
{
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit() && line[digits].unicode() < 128) {
        ++digits;
    }
    if (digits == 0 || digits > kMaxListMarkerDigits || digits >= line.size()) {
        return -1;
    }
    return (line[digits] == u'.' || line[digits] == u')') ? digits : -1;
}

// "_" between letters or digits can neither open nor close emphasis (CommonMark flanking
// rules), so "snake_case" and URLs stay readable and GitHub's bare-URL links stay intact.
bool isIntrawordUnderscore(QStringView line, qsizetype i)
{
    return i > 0 && i + 1 < line.size() && line[i - 1].isLetterOrNumber() &&
           line[i + 1].isLetterOrNumber();
}

// "#" matters at the start of a line and after a space, where a heading's closing sequence
// ("Title #") would swallow it; "FG#2" or "page/#anchor" are plain text.
bool hashCanBeSyntax(QStringView line, qsizetype i)
{
    return i == 0 || line[i - 1].isSpace();
}

QString withoutTrailingSpaces(QStringView text)
{
    while (!text.isEmpty() && text.back().isSpace()) {
        text.chop(1);
    }
    return text.toString();
}

bool needsCsvQuotes(const QString& field)
{
    return field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
           field.contains(u'\n');
}

// Excel, LibreOffice and Google Sheets run cells starting with these as formulas.
bool looksLikeFormula(const QString& field)
{
    if (field.isEmpty()) {
        return false;
    }
    const QChar first = field.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

} // namespace

QString normalizedLineBreaks(const QString& text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    return normalized;
}

QString escapeMarkdownLine(QStringView line)
{
    QString escaped;
    escaped.reserve(line.size() + line.size() / 8 + 2);
    const qsizetype listDelimiter = orderedListDelimiter(line);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        const bool escape =
            kAlwaysEscaped.contains(c) || (c == u'_' && !isIntrawordUnderscore(line, i)) ||
            (c == u'#' && hashCanBeSyntax(line, i)) || (i == 0 && kLineStartEscaped.contains(c)) ||
            i == listDelimiter || (c == u'&' && startsEntityReference(line, i));
        if (escape) {
            escaped += u'\\';
        }
        escaped += c;
    }
    return escaped;
}

QString markdownInline(const QString& text)
{
    return escapeMarkdownLine(text.simplified());
}

QString markdownBlock(const QString& text, QStringView prefix)
{
    const QString blankLinePrefix = withoutTrailingSpaces(prefix);
    QString block;
    bool firstLine = true;
    bool paragraphBreakPending = false;
    for (const QString& rawLine : normalizedLineBreaks(text).split(u'\n')) {
        // Leading spaces would turn a line into a code block, trailing ones into a break.
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            paragraphBreakPending = !firstLine;
            continue;
        }
        if (!firstLine) {
            if (paragraphBreakPending) {
                block += u'\n' % blankLinePrefix % u'\n' % prefix;
            } else {
                block += u"\\\n"_s % prefix; // a CommonMark hard line break
            }
        }
        block += escapeMarkdownLine(line);
        firstLine = false;
        paragraphBreakPending = false;
    }
    return block;
}

QString htmlText(const QString& text)
{
    QString escaped = normalizedLineBreaks(text).trimmed().toHtmlEscaped();
    escaped.replace(u"\n"_s, u"<br>\n"_s);
    return escaped;
}

QString htmlInline(const QString& text)
{
    return text.simplified().toHtmlEscaped();
}

QString csvField(const QString& value)
{
    QString field = looksLikeFormula(value) ? u'\'' % value : value;
    if (!needsCsvQuotes(field)) {
        return field;
    }
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' % field % u'"';
}

QString csvRecord(const QStringList& fields)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString& field : fields) {
        encoded << csvField(field);
    }
    return encoded.join(u',') % u"\r\n"_s;
}

} // namespace tessera
