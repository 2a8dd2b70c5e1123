#include "DataTable.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

enum class TableFormat { Csv, Xlsx };

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Result<TableFormat> formatOf(const QFileInfo& info)
{
    const QString suffix = info.suffix().toLower();
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt") {
        return TableFormat::Csv;
    }
    if (suffix == u"xlsx") {
        return TableFormat::Xlsx;
    }
    // Spreadsheet formats Tessera does not read, each with the way out.
    QString advice = u"Save the table as .xlsx or .csv and try again."_s;
    if (suffix == u"xls") {
        advice = u"It is an old Excel 97-2003 workbook: open it in Excel or LibreOffice, save "
                 "the sheet as .xlsx or .csv and try again."_s;
    } else if (suffix == u"ods") {
        advice = u"It is an OpenDocument spreadsheet: open it in LibreOffice, save the sheet as "
                 ".xlsx or .csv and try again."_s;
    } else if (suffix == u"xlsm" || suffix == u"xlsb") {
        advice = u"Open it in Excel, save the sheet as an Excel Workbook (.xlsx) or as .csv and "
                 "try again."_s;
    }
    return makeError(ErrorCode::UnsupportedFormat,
                     u"Cannot read '%1': Tessera reads tables from .csv, .tsv, .txt and .xlsx "
                     "files. %2"_s.arg(info.fileName(), advice));
}

} // namespace

Result<DataTable> readDataTableFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const auto format = formatOf(info);
    if (!format) {
        return format.error();
    }
    if (!info.exists()) {
        return makeError(ErrorCode::Io,
                         u"Cannot read '%1': the file does not exist (%2). Check "
                         "the name and folder and try again."_s.arg(name, info.absoluteFilePath()));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::Io, u"Cannot read '%1': it is a folder, not a file (%2). "
                                        "Choose a .csv or .xlsx file and try again."_s.arg(
                                            name, info.absoluteFilePath()));
    }
    // Checked before reading, so a huge file is never loaded into memory.
    if (info.size() > kMaxDataTableBytes) {
        return makeError(
            ErrorCode::TooLarge,
            u"Cannot read '%1': it is %2 MB, over the %3 MB limit for tables. Check "
            "that it is the right file; if it is, split it into smaller files and "
            "try again."_s.arg(name, megabytes(info.size()), megabytes(kMaxDataTableBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, u"Cannot read '%1': it cannot be opened (%2: %3). Check "
                                        "that you may read it (and that it is not open and "
                                        "locked in Excel) and try again."_s.arg(
                                            name, info.absoluteFilePath(), file.errorString()));
    }
    // One byte more than allowed: the readers refuse the file if it grew since it was measured.
    const QByteArray bytes = file.read(kMaxDataTableBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::Io, u"Cannot read '%1': reading it failed (%2: %3). Check "
                                        "the disk or network drive and try again."_s.arg(
                                            name, info.absoluteFilePath(), file.errorString()));
    }
    return *format == TableFormat::Csv ? readCsv(bytes, name) : readXlsx(bytes, name);
}

} // namespace tessera
