#pragma once

#include "common/Result.h"
#include "model/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

class Project;

// Codes (or themes) against the values of one attribute, counting PARTICIPANTS, not excerpts:
// a cell is the number of distinct participants with that attribute value who said something
// coded with the row's code (or any code of the row's theme and its subthemes). Who said it is
// the speaker of the first turn the coding overlaps, as everywhere in Tessera; only speakers
// linked to a participant count (unlinked speakers have no attributes: they are reported in
// `unlinkedSpeakers`). Facilitator turns are left out unless the project counts them.
// A document attribute groups participants by the documents they speak in.

enum class MatrixRows { Codes, Themes };

struct MatrixOptions {
    MatrixRows rows = MatrixRows::Codes;
    AttributeScope scope = AttributeScope::Participant;
    QString attribute;               // name of the column attribute
    std::optional<CoderId> coder;    // only this coder's codings
    QList<DocumentId> documents;     // empty = all documents
};

struct MatrixCell {
    int participants = 0;
    QList<CodingId> codings; // the codings behind the cell, in document order (drill-down)
};

struct MatrixRow {
    qint64 id = 0;  // CodeId or ThemeId value
    QString name;
    QString path;   // "Parent/Child"
    int depth = 0;
    QList<MatrixCell> cells; // one per column
    MatrixCell total;        // across all columns (a participant counts once)
};

struct AttributeMatrix {
    QString attribute;
    MatrixRows rows = MatrixRows::Codes;
    // Attribute values: categories in their order, then other values sorted; multi-select values
    // count under each option; "(not set)" last when some participants have no value.
    QStringList columns;
    // Per column: participants with that value who speak (non-facilitator) in the documents in
    // scope, the denominator for a prevalence within the column.
    QList<int> columnParticipants;
    int totalParticipants = 0;
    QList<MatrixRow> matrixRows; // codes or themes in tree order, every one (zeros included)
    int unlinkedSpeakers = 0;    // speakers with coded speech but no participant
};

// Errors: unknown attribute (the message lists the defined ones).
Result<AttributeMatrix> buildAttributeMatrix(const Project& project, const MatrixOptions& options);

// The name used for the column of participants without a value.
QString notSetColumnName(); // "(not set)"

} // namespace tessera
