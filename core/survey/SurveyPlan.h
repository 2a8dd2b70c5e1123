#pragma once

#include "common/Result.h"
#include "io/DataTable.h"
#include "model/Entities.h"

#include <QString>
#include <QStringList>

namespace tessera {

// Which columns of a survey table are the respondent id, closed questions (categories) and
// open questions (free text to code). Pure: decided from the table alone, overridable by the
// user. See docs/surveys.md for the heuristics.

struct SurveyPlanOptions {
    QString idColumn;      // header name; empty = detect (a column named like "ID", "Respondent",
                           // "ResponseId" whose values are unique; else respondents are numbered)
    QStringList closed;    // header names forced closed
    QStringList open;      // header names forced open
    QStringList ignored;   // header names left out
};

struct SurveyColumnPlan {
    int column = -1; // index into DataTable::header
    QString name;
    QuestionKind kind = QuestionKind::Closed;
    bool multiSelect = false; // closed, with ';'-separated options in some cells
    QString reason;           // "12 distinct short answers", "--open", "long free text", ...
};

struct SurveyPlan {
    int idColumn = -1;             // -1: respondents get ids R001, R002, ...
    QStringList respondentIds;     // one per DataTable row, unique, non-empty
    QList<SurveyColumnPlan> questions; // in column order; the id column and ignored ones absent
    QStringList warnings;
};

// Errors (nothing imported): an override names a column that does not exist (the message lists
// the columns), a column both --closed and --open, an id column with blank or repeated values
// (the message names the rows), a table with no rows or no question columns.
Result<SurveyPlan> planSurvey(const DataTable& table, const SurveyPlanOptions& options = {});

// The options of one multi-select cell: split on ';', each trimmed, blanks dropped, repeats
// dropped, order kept.
QStringList splitMultiSelect(const QString& cell);

} // namespace tessera
