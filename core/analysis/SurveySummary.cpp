#include "SurveySummary.h"

#include "AttributeValues.h"
#include "project/Project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

CategoryCount categoryCount(const QString& value, int n, int total)
{
    CategoryCount count;
    count.value = value;
    count.n = n;
    count.percent = total > 0 ? percentTenths(n, total) / 10.0 : 0.0;
    count.label = formatShare(n, total);
    return count;
}

} // namespace

int percentTenths(int n, int total)
{
    if (total <= 0) {
        return 0;
    }
    // 1000·n/N rounded half up, as (2·1000·n + N) / (2·N) in integers: exact at every .05.
    const qint64 numerator = 2000 * qint64(n) + total;
    return int(numerator / (2 * qint64(total)));
}

QString formatPercent(int n, int total)
{
    const int tenths = percentTenths(n, total);
    return QString::number(tenths / 10) % u'.' % QString::number(tenths % 10);
}

QString formatShare(int n, int total)
{
    if (total <= 0) {
        return QString::number(n) % u"/0 (–)"_s;
    }
    return QString::number(n) % u'/' % QString::number(total) % u" ("_s % formatPercent(n, total) %
           u"%)"_s;
}

QuestionSummary summariseQuestion(const QString& question, const QStringList& cells,
                                  bool multiSelect, const QStringList& categoryOrder)
{
    QuestionSummary summary;
    summary.question = question;
    summary.multiSelect = multiSelect;

    QHash<QString, int> counts;
    for (const QString& cell : cells) {
        const QStringList chosen = attributevalues::valuesOf(cell, multiSelect);
        if (chosen.isEmpty()) {
            continue; // a blank cell is no answer: not in N
        }
        ++summary.answered;
        for (const QString& value : chosen) {
            ++counts[value];
        }
    }

    // The defined categories first, in their order and even when nobody chose them: a reader
    // wants to see the zero. Then values outside the list, most frequent first.
    QSet<QString> listed;
    for (const QString& raw : categoryOrder) {
        const QString value = raw.trimmed();
        if (value.isEmpty() || listed.contains(value)) {
            continue;
        }
        listed.insert(value);
        summary.categories << categoryCount(value, counts.value(value), summary.answered);
    }
    QStringList others;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!listed.contains(it.key())) {
            others << it.key();
        }
    }
    std::sort(others.begin(), others.end(), [&](const QString& a, const QString& b) {
        const int na = counts.value(a);
        const int nb = counts.value(b);
        return na != nb ? na > nb : attributevalues::valueLess(AttributeType::Text, a, b);
    });
    for (const QString& value : std::as_const(others)) {
        summary.categories << categoryCount(value, counts.value(value), summary.answered);
    }
    return summary;
}

Result<SurveySummary> summariseSurvey(const Project& project, SurveyId surveyId,
                                      const QStringList& questions)
{
    const std::optional<Survey> survey = project.survey(surveyId);
    if (!survey) {
        return makeError(ErrorCode::NotFound,
                         u"No survey with id %1 in this project (it may have been deleted). "
                         u"Choose one of the project's surveys."_s.arg(surveyId.value));
    }
    QList<SurveyQuestion> closed;
    for (const SurveyQuestion& q : survey->questions) {
        if (q.kind == QuestionKind::Closed) {
            closed << q;
        }
    }
    std::stable_sort(
        closed.begin(), closed.end(),
        [](const SurveyQuestion& a, const SurveyQuestion& b) { return a.position < b.position; });

    QList<SurveyQuestion> chosen;
    if (questions.isEmpty()) {
        chosen = closed;
    } else {
        QStringList names;
        for (const SurveyQuestion& q : std::as_const(closed)) {
            names << q.name;
        }
        for (const QString& wanted : questions) {
            const bool known = std::any_of(closed.cbegin(), closed.cend(), [&](const auto& q) {
                return q.name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (!known) {
                return makeError(
                    ErrorCode::NotFound,
                    u"Survey “%1” has no closed question called “%2”. Its closed questions "
                    u"are: %3."_s.arg(survey->name, wanted.trimmed(),
                                      names.isEmpty() ? u"none"_s : names.join(u", "_s)));
            }
        }
        // Column order, whatever order the caller named them in.
        for (const SurveyQuestion& q : std::as_const(closed)) {
            const bool named =
                std::any_of(questions.cbegin(), questions.cend(), [&](const auto& w) {
                    return q.name.compare(w.trimmed(), Qt::CaseInsensitive) == 0;
                });
            if (named) {
                chosen << q;
            }
        }
    }

    const QList<ParticipantId> respondents = project.surveyRespondents(surveyId);
    const QHash<qint64, QHash<QString, QString>> values =
        project.attributeValues(AttributeScope::Participant);

    SurveySummary summary;
    summary.survey = survey->name;
    summary.respondents = int(respondents.size());
    for (const SurveyQuestion& q : std::as_const(chosen)) {
        const std::optional<AttributeDefinition> definition =
            project.attribute(AttributeScope::Participant, q.name);
        const QString attributeName = definition ? definition->name : q.name;
        QStringList cells;
        cells.reserve(respondents.size());
        for (ParticipantId respondent : respondents) {
            cells << attributevalues::valueOf(values.value(respondent.value), attributeName);
        }
        summary.questions << summariseQuestion(q.name, cells,
                                               definition ? definition->multiSelect : q.multiSelect,
                                               definition ? definition->categories : QStringList());
    }
    return summary;
}

} // namespace tessera
