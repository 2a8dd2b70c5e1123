#pragma once

#include "SpeakerTurnDetector.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera {

// The text of a Word body and what its structure says about speakers.
struct DocxBody {
    QString text;            // one line per paragraph; trailing empty paragraphs dropped
    SpeakerLabelHints hints; // speakers from tables and bold labels; headings as plain lines
};

// Reads word/document.xml (WordprocessingML, transitional or strict):
//  - each paragraph becomes a line; w:tab becomes a tab, w:br and w:cr a line break;
//  - headings (paragraph styles Heading*, Title, Subtitle, Titel, Überschrift*, ... or an
//    outline level) become lines that are never speaker labels;
//  - a paragraph whose first run(s) are bold and form a short name becomes "Name: rest"
//    (with or without a colon after the name; without a colon the same name must be bold at
//    least twice or be a role label, so that bold emphasis is not taken for a speaker);
//  - a table of two columns (speaker | text), or three (time | speaker | text), becomes
//    "Speaker: text" lines ("[time] Speaker: text"); a header row such as "Speaker | Text" is
//    skipped; a row with an empty speaker cell continues the previous turn; other tables become
//    one line per row with cells separated by tabs;
//  - deleted revisions, drawings, text boxes and field instructions are left out.
// Refuses documents with a DTD or entity declarations and malformed XML, with messages naming
// sourceName.
Result<DocxBody> readDocxBody(const QByteArray& documentXml, const QString& sourceName);

} // namespace tessera
