#include "JointDisplay.h"

#include "AttributeValues.h"
#include "SurveySummary.h"
#include "project/Project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString allColumnName()
{
    return u"All"_s;
}

JointCell jointCell(int n, int total)
{
    return JointCell{n, total, total > 0 ? formatShare(n, total) : u"–"_s};
}

QString quoted(const QStringList& values)
{
    QStringList list;
    for (const QString& value : values) {
        list << u"“"_s % value % u"”"_s;
    }
    return list.isEmpty() ? u"none"_s : list.join(u", "_s);
}

// A survey item checked against the survey: the question's exact name and the value as the
// data spells it.
struct CheckedItem {
    QString question;
    QString attribute;
    bool multiSelect = false;
    QStringList categories;
    QString value;
};

// The respondents' answers to one question and their values of the grouping attribute.
struct Respondent {
    QString answer;
    QStringList groups; // column names
};

class SurveyRows {
public:
    SurveyRows(const Project& project, const Survey& survey, const AttributeDefinition& grouping)
        : m_project(project), m_survey(survey), m_grouping(grouping),
          m_values(project.attributeValues(AttributeScope::Participant)),
          m_respondents(project.surveyRespondents(survey.id))
    {
    }

    Result<CheckedItem> check(const SurveyItem& item) const
    {
        QStringList closed;
        const SurveyQuestion* question = nullptr;
        for (const SurveyQuestion& q : m_survey.questions) {
            if (q.kind != QuestionKind::Closed) {
                continue;
            }
            closed << q.name;
            if (q.name.compare(item.question.trimmed(), Qt::CaseInsensitive) == 0) {
                question = &q;
            }
        }
        if (!question) {
            return makeError(ErrorCode::NotFound,
                             u"Survey “%1” has no closed question called “%2”. Its closed "
                             u"questions are: %3."_s.arg(m_survey.name, item.question.trimmed(),
                                                         quoted(closed)));
        }
        CheckedItem checked;
        checked.question = question->name;
        checked.attribute = question->name;
        checked.multiSelect = question->multiSelect;
        if (const auto definition =
                m_project.attribute(AttributeScope::Participant, question->name)) {
            checked.attribute = definition->name;
            checked.multiSelect = definition->multiSelect;
            checked.categories = definition->categories;
        }
        // The values a reader can pick: the categories and anything respondents answered.
        QStringList answers;
        for (ParticipantId respondent : m_respondents) {
            answers << answerOf(respondent, checked.attribute);
        }
        QStringList valid;
        for (const CategoryCount& c :
             summariseQuestion(checked.question, answers, checked.multiSelect, checked.categories)
                 .categories) {
            valid << c.value;
        }
        const auto match = std::find_if(valid.cbegin(), valid.cend(), [&](const QString& v) {
            return v.compare(item.value.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (match == valid.cend()) {
            return makeError(ErrorCode::NotFound,
                             u"Question “%1” of survey “%2” has no answer “%3”. Its answers "
                             u"are: %4."_s.arg(checked.question, m_survey.name,
                                               item.value.trimmed(), quoted(valid)));
        }
        checked.value = *match;
        return checked;
    }

    // The grouping attribute's values of every respondent (respondents are participants).
    QSet<QString> groupValues(bool& someNotSet) const
    {
        QSet<QString> present;
        for (ParticipantId respondent : m_respondents) {
            const QStringList groups = groupsOf(respondent);
            if (groups.isEmpty()) {
                someNotSet = true;
            }
            for (const QString& g : groups) {
                present.insert(g);
            }
        }
        return present;
    }

    // n = respondents with the column's value who gave the item's answer, total = those of
    // them who answered the question; the last cell counts the whole survey.
    JointRow row(const CheckedItem& item, const QStringList& columns) const
    {
        QList<QStringList> answersByColumn(columns.size());
        QStringList everyone;
        for (ParticipantId respondent : m_respondents) {
            const QString answer = answerOf(respondent, item.attribute);
            everyone << answer;
            QStringList groups = groupsOf(respondent);
            if (groups.isEmpty()) {
                groups << notSetColumnName();
            }
            for (const QString& g : std::as_const(groups)) {
                if (const qsizetype c = columns.indexOf(g); c >= 0) {
                    answersByColumn[c] << answer;
                }
            }
        }
        JointRow row;
        row.kind = JointRow::Kind::Survey;
        row.name = item.question % u" = "_s % item.value;
        for (const QStringList& answers : std::as_const(answersByColumn)) {
            row.cells << cellFor(item, answers);
        }
        row.cells << cellFor(item, everyone);
        return row;
    }

private:
    QString answerOf(ParticipantId respondent, const QString& attribute) const
    {
        return attributevalues::valueOf(m_values.value(respondent.value), attribute);
    }

    QStringList groupsOf(ParticipantId respondent) const
    {
        return attributevalues::valuesOf(answerOf(respondent, m_grouping.name),
                                         m_grouping.multiSelect);
    }

    static JointCell cellFor(const CheckedItem& item, const QStringList& answers)
    {
        const QuestionSummary summary =
            summariseQuestion(item.question, answers, item.multiSelect, {item.value});
        // The item's value is listed first: summariseQuestion lists categoryOrder first.
        return jointCell(summary.categories.front().n, summary.answered);
    }

    const Project& m_project;
    const Survey& m_survey;
    const AttributeDefinition& m_grouping;
    QHash<qint64, QHash<QString, QString>> m_values;
    QList<ParticipantId> m_respondents;
};

} // namespace

QList<DocumentId> transcriptDocuments(const Project& project)
{
    QSet<DocumentId> answers;
    for (const Survey& survey : project.surveys()) {
        for (const SurveyQuestion& question : survey.questions) {
            if (question.document) {
                answers.insert(*question.document);
            }
        }
    }
    QList<DocumentId> transcripts;
    for (const Document& document : project.documents()) {
        if (!answers.contains(document.id)) {
            transcripts << document.id;
        }
    }
    return transcripts;
}

Result<JointDisplay> buildJointDisplay(const Project& project, const JointDisplayOptions& options)
{
    MatrixOptions matrixOptions = options.matrix;
    if (matrixOptions.documents.isEmpty() && !options.includeSurveyAnswers) {
        // An empty list means every document to the matrix; a project of survey answers only
        // keeps them all rather than showing nothing.
        matrixOptions.documents = transcriptDocuments(project);
    }
    const Result<AttributeMatrix> built = buildAttributeMatrix(project, matrixOptions);
    if (!built) {
        return built.error();
    }
    const AttributeMatrix& matrix = *built;
    JointDisplay display;
    display.attribute = matrix.attribute;
    QStringList columns = matrix.columns;

    std::optional<Survey> survey;
    QList<CheckedItem> items;
    std::optional<AttributeDefinition> grouping;
    std::optional<SurveyRows> surveyRows;
    if (!options.items.isEmpty()) {
        if (!options.survey) {
            return makeError(ErrorCode::InvalidInput,
                             u"Survey rows (%1 = %2, …) need a survey: choose the survey the "
                             u"questions come from."_s.arg(options.items.front().question,
                                                           options.items.front().value));
        }
        survey = project.survey(*options.survey);
        if (!survey) {
            return makeError(ErrorCode::NotFound,
                             u"No survey with id %1 in this project (it may have been deleted). "
                             u"Choose one of the project's surveys."_s.arg(options.survey->value));
        }
        if (options.matrix.scope != AttributeScope::Participant) {
            return makeError(
                ErrorCode::InvalidInput,
                u"Survey rows need a participant attribute to group by: respondents "
                u"have no document attribute “%1”. Group by a participant attribute "
                u"such as a role, or leave the survey rows out."_s.arg(matrix.attribute));
        }
        grouping = project.attribute(AttributeScope::Participant, matrix.attribute);
        const SurveyRows& rows = surveyRows.emplace(project, *survey, *grouping);
        for (const SurveyItem& item : options.items) {
            Result<CheckedItem> checked = rows.check(item);
            if (!checked) {
                return checked.error();
            }
            items << *checked;
        }
        // Respondents may hold values no transcript speaker holds: they get columns too.
        bool someNotSet = columns.contains(notSetColumnName());
        QSet<QString> present = rows.groupValues(someNotSet);
        for (const QString& c : std::as_const(columns)) {
            if (c != notSetColumnName()) {
                present.insert(c);
            }
        }
        columns = attributevalues::orderedColumns(*grouping, present,
                                                  someNotSet ? notSetColumnName() : QString());
    }

    for (const MatrixRow& m : matrix.matrixRows) {
        JointRow row;
        row.kind = JointRow::Kind::Qualitative;
        row.name = m.path;
        row.depth = m.depth;
        for (const QString& column : std::as_const(columns)) {
            const qsizetype c = matrix.columns.indexOf(column);
            row.cells << (c >= 0 ? jointCell(m.cells[c].participants, matrix.columnParticipants[c])
                                 : jointCell(0, 0));
        }
        row.cells << jointCell(m.total.participants, matrix.totalParticipants);
        display.rows << row;
    }
    if (surveyRows) {
        for (const CheckedItem& item : std::as_const(items)) {
            display.rows << surveyRows->row(item, columns);
        }
    }
    display.columns = columns;
    display.columns << allColumnName();
    return display;
}

} // namespace tessera
