#pragma once

#include "RefiArchive.h"
#include "RefiModel.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

struct RefiReadOptions {
    QString sourceName = QStringLiteral("the file"); // the file name, for messages
    RefiArchiveLimits limits;
};

// REFI-QDA readers: lenient, because real exports differ from the standard in many small ways
// (shared/refi/README.md). Pure functions: bytes -> model, no database, no files written.
//
// Accepted with a warning in the result (never an error): namespace variants (elements are
// matched by local name), a .qde with another name than project.qde, Sources/ instead of
// sources/, plainTextPath without internal://, inline PlainTextContent, an empty <Sets/>
// (Taguette), GUIDs in upper case, in braces or not GUIDs at all (normalised, see RefiGuid.h),
// colours #RGB / #RRGGBB in any case (garbage is dropped), selections outside their text
// (clamped), and non-text sources (skipped). Names and text keep their accents and emoji.
//
// Positions are converted to UTF-16 units of the normalised text after detecting, per source,
// which convention the exporter used (RefiPositions.h); the reading chosen is reported in
// `warnings` and in RefiTextSource::positionReading.
//
// Refused with an error naming the file, and nothing returned: what is not a REFI-QDA file,
// malformed XML, XML with a DTD, archives with unsafe entry names or over the size limits
// (RefiArchive.h).
Result<RefiProject> readQdpx(const QByteArray& bytes, const RefiReadOptions& options = {});
Result<RefiCodebook> readQdc(const QByteArray& bytes, const RefiReadOptions& options = {});

} // namespace tessera
