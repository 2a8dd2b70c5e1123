#include "Cli.h"
#include "JsonViews.h"
#include "analysis/SurveySummary.h"
#include "analysis/TableReports.h"
#include "io/DataTable.h"
#include "project/Project.h"
#include "report/ReportWriters.h"
#include "survey/SurveyPlan.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

const QString kFormatOption = QStringLiteral("[--format md|html|csv|docx|odt|pdf -o FILE]");
const QString kImportSynopsis =
    QStringLiteral("PROJECT FILE [--name NAME] [--id-column C] [--closed C1,C2] [--open C1,...] "
                   "[--ignore C1,...] [--dry-run]");
const QString kSummarySynopsis =
    QStringLiteral("PROJECT [--survey NAME] [--questions Q1,...] ") + kFormatOption;

void warnAll(const Output& out, const QString& file, const QStringList& warnings)
{
    for (const QString& warning : warnings) {
        out.warn(QStringLiteral("warning: %1: %2").arg(file, warning));
    }
}

// What the dry run shows for every column of the file, the id and ignored ones included.
QJsonArray planColumnsJson(const DataTable& table, const SurveyPlan& plan,
                           const SurveyPlanOptions& options, QList<QStringList>& rows)
{
    QJsonArray columns;
    for (int c = 0; c < table.header.size(); ++c) {
        QString kind = QStringLiteral("ignored");
        bool multiSelect = false;
        QString reason = options.ignored.contains(table.header[c]) ? QStringLiteral("--ignore")
                                                                   : QStringLiteral("not imported");
        if (c == plan.idColumn) {
            kind = QStringLiteral("id");
            reason = options.idColumn.isEmpty() ? QStringLiteral("respondent id (detected)")
                                                : QStringLiteral("--id-column");
        }
        for (const SurveyColumnPlan& q : plan.questions) {
            if (q.column == c) {
                kind = questionKindName(q.kind);
                multiSelect = q.multiSelect;
                reason = q.reason;
            }
        }
        columns.append(QJsonObject{{QStringLiteral("column"), table.header[c]},
                                   {QStringLiteral("kind"), kind},
                                   {QStringLiteral("multi_select"), multiSelect},
                                   {QStringLiteral("reason"), reason}});
        rows << QStringList{table.header[c], kind, multiSelect ? QStringLiteral("yes") : QString(),
                            reason};
    }
    return columns;
}

int importSurvey(const CommandLine& line, const RepeatedOptions& repeated, const Output& out)
{
    const QString file = line.at(1);
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    auto table = readDataTableFile(file);
    if (!table) {
        return out.fail(table.error());
    }
    SurveyPlanOptions options;
    options.idColumn = line.value(QStringLiteral("id-column")); // one name: never split
    options.closed = namesFromLists(repeated.value(QStringLiteral("closed")), table->header);
    options.open = namesFromLists(repeated.value(QStringLiteral("open")), table->header);
    options.ignored = namesFromLists(repeated.value(QStringLiteral("ignore")), table->header);
    auto plan = planSurvey(*table, options);
    if (!plan) {
        return out.fail(plan.error());
    }
    const QString name = line.has(QStringLiteral("name")) ? line.value(QStringLiteral("name"))
                                                          : QFileInfo(file).completeBaseName();
    const QStringList warnings = table->warnings + plan->warnings;
    warnAll(out, file, warnings);
    const QJsonValue idColumn = plan->idColumn >= 0 ? QJsonValue(table->header[plan->idColumn])
                                                    : QJsonValue(QJsonValue::Null);
    const QString idText =
        plan->idColumn >= 0
            ? QStringLiteral("respondent ids from “%1”").arg(table->header[plan->idColumn])
            : QStringLiteral("respondents numbered R001, R002, …");

    if (line.has(QStringLiteral("dry-run"))) {
        QList<QStringList> rows;
        const QJsonArray columns = planColumnsJson(*table, *plan, options, rows);
        return out.print(
            QJsonObject{{QStringLiteral("survey"), name},
                        {QStringLiteral("respondents"), int(plan->respondentIds.size())},
                        {QStringLiteral("id_column"), idColumn},
                        {QStringLiteral("columns"), columns},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                        {QStringLiteral("dry_run"), true}},
            QStringLiteral("Survey “%1” from %2: %3 respondents, %4.\n")
                    .arg(name, QFileInfo(file).fileName())
                    .arg(plan->respondentIds.size())
                    .arg(idText) +
                alignedTable({QStringLiteral("Column"), QStringLiteral("Kind"),
                              QStringLiteral("Multi-select"), QStringLiteral("Reason")},
                             rows) +
                QStringLiteral("\n\nDry run: nothing was imported. Change the plan with "
                               "--id-column, --closed, --open and --ignore."));
    }

    auto id = p.importSurvey(name, *table, *plan);
    if (!id) {
        return out.fail(id.error());
    }
    const Survey survey = *p.survey(*id);
    QJsonArray closed;
    QJsonArray open;
    QList<QStringList> rows;
    for (const SurveyQuestion& q : survey.questions) {
        if (q.kind == QuestionKind::Closed) {
            const QStringList categories = p.attribute(AttributeScope::Participant, q.name)
                                               .value_or(AttributeDefinition{})
                                               .categories;
            closed.append(QJsonObject{
                {QStringLiteral("question"), q.name},
                {QStringLiteral("multi_select"), q.multiSelect},
                {QStringLiteral("categories"), QJsonArray::fromStringList(categories)}});
            rows << QStringList{q.name,
                                q.multiSelect ? QStringLiteral("closed, multi-select")
                                              : QStringLiteral("closed"),
                                categories.join(QStringLiteral(", "))};
        } else {
            const auto document = q.document ? p.document(*q.document) : std::optional<Document>();
            const int responses = document ? document->turnCount : 0;
            open.append(
                QJsonObject{{QStringLiteral("question"), q.name},
                            {QStringLiteral("document"),
                             document ? QJsonValue(document->name) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("responses"), responses}});
            rows << QStringList{q.name, QStringLiteral("open"),
                                QStringLiteral("%1 responses in “%2”")
                                    .arg(responses)
                                    .arg(document ? document->name : QString())};
        }
    }
    return out.print(
        QJsonObject{{QStringLiteral("survey"), survey.name},
                    {QStringLiteral("respondents"), survey.respondents},
                    {QStringLiteral("id_column"), idColumn},
                    {QStringLiteral("closed"), closed},
                    {QStringLiteral("open"), open},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}},
        QStringLiteral("Imported the survey “%1” from %2: %3 respondents, %4.\n")
                .arg(survey.name, QFileInfo(file).fileName())
                .arg(survey.respondents)
                .arg(idText) +
            alignedTable({QStringLiteral("Question"), QStringLiteral("Kind"),
                          QStringLiteral("Categories / responses")},
                         rows));
}

int listSurveys(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    QJsonArray list;
    QList<QStringList> rows;
    for (const Survey& s : (*project)->surveys()) {
        list.append(surveyJson(**project, s));
        const qsizetype closed = closedQuestions(s).size();
        rows << QStringList{QString::number(s.id.value),
                            s.name,
                            s.sourceName,
                            QString::number(s.respondents),
                            QString::number(closed),
                            QString::number(s.questions.size() - closed)};
    }
    return out.print(list,
                     rows.isEmpty()
                         ? QStringLiteral("No surveys.")
                         : alignedTable({QStringLiteral("ID"), QStringLiteral("Name"),
                                         QStringLiteral("Source"), QStringLiteral("Respondents"),
                                         QStringLiteral("Closed"), QStringLiteral("Open")},
                                        rows, {0, 3, 4, 5}));
}

QString summaryText(const SurveySummary& summary)
{
    QStringList parts{
        QStringLiteral("Survey “%1”: %2 respondents. N = those who answered the question (blank "
                       "answers are not counted).")
            .arg(summary.survey)
            .arg(summary.respondents)};
    for (const QuestionSummary& q : summary.questions) {
        QList<QStringList> rows;
        for (const CategoryCount& c : q.categories) {
            rows << QStringList{c.value, QString::number(c.n), formatPercent(c.n, q.answered),
                                c.label};
        }
        parts << QStringLiteral("%1 (N = %2%3)\n")
                         .arg(q.question)
                         .arg(q.answered)
                         .arg(q.multiSelect ? QStringLiteral("; multi-select, options counted "
                                                             "separately")
                                            : QString()) +
                     alignedTable({QStringLiteral("Answer"), QStringLiteral("n"),
                                   QStringLiteral("%"), QStringLiteral("n/N (%)")},
                                  rows, {1, 2});
    }
    return parts.join(QStringLiteral("\n\n"));
}

int surveySummary(const CommandLine& line, const Output& out)
{
    if (wantsReportFile(line)) {
        if (auto problem = missingFormatOrFile(line)) {
            return out.usage(*problem,
                             synopsisOf(QStringLiteral("survey-summary"), kSummarySynopsis));
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    auto survey = p.findSurvey(line.value(QStringLiteral("survey")));
    if (!survey) {
        return out.fail(survey.error());
    }
    QStringList questions;
    if (auto list = line.optional(QStringLiteral("questions"))) {
        questions = namesFromLists({*list}, closedQuestions(*survey));
    }
    auto summary = summariseSurvey(p, survey->id, questions);
    if (!summary) {
        return out.fail(summary.error());
    }
    if (wantsReportFile(line)) {
        const auto format = *reportFormatFromName(line.value(QStringLiteral("format")));
        return writeReportFile(line, out,
                               writeTableReport(surveySummaryReport(p.title(), *summary), format),
                               QStringLiteral("survey summary"), QStringLiteral("survey-summary"));
    }
    return out.print(surveySummaryJson(*summary), summaryText(*summary));
}

} // namespace

QStringList closedQuestions(const Survey& survey)
{
    QStringList names;
    for (const SurveyQuestion& q : survey.questions) {
        if (q.kind == QuestionKind::Closed) {
            names << q.name;
        }
    }
    return names;
}

QList<Command> surveyCommands()
{
    const QSet<QString> reportOptions{QStringLiteral("format"), QStringLiteral("o")};
    return {
        {{QStringLiteral("survey-import"),
          kImportSynopsis,
          2,
          2,
          {QStringLiteral("name"), QStringLiteral("id-column"), QStringLiteral("closed"),
           QStringLiteral("open"), QStringLiteral("ignore")},
          {QStringLiteral("dry-run")}},
         QStringLiteral("Import a CSV/XLSX survey: respondents as participants, closed questions "
                        "as attributes, open ones as documents; --dry-run shows the plan only."),
         nullptr,
         {QStringLiteral("closed"), QStringLiteral("open"), QStringLiteral("ignore")},
         &importSurvey},
        {{QStringLiteral("surveys"), QStringLiteral("PROJECT"), 1, 1, {}, {}},
         QStringLiteral("List imported surveys with their questions."),
         &listSurveys},
        {{QStringLiteral("survey-summary"),
          kSummarySynopsis,
          1,
          1,
          reportOptions + QSet<QString>{QStringLiteral("survey"), QStringLiteral("questions")},
          {}},
         QStringLiteral("Frequencies of closed questions as “n/N (p%)”, N = those who answered; "
                        "or write them as a report."),
         &surveySummary},
    };
}

} // namespace tessera::cli
