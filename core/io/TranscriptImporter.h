#pragma once

#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tessera {

// The largest transcript file Tessera imports. A 10-hour focus-group transcript is about 1 MB of
// text; 64 MB leaves room for Word files with embedded images while keeping a mistaken choice
// (a video, a disk image) from being read into memory.
constexpr qint64 kMaxTranscriptBytes = 64 * 1024 * 1024;

// Imports a transcript file. The format comes from the extension unless given; an unknown
// extension is an UnsupportedFormat error listing the supported ones. Errors: missing or
// unreadable file (Io), over maxBytes (TooLarge), empty or whitespace-only (InvalidInput),
// binary data in a text format (InvalidInput), plus each format's own. maxBytes exists so tests
// can check the limit without writing 64 MB.
Result<ImportedDocument> importTranscriptFile(const QString& path,
                                              std::optional<TranscriptFormat> format = std::nullopt,
                                              qint64 maxBytes = kMaxTranscriptBytes);

// The same, for bytes already in memory; sourceName (usually the file name) appears in messages.
// The result's turns are checked (findTurnProblem) before it is returned.
Result<ImportedDocument> importTranscriptBytes(const QByteArray& bytes, TranscriptFormat format,
                                               const QString& sourceName,
                                               qint64 maxBytes = kMaxTranscriptBytes);

} // namespace tessera
