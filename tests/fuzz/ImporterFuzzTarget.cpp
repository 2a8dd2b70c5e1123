#include "ImporterFuzzTarget.h"

#include "io/DataTable.h"
#include "io/TranscriptImporter.h"

#include <QByteArray>
#include <QSet>

namespace tessera::fuzz {

namespace {

// A table reader must either fail with a message or return a rectangular table: distinct,
// trimmed, non-blank header names (ignoring case), one source line per row, no fully blank row,
// and no CR anywhere (stored text is LF-only).
bool tableHoldsInvariants(const Result<DataTable>& result)
{
    if (!result) {
        return !result.error().message.isEmpty();
    }
    const DataTable& table = *result;
    if (table.header.isEmpty() || table.rows.size() != table.sourceLines.size()) {
        return false;
    }
    QSet<QString> names;
    for (const QString& name : table.header) {
        if (name.isEmpty() || name != name.trimmed() || name.contains(QLatin1Char('\r')) ||
            names.contains(name.toLower())) {
            return false;
        }
        names.insert(name.toLower());
    }
    int previousLine = 0;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows.at(i);
        if (row.size() != table.header.size() || table.sourceLines.at(i) <= previousLine) {
            return false;
        }
        previousLine = table.sourceLines.at(i);
        bool blank = true;
        for (const QString& cell : row) {
            if (cell.contains(QLatin1Char('\r'))) {
                return false;
            }
            blank = blank && cell.trimmed().isEmpty();
        }
        if (blank) {
            return false;
        }
    }
    return true;
}

} // namespace

// Every importer must either fail with an Error or return turns that lie inside the text, in
// order, never splitting a surrogate pair (importTranscriptBytes checks that before returning;
// here we check again, independently, so a checker bug cannot hide an importer bug).
bool importerHoldsInvariants(const QByteArray& bytes)
{
    for (TranscriptFormat format :
         {TranscriptFormat::Txt, TranscriptFormat::Markdown, TranscriptFormat::Vtt,
          TranscriptFormat::Srt, TranscriptFormat::Docx}) {
        const auto result = importTranscriptBytes(bytes, format, QStringLiteral("fuzz-input"));
        if (!result) {
            if (result.error().message.isEmpty()) {
                return false;
            }
            continue;
        }
        const ImportedDocument& doc = *result;
        qsizetype previousEnd = 0;
        for (const ImportedTurn& turn : doc.turns) {
            if (turn.start < previousEnd || turn.start > turn.end || turn.end > doc.text.size()) {
                return false;
            }
            for (qsizetype edge : {turn.start, turn.end}) {
                if (edge > 0 && edge < doc.text.size() && doc.text.at(edge - 1).isHighSurrogate() &&
                    doc.text.at(edge).isLowSurrogate()) {
                    return false;
                }
            }
            previousEnd = turn.end;
        }
        if (doc.text.contains(QLatin1Char('\r'))) {
            return false; // line endings are always normalised to LF
        }
    }
    return tableHoldsInvariants(readCsv(bytes, QStringLiteral("fuzz-input.csv"))) &&
           tableHoldsInvariants(readXlsx(bytes, QStringLiteral("fuzz-input.xlsx")));
}

} // namespace tessera::fuzz
