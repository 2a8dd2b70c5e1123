#include "TableReports.h"

#include "common/Environment.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

TableReport reportFor(const QString& projectTitle, const QString& subject)
{
    TableReport report;
    report.title = projectTitle;
    report.subject = subject;
    report.generatedAt = Environment::now();
    return report;
}

QString tableCaption(int number, const QString& text)
{
    return u"Table %1. "_s.arg(number) % text;
}

QString respondentsPhrase(int n)
{
    return n == 1 ? u"1 respondent"_s : u"%1 respondents"_s.arg(n);
}

} // namespace

TableReport surveySummaryReport(const QString& projectTitle, const SurveySummary& summary)
{
    TableReport report = reportFor(projectTitle, u"Survey summary"_s);
    const qsizetype questions = summary.questions.size();
    report.intro << u"Survey “%1”: %2; %3."_s.arg(
        summary.survey, respondentsPhrase(summary.respondents),
        questions == 1 ? u"1 closed question"_s : u"%1 closed questions"_s.arg(questions));
    int number = 0;
    for (const QuestionSummary& question : summary.questions) {
        ReportTable table;
        table.caption =
            tableCaption(++number, question.question % u" (N = %1)"_s.arg(question.answered));
        table.header = {u"Category"_s, u"n"_s, u"N"_s, u"%"_s, u"n/N (%)"_s};
        for (const CategoryCount& c : question.categories) {
            const QString percent =
                question.answered > 0 ? formatPercent(c.n, question.answered) : u"–"_s;
            table.rows << QStringList{c.value, QString::number(c.n),
                                      QString::number(question.answered), percent, c.label};
        }
        table.note = u"N counts respondents who answered; blank answers are not counted."_s;
        if (question.multiSelect) {
            table.note += u" Respondents could choose several options; percentages may add up "
                          u"to more than 100."_s;
        }
        report.tables << table;
    }
    return report;
}

TableReport jointDisplayReport(const QString& projectTitle, const JointDisplay& display)
{
    TableReport report = reportFor(projectTitle, u"Joint display"_s);
    const bool hasSurveyRows =
        std::any_of(display.rows.cbegin(), display.rows.cend(),
                    [](const JointRow& r) { return r.kind == JointRow::Kind::Survey; });
    report.intro << u"Qualitative and survey findings side by side, by %1."_s.arg(
        display.attribute);
    ReportTable table;
    table.caption = tableCaption(1, u"Joint display by "_s % display.attribute);
    // The stub head names both kinds of row the table may hold.
    table.header << (hasSurveyRows ? u"Theme, code or survey answer"_s : u"Theme or code"_s);
    table.header << display.columns;
    for (const JointRow& row : display.rows) {
        QStringList cells{row.name};
        for (const JointCell& cell : row.cells) {
            cells << cell.label;
        }
        table.rows << cells;
        table.rowDepths << (row.kind == JointRow::Kind::Qualitative ? row.depth : 0);
    }
    table.note = u"Theme and code rows: participants with the value whose words were coded, over "
                 u"participants with the value who speak in the transcripts."_s;
    if (hasSurveyRows) {
        table.note += u" Survey rows: respondents with the value who gave the answer, over "
                      u"respondents with the value who answered the question."_s;
    }
    table.note += u" “–”: nobody with the value."_s;
    report.tables << table;
    return report;
}

TableReport attributeMatrixReport(const QString& projectTitle, const AttributeMatrix& matrix)
{
    TableReport report = reportFor(projectTitle, u"Code × attribute matrix"_s);
    const bool themes = matrix.rows == MatrixRows::Themes;
    const QString rowKind = themes ? u"Themes"_s : u"Codes"_s;
    report.intro << u"%1 by %2: the number of participants with each value whose words were "
                    u"coded."_s.arg(rowKind, matrix.attribute);
    ReportTable table;
    table.caption = tableCaption(1, rowKind % u" by "_s % matrix.attribute % u" (participants)"_s);
    table.header << (themes ? u"Theme"_s : u"Code"_s) << matrix.columns << u"Total"_s;
    for (const MatrixRow& row : matrix.matrixRows) {
        QStringList cells{row.path};
        for (const MatrixCell& cell : row.cells) {
            cells << QString::number(cell.participants);
        }
        cells << QString::number(row.total.participants);
        table.rows << cells;
        table.rowDepths << row.depth;
    }
    QStringList totals{u"Participants"_s};
    for (int n : matrix.columnParticipants) {
        totals << QString::number(n);
    }
    totals << QString::number(matrix.totalParticipants);
    table.rows << totals;
    table.rowDepths << 0;
    table.note = u"Cells count participants, not excerpts; a participant counts once per cell "
                 u"and once in the total. The last row is the number of participants with the "
                 u"value who speak in the transcripts."_s;
    if (matrix.unlinkedSpeakers > 0) {
        table.note +=
            u" Not counted: %1 with coded words who %2 not linked to a participant."_s.arg(
                matrix.unlinkedSpeakers == 1 ? u"1 speaker"_s
                                             : u"%1 speakers"_s.arg(matrix.unlinkedSpeakers),
                matrix.unlinkedSpeakers == 1 ? u"is"_s : u"are"_s);
    }
    report.tables << table;
    return report;
}

} // namespace tessera
