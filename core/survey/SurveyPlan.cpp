#include "SurveyPlan.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// The heuristics of docs/surveys.md, "How columns are classified".
constexpr int kMaxClosedDistinct = 15;     // "few" answers, whatever the number of respondents
constexpr int kMaxClosedAnswerLength = 60; // a category label, not a sentence
constexpr int kMaxListedRows = 5;          // rows named in one message

// Header names a survey tool or a researcher gives the respondent column, compared without case,
// spaces, '_', '-' and '.' ("Response ID", "response_id", "ResponseId").
const QSet<QString> kIdColumnNames = {u"id"_s,         u"respondent"_s,  u"respondentid"_s,
                                      u"responseid"_s, u"participant"_s, u"participantid"_s,
                                      u"pseudonym"_s};

QString overrideKey(const QString& name)
{
    return name.trimmed().toLower();
}

QString idNameKey(const QString& name)
{
    QString key = name.toLower();
    key.removeIf([](QChar c) { return c.isSpace() || c == u'_' || c == u'-' || c == u'.'; });
    return key;
}

QString quoted(const QString& text)
{
    return u"'%1'"_s.arg(text);
}

QString quotedList(const QStringList& names)
{
    QStringList quotedNames;
    for (const QString& name : names) {
        quotedNames << quoted(name);
    }
    return quotedNames.join(u", "_s);
}

// "row 4 (line 6)": the row among the answers and where it is in the file.
QString rowLabel(const DataTable& table, qsizetype row)
{
    const bool sheet = table.sourceName.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (row >= table.sourceLines.size()) {
        return u"row %1"_s.arg(row + 1);
    }
    return u"row %1 (%2 %3)"_s.arg(row + 1)
        .arg(sheet ? u"sheet row"_s : u"line"_s)
        .arg(table.sourceLines.at(row));
}

QString joinProblems(const QStringList& problems, qsizetype total)
{
    QString text = problems.join(u"; "_s);
    if (total > problems.size()) {
        text += u"; and %1 more"_s.arg(total - problems.size());
    }
    return text;
}

// Few distinct values relative to how many there are: categories repeat, free text does not.
bool isFewDistinct(qsizetype distinct, qsizetype total)
{
    return (distinct <= kMaxClosedDistinct && distinct * 4 <= total * 3) || distinct * 2 <= total;
}

struct ColumnStats {
    qsizetype answers = 0; // non-blank cells
    QSet<QString> distinct;
    qsizetype longest = 0;
    bool numeric = true;
    bool hasSemicolon = false;
    QSet<QString> options; // of the cells split on ';'
    qsizetype mentions = 0;
    qsizetype longestOption = 0;

    bool multiSelect() const
    {
        return hasSemicolon && longestOption <= kMaxClosedAnswerLength &&
               isFewDistinct(options.size(), mentions);
    }
};

ColumnStats statsOf(const DataTable& table, int column)
{
    ColumnStats stats;
    for (const QStringList& row : table.rows) {
        const QString answer = row.value(column).trimmed();
        if (answer.isEmpty()) {
            continue;
        }
        ++stats.answers;
        stats.distinct.insert(answer);
        stats.longest = qMax(stats.longest, answer.size());
        if (stats.numeric) {
            bool ok = false;
            const double value = answer.toDouble(&ok);
            stats.numeric = ok && std::isfinite(value);
        }
        stats.hasSemicolon = stats.hasSemicolon || answer.contains(u';');
        for (const QString& option : splitMultiSelect(answer)) {
            stats.options.insert(option);
            ++stats.mentions;
            stats.longestOption = qMax(stats.longestOption, option.size());
        }
    }
    return stats;
}

class Planner {
public:
    Planner(const DataTable& table, const SurveyPlanOptions& options)
        : m_table(table), m_options(options)
    {
    }

    Result<SurveyPlan> plan()
    {
        if (m_table.rows.isEmpty()) {
            return error(u"it has a header but no rows of answers. Choose the file with the "
                         "responses and try again."_s);
        }
        if (const auto problem = checkHeader()) {
            return *problem;
        }
        if (const auto problem = resolveOverrides()) {
            return *problem;
        }
        if (const auto problem = chooseIdColumn()) {
            return *problem;
        }
        for (int column = 0; column < m_table.header.size(); ++column) {
            if (column != m_plan.idColumn && !m_ignored.contains(column)) {
                planColumn(column);
            }
        }
        if (m_plan.questions.isEmpty()) {
            return error(u"it has no question columns to import (every column is the id "
                         "column, ignored or empty). Check the file and the --ignored list and "
                         "try again."_s);
        }
        return std::move(m_plan);
    }

private:
    Error error(const QString& problem) const
    {
        return makeError(ErrorCode::InvalidInput, u"Cannot import the survey from '%1': %2"_s.arg(
                                                      m_table.sourceName, problem));
    }

    // Two columns with one name would become one attribute (and --closed NAME could not say
    // which); the readers already rename repeats, so this only guards tables built elsewhere.
    std::optional<Error> checkHeader()
    {
        for (int column = 0; column < m_table.header.size(); ++column) {
            const QString key = overrideKey(m_table.header.at(column));
            if (m_columnByKey.contains(key)) {
                return error(u"columns %1 and %2 are both named %3. Rename one of them in the "
                             "file and try again."_s.arg(m_columnByKey.value(key) + 1)
                                 .arg(column + 1)
                                 .arg(quoted(m_table.header.at(column))));
            }
            m_columnByKey.insert(key, column);
        }
        return std::nullopt;
    }

    std::optional<Error> findColumns(const QStringList& names, const QString& option,
                                     QHash<int, QString>& found)
    {
        for (const QString& name : names) {
            const auto column = m_columnByKey.constFind(overrideKey(name));
            if (column == m_columnByKey.cend()) {
                return error(u"%1 names the column %2, which is not in the file. Its columns "
                             "are: %3. Check the spelling (case and surrounding spaces do not "
                             "matter) and try again."_s.arg(option, quoted(name.trimmed()),
                                                            quotedList(m_table.header)));
            }
            found.insert(*column, option);
        }
        return std::nullopt;
    }

    std::optional<Error> resolveOverrides()
    {
        QHash<int, QString> closed;
        QHash<int, QString> open;
        QHash<int, QString> ignored;
        for (const auto& [names, option, found] :
             {std::tuple{&m_options.closed, u"--closed"_s, &closed},
              std::tuple{&m_options.open, u"--open"_s, &open},
              std::tuple{&m_options.ignored, u"--ignored"_s, &ignored}}) {
            if (const auto problem = findColumns(*names, option, *found)) {
                return problem;
            }
        }
        if (!m_options.idColumn.trimmed().isEmpty()) {
            QHash<int, QString> id;
            if (const auto problem = findColumns({m_options.idColumn}, u"--id-column"_s, id)) {
                return problem;
            }
            m_explicitId = id.constBegin().key();
        }
        // Each column may be named by one option only; two would contradict each other.
        QHash<int, QString> seen;
        if (m_explicitId) {
            seen.insert(*m_explicitId, u"--id-column"_s);
        }
        for (const QHash<int, QString>* options : {&closed, &open, &ignored}) {
            for (auto it = options->cbegin(); it != options->cend(); ++it) {
                if (seen.contains(it.key())) {
                    return error(u"the column %1 is named by both %2 and %3. Keep it in one of "
                                 "them and try again."_s.arg(quoted(m_table.header.at(it.key())),
                                                             seen.value(it.key()), it.value()));
                }
            }
            for (auto it = options->cbegin(); it != options->cend(); ++it) {
                seen.insert(it.key(), it.value());
            }
        }
        m_forcedClosed = QSet<int>(closed.keyBegin(), closed.keyEnd());
        m_forcedOpen = QSet<int>(open.keyBegin(), open.keyEnd());
        m_ignored = QSet<int>(ignored.keyBegin(), ignored.keyEnd());
        return std::nullopt;
    }

    // Why the column cannot hold respondent ids (a blank or a repeated value), or nothing.
    std::optional<QString> idProblem(int column) const
    {
        QStringList problems;
        qsizetype count = 0;
        QHash<QString, qsizetype> firstRow;
        for (qsizetype row = 0; row < m_table.rows.size(); ++row) {
            const QString id = m_table.rows.at(row).value(column).trimmed();
            QString problem;
            if (id.isEmpty()) {
                problem = u"%1 has no id"_s.arg(rowLabel(m_table, row));
            } else if (firstRow.contains(id)) {
                problem = u"%1 repeats the id %2 of %3"_s.arg(
                    rowLabel(m_table, row), quoted(id), rowLabel(m_table, firstRow.value(id)));
            } else {
                firstRow.insert(id, row);
                continue;
            }
            if (++count <= kMaxListedRows) {
                problems << problem;
            }
        }
        if (count == 0) {
            return std::nullopt;
        }
        return joinProblems(problems, count);
    }

    std::optional<Error> chooseIdColumn()
    {
        if (m_explicitId) {
            if (const auto problem = idProblem(*m_explicitId)) {
                return error(u"the id column %1 must hold a different, non-blank id in every "
                             "row, but %2. Fix those rows, or choose another --id-column (or "
                             "none, to number the respondents), and try again."_s.arg(
                                 quoted(m_table.header.at(*m_explicitId)), *problem));
            }
            useIdColumn(*m_explicitId);
            return std::nullopt;
        }
        QStringList rejected;
        for (int column = 0; column < m_table.header.size(); ++column) {
            const bool named = m_forcedClosed.contains(column) || m_forcedOpen.contains(column) ||
                               m_ignored.contains(column);
            if (named || !kIdColumnNames.contains(idNameKey(m_table.header.at(column)))) {
                continue;
            }
            if (const auto problem = idProblem(column)) {
                rejected << u"%1 looks like an id column, but %2"_s.arg(
                    quoted(m_table.header.at(column)), *problem);
                continue;
            }
            useIdColumn(column);
            return std::nullopt;
        }
        numberRespondents();
        const QString numbered = u"respondents were numbered %1 to %2"_s.arg(
            m_plan.respondentIds.constFirst(), m_plan.respondentIds.constLast());
        if (rejected.isEmpty()) {
            m_plan.warnings << u"'%1' has no respondent id column (one named ID, Respondent, "
                               "Response ID, Participant or Pseudonym with a different value in "
                               "every row), so %2. Use --id-column NAME to choose one."_s.arg(
                                   m_table.sourceName, numbered);
        } else {
            m_plan.warnings << u"In '%1', %2; so %3. Fix the ids in the file, or use "
                               "--id-column NAME to choose another column."_s.arg(
                                   m_table.sourceName, rejected.join(u"; "_s), numbered);
        }
        return std::nullopt;
    }

    void useIdColumn(int column)
    {
        m_plan.idColumn = column;
        for (const QStringList& row : m_table.rows) {
            m_plan.respondentIds << row.value(column).trimmed();
        }
    }

    // R001, R002, ...: zero-padded so they sort in file order, at least three digits.
    void numberRespondents()
    {
        const qsizetype count = m_table.rows.size();
        const int width = qMax(3, int(QString::number(count).size()));
        for (qsizetype i = 1; i <= count; ++i) {
            m_plan.respondentIds << u"R%1"_s.arg(qlonglong(i), width, 10, QLatin1Char('0'));
        }
    }

    void planColumn(int column)
    {
        const QString& name = m_table.header.at(column);
        const ColumnStats stats = statsOf(m_table, column);
        SurveyColumnPlan question;
        question.column = column;
        question.name = name;
        if (m_forcedOpen.contains(column)) {
            question.kind = QuestionKind::Open;
            question.reason = u"--open"_s;
        } else if (m_forcedClosed.contains(column)) {
            question.kind = QuestionKind::Closed;
            question.multiSelect = stats.multiSelect();
            question.reason = u"--closed"_s;
        } else if (stats.answers == 0) {
            m_plan.warnings << u"The column %1 of '%2' has no answers, so it was left out. Name "
                               "it with --closed or --open to keep it anyway."_s.arg(
                                   quoted(name), m_table.sourceName);
            return;
        } else {
            classify(stats, question);
        }
        m_plan.questions << question;
    }

    static void classify(const ColumnStats& stats, SurveyColumnPlan& question)
    {
        const qsizetype distinct = stats.distinct.size();
        if (stats.numeric) {
            // Ages, scores, counts: values to group and compare, never text to code.
            question.kind = QuestionKind::Closed;
            question.reason = u"numbers (%1 distinct values)"_s.arg(distinct);
        } else if (stats.multiSelect()) {
            question.kind = QuestionKind::Closed;
            question.multiSelect = true;
            question.reason =
                u"multi-select: %1 options separated by ';'"_s.arg(stats.options.size());
        } else if (stats.longest <= kMaxClosedAnswerLength &&
                   isFewDistinct(distinct, stats.answers)) {
            question.kind = QuestionKind::Closed;
            question.reason = u"%1 distinct short answers"_s.arg(distinct);
        } else if (stats.longest > kMaxClosedAnswerLength) {
            question.kind = QuestionKind::Open;
            question.reason = u"long free text (answers up to %1 characters)"_s.arg(stats.longest);
        } else {
            question.kind = QuestionKind::Open;
            question.reason =
                u"free text (%1 different answers out of %2)"_s.arg(distinct).arg(stats.answers);
        }
    }

    const DataTable& m_table;
    const SurveyPlanOptions& m_options;
    QHash<QString, int> m_columnByKey;
    std::optional<int> m_explicitId;
    QSet<int> m_forcedClosed;
    QSet<int> m_forcedOpen;
    QSet<int> m_ignored;
    SurveyPlan m_plan;
};

} // namespace

Result<SurveyPlan> planSurvey(const DataTable& table, const SurveyPlanOptions& options)
{
    return Planner(table, options).plan();
}

QStringList splitMultiSelect(const QString& cell)
{
    QStringList options;
    for (const QStringView part : QStringView(cell).split(u';')) {
        const QString option = part.trimmed().toString();
        if (!option.isEmpty() && !options.contains(option)) {
            options << option;
        }
    }
    return options;
}

} // namespace tessera
