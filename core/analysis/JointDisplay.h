#pragma once

#include "AttributeMatrix.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace tessera {

class Project;

// A mixed-methods joint display: qualitative prevalence of themes (or codes) and quantitative
// survey results side by side, in columns of one grouping attribute (e.g. "Role").
//
//                      | Social worker   | Family support  | All
//   Theme A            | 4/6 (66.7%)     | 2/5 (40.0%)     | 6/11 (54.5%)   ← participants coded
//   Survey: Confident  | 20/35 (57.1%)   | 12/30 (40.0%)   | 54/102 (52.9%) ← respondents
//
// Theme rows come from the attribute matrix (participants with the value who hold the theme /
// participants with the value who speak). Survey rows count respondents of the survey with that
// value of the grouping attribute who gave `value` to `question`, over those who answered it.

struct SurveyItem {
    QString question;
    QString value; // a category of the question ("Yes"); for multi-select, an option
};

struct JointDisplayOptions {
    MatrixOptions matrix;           // rows (codes|themes), grouping attribute, coder, documents
    std::optional<SurveyId> survey; // needed when items are given
    QList<SurveyItem> items;
    // With no documents chosen, theme and code rows cover the transcripts only: a joint display
    // sets the qualitative strand beside the survey, so the survey's own open answers stay out
    // unless asked for.
    bool includeSurveyAnswers = false;
};

// Every document that is not a survey's open-question document.
QList<DocumentId> transcriptDocuments(const Project& project);

struct JointCell {
    int n = 0;
    int total = 0;
    QString label; // "4/6 (66.7%)", "–" when total is 0
};

struct JointRow {
    enum class Kind { Qualitative, Survey } kind = Kind::Qualitative;
    QString name; // theme/code path, or "Confident = Yes"
    int depth = 0;
    QList<JointCell> cells; // one per column, then the "All" column last
};

struct JointDisplay {
    QString attribute;
    QStringList columns; // attribute values, then "All"
    QList<JointRow> rows;
};

Result<JointDisplay> buildJointDisplay(const Project& project, const JointDisplayOptions& options);

} // namespace tessera
