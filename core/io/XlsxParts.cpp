#include "XlsxParts.h"

#include "TextDecoding.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kMaxSheetRow = 1048576; // Excel's row limit
constexpr int kMaxCellWarnings = 5;

// QXmlStreamReader plus the rules every part shares: no DTD or entity references, and errors
// that name the workbook and the part.
class PartXml {
public:
    PartXml(const QByteArray& xml, const QString& partName, const QString& sourceName)
        : m_xml(xml), m_partName(partName), m_sourceName(sourceName)
    {
    }

    // Advances one token; false at the end of the part or on the first error.
    bool next()
    {
        if (m_error) {
            return false;
        }
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            m_error = makeError(ErrorCode::Corrupt,
                                u"Cannot read '%1': its part %2 contains a document type "
                                "declaration or entity, which Excel and LibreOffice never write; "
                                "Tessera refuses it for safety. Open the file in Excel or "
                                "LibreOffice, save the sheet as .xlsx or .csv and try again."_s.arg(
                                    m_sourceName, m_partName));
            return false;
        }
        return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
    }

    bool isStart(QStringView localName) const
    {
        return m_xml.isStartElement() && m_xml.name() == localName;
    }
    bool isEnd(QStringView localName) const
    {
        return m_xml.isEndElement() && m_xml.name() == localName;
    }
    bool isCharacters() const { return m_xml.isCharacters(); }
    QStringView text() const { return m_xml.text(); }

    // By local name, whatever the prefix ("r:id" is "id" in the relationships namespace).
    QString attribute(QStringView localName) const
    {
        for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
            if (attribute.name() == localName) {
                return attribute.value().toString();
            }
        }
        return {};
    }

    void fail(const QString& problem)
    {
        if (!m_error) {
            m_error = damaged(problem);
        }
    }

    // The error that stopped reading, if any; call once next() has returned false.
    std::optional<Error> error() const
    {
        if (m_error) {
            return m_error;
        }
        if (m_xml.hasError()) {
            return damaged(u"%1 at line %2, column %3"_s.arg(m_xml.errorString())
                               .arg(m_xml.lineNumber())
                               .arg(m_xml.columnNumber()));
        }
        return std::nullopt;
    }

private:
    Error damaged(const QString& problem) const
    {
        return makeError(
            ErrorCode::Corrupt,
            u"Cannot read '%1': its part %2 is damaged (%3). Open the file in Excel "
            "or LibreOffice, save the sheet again as .xlsx or .csv and try again."_s.arg(
                m_sourceName, m_partName, problem));
    }

    QXmlStreamReader m_xml;
    const QString& m_partName;
    const QString& m_sourceName;
    std::optional<Error> m_error;
};

// The text of an <si> or <is>: its <t> elements, whether direct or inside rich-text runs <r>;
// phonetic guides (<rPh>, Japanese readings) are not part of the cell's text.
QString readRichText(PartXml& xml, QStringView element)
{
    QString text;
    int phonetic = 0;
    bool inText = false;
    while (xml.next()) {
        if (xml.isEnd(element)) {
            break;
        }
        if (xml.isStart(u"rPh")) {
            ++phonetic;
        } else if (xml.isEnd(u"rPh")) {
            --phonetic;
        } else if (xml.isStart(u"t")) {
            inText = true;
        } else if (xml.isEnd(u"t")) {
            inText = false;
        } else if (inText && phonetic == 0 && xml.isCharacters()) {
            text += xml.text();
        }
    }
    return decodeXlsxString(text);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "B12" -> column 1; -1 when there are no letters or too many.
int columnOfReference(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z') {
            break;
        }
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3) {
            return -1;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

struct CellRead {
    QString value;
    bool isError = false;
};

class WorksheetReader {
public:
    WorksheetReader(const QByteArray& xml, const QString& partName, const QString& sourceName,
                    const QString& sheetName, const QStringList& sharedStrings)
        : m_xml(xml, partName, sourceName), m_sourceName(sourceName), m_sheetName(sheetName),
          m_sharedStrings(sharedStrings)
    {
    }

    Result<XlsxSheetData> read()
    {
        bool inSheetData = false;
        while (m_xml.next()) {
            if (m_xml.isStart(u"sheetData")) {
                inSheetData = true;
            } else if (m_xml.isEnd(u"sheetData")) {
                inSheetData = false;
            } else if (inSheetData && m_xml.isStart(u"row")) {
                startRow();
            } else if (inSheetData && m_xml.isStart(u"c")) {
                readCell();
            }
        }
        if (const auto error = m_xml.error()) {
            return *error;
        }
        if (m_errorCells > kMaxCellWarnings) {
            m_data.warnings << u"%1 more cells of sheet '%2' in '%3' hold error values; they "
                               "were read as empty too."_s.arg(m_errorCells - kMaxCellWarnings)
                                   .arg(m_sheetName, m_sourceName);
        }
        return std::move(m_data);
    }

private:
    void startRow()
    {
        const QString number = m_xml.attribute(u"r");
        int row = m_lastRow + 1;
        if (!number.isEmpty()) {
            bool ok = false;
            row = number.toInt(&ok);
            if (!ok) {
                row = 0;
            }
        }
        if (row <= m_lastRow || row > kMaxSheetRow) {
            m_xml.fail(u"row number \"%1\" after row %2"_s.arg(number).arg(m_lastRow));
            return;
        }
        m_data.rows << RawRecord{{}, row, false};
        m_lastRow = row;
        m_lastColumn = -1;
    }

    void readCell()
    {
        if (m_data.rows.isEmpty()) {
            m_xml.fail(u"a cell outside any row"_s);
            return;
        }
        const QString reference = m_xml.attribute(u"r");
        const int column = reference.isEmpty() ? m_lastColumn + 1 : columnOfReference(reference);
        if (column < 0 || column >= kMaxDataTableColumns) {
            m_xml.fail(u"cell reference \"%1\""_s.arg(reference));
            return;
        }
        m_lastColumn = column;
        const QString type = m_xml.attribute(u"t");
        QString stored;
        QString inlineText;
        bool inValue = false;
        while (m_xml.next()) {
            if (m_xml.isEnd(u"c")) {
                break;
            }
            if (m_xml.isStart(u"v")) {
                inValue = true;
            } else if (m_xml.isEnd(u"v")) {
                inValue = false;
            } else if (m_xml.isStart(u"is")) {
                inlineText = readRichText(m_xml, u"is");
            } else if (inValue && m_xml.isCharacters()) {
                stored += m_xml.text();
            }
        }
        const QString cellName =
            spreadsheetColumnName(column) + QString::number(m_data.rows.constLast().sourceLine);
        // Strings are already LF-only; a CR written as "&#13;" in a number or date is not.
        QString value = normalizeLineEndings(cellValue(type, stored, inlineText, cellName));
        QStringList& cells = m_data.rows.last().cells;
        if (cells.size() <= column) {
            cells.resize(column + 1);
        }
        cells[column] = std::move(value);
    }

    QString cellValue(const QString& type, const QString& stored, const QString& inlineText,
                      const QString& cellName)
    {
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = stored.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size()) {
                m_xml.fail(u"cell %1 refers to shared text %2, but the workbook has %3"_s
                               .arg(cellName, stored)
                               .arg(m_sharedStrings.size()));
                return {};
            }
            return m_sharedStrings.at(index);
        }
        if (type == u"inlineStr") {
            return inlineText;
        }
        if (type == u"b") {
            return stored.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
        }
        if (type == u"str") {
            return decodeXlsxString(stored);
        }
        if (type == u"e") {
            if (++m_errorCells <= kMaxCellWarnings) {
                m_data.warnings << u"Cell %1 of sheet '%2' in '%3' holds the error value %4; it "
                                   "was read as empty. Fix the formula in the sheet if that "
                                   "answer matters."_s.arg(cellName, m_sheetName, m_sourceName,
                                                           stored.trimmed());
            }
            return {};
        }
        if (type == u"d") {
            return stored.trimmed(); // an ISO 8601 date, kept as written
        }
        return stored.isEmpty() ? QString() : formatXlsxNumber(stored);
    }

    PartXml m_xml;
    const QString& m_sourceName;
    const QString& m_sheetName;
    const QStringList& m_sharedStrings;
    XlsxSheetData m_data;
    int m_lastRow = 0;
    int m_lastColumn = -1;
    int m_errorCells = 0;
};

} // namespace

Result<QList<XlsxRelationship>>
readXlsxRelationships(const QByteArray& xml, const QString& partName, const QString& sourceName)
{
    PartXml reader(xml, partName, sourceName);
    QList<XlsxRelationship> relationships;
    while (reader.next()) {
        // External targets (hyperlinks, linked files) are never parts of this package.
        if (reader.isStart(u"Relationship") && reader.attribute(u"TargetMode") != u"External") {
            relationships << XlsxRelationship{reader.attribute(u"Id"), reader.attribute(u"Type"),
                                              reader.attribute(u"Target")};
        }
    }
    if (const auto error = reader.error()) {
        return *error;
    }
    return relationships;
}

Result<QList<XlsxSheetEntry>> readXlsxWorkbookSheets(const QByteArray& xml, const QString& partName,
                                                     const QString& sourceName)
{
    PartXml reader(xml, partName, sourceName);
    QList<XlsxSheetEntry> sheets;
    while (reader.next()) {
        if (reader.isStart(u"sheet")) {
            const QString state = reader.attribute(u"state");
            sheets << XlsxSheetEntry{reader.attribute(u"name"), reader.attribute(u"id"),
                                     state == u"hidden" || state == u"veryHidden"};
        }
    }
    if (const auto error = reader.error()) {
        return *error;
    }
    return sheets;
}

Result<QStringList> readXlsxSharedStrings(const QByteArray& xml, const QString& partName,
                                          const QString& sourceName)
{
    PartXml reader(xml, partName, sourceName);
    QStringList strings;
    while (reader.next()) {
        if (reader.isStart(u"si")) {
            strings << readRichText(reader, u"si");
        }
    }
    if (const auto error = reader.error()) {
        return *error;
    }
    return strings;
}

Result<XlsxSheetData> readXlsxWorksheet(const QByteArray& xml, const QString& partName,
                                        const QString& sourceName, const QString& sheetName,
                                        const QStringList& sharedStrings)
{
    return WorksheetReader(xml, partName, sourceName, sheetName, sharedStrings).read();
}

QString formatXlsxNumber(const QString& stored)
{
    bool ok = false;
    const double value = stored.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return stored;
    }
    // Excel keeps 15 significant digits and shows no more; rounding there turns binary noise
    // such as 0.30000000000000004 back into the 0.3 the user typed or saw.
    const double shown = QString::number(value, 'g', 15).toDouble();
    if (shown == 0.0) {
        return u"0"_s; // also for -0
    }
    return QString::number(shown, 'f', QLocale::FloatingPointShortest);
}

QString decodeXlsxString(const QString& text)
{
    if (!text.contains(u"_x")) {
        return normalizeLineEndings(text);
    }
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool escape = text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' &&
                            text.at(i + 6) == u'_' &&
                            std::all_of(text.cbegin() + i + 2, text.cbegin() + i + 6, isHexDigit);
        if (escape) {
            decoded += QChar(char16_t(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            decoded += text.at(i);
        }
    }
    return normalizeLineEndings(decoded);
}

} // namespace tessera
