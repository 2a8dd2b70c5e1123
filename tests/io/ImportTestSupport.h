#pragma once

#include "common/Result.h"
#include "io/ImportedDocument.h"

#include <QString>
#include <QStringList>

#include <ostream>

// Readable gtest failure messages for Qt strings and turns.
void PrintTo(const QString& text, std::ostream* out);
void PrintTo(const QStringList& list, std::ostream* out);

namespace tessera {
void PrintTo(const ImportedTurn& turn, std::ostream* out);
} // namespace tessera

namespace tessera::test {

// text.mid(start, end - start) of one turn / of every turn.
QString turnText(const ImportedDocument& document, qsizetype index);
QStringList turnTexts(const ImportedDocument& document);
QStringList turnSpeakers(const ImportedDocument& document);
// Speakers in order of first appearance, each once.
QStringList distinctSpeakers(const ImportedDocument& document);
QList<std::optional<qint64>> turnBeginMs(const ImportedDocument& document);

// Imports ../shared/transcripts/<name> through the public dispatcher.
Result<ImportedDocument> importSharedTranscript(const QString& name);

// UTF-8 bytes of a string literal, for building inputs.
QByteArray utf8(const QString& text);

} // namespace tessera::test
