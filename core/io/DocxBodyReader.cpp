#include "DocxBodyReader.h"

#include "ClockTime.h"
#include "CueText.h"
#include "SpeakerLabel.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr auto kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"_L1;
constexpr auto kStrictWordNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main"_L1;
constexpr auto kCompatibilityNamespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006"_L1;
constexpr int kMaxTableNesting = 32;
constexpr qsizetype kMaxSpeakerLength = 40;
constexpr qsizetype kMaxSpeakerWords = 5;

struct Run {
    QString text;
    bool bold = false;
};

struct Paragraph {
    QList<Run> runs;
    bool heading = false;

    QString text() const
    {
        QString joined;
        for (const Run& run : runs) {
            joined += run.text;
        }
        return joined;
    }
};

// One line (or block of lines) of the body before it is written out; speaker decisions that
// need the whole document (does this bold name repeat?) are taken when rendering.
struct BodyLine {
    enum class Kind { Text, Heading, Speaker, WeakBoldSpeaker };
    Kind kind = Kind::Text;
    QString text;     // Text/Heading: the line; Speaker/Bold: what was said
    QString speaker;  // Speaker/Bold
    QString prefix;   // "[00:01:02] " from a time column
    QString original; // WeakBoldSpeaker: the paragraph as written, used if it is no label
};

bool isShortSpeakerName(const QString& name)
{
    return !name.isEmpty() && name.size() <= kMaxSpeakerLength &&
           name.count(u' ') + 1 <= kMaxSpeakerWords && !name.contains(u'\n') &&
           !name.contains(u'\t') && !name.contains(u':') && !isMetadataKey(name);
}

// Word writes heading style ids as a localised name plus a level: "Heading1", "berschrift2"
// (Überschrift with the non-ASCII letter dropped), "Kop3", "Title", "Titel". Only the name
// followed by nothing or digits counts, so "TitleChar" or "Kopfzeile" (page header) do not.
bool isHeadingStyle(const QString& styleId)
{
    static const QStringList headingNames = {
        u"heading"_s,    u"title"_s, u"subtitle"_s, u"titel"_s,      u"untertitel"_s,
        u"berschrift"_s, u"titre"_s, u"titolo"_s,   u"encabezado"_s, u"kop"_s};
    const QString key = styleId.toLower();
    for (const QString& name : headingNames) {
        if (key.startsWith(name)) {
            const QStringView level = QStringView(key).sliced(name.size());
            return std::all_of(level.begin(), level.end(), [](QChar c) { return c.isDigit(); });
        }
    }
    return false;
}

bool isOff(QStringView value)
{
    return value == u"0"_s || value == u"false"_s || value == u"off"_s || value == u"none"_s;
}

class BodyReader {
public:
    BodyReader(const QByteArray& xml, const QString& sourceName)
        : m_xml(xml), m_sourceName(sourceName)
    {
    }

    Result<QList<BodyLine>> read()
    {
        if (!readUntilRoot()) {
            return m_error.value_or(malformed());
        }
        walkContainer(&BodyReader::addBodyParagraph);
        if (m_error) {
            return *m_error;
        }
        if (m_xml.hasError()) {
            return malformed();
        }
        return m_lines;
    }

private:
    using ParagraphSink = void (BodyReader::*)(Paragraph&&);

    bool isWord(QStringView localName) const
    {
        const QStringView ns = m_xml.namespaceUri();
        return m_xml.name() == localName && (ns == kWordNamespace || ns == kStrictWordNamespace);
    }

    QString wordAttribute(QStringView localName) const
    {
        for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
            if (attribute.name() == localName) {
                return attribute.value().toString();
            }
        }
        return {};
    }

    // Content that is not displayed as body text, or whose text would be read twice.
    bool isSkipped() const
    {
        if (m_xml.namespaceUri() == kCompatibilityNamespace && m_xml.name() == u"Fallback"_s) {
            return true;
        }
        return isWord(u"del") || isWord(u"moveFrom") || isWord(u"drawing") || isWord(u"pict") ||
               isWord(u"object") || isWord(u"delText") || isWord(u"instrText");
    }

    Error malformed() const
    {
        return makeError(ErrorCode::Corrupt,
                         u"Cannot import '%1': its text (word/document.xml) is damaged: %2 at "
                         "line %3, column %4. Save it again from Word as .docx and retry."_s
                             .arg(m_sourceName, m_xml.errorString())
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber()));
    }

    // Advances one token; refuses DTDs and entity references, which Word never writes and which
    // are the way to billion-laughs and external-entity attacks.
    bool next()
    {
        if (m_error) {
            return false;
        }
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            m_error = makeError(ErrorCode::Corrupt,
                                u"Cannot import '%1': its text (word/document.xml) contains a "
                                "document type declaration or entity, which Word never writes; "
                                "Tessera refuses it for safety. Save the document again from "
                                "Word as .docx and retry."_s.arg(m_sourceName));
            return false;
        }
        return token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
    }

    bool readUntilRoot()
    {
        while (next()) {
            if (m_xml.isStartElement()) {
                if (isWord(u"document")) {
                    return true;
                }
                m_error = makeError(ErrorCode::Corrupt,
                                    u"Cannot import '%1': word/document.xml is not a Word "
                                    "document body. Save it again from Word as .docx and "
                                    "retry."_s.arg(m_sourceName));
                return false;
            }
        }
        return false;
    }

    // Reads the children of the current element until its end, handing paragraphs to sink and
    // tables to readTable(). Unknown wrappers (w:body, w:sdt, w:customXml...) are walked through.
    void walkContainer(ParagraphSink sink)
    {
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else if (isWord(u"p")) {
                    (this->*sink)(readParagraph());
                } else if (isWord(u"tbl")) {
                    readTable();
                } else {
                    ++depth;
                }
            }
        }
    }

    Paragraph readParagraph()
    {
        Paragraph paragraph;
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else if (isWord(u"pPr")) {
                    paragraph.heading = readParagraphProperties();
                } else if (isWord(u"r")) {
                    paragraph.runs.append(readRun());
                } else {
                    ++depth; // hyperlinks, insertions, fields, smart tags hold runs
                }
            }
        }
        return paragraph;
    }

    bool readParagraphProperties()
    {
        bool heading = false;
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isWord(u"pStyle")) {
                    heading = heading || isHeadingStyle(wordAttribute(u"val"));
                } else if (isWord(u"outlineLvl")) {
                    // Levels 0-8 are headings; 9 is Word's "body text".
                    bool ok = false;
                    const int level = wordAttribute(u"val").toInt(&ok);
                    heading = heading || (ok && level >= 0 && level <= 8);
                }
                m_xml.skipCurrentElement(); // includes the paragraph mark's w:rPr
            }
        }
        return heading;
    }

    Run readRun()
    {
        Run run;
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else if (isWord(u"rPr")) {
                    run.bold = readRunBold();
                } else if (isWord(u"t")) {
                    run.text += m_xml.readElementText();
                } else if (isWord(u"tab")) {
                    run.text += u'\t';
                    m_xml.skipCurrentElement();
                } else if (isWord(u"br") || isWord(u"cr")) {
                    run.text += u'\n';
                    m_xml.skipCurrentElement();
                } else if (isWord(u"noBreakHyphen")) {
                    run.text += u'-';
                    m_xml.skipCurrentElement();
                } else {
                    ++depth;
                }
            }
        }
        return run;
    }

    bool readRunBold()
    {
        bool bold = false;
        int depth = 1;
        while (depth > 0 && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isWord(u"b")) {
                    bold = !isOff(wordAttribute(u"val"));
                } else if (isWord(u"rStyle")) {
                    const QString style = wordAttribute(u"val").toLower();
                    bold = bold || style.contains(u"strong"_s) || style.contains(u"bold"_s);
                }
                m_xml.skipCurrentElement();
            }
        }
        return bold;
    }

    // Paragraph sinks: where a paragraph goes depends on whether we are in a table cell.
    void addBodyParagraph(Paragraph&& paragraph)
    {
        if (paragraph.heading) {
            m_lines.append(BodyLine{BodyLine::Kind::Heading, paragraph.text(), {}, {}, {}});
        } else {
            m_lines.append(lineFromParagraph(paragraph));
        }
    }

    void addCellParagraph(Paragraph&& paragraph)
    {
        if (!m_tables.isEmpty() && !m_tables.last().isEmpty() &&
            !m_tables.last().last().isEmpty()) {
            m_tables.last().last().last().append(paragraph.text());
        }
    }

    static BodyLine lineFromParagraph(const Paragraph& paragraph)
    {
        const QString whole = paragraph.text();
        qsizetype first = 0;
        while (first < paragraph.runs.size() && paragraph.runs.at(first).text.trimmed().isEmpty()) {
            ++first;
        }
        QString bold;
        qsizetype after = first;
        while (after < paragraph.runs.size() && paragraph.runs.at(after).bold) {
            bold += paragraph.runs.at(after++).text;
        }
        QString rest;
        for (qsizetype i = after; i < paragraph.runs.size(); ++i) {
            rest += paragraph.runs.at(i).text;
        }
        if (bold.trimmed().isEmpty()) {
            return BodyLine{BodyLine::Kind::Text, whole, {}, {}, {}};
        }
        BodyLine line;
        line.kind = BodyLine::Kind::Speaker;
        line.original = whole;
        if (const qsizetype colon = bold.indexOf(u':'); colon >= 0) {
            line.speaker = bold.first(colon).trimmed();
            line.text = bold.sliced(colon + 1) + rest;
            // A paragraph that is bold throughout ("Section 2: Findings") is more often a
            // heading than a turn, unless the name proves itself (repeats, or is a role).
            if (rest.trimmed().isEmpty() && !bold.sliced(colon + 1).trimmed().isEmpty()) {
                line.kind = BodyLine::Kind::WeakBoldSpeaker;
            }
        } else if (rest.trimmed().startsWith(u':')) {
            line.speaker = bold.trimmed();
            line.text = rest.trimmed().sliced(1);
        } else if (!rest.trimmed().isEmpty()) {
            // Bold without a colon may be emphasis ("**Never** again"): weak, see renderBody().
            line.kind = BodyLine::Kind::WeakBoldSpeaker;
            line.speaker = bold.trimmed();
            line.text = rest;
        } else {
            return BodyLine{BodyLine::Kind::Text, whole, {}, {}, {}};
        }
        if (!isShortSpeakerName(line.speaker)) {
            return BodyLine{BodyLine::Kind::Text, whole, {}, {}, {}};
        }
        line.text = line.text.trimmed();
        return line;
    }

    using Cell = QStringList; // the cell's paragraphs
    using Row = QList<Cell>;
    using Table = QList<Row>;

    void readTable()
    {
        if (m_tables.size() >= kMaxTableNesting) {
            m_error = makeError(ErrorCode::Corrupt,
                                u"Cannot import '%1': its tables are nested more than %2 deep, "
                                "which Word does not produce. Save it again from Word and "
                                "retry."_s.arg(m_sourceName)
                                    .arg(kMaxTableNesting));
            return;
        }
        m_tables.append(Table{});
        int depth = 1;
        while (depth > 0 && !m_error && next()) {
            if (m_xml.isEndElement()) {
                --depth;
            } else if (m_xml.isStartElement()) {
                if (isSkipped()) {
                    m_xml.skipCurrentElement();
                } else if (isWord(u"tr")) {
                    m_tables.last().append(Row{});
                    ++depth;
                } else if (isWord(u"tc")) {
                    if (m_tables.last().isEmpty()) {
                        m_tables.last().append(Row{});
                    }
                    m_tables.last().last().append(Cell{});
                    walkContainer(&BodyReader::addCellParagraph);
                } else if (isWord(u"tblPr") || isWord(u"tblGrid") || isWord(u"trPr")) {
                    m_xml.skipCurrentElement();
                } else {
                    ++depth;
                }
            }
        }
        const Table table = m_tables.takeLast();
        QList<BodyLine> lines = linesFromTable(table);
        if (m_tables.isEmpty()) {
            m_lines.append(lines);
        } else if (!m_tables.last().isEmpty() && !m_tables.last().last().isEmpty()) {
            // A table inside a cell: its rows become paragraphs of that cell.
            for (const BodyLine& line : lines) {
                m_tables.last().last().last().append(renderTableLine(line));
            }
        }
    }

    static QString renderTableLine(const BodyLine& line)
    {
        return line.kind == BodyLine::Kind::Speaker
                   ? line.prefix + line.speaker + u": "_s + line.text
                   : line.text;
    }

    static QString cellText(const Cell& cell) { return collapseWhitespace(cell.join(u' ')); }

    static bool isHeaderRow(const Row& row, qsizetype speakerColumn)
    {
        static const QStringList speakerHeaders = {
            u"speaker"_s,  u"name"_s,       u"person"_s,   u"participant"_s, u"who"_s,
            u"sprecher"_s, u"sprecherin"_s, u"locuteur"_s, u"intervenant"_s, u"role"_s};
        static const QStringList textHeaders = {
            u"text"_s,    u"speech"_s,    u"transcript"_s,    u"transcription"_s, u"utterance"_s,
            u"content"_s, u"statement"_s, u"what was said"_s, u"said"_s,          u"dialogue"_s};
        const auto key = [](const Cell& cell) {
            QString text = cellText(cell).toLower();
            if (text.endsWith(u':')) {
                text.chop(1);
            }
            return text;
        };
        return speakerHeaders.contains(key(row.at(speakerColumn))) &&
               textHeaders.contains(key(row.at(speakerColumn + 1)));
    }

    static QList<BodyLine> linesFromTable(const Table& table)
    {
        // Speaker | text, or time | speaker | text: every row has the same two or three
        // columns, every speaker cell is a short name, and a time column holds times.
        const qsizetype columns = table.isEmpty() ? 0 : table.first().size();
        bool speakerTable = columns == 2 || columns == 3;
        const qsizetype speakerColumn = columns == 3 ? 1 : 0;
        const qsizetype firstRow =
            speakerTable && isHeaderRow(table.first(), speakerColumn) ? 1 : 0;
        bool anySpeaker = false;
        for (qsizetype i = firstRow; speakerTable && i < table.size(); ++i) {
            const Row& row = table.at(i);
            if (row.size() != columns) {
                speakerTable = false;
                break;
            }
            QString speaker = cellText(row.at(speakerColumn));
            if (speaker.endsWith(u':')) {
                speaker.chop(1);
            }
            const QString time = columns == 3 ? cellText(row.at(0)) : QString();
            if ((!speaker.isEmpty() && !isShortSpeakerName(speaker.trimmed())) ||
                (!time.isEmpty() && !parseClockTime(time))) {
                speakerTable = false;
            }
            anySpeaker = anySpeaker || !speaker.isEmpty();
        }
        QList<BodyLine> lines;
        if (!speakerTable || !anySpeaker) {
            for (const Row& row : table) {
                QStringList cells;
                for (const Cell& cell : row) {
                    cells << cellText(cell);
                }
                lines.append(BodyLine{BodyLine::Kind::Text, cells.join(u'\t'), {}, {}, {}});
            }
            return lines;
        }
        for (qsizetype i = firstRow; i < table.size(); ++i) {
            const Row& row = table.at(i);
            QString speaker = cellText(row.at(speakerColumn));
            if (speaker.endsWith(u':')) {
                speaker = speaker.chopped(1).trimmed();
            }
            const QString text = row.at(speakerColumn + 1).join(u'\n').trimmed();
            if (speaker.isEmpty()) {
                if (!text.isEmpty()) {
                    lines.append(BodyLine{BodyLine::Kind::Text, text, {}, {}, {}});
                }
                continue;
            }
            const QString time = columns == 3 ? cellText(row.at(0)) : QString();
            lines.append(BodyLine{BodyLine::Kind::Speaker,
                                  text,
                                  speaker,
                                  time.isEmpty() ? QString() : u'[' + time + u"] "_s,
                                  {}});
        }
        return lines;
    }

    QXmlStreamReader m_xml;
    QString m_sourceName;
    std::optional<Error> m_error;
    QList<BodyLine> m_lines;
    QList<Table> m_tables; // the tables being read, innermost last
};

DocxBody renderBody(const QList<BodyLine>& lines)
{
    QHash<QString, int> boldNames;
    for (const BodyLine& line : lines) {
        if (line.kind == BodyLine::Kind::WeakBoldSpeaker) {
            ++boldNames[line.speaker];
        }
    }
    DocxBody body;
    QSet<QString> known;
    qsizetype lineNumber = 0;
    const auto append = [&](const QString& text, bool plain) {
        if (lineNumber > 0) {
            body.text += u'\n';
        }
        const qsizetype lineCount = text.count(u'\n') + 1;
        for (qsizetype i = 0; plain && i < lineCount; ++i) {
            body.hints.plainLines.insert(lineNumber + i);
        }
        body.text += text;
        lineNumber += lineCount;
    };
    for (const BodyLine& line : lines) {
        switch (line.kind) {
        case BodyLine::Kind::Text:
            append(line.text, false);
            break;
        case BodyLine::Kind::Heading:
            append(line.text, true);
            break;
        case BodyLine::Kind::WeakBoldSpeaker:
            if (boldNames.value(line.speaker) < 2 && !isRoleLabel(line.speaker)) {
                append(line.original, false);
                break;
            }
            [[fallthrough]];
        case BodyLine::Kind::Speaker:
            known.insert(line.speaker);
            append(line.prefix + line.speaker + u": "_s + line.text, false);
            break;
        }
    }
    // Trailing empty paragraphs are layout, not content.
    while (body.text.endsWith(u'\n')) {
        body.text.chop(1);
    }
    body.hints.knownSpeakers = QStringList(known.begin(), known.end());
    return body;
}

} // namespace

Result<DocxBody> readDocxBody(const QByteArray& documentXml, const QString& sourceName)
{
    BodyReader reader(documentXml, sourceName);
    auto lines = reader.read();
    if (!lines) {
        return lines.error();
    }
    return renderBody(*lines);
}

} // namespace tessera
