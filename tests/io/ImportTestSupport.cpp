#include "ImportTestSupport.h"

#include "io/TranscriptImporter.h"
#include "support/TestPaths.h"

using namespace Qt::StringLiterals;

void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

void PrintTo(const QStringList& list, std::ostream* out)
{
    *out << '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        *out << (i > 0 ? ", " : "");
        PrintTo(list.at(i), out);
    }
    *out << ']';
}

namespace tessera {

void PrintTo(const ImportedTurn& turn, std::ostream* out)
{
    *out << "{speaker=\"" << turn.speaker.toStdString() << "\" [" << turn.start << ", " << turn.end
         << ") beginMs=";
    if (turn.beginMs) {
        *out << *turn.beginMs;
    } else {
        *out << "none";
    }
    *out << '}';
}

} // namespace tessera

namespace tessera::test {

QString turnText(const ImportedDocument& document, qsizetype index)
{
    const ImportedTurn& turn = document.turns.at(index);
    return document.text.mid(turn.start, turn.end - turn.start);
}

QStringList turnTexts(const ImportedDocument& document)
{
    QStringList texts;
    for (qsizetype i = 0; i < document.turns.size(); ++i) {
        texts << turnText(document, i);
    }
    return texts;
}

QStringList turnSpeakers(const ImportedDocument& document)
{
    QStringList speakers;
    for (const ImportedTurn& turn : document.turns) {
        speakers << turn.speaker;
    }
    return speakers;
}

QStringList distinctSpeakers(const ImportedDocument& document)
{
    QStringList speakers;
    for (const ImportedTurn& turn : document.turns) {
        if (!speakers.contains(turn.speaker)) {
            speakers << turn.speaker;
        }
    }
    return speakers;
}

QList<std::optional<qint64>> turnBeginMs(const ImportedDocument& document)
{
    QList<std::optional<qint64>> times;
    for (const ImportedTurn& turn : document.turns) {
        times << turn.beginMs;
    }
    return times;
}

Result<ImportedDocument> importSharedTranscript(const QString& name)
{
    return importTranscriptFile(sharedPath(u"transcripts/"_s + name));
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace tessera::test
