#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Limits that keep a hostile .docx (a "zip bomb") from exhausting memory. Real Word text parts
// are a few MB and compress 5-30:1.
struct DocxArchiveLimits {
    qint64 maxPartBytes = 200LL * 1024 * 1024; // unpacked size of one part
    qint64 maxRatio = 100;                     // unpacked : packed, checked above ratioFloorBytes
    qint64 ratioFloorBytes = 10LL * 1024 * 1024;
};

// Reads one part (e.g. "word/document.xml") of the .docx given as bytes. Errors name sourceName
// and say what to do: not a zip (or an old .doc), damaged zip, missing part, encrypted part,
// part over the limits. The declared sizes are checked first and the real size while reading,
// because a crafted archive can lie in its headers.
Result<QByteArray> readDocxPart(const QByteArray& bytes, const QString& partName,
                                const QString& sourceName, const DocxArchiveLimits& limits = {});

} // namespace tessera
