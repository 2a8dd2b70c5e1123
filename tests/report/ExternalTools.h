#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::test {

// Programs the document tests hand files to: poppler-utils (pdftotext, pdfinfo), which CI
// installs (scripts/dependencies.sh), and LibreOffice, which only some machines have. Tests
// skip with the reason when a program is missing.

// The first of `names` found on PATH; empty when none is installed.
QString findTool(const QStringList& names);

struct ToolRun {
    bool finished = false; // started, and ended by itself within the time limit
    int exitCode = -1;
    QByteArray out;
    QString err;
};

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs = 180000);

// The text of a PDF as pdftotext extracts it (UTF-8), or nullopt when pdftotext is missing or
// fails.
std::optional<QString> pdfText(const QString& pdfPath);
// Pages according to pdfinfo; nullopt when pdfinfo is missing or fails.
std::optional<int> pdfPageCount(const QString& pdfPath);

// `text` without any whitespace: PDF text comes back with the layout's line breaks and
// spacing, so "contains this quote" is checked on text with all whitespace removed.
QString withoutWhitespace(const QString& text);

} // namespace tessera::test
