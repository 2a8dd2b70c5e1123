#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace tessera {

// Turning user text (names, memos, quotes) into each output syntax so it always reads
// literally: a participant saying "# not a heading" or "<script>" must never change a
// report's structure. Writers pass every model string through one of these.

// Line breaks in any convention (CRLF, CR, LF) as LF.
QString normalizedLineBreaks(const QString& text);

// --- Markdown (CommonMark + GitHub extensions) ---

// One line, already trimmed: backslash-escapes inline syntax everywhere and block syntax
// (">", "-", "+", "=", "1.") at the start of the line.
QString escapeMarkdownLine(QStringView line);
// For one-line places (headings, labels, list items): whitespace and breaks collapsed.
QString markdownInline(const QString& text);
// Multi-line text whose first line the caller has already prefixed. Later lines start with
// `prefix` ("> " in a block quote, spaces in a list item); single breaks become hard line
// breaks and blank lines paragraph breaks, so the text keeps its shape when rendered.
QString markdownBlock(const QString& text, QStringView prefix);

// --- HTML ---

// Element content: escaped with toHtmlEscaped, line breaks kept as <br>.
QString htmlText(const QString& text);
// One-line content or a double-quoted attribute value: escaped, whitespace collapsed.
QString htmlInline(const QString& text);

// --- CSV (RFC 4180) ---

// A field, guarded against spreadsheet formula injection (a leading ' before = + - @ TAB
// CR) and quoted when it holds a comma, quote, CR or LF.
QString csvField(const QString& value);
// Fields joined by commas and ended with CRLF.
QString csvRecord(const QStringList& fields);

} // namespace tessera
