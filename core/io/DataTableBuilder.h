#pragma once

#include "DataTable.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

// Shared by the CSV and XLSX readers, so both formats give the same table for the same sheet:
// header naming, padding, ragged rows, blank rows and size limits are decided here once.

// Excel's own column limit; no real survey comes near it.
constexpr int kMaxDataTableColumns = 16384;
// rows x columns after padding; keeps a hostile file (one wide header, a million short rows)
// from exhausting memory. 100,000 respondents x 100 questions fit.
constexpr qsizetype kMaxDataTableCells = 10'000'000;

// One record as the file holds it, before padding.
struct RawRecord {
    QStringList cells;
    int sourceLine = 0; // CSV line or sheet row where the record starts
    bool overflowNonBlank =
        false; // cells past kMaxDataTableColumns were dropped; some were not blank
};

enum class DataTableSource {
    Csv,  // positions are text lines; the header's field count is the table's width
    Sheet // positions are sheet rows; the widest row is the table's width (a sheet is a grid)
};

// The first record with a non-blank cell is the header. Header names are trimmed; blank names
// become "Column N"; a name repeated (ignoring case) gets " (2)", " (3)"... with a warning.
// Trailing columns with neither a name nor any value are dropped. Rows with only blank cells are
// dropped; short rows are padded; cells past the header are dropped, with a warning naming the
// row when they held something. `warnings` (e.g. from decoding) come first in the result.
Result<DataTable> buildDataTable(QList<RawRecord> records, DataTableSource source,
                                 const QString& sourceName, QStringList warnings = {});

// "line 12" (CSV) or "sheet row 12" (XLSX), for messages.
QString dataTablePosition(DataTableSource source, int sourceLine);

// Spreadsheet column letters for a 0-based index: 0 -> "A", 26 -> "AA".
QString spreadsheetColumnName(int index);

} // namespace tessera
