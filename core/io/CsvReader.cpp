#include "DataTable.h"
#include "DataTableBuilder.h"
#include "TextDecoding.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error notText(const QString& sourceName, const QByteArray& bytes)
{
    // Spreadsheets renamed (or mis-saved) as .csv are the usual cause; say which kind it is.
    if (bytes.startsWith("PK")) {
        return makeError(ErrorCode::InvalidInput,
                         u"Cannot read '%1' as CSV: it is a zip archive, probably an Excel .xlsx "
                         "workbook with the wrong extension. Rename it to .xlsx, or save the "
                         "sheet as .csv, and try again."_s.arg(sourceName));
    }
    if (bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return makeError(ErrorCode::InvalidInput,
                         u"Cannot read '%1' as CSV: it is an old Excel 97-2003 workbook (.xls). "
                         "Open it in Excel or LibreOffice, save the sheet as .xlsx or .csv and "
                         "try again."_s.arg(sourceName));
    }
    return makeError(ErrorCode::InvalidInput,
                     u"Cannot read '%1' as CSV: it is not a text file (it contains binary data). "
                     "Save the sheet as .csv or .xlsx and try again."_s.arg(sourceName));
}

struct DecodedCsv {
    QString text;
    QStringList warnings;
};

// UTF-8 (BOM or not) is what current spreadsheet programs write; UTF-16 with a BOM is Excel's
// "Unicode Text"; anything else that is not valid UTF-8 is an older Windows export in 1252.
// Line ends are left to the parser, which must count them to report line numbers.
Result<DecodedCsv> decodeCsv(const QByteArray& bytes, const QString& sourceName)
{
    DecodedCsv decoded;
    for (const auto& [bom, encoding] :
         {std::pair{QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE},
          std::pair{QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE}}) {
        if (bytes.startsWith(bom)) {
            QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
            decoded.text = decoder.decode(QByteArrayView(bytes).sliced(bom.size()));
            if (decoder.hasError()) {
                decoded.warnings << u"Some bytes in '%1' are not valid UTF-16; they were "
                                    "replaced by \uFFFD. Check the text, or save the sheet again "
                                    "as CSV UTF-8 and try again."_s.arg(sourceName);
            }
            return decoded;
        }
    }
    const QByteArrayView utf8Bom("\xEF\xBB\xBF", 3);
    const QByteArray body = bytes.startsWith(utf8Bom) ? bytes.sliced(utf8Bom.size()) : bytes;
    if (body.contains('\0')) {
        return notText(sourceName, bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    decoded.text = utf8.decode(body);
    if (utf8.hasError()) {
        decoded.text = decodeUtf8WithWindows1252Fallback(body);
        decoded.warnings << u"'%1' is not valid UTF-8; the bytes that are not were read as "
                            "Windows-1252 (Western European). Check accented letters and "
                            "quotation marks; if they look wrong, save the sheet as \"CSV UTF-8\" "
                            "and try again."_s.arg(sourceName);
    }
    return decoded;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The separator is the most frequent of ',', ';' and TAB outside quotes on the header line (the
// first line with text); ties go to the comma. Counting all three (rather than "comma if any")
// keeps a semicolon file whose header has "Age, years" in one column a semicolon file.
QChar detectSeparator(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted; // "" inside quotes toggles twice: still quoted
        } else if (quoted) {
            continue;
        } else if (isLineBreak(c)) {
            break;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return u';';
    }
    if (tabs > commas && tabs > semicolons) {
        return u'\t';
    }
    return u',';
}

// RFC 4180, read leniently where Excel is lenient: a quote inside an unquoted field is kept as
// text, and text after a closing quote is appended to the field. Line breaks inside quoted
// fields become LF (stored text never holds CR; see DESIGN.md, "Text and positions").
class CsvParser {
public:
    CsvParser(const QString& text, QChar separator, const QString& sourceName)
        : m_text(text), m_separator(separator), m_sourceName(sourceName)
    {
    }

    Result<QList<RawRecord>> parse()
    {
        enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
        State state = State::FieldStart;
        int quoteLine = 0;
        bool recordStarted = false;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (!recordStarted) {
                m_record.sourceLine = m_line;
                recordStarted = true;
            }
            if (state == State::Quoted) {
                if (c == u'"') {
                    if (i + 1 < m_text.size() && m_text.at(i + 1) == u'"') {
                        m_field += u'"';
                        ++i;
                    } else {
                        state = State::AfterQuote;
                    }
                } else if (isLineBreak(c)) {
                    i = skipLineBreak(i);
                    m_field += u'\n';
                } else {
                    i = appendRun(i, [](QChar x) { return x == u'"' || isLineBreak(x); });
                }
                continue;
            }
            if (c == m_separator) {
                endField();
                state = State::FieldStart;
            } else if (isLineBreak(c)) {
                i = skipLineBreak(i);
                endField();
                endRecord();
                state = State::FieldStart;
                recordStarted = false;
            } else if (c == u'"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                const QChar separator = m_separator;
                i = appendRun(i, [separator](QChar x) { return x == separator || isLineBreak(x); });
                state = State::Unquoted;
            }
        }
        if (state == State::Quoted) {
            return makeError(ErrorCode::InvalidInput,
                             u"Cannot read '%1': the quoted field that starts on line %2 has no "
                             "closing double quote, so the rest of the file would be one cell. "
                             "Add the missing \" on that line (a quote inside a quoted answer "
                             "must be written \"\"), or save the sheet again as CSV, and try "
                             "again."_s.arg(m_sourceName)
                                 .arg(quoteLine));
        }
        if (recordStarted) {
            endField();
            endRecord();
        }
        return std::move(m_records);
    }

private:
    // Appends text from i up to (not including) the next character that ends the run, in one
    // piece rather than character by character; returns the index of the run's last character.
    template <typename EndsRun> qsizetype appendRun(qsizetype i, EndsRun endsRun)
    {
        qsizetype end = i + 1;
        while (end < m_text.size() && !endsRun(m_text.at(end))) {
            ++end;
        }
        m_field += QStringView(m_text).sliced(i, end - i);
        return end - 1;
    }

    // CRLF is one line break; returns the index of its last character.
    qsizetype skipLineBreak(qsizetype i)
    {
        ++m_line;
        if (m_text.at(i) == u'\r' && i + 1 < m_text.size() && m_text.at(i + 1) == u'\n') {
            return i + 1;
        }
        return i;
    }

    void endField()
    {
        // Past Excel's column limit only "was there anything?" matters; storing millions of
        // empty fields from a line of separators would exhaust memory.
        if (m_record.cells.size() <= kMaxDataTableColumns) {
            m_record.cells << m_field;
        } else if (!m_field.trimmed().isEmpty()) {
            m_record.overflowNonBlank = true;
        }
        m_field.clear();
    }

    void endRecord()
    {
        m_records << std::move(m_record);
        m_record = RawRecord{};
    }

    const QString& m_text;
    const QChar m_separator;
    const QString& m_sourceName;
    int m_line = 1;
    QString m_field;
    RawRecord m_record;
    QList<RawRecord> m_records;
};

} // namespace

Result<DataTable> readCsv(const QByteArray& bytes, const QString& sourceName)
{
    if (bytes.size() > kMaxDataTableBytes) {
        return makeError(
            ErrorCode::TooLarge,
            u"Cannot read '%1': it is %2 MB, over the %3 MB limit for tables. Check "
            "that it is the right file; if it is, split it into smaller files and "
            "try again."_s.arg(sourceName, megabytes(bytes.size()), megabytes(kMaxDataTableBytes)));
    }
    auto decoded = decodeCsv(bytes, sourceName);
    if (!decoded) {
        return decoded.error();
    }
    auto records = CsvParser(decoded->text, detectSeparator(decoded->text), sourceName).parse();
    if (!records) {
        return records.error();
    }
    return buildDataTable(std::move(*records), DataTableSource::Csv, sourceName,
                          std::move(decoded->warnings));
}

} // namespace tessera
