#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera {

// Text decoded from a transcript file, plus what the user should know about how it was read.
struct DecodedText {
    QString text;     // BOM removed, CRLF and lone CR turned into LF, nothing else changed
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "Windows-1252"
    bool usedFallback = false; // some bytes were not valid UTF-8 and were read as Windows-1252
    QStringList warnings;      // ready-made user messages naming the file (empty when all is well)
};

// Decodes transcript bytes the way the DESIGN asks (section "Text and positions"):
//  - a BOM decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
//  - without a BOM: UTF-16 when the NUL bytes sit in every other byte (Notepad's "Unicode" saved
//    without a BOM), else UTF-8; bytes that are not valid UTF-8 are read as Windows-1252
//    (usedFallback, see decodeUtf8WithWindows1252Fallback);
//  - binary files (NUL bytes outside UTF-16/32, or many control characters) are refused with an
//    InvalidInput error that names sourceName.
// Then CRLF and CR become LF. No trimming, no Unicode normalisation.
Result<DecodedText> decodeTranscriptBytes(const QByteArray& bytes, const QString& sourceName);

// Windows-1252 decoding done by Tessera itself rather than by QStringDecoder: Qt 6.4 only knows
// this codec when built with ICU, and a transcript must decode the same on every machine.
// Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D (undefined in 1252) become the C1 controls with the same
// value, as browsers do.
QString decodeWindows1252(const QByteArray& bytes);

// UTF-8, except that each byte which is not part of a valid UTF-8 sequence is read as
// Windows-1252. A pure 1252 file decodes as 1252; a UTF-8 file with a few stray 1252 bytes
// (edited in two editors) keeps its correct UTF-8 characters instead of turning them into "Ã©".
QString decodeUtf8WithWindows1252Fallback(const QByteArray& bytes);

// CRLF and lone CR become LF; everything else is left as it is.
QString normalizeLineEndings(QString text);

} // namespace tessera
