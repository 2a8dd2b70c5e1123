#include "DataTableBuilder.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Enough examples for the user to find the pattern; the rest are counted.
constexpr int kMaxRowWarnings = 5;

bool isBlank(const QString& cell)
{
    return cell.trimmed().isEmpty();
}

bool isBlankRecord(const RawRecord& record)
{
    return !record.overflowNonBlank &&
           std::all_of(record.cells.cbegin(), record.cells.cend(), isBlank);
}

QString columnLabel(DataTableSource source, int index)
{
    return source == DataTableSource::Sheet
               ? u"column %1 (%2)"_s.arg(index + 1).arg(spreadsheetColumnName(index))
               : u"column %1"_s.arg(index + 1);
}

// Blank names get "Column N"; repeats (ignoring case, so overrides by name stay unambiguous) get
// a number. A generated name can itself collide with a real one ("Column 3"), hence the loop.
QStringList uniqueHeader(const QStringList& raw, DataTableSource source, const QString& sourceName,
                         QStringList& warnings)
{
    QStringList header;
    QHash<QString, int> firstColumnOfName; // lower-cased name -> column
    for (int column = 0; column < raw.size(); ++column) {
        const QString trimmed = raw.at(column).trimmed();
        const QString base = trimmed.isEmpty() ? u"Column %1"_s.arg(column + 1) : trimmed;
        QString name = base;
        for (int suffix = 2; firstColumnOfName.contains(name.toLower()); ++suffix) {
            name = u"%1 (%2)"_s.arg(base).arg(suffix);
        }
        if (name != base) {
            warnings << u"In '%1', %2 and %3 are both named '%4'; the second was renamed '%5' so "
                        "each question has its own name. Rename one of them in the file if the "
                        "new name is not what you want."_s.arg(
                            sourceName,
                            columnLabel(source, firstColumnOfName.value(base.toLower())),
                            columnLabel(source, column), base, name);
        }
        firstColumnOfName.insert(name.toLower(), column);
        header << name;
    }
    return header;
}

Error tooManyCells(const QString& sourceName, qsizetype rows, qsizetype columns)
{
    const QLocale c = QLocale::c();
    return makeError(
        ErrorCode::TooLarge,
        u"Cannot read '%1': it has at least %2 rows of %3 columns, more than the "
        "%4 cells Tessera reads from one table. Delete the columns you do not need "
        "(or split the rows into several files) and try again."_s.arg(
            sourceName, c.toString(rows), c.toString(columns), c.toString(kMaxDataTableCells)));
}

} // namespace

QString dataTablePosition(DataTableSource source, int sourceLine)
{
    return source == DataTableSource::Sheet ? u"sheet row %1"_s.arg(sourceLine)
                                            : u"line %1"_s.arg(sourceLine);
}

QString spreadsheetColumnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    }
    return name;
}

Result<DataTable> buildDataTable(QList<RawRecord> records, DataTableSource source,
                                 const QString& sourceName, QStringList warnings)
{
    const auto headerIt = std::find_if_not(records.cbegin(), records.cend(), isBlankRecord);
    if (headerIt == records.cend()) {
        return makeError(ErrorCode::InvalidInput,
                         u"Cannot read '%1': it is empty (no header row with column names). "
                         "Choose the file that holds the table and try again."_s.arg(sourceName));
    }
    const qsizetype headerIndex = headerIt - records.cbegin();
    QStringList rawHeader = records.at(headerIndex).cells;

    qsizetype width = rawHeader.size();
    if (source == DataTableSource::Sheet) {
        for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
            width = qMax(width, records.at(i).cells.size());
        }
    }
    // Trailing columns with no name and no value are spreadsheet debris (a trailing separator,
    // formatting applied to a whole column), not questions.
    qsizetype used = 0;
    for (qsizetype i = headerIndex; i < records.size(); ++i) {
        const QStringList& cells = records.at(i).cells;
        for (qsizetype column = qMin(width, cells.size()) - 1; column >= used; --column) {
            if (!isBlank(cells.at(column))) {
                used = column + 1;
                break;
            }
        }
    }
    width = used;
    if (width > kMaxDataTableColumns) {
        return makeError(ErrorCode::TooLarge,
                         u"Cannot read '%1': it has %2 columns; Tessera reads at most %3. Check "
                         "that this is the table you meant, delete the columns you do not need "
                         "and try again."_s.arg(sourceName)
                             .arg(width)
                             .arg(kMaxDataTableColumns));
    }
    rawHeader.resize(width);

    DataTable table;
    table.sourceName = sourceName;
    table.header = uniqueHeader(rawHeader, source, sourceName, warnings);

    int longRows = 0;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        RawRecord& record = records[i];
        if (isBlankRecord(record)) {
            continue;
        }
        QStringList cells = std::move(record.cells);
        const bool extraValues =
            record.overflowNonBlank ||
            std::any_of(cells.cbegin() + qMin(width, cells.size()), cells.cend(),
                        [](const QString& c) { return !isBlank(c); });
        cells.resize(width);
        const bool blankWithinHeader = std::all_of(cells.cbegin(), cells.cend(), isBlank);
        if (extraValues && ++longRows <= kMaxRowWarnings) {
            warnings << (blankWithinHeader
                             ? u"The row at %1 of '%2' has values only past the header's %3 "
                               "columns, so it was left out. Check that row: an answer "
                               "holding the separator or a line break must be in double "
                               "quotes."_s
                                   .arg(dataTablePosition(source, record.sourceLine), sourceName)
                                   .arg(width)
                             : u"Row %1 (%2) of '%3' has more cells than the header's %4 "
                               "columns; the extra cells were left out. Check that row: an "
                               "answer holding the separator must be in double quotes."_s
                                   .arg(table.rows.size() + 1)
                                   .arg(dataTablePosition(source, record.sourceLine), sourceName)
                                   .arg(width));
        }
        if (blankWithinHeader) {
            continue;
        }
        if ((table.rows.size() + 1) * width > kMaxDataTableCells) {
            return tooManyCells(sourceName, table.rows.size() + 1, width);
        }
        table.rows << cells;
        table.sourceLines << record.sourceLine;
    }
    if (longRows > kMaxRowWarnings) {
        warnings << u"%1 more rows of '%2' have more cells than the header; their extra cells "
                    "were left out too."_s.arg(longRows - kMaxRowWarnings)
                        .arg(sourceName);
    }
    table.warnings = std::move(warnings);
    return table;
}

} // namespace tessera
