#pragma once

#include "common/Result.h"
#include "model/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera {

class Project;

// Frequencies of a survey's closed questions, as papers report them: "54/102 (52.9%)".
//
// N is the number who answered the question: a blank cell is not an answer (it is not in N).
// Percent = 100·n/N to one decimal, rounded half up, computed in integers so 0.05 boundaries
// never fall the wrong way through binary floating point. A multi-select question counts each
// option separately (n per option, N = respondents who chose anything; percentages may sum to
// more than 100).

struct CategoryCount {
    QString value;
    int n = 0;
    double percent = 0.0; // one decimal, half up
    QString label;        // "54/102 (52.9%)"
};

struct QuestionSummary {
    QString question;
    bool multiSelect = false;
    int answered = 0;                 // N
    QList<CategoryCount> categories;  // the attribute's category order, then others by n desc
};

struct SurveySummary {
    QString survey;
    int respondents = 0;
    QList<QuestionSummary> questions; // closed questions in column order
};

// Tenths of a percent, rounded half up: percentTenths(54, 102) == 529. N must be > 0.
int percentTenths(int n, int total);
// "52.9" (always one decimal); "0.0" when total is 0.
QString formatPercent(int n, int total);
// "54/102 (52.9%)"; "0/0 (–)" when total is 0.
QString formatShare(int n, int total);

// Pure: one question's counts from its cells (one per respondent; blanks allowed).
QuestionSummary summariseQuestion(const QString& question, const QStringList& cells,
                                  bool multiSelect, const QStringList& categoryOrder = {});

// From a project's stored survey (its respondents' closed-question attributes). Questions
// empty = all closed questions; otherwise those named (error naming an unknown one).
Result<SurveySummary> summariseSurvey(const Project& project, SurveyId survey,
                                      const QStringList& questions = {});

} // namespace tessera
