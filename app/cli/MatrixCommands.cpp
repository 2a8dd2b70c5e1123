#include "Cli.h"
#include "JsonViews.h"
#include "analysis/AttributeMatrix.h"
#include "analysis/JointDisplay.h"
#include "analysis/Retrieval.h"
#include "analysis/TableReports.h"
#include "project/Project.h"
#include "report/ReportWriters.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera::cli {
namespace {

const QString kFormatOption = QStringLiteral("[--format md|html|csv|docx|odt|pdf -o FILE]");
const QString kMatrixSynopsis =
    QStringLiteral("PROJECT --columns ATTRIBUTE [--rows codes|themes] "
                   "[--scope participant|document] [--coder NAME] [--docs D1,...] "
                   "[--cell ROW=COLUMN] ") +
    kFormatOption;
const QString kJointSynopsis =
    QStringLiteral("PROJECT --columns ATTRIBUTE [--rows themes|codes] [--survey NAME] "
                   "[--item \"QUESTION=VALUE\" ...] [--coder NAME] [--scope participant|document] "
                   "[--docs D1,... | --include-survey-answers] ") +
    kFormatOption;

std::optional<MatrixRows> rowsOption(const CommandLine& line, MatrixRows fallback)
{
    const auto name = line.optional(QStringLiteral("rows"));
    if (!name) {
        return fallback;
    }
    if (name->compare(QLatin1String("codes"), Qt::CaseInsensitive) == 0) {
        return MatrixRows::Codes;
    }
    if (name->compare(QLatin1String("themes"), Qt::CaseInsensitive) == 0) {
        return MatrixRows::Themes;
    }
    return std::nullopt;
}

// The options matrix and joint-display share; an unknown scope, coder or document is an error.
Result<MatrixOptions> matrixOptions(const Project& p, const CommandLine& line, MatrixRows rows)
{
    MatrixOptions options;
    options.rows = rows;
    options.attribute = line.value(QStringLiteral("columns"));
    if (auto scope = line.optional(QStringLiteral("scope"))) {
        const auto parsed = attributeScopeFromName(*scope);
        if (!parsed) {
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("Unknown scope “%1”; use participant or document.").arg(*scope));
        }
        options.scope = *parsed;
    }
    if (auto name = line.optional(QStringLiteral("coder"))) {
        auto coder = p.findCoder(*name);
        if (!coder) {
            return coder.error();
        }
        options.coder = coder->id;
    }
    if (auto list = line.optional(QStringLiteral("docs"))) {
        QStringList names;
        for (const Document& d : p.documents()) {
            names << d.name;
        }
        for (const QString& name : namesFromLists({*list}, names)) {
            auto document = p.findDocument(name);
            if (!document) {
                return document.error();
            }
            options.documents << document->id;
        }
    }
    return options;
}

QString indented(const QString& name, int depth)
{
    return QString(depth * 2, QLatin1Char(' ')) + name;
}

QString matrixText(const AttributeMatrix& matrix)
{
    QStringList header{matrix.rows == MatrixRows::Themes ? QStringLiteral("Theme")
                                                         : QStringLiteral("Code")};
    header << matrix.columns << QStringLiteral("Total");
    QList<int> numeric;
    for (int c = 1; c < header.size(); ++c) {
        numeric << c;
    }
    QList<QStringList> rows;
    for (const MatrixRow& row : matrix.matrixRows) {
        QStringList cells{indented(row.name, row.depth)};
        for (const MatrixCell& cell : row.cells) {
            cells << QString::number(cell.participants);
        }
        rows << (cells << QString::number(row.total.participants));
    }
    QStringList last{QStringLiteral("Participants")};
    for (int n : matrix.columnParticipants) {
        last << QString::number(n);
    }
    rows << (last << QString::number(matrix.totalParticipants));
    QString text = QStringLiteral("Participants by “%1” (a cell counts each person once):\n")
                       .arg(matrix.attribute) +
                   alignedTable(header, rows, numeric);
    if (matrix.unlinkedSpeakers > 0) {
        text += QStringLiteral("\n\n%1 speakers with coded speech are not linked to a participant "
                               "and are not counted (see “link-speakers”).")
                    .arg(matrix.unlinkedSpeakers);
    }
    return text;
}

// "ROW=COLUMN": ROW a row's path (or unique name), COLUMN one of the columns or "Total". Either
// may hold '=', so every split is tried.
std::optional<MatrixCell> findCell(const AttributeMatrix& matrix, const QString& argument)
{
    const auto rowFor = [&](const QString& text) -> const MatrixRow* {
        const MatrixRow* byName = nullptr;
        int sameName = 0;
        for (const MatrixRow& row : matrix.matrixRows) {
            if (row.path.compare(text, Qt::CaseInsensitive) == 0) {
                return &row;
            }
            if (row.name.compare(text, Qt::CaseInsensitive) == 0) {
                byName = &row;
                ++sameName;
            }
        }
        return sameName == 1 ? byName : nullptr;
    };
    for (qsizetype eq = argument.indexOf(QLatin1Char('=')); eq >= 0;
         eq = argument.indexOf(QLatin1Char('='), eq + 1)) {
        const MatrixRow* row = rowFor(argument.left(eq).trimmed());
        const QString column = argument.mid(eq + 1).trimmed();
        if (!row) {
            continue;
        }
        for (qsizetype c = 0; c < matrix.columns.size() && c < row->cells.size(); ++c) {
            if (matrix.columns[c].compare(column, Qt::CaseInsensitive) == 0) {
                return row->cells[c];
            }
        }
        if (column.compare(QLatin1String("Total"), Qt::CaseInsensitive) == 0) {
            return row->total;
        }
    }
    return std::nullopt;
}

int printCell(const Project& p, const AttributeMatrix& matrix, const QString& argument,
              const Output& out)
{
    const auto cell = findCell(matrix, argument);
    if (!cell) {
        return out.fail(
            makeError(ErrorCode::NotFound,
                      QStringLiteral("--cell “%1” names no cell. Give ROW=COLUMN: a %2 path (e.g. "
                                     "“Parent/Child”) and one of the columns: %3, Total.")
                          .arg(argument,
                               matrix.rows == MatrixRows::Themes ? QStringLiteral("theme")
                                                                 : QStringLiteral("code"),
                               matrix.columns.join(QStringLiteral(", ")))));
    }
    QList<Coding> codings;
    for (CodingId id : cell->codings) {
        if (const auto coding = p.coding(id)) {
            codings << *coding;
        }
    }
    QJsonArray list;
    QList<QStringList> rows;
    for (const Excerpt& e : Retrieval(p).excerpts(codings)) {
        list.append(excerptJson(e));
        rows << QStringList{QString::number(e.coding.id.value), e.documentName,
                            e.speaker.isEmpty() ? QStringLiteral("-") : e.speaker, e.codePath,
                            e.text.simplified().left(70)};
    }
    return out.print(list, QStringLiteral("%1: %2 participants, %3 excerpts\n")
                                   .arg(argument)
                                   .arg(cell->participants)
                                   .arg(list.size()) +
                               alignedTable({QStringLiteral("ID"), QStringLiteral("Document"),
                                             QStringLiteral("Speaker"), QStringLiteral("Code"),
                                             QStringLiteral("Text")},
                                            rows, {0}));
}

int showMatrix(const CommandLine& line, const Output& out)
{
    const QString synopsis = synopsisOf(QStringLiteral("matrix"), kMatrixSynopsis);
    const auto rows = rowsOption(line, MatrixRows::Codes);
    if (!rows) {
        return out.usage(QStringLiteral("--rows takes codes or themes."), synopsis);
    }
    if (!line.has(QStringLiteral("columns"))) {
        return out.usage(QStringLiteral("Give the attribute for the columns: --columns NAME."),
                         synopsis);
    }
    if (wantsReportFile(line)) {
        if (auto problem = missingFormatOrFile(line)) {
            return out.usage(*problem, synopsis);
        }
        if (line.has(QStringLiteral("cell"))) {
            return out.usage(
                QStringLiteral("--cell prints excerpts; it does not go with --format."), synopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    auto options = matrixOptions(p, line, *rows);
    if (!options) {
        return out.fail(options.error());
    }
    auto result = buildAttributeMatrix(p, *options);
    if (!result) {
        return out.fail(result.error());
    }
    if (auto cell = line.optional(QStringLiteral("cell"))) {
        return printCell(p, *result, *cell, out);
    }
    if (wantsReportFile(line)) {
        const auto format = *reportFormatFromName(line.value(QStringLiteral("format")));
        return writeReportFile(line, out,
                               writeTableReport(attributeMatrixReport(p.title(), *result), format),
                               QStringLiteral("matrix"), QStringLiteral("matrix"));
    }
    return out.print(matrixJson(*result), matrixText(*result));
}

// "QUESTION=VALUE" with QUESTION one of the survey's closed questions (which may hold '=').
std::optional<SurveyItem> surveyItem(const QStringList& questions, const QString& argument)
{
    for (qsizetype eq = argument.indexOf(QLatin1Char('=')); eq >= 0;
         eq = argument.indexOf(QLatin1Char('='), eq + 1)) {
        const QString question = argument.left(eq).trimmed();
        for (const QString& q : questions) {
            if (q.compare(question, Qt::CaseInsensitive) == 0) {
                return SurveyItem{q, argument.mid(eq + 1).trimmed()};
            }
        }
    }
    return std::nullopt;
}

QString jointText(const JointDisplay& display)
{
    QList<QStringList> rows;
    QStringList pathAtDepth; // qualitative rows are paths; indentation already shows the parent
    for (const JointRow& row : display.rows) {
        QString name = row.name;
        if (row.kind == JointRow::Kind::Survey) {
            name = QStringLiteral("Survey: ") + row.name;
        } else {
            pathAtDepth.resize(row.depth + 1);
            pathAtDepth[row.depth] = row.name;
            const QString parent = row.depth > 0 ? pathAtDepth[row.depth - 1] : QString();
            if (!parent.isEmpty() && name.startsWith(parent + QLatin1Char('/'))) {
                name = name.mid(parent.size() + 1);
            }
            name = indented(name, row.depth);
        }
        QStringList cells{name};
        for (const JointCell& cell : row.cells) {
            cells << cell.label;
        }
        rows << cells;
    }
    QList<int> right;
    for (int c = 1; c <= display.columns.size(); ++c) {
        right << c;
    }
    return QStringLiteral("Joint display by “%1”. Themes and codes: participants coded / "
                          "participants who speak. Survey items: respondents / respondents who "
                          "answered.\n")
               .arg(display.attribute) +
           alignedTable(QStringList{QString()} + display.columns, rows, right);
}

int showJointDisplay(const CommandLine& line, const RepeatedOptions& repeated, const Output& out)
{
    const QString synopsis = synopsisOf(QStringLiteral("joint-display"), kJointSynopsis);
    const auto rows = rowsOption(line, MatrixRows::Themes);
    if (!rows) {
        return out.usage(QStringLiteral("--rows takes themes or codes."), synopsis);
    }
    if (!line.has(QStringLiteral("columns"))) {
        return out.usage(QStringLiteral("Give the attribute for the columns: --columns NAME."),
                         synopsis);
    }
    const QStringList items = repeated.value(QStringLiteral("item"));
    for (const QString& item : items) {
        if (!item.contains(QLatin1Char('='))) {
            return out.usage(QStringLiteral("--item “%1” needs the form QUESTION=VALUE.").arg(item),
                             synopsis);
        }
    }
    if (wantsReportFile(line)) {
        if (auto problem = missingFormatOrFile(line)) {
            return out.usage(*problem, synopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    JointDisplayOptions options;
    auto grouping = matrixOptions(p, line, *rows);
    if (!grouping) {
        return out.fail(grouping.error());
    }
    options.matrix = *grouping;
    options.includeSurveyAnswers = line.has(QStringLiteral("include-survey-answers"));
    if (!items.isEmpty() || line.has(QStringLiteral("survey"))) {
        auto survey = p.findSurvey(line.value(QStringLiteral("survey")));
        if (!survey) {
            return out.fail(survey.error());
        }
        options.survey = survey->id;
        const QStringList questions = closedQuestions(*survey);
        for (const QString& argument : items) {
            const auto item = surveyItem(questions, argument);
            if (!item) {
                return out.fail(makeError(
                    ErrorCode::NotFound,
                    QStringLiteral("--item “%1”: the survey “%2” has no closed question “%3”. "
                                   "Its closed questions: %4.")
                        .arg(argument, survey->name, argument.section(QLatin1Char('='), 0, 0),
                             questions.join(QStringLiteral(", ")))));
            }
            options.items << *item;
        }
    }
    auto display = buildJointDisplay(p, options);
    if (!display) {
        return out.fail(display.error());
    }
    if (wantsReportFile(line)) {
        const auto format = *reportFormatFromName(line.value(QStringLiteral("format")));
        return writeReportFile(line, out,
                               writeTableReport(jointDisplayReport(p.title(), *display), format),
                               QStringLiteral("joint display"), QStringLiteral("joint-display"));
    }
    return out.print(jointDisplayJson(*display, *rows), jointText(*display));
}

} // namespace

QList<Command> matrixCommands()
{
    const QSet<QString> reportOptions{QStringLiteral("format"), QStringLiteral("o")};
    const QSet<QString> groupingOptions{QStringLiteral("columns"), QStringLiteral("rows"),
                                        QStringLiteral("scope"), QStringLiteral("coder"),
                                        QStringLiteral("docs")};
    return {
        {{QStringLiteral("matrix"),
          kMatrixSynopsis,
          1,
          1,
          reportOptions + groupingOptions + QSet<QString>{QStringLiteral("cell")},
          {}},
         QStringLiteral("Codes or themes × an attribute's values, counting participants; --cell "
                        "lists the excerpts behind one cell."),
         &showMatrix},
        {{QStringLiteral("joint-display"),
          kJointSynopsis,
          1,
          1,
          reportOptions + groupingOptions +
              QSet<QString>{QStringLiteral("survey"), QStringLiteral("item")},
          {QStringLiteral("include-survey-answers")}},
         QStringLiteral("Themes (or codes) and survey items side by side in the columns of one "
                        "attribute, as “n/N (p%)”."),
         nullptr,
         {QStringLiteral("item")},
         &showJointDisplay},
    };
}

} // namespace tessera::cli
