#include "ThematicMapStyle.h"

#include <algorithm>
#include <cmath>

namespace tessera::mapstyle {
namespace {

// Advance widths in ems, grouped roughly as in DejaVu Sans / Liberation Sans. Overestimating a
// little is better than under: a box with spare room reads fine, a shrunken label less so.
double emWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u' ') {
        return 0.32;
    }
    if (QStringView(u"il.,:;!|'ıj").contains(c)) {
        return 0.3;
    }
    if (QStringView(u"ftrI()[]-").contains(c)) {
        return 0.42;
    }
    if (u == u'm' || u == u'w') {
        return 0.92;
    }
    if (u == u'M' || u == u'W') {
        return 0.98;
    }
    if (u >= 0x2E80) { // CJK and other wide scripts
        return 1.0;
    }
    if (c.isUpper()) {
        return 0.72;
    }
    if (c.isDigit()) {
        return 0.64;
    }
    return 0.6;
}

// Appends the pieces of a word too long for one line.
void breakLongWord(const QString& word, double maxWidth, double px, bool bold, QStringList& lines)
{
    QString piece;
    for (const QChar c : word) {
        if (!piece.isEmpty() && estimatedTextWidth(piece + c, px, bold) > maxWidth) {
            lines << piece;
            piece.clear();
        }
        piece += c;
    }
    if (!piece.isEmpty()) {
        lines << piece;
    }
}

} // namespace

const NodeStyle& styleFor(MapNode::Kind kind)
{
    static const NodeStyle overarching{16, true, 220, 18, 12, 14, 120};
    static const NodeStyle theme{14, true, 190, 14, 10, 10, 100};
    static const NodeStyle subtheme{13, false, 170, 12, 8, 8, 90};
    static const NodeStyle code{12, false, 160, 10, 6, 6, 60};
    switch (kind) {
    case MapNode::Kind::OverarchingTheme:
        return overarching;
    case MapNode::Kind::Theme:
        return theme;
    case MapNode::Kind::Subtheme:
        return subtheme;
    case MapNode::Kind::Code:
        break;
    }
    return code;
}

double lineHeight(double fontPixels)
{
    return fontPixels * 1.25;
}

double estimatedTextWidth(const QString& text, double fontPixels, bool bold)
{
    double ems = 0;
    for (const QChar c : text) {
        ems += emWidth(c);
    }
    return ems * fontPixels * (bold ? 1.08 : 1.0);
}

QStringList wrapLabel(const QString& label, MapNode::Kind kind)
{
    const NodeStyle& style = styleFor(kind);
    const QStringList words = label.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString current;
    for (const QString& word : words) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (estimatedTextWidth(candidate, style.fontPixels, style.bold) <= style.maxTextWidth) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty()) {
            lines << current;
            current.clear();
        }
        if (estimatedTextWidth(word, style.fontPixels, style.bold) <= style.maxTextWidth) {
            current = word;
        } else {
            breakLongWord(word, style.maxTextWidth, style.fontPixels, style.bold, lines);
            current = lines.takeLast(); // the rest of the word may share a line with the next
        }
    }
    if (!current.isEmpty()) {
        lines << current;
    }
    if (lines.isEmpty()) {
        lines << QString();
    }
    return lines;
}

QSizeF nodeSize(const QString& label, MapNode::Kind kind)
{
    const NodeStyle& style = styleFor(kind);
    const QStringList lines = wrapLabel(label, kind);
    double widest = 0;
    for (const QString& line : lines) {
        widest = std::max(widest, estimatedTextWidth(line, style.fontPixels, style.bold));
    }
    const double width = std::max(style.minWidth, std::ceil(widest + 2 * style.paddingX));
    const double height =
        std::ceil(double(lines.size()) * lineHeight(style.fontPixels) + 2 * style.paddingY);
    return {width, height};
}

} // namespace tessera::mapstyle
