#pragma once

#include "AttributeMatrix.h"
#include "JointDisplay.h"
#include "SurveySummary.h"
#include "report/TableReport.h"

namespace tessera {

// Turns the mixed-methods results into table reports for writeTableReport (report/ReportWriters.h).
// Labels are the ones researchers paste into papers: "n/N (p%)".

// One table per closed question: Category | n | N | % | n/N (%), with N = answered.
TableReport surveySummaryReport(const QString& projectTitle, const SurveySummary& summary);
// One table: rows (themes or codes, indented by depth, then survey items), columns the
// attribute's values and "All"; cells "n/N (p%)".
TableReport jointDisplayReport(const QString& projectTitle, const JointDisplay& display);
// One table: rows codes/themes, columns attribute values then "Total"; cells participant
// counts; a last row of participants per column.
TableReport attributeMatrixReport(const QString& projectTitle, const AttributeMatrix& matrix);

} // namespace tessera
