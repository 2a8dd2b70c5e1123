#pragma once

#include "RefiModel.h"
#include "common/Result.h"

#include <QByteArray>

namespace tessera {

// REFI-QDA writers: strict, so that every file validates against the standard's schemas
// (Codebook.xsd, Project.xsd) and every reader can take it. Pure functions: model -> bytes.
//
// Written as the standard says: elements in schema order, GUIDs lower-case without braces,
// colours #RRGGBB, dates in UTC, positions in Unicode code points [start, end), source texts as
// UTF-8 without BOM with LF line ends. Characters XML 1.0 cannot carry (control characters) are
// left out of names and descriptions. The same model always gives the same bytes.

// A .qdc codebook. The schema requires at least one code; an empty codebook gives an empty
// <Codes/>, which readers accept but the schema does not (callers refuse to export one).
QByteArray writeQdc(const RefiCodebook& codebook);

// The project.qde XML of a .qdpx, with each text source pointing at
// internal://<guid>.txt. Fails (InvalidInput) when a selection lies outside its source's text.
Result<QByteArray> writeQde(const RefiProject& project);

// A whole .qdpx: project.qde plus sources/<guid>.txt for every text source.
Result<QByteArray> writeQdpx(const RefiProject& project);

// The text a selection's name carries in written files: its excerpt on one line, cut at
// 100 characters with an ellipsis (other applications show it, and readers use it to check
// positions).
QString selectionLabel(const QString& text, qsizetype start, qsizetype end);

} // namespace tessera
