#include "DataTable.h"
#include "DataTableBuilder.h"
#include "DocxArchive.h"
#include "XlsxParts.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QSet>
#include <quazip/quazip.h>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QString kDefaultWorkbook = u"xl/workbook.xml"_s;
const QString kDefaultFirstSheet = u"xl/worksheets/sheet1.xml"_s;
const QString kDefaultSharedStrings = u"xl/sharedStrings.xml"_s;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error damagedZip(const QString& sourceName)
{
    return makeError(ErrorCode::Corrupt,
                     u"Cannot read '%1': it is not a valid Excel workbook (the zip archive is "
                     "damaged). Open it in Excel or LibreOffice, save the sheet as .xlsx or .csv "
                     "and try again."_s.arg(sourceName));
}

// The last segment of a relationship type URI: ".../relationships/worksheet" -> "worksheet".
// Transitional and strict OOXML differ only in the prefix.
bool hasType(const XlsxRelationship& relationship, QStringView type)
{
    return relationship.type.endsWith(u'/' + type.toString());
}

// Relationship targets are relative to the folder of the part that holds the .rels, or absolute
// from the package root.
QString resolveTarget(const QString& sourcePart, const QString& target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target.mid(1));
    }
    const QString folder = sourcePart.left(sourcePart.lastIndexOf(u'/') + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

// The zip entries of an .xlsx, read through readDocxPart: an .xlsx is an OPC package like a
// .docx, and that reader already checks declared and real sizes and CRCs. Its messages speak of
// Word, so they are replaced here by spreadsheet ones with the same error code.
class XlsxArchive {
public:
    XlsxArchive(const QByteArray& bytes, const QString& sourceName)
        : m_bytes(bytes), m_sourceName(sourceName)
    {
    }

    // Lists the entries; fails for anything that is not a readable zip.
    Status open()
    {
        if (m_bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
            return makeError(ErrorCode::UnsupportedFormat,
                             u"Cannot read '%1': it is an old Excel 97-2003 workbook (.xls) or a "
                             "password-protected workbook. Open it in Excel or LibreOffice, "
                             "remove any password, save the sheet as .xlsx or .csv and try "
                             "again."_s.arg(m_sourceName));
        }
        if (!m_bytes.startsWith("PK")) {
            return makeError(
                ErrorCode::Corrupt,
                u"Cannot read '%1': it is not an Excel .xlsx workbook (it is not a "
                "zip archive). Save the sheet as .xlsx or .csv and try again."_s.arg(m_sourceName));
        }
        QBuffer buffer;
        buffer.setData(m_bytes);
        buffer.open(QIODevice::ReadOnly);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdUnzip)) {
            return damagedZip(m_sourceName);
        }
        const QStringList names = zip.getFileNameList();
        if (zip.getZipError() != UNZ_OK) {
            return damagedZip(m_sourceName);
        }
        for (const QString& name : names) {
            m_names.insert(name.toLower());
        }
        return {};
    }

    bool contains(const QString& part) const { return m_names.contains(part.toLower()); }

    Result<QByteArray> read(const QString& part) const
    {
        DocxArchiveLimits limits;
        limits.maxPartBytes = kMaxDataTableBytes;
        auto content = readDocxPart(m_bytes, part, m_sourceName, limits);
        if (content) {
            return content;
        }
        switch (content.error().code) {
        case ErrorCode::TooLarge:
            return makeError(
                ErrorCode::TooLarge,
                u"Cannot read '%1': its part %2 unpacks to more than %3 MB, the "
                "limit for tables. Check that it is the right file; if it is, save "
                "the sheet as .csv or split it into smaller files, and try again."_s.arg(
                    m_sourceName, part, megabytes(kMaxDataTableBytes)));
        case ErrorCode::UnsupportedFormat:
            return makeError(ErrorCode::UnsupportedFormat,
                             u"Cannot read '%1': it is password-protected. Remove the password "
                             "in Excel (File > Info > Protect Workbook), save it and try "
                             "again."_s.arg(m_sourceName));
        default:
            return makeError(
                content.error().code,
                u"Cannot read '%1': its part %2 is damaged or unpacks to far more "
                "than its stored size (as zip bombs do). Open the file in Excel or "
                "LibreOffice, save the sheet again as .xlsx or .csv and try again."_s.arg(
                    m_sourceName, part));
        }
    }

    // A zip that is not a workbook: say what it is when that is easy to tell.
    Error notAWorkbook() const
    {
        QString what =
            contains(kDefaultWorkbook)
                ? u"a zip archive but not an Excel workbook (its workbook lists no sheets)"_s
                : u"a zip archive but not an Excel workbook (%1 is missing)"_s.arg(
                      kDefaultWorkbook);
        if (contains(u"content.xml"_s)) {
            what = u"an OpenDocument file (.ods), not an Excel workbook"_s;
        } else if (contains(u"word/document.xml"_s)) {
            what = u"a Word document, not an Excel workbook"_s;
        }
        return makeError(ErrorCode::UnsupportedFormat,
                         u"Cannot read '%1': it is %2. Open it in Excel or LibreOffice, save the "
                         "sheet as .xlsx or .csv and try again."_s.arg(m_sourceName, what));
    }

private:
    const QByteArray& m_bytes;
    const QString& m_sourceName;
    QSet<QString> m_names; // lower-cased: OPC part names are case-insensitive
};

// Relationships of a part, or none when it has no .rels (then the default paths are tried).
Result<QList<XlsxRelationship>> relationshipsOf(const XlsxArchive& archive, const QString& part,
                                                const QString& sourceName)
{
    const QString relsPart = relationshipsPartOf(part);
    if (!archive.contains(relsPart)) {
        return QList<XlsxRelationship>{};
    }
    const auto xml = archive.read(relsPart);
    if (!xml) {
        return xml.error();
    }
    return readXlsxRelationships(*xml, relsPart, sourceName);
}

Result<QString> findWorkbookPart(const XlsxArchive& archive, const QString& sourceName)
{
    const auto packageRels = relationshipsOf(archive, QString(), sourceName);
    if (!packageRels) {
        return packageRels.error();
    }
    for (const XlsxRelationship& relationship : *packageRels) {
        if (hasType(relationship, u"officeDocument")) {
            const QString part = resolveTarget(QString(), relationship.target);
            if (archive.contains(part)) {
                return part;
            }
        }
    }
    if (archive.contains(kDefaultWorkbook)) {
        return kDefaultWorkbook;
    }
    return archive.notAWorkbook();
}

struct ChosenSheet {
    QString name;
    QString part;
    qsizetype sheetCount = 0;
};

// The first worksheet in tab order that is not hidden (a hidden first sheet is usually a lookup
// list the user never sees); failing that, the first worksheet. Chart sheets have no cells.
Result<ChosenSheet> chooseSheet(const XlsxArchive& archive, const QString& workbookPart,
                                const QList<XlsxRelationship>& relationships,
                                const QString& sourceName)
{
    const auto workbookXml = archive.read(workbookPart);
    if (!workbookXml) {
        return workbookXml.error();
    }
    const auto sheets = readXlsxWorkbookSheets(*workbookXml, workbookPart, sourceName);
    if (!sheets) {
        return sheets.error();
    }
    if (sheets->isEmpty()) {
        return archive.notAWorkbook(); // e.g. a .docx, whose main part is word/document.xml
    }
    QHash<QString, XlsxRelationship> byId;
    for (const XlsxRelationship& relationship : relationships) {
        byId.insert(relationship.id, relationship);
    }
    std::optional<ChosenSheet> firstHidden;
    for (const XlsxSheetEntry& sheet : *sheets) {
        const auto relationship = byId.constFind(sheet.relationshipId);
        if (relationship == byId.cend() || !hasType(*relationship, u"worksheet")) {
            continue;
        }
        const QString part = resolveTarget(workbookPart, relationship->target);
        if (!archive.contains(part)) {
            continue;
        }
        const ChosenSheet chosen{sheet.name, part, sheets->size()};
        if (!sheet.hidden) {
            return chosen;
        }
        if (!firstHidden) {
            firstHidden = chosen;
        }
    }
    if (firstHidden) {
        return *firstHidden;
    }
    // Some generators write no workbook relationships; Excel's own layout is the best guess.
    if (archive.contains(kDefaultFirstSheet)) {
        return ChosenSheet{sheets->constFirst().name, kDefaultFirstSheet, sheets->size()};
    }
    return makeError(ErrorCode::InvalidInput,
                     u"Cannot read '%1': the workbook has no worksheet with cells (only charts, "
                     "or its sheets are missing). Open it in Excel or LibreOffice, check that "
                     "the table is on the first sheet, save it as .xlsx or .csv and try "
                     "again."_s.arg(sourceName));
}

Result<QStringList> readSharedStrings(const XlsxArchive& archive, const QString& workbookPart,
                                      const QList<XlsxRelationship>& relationships,
                                      const QString& sourceName)
{
    QString part;
    for (const XlsxRelationship& relationship : relationships) {
        if (hasType(relationship, u"sharedStrings")) {
            part = resolveTarget(workbookPart, relationship.target);
            break;
        }
    }
    if (part.isEmpty() || !archive.contains(part)) {
        part = kDefaultSharedStrings;
    }
    if (!archive.contains(part)) {
        return QStringList{}; // a sheet of numbers only, or inline strings
    }
    const auto xml = archive.read(part);
    if (!xml) {
        return xml.error();
    }
    return readXlsxSharedStrings(*xml, part, sourceName);
}

} // namespace

Result<DataTable> readXlsx(const QByteArray& bytes, const QString& sourceName)
{
    if (bytes.size() > kMaxDataTableBytes) {
        return makeError(
            ErrorCode::TooLarge,
            u"Cannot read '%1': it is %2 MB, over the %3 MB limit for tables. Check "
            "that it is the right file; if it is, split it into smaller files and "
            "try again."_s.arg(sourceName, megabytes(bytes.size()), megabytes(kMaxDataTableBytes)));
    }
    XlsxArchive archive(bytes, sourceName);
    if (const Status opened = archive.open(); !opened) {
        return opened.error();
    }
    const auto workbookPart = findWorkbookPart(archive, sourceName);
    if (!workbookPart) {
        return workbookPart.error();
    }
    const auto relationships = relationshipsOf(archive, *workbookPart, sourceName);
    if (!relationships) {
        return relationships.error();
    }
    const auto sheet = chooseSheet(archive, *workbookPart, *relationships, sourceName);
    if (!sheet) {
        return sheet.error();
    }
    const auto sharedStrings =
        readSharedStrings(archive, *workbookPart, *relationships, sourceName);
    if (!sharedStrings) {
        return sharedStrings.error();
    }
    const auto sheetXml = archive.read(sheet->part);
    if (!sheetXml) {
        return sheetXml.error();
    }
    auto data = readXlsxWorksheet(*sheetXml, sheet->part, sourceName, sheet->name, *sharedStrings);
    if (!data) {
        return data.error();
    }
    QStringList warnings;
    if (sheet->sheetCount > 1) {
        warnings << u"'%1' has %2 sheets; only the sheet '%3' was read (the first one with "
                    "cells that is not hidden). To read another, move it to the front in Excel "
                    "or LibreOffice, or save it as .csv."_s.arg(sourceName)
                        .arg(sheet->sheetCount)
                        .arg(sheet->name);
    }
    warnings += data->warnings;
    return buildDataTable(std::move(data->rows), DataTableSource::Sheet, sourceName,
                          std::move(warnings));
}

} // namespace tessera
