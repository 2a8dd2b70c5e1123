#pragma once

#include "DataTableBuilder.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

// Readers for the XML parts of an .xlsx workbook (SpreadsheetML, ECMA-376 part 1), one function
// per part. Each refuses DTDs and entity references (no spreadsheet program writes them; they are
// the way to entity-expansion attacks) and reports damage naming the workbook and the part.
// Elements are matched by local name, so both transitional and strict namespaces are read.

// One <Relationship> of a .rels part.
struct XlsxRelationship {
    QString id;
    QString type;   // full URI; compare its last segment ("worksheet", "sharedStrings", ...)
    QString target; // as written: relative to the source part's folder, or absolute ("/xl/...")
};

// One <sheet> of xl/workbook.xml, in workbook (tab) order.
struct XlsxSheetEntry {
    QString name;
    QString relationshipId;
    bool hidden = false; // state="hidden" or "veryHidden"
};

// A worksheet's rows (by their "r" number) with cells placed by their "r" reference.
struct XlsxSheetData {
    QList<RawRecord> rows;
    QStringList warnings;
};

Result<QList<XlsxRelationship>>
readXlsxRelationships(const QByteArray& xml, const QString& partName, const QString& sourceName);

Result<QList<XlsxSheetEntry>> readXlsxWorkbookSheets(const QByteArray& xml, const QString& partName,
                                                     const QString& sourceName);

// Every <si>, in order: plain <t>, or the <t> of its rich-text runs joined (phonetic runs left
// out).
Result<QStringList> readXlsxSharedStrings(const QByteArray& xml, const QString& partName,
                                          const QString& sourceName);

// Cell values as text: shared and inline strings, numbers (see formatXlsxNumber), booleans as
// "TRUE"/"FALSE", cached formula results; error values (#N/A, #DIV/0!) become empty cells with a
// warning naming the cell.
Result<XlsxSheetData> readXlsxWorksheet(const QByteArray& xml, const QString& partName,
                                        const QString& sourceName, const QString& sheetName,
                                        const QStringList& sharedStrings);

// A number as Excel stores it ("3", "2.5", "1.5E-3", "0.30000000000000004") as Excel shows it in
// General format: 15 significant digits, no exponent, no trailing zeros ("3", "2.5", "0.0015",
// "0.3"). Text that is not a number is returned unchanged.
QString formatXlsxNumber(const QString& stored);

// Undoes SpreadsheetML's _xHHHH_ escapes (Excel writes a carriage return as "_x000D_") and turns
// CRLF and CR into LF, like every other text Tessera stores.
QString decodeXlsxString(const QString& text);

} // namespace tessera
