#pragma once

#include "DocxArchive.h"
#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Word transcripts (.docx): the body text (see DocxBodyReader.h for how paragraphs, headings,
// bold labels and speaker tables become lines), then speaker turns as for plain text.
// limits guard against zip bombs (DocxArchive.h); tests pass small ones.
Result<ImportedDocument> importDocx(const QByteArray& bytes, const QString& sourceName,
                                    const DocxArchiveLimits& limits = {});

} // namespace tessera
