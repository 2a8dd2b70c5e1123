#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

// A rectangular table read from a CSV or XLSX file: what survey and attribute imports start
// from. Pure data, no database.
struct DataTable {
    QStringList header;       // first row; names trimmed; never empty strings (blank → "Column N")
    QList<QStringList> rows;  // every row padded/trimmed to header.size() cells; cells not trimmed
                              // except that fully blank rows are dropped
    QList<int> sourceLines;   // per row: 1-based line (CSV) or row number (XLSX) in the file, for
                              // messages ("row 14 (line 16)")
    QString sourceName;       // file name, for messages
    QStringList warnings;     // e.g. "decoded as Windows-1252", "row 9 has 7 cells, header 6"
};

// Files larger than this are refused before parsing (a survey of 100,000 rows is far smaller).
constexpr qsizetype kMaxDataTableBytes = 64 * 1024 * 1024;

// RFC 4180 CSV: fields separated by ',', ';' or TAB — whichever occurs most often outside
// quotes on the header line, a tie going to ',' (so "Alter, Jahre" in a ';' file stays one
// header) — quoted fields with "" for a quote and embedded separators and
// line breaks, CRLF or LF line ends, UTF-8 with or without BOM; bytes that are not valid UTF-8
// are decoded as Windows-1252 with a warning. An unterminated quote is an error naming its line.
Result<DataTable> readCsv(const QByteArray& bytes, const QString& sourceName);

// The first worksheet of an XLSX workbook (Office Open XML SpreadsheetML), read with QuaZip and
// QXmlStreamReader: shared strings, inline strings, numbers (written without exponent or
// trailing zeros), booleans ("TRUE"/"FALSE"), cells addressed by their "r" reference so gaps stay
// gaps. Dates stored as serial numbers stay numbers (no style lookup); formulas give their
// cached value. Refuses archives with entries that decompress beyond kMaxDataTableBytes, DTDs
// (entity tricks), and files that are not workbooks, with a clear message.
Result<DataTable> readXlsx(const QByteArray& bytes, const QString& sourceName);

// By the file name's suffix (.csv, .tsv, .txt → CSV; .xlsx → XLSX); reads the file.
Result<DataTable> readDataTableFile(const QString& path);

} // namespace tessera
