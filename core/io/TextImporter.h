#pragma once

#include "ImportedDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// Plain-text transcripts (.txt): decode (see TextDecoding.h), then find speaker turns
// (see SpeakerTurnDetector.h). sourceName is the file name used in messages.
Result<ImportedDocument> importPlainText(const QByteArray& bytes, const QString& sourceName);

// Markdown transcripts (.md) are kept as text, markup characters included, so that positions
// match what the user sees in the file; the only Markdown-specific rule is that bold labels
// ("**P1:**" and "**P1**:") are speaker labels too.
Result<ImportedDocument> importMarkdown(const QByteArray& bytes, const QString& sourceName);

} // namespace tessera
