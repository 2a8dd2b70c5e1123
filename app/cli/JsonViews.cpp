#include "JsonViews.h"

#include "agreement/Disagreements.h"
#include "agreement/ProjectAgreement.h"
#include "project/Project.h"

#include <QHash>

namespace tessera::cli {

QJsonValue nullable(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject documentJson(const Project& project, const Document& document)
{
    QJsonArray speakers;
    for (const Speaker& s : project.speakers(document.id)) {
        speakers.append(s.label);
    }
    return QJsonObject{{QStringLiteral("id"), double(document.id.value)},
                       {QStringLiteral("name"), document.name},
                       {QStringLiteral("group"), document.groupName.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(document.groupName)},
                       {QStringLiteral("format"), document.format},
                       {QStringLiteral("length"), double(document.length)},
                       {QStringLiteral("turns"), document.turnCount},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("source"), document.sourceName},
                       {QStringLiteral("guid"), document.guid}};
}

QJsonObject turnJson(const Turn& turn, const QString& text)
{
    return QJsonObject{{QStringLiteral("index"), turn.index},
                       {QStringLiteral("speaker"), turn.speaker},
                       {QStringLiteral("start"), double(turn.start)},
                       {QStringLiteral("end"), double(turn.end)},
                       {QStringLiteral("begin_ms"), nullable(turn.beginMs)},
                       {QStringLiteral("text"), text.mid(turn.start, turn.end - turn.start)}};
}

QJsonObject excerptJson(const Excerpt& e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.coding.id.value)},
                       {QStringLiteral("document"), e.documentName},
                       {QStringLiteral("code"), e.codePath},
                       {QStringLiteral("coder"), e.coderName},
                       {QStringLiteral("start"), double(e.coding.start)},
                       {QStringLiteral("end"), double(e.coding.end)},
                       {QStringLiteral("speaker"),
                        e.speaker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.speaker)},
                       {QStringLiteral("turn"),
                        e.turnIndex < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.turnIndex)},
                       {QStringLiteral("text"), e.text},
                       {QStringLiteral("memo"), e.coding.memo},
                       {QStringLiteral("key_quote"), e.coding.keyQuote}};
}

namespace {

template <typename Node, typename MakeObject>
QJsonArray treeJson(const QList<Node>& nodes, MakeObject makeObject)
{
    // nodes are depth-first; build children arrays bottom-up.
    QHash<qint64, QJsonArray> children;
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        QJsonObject object = makeObject(*it);
        object.insert(QStringLiteral("children"), children.take(it->id.value));
        QJsonArray& siblings = children[it->parentId ? it->parentId->value : 0];
        siblings.prepend(object);
    }
    return children.value(0);
}

} // namespace

QJsonArray codeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> themePaths;
    for (const Theme& t : project.themes()) {
        themePaths.insert(t.id.value, t.path);
    }
    return treeJson(project.codes(), [&](const Code& c) {
        const CodeCounts n = counts.value(c.id);
        QJsonArray themes;
        for (ThemeId t : project.themesOfCode(c.id)) {
            themes.append(themePaths.value(t.value));
        }
        return QJsonObject{{QStringLiteral("id"), double(c.id.value)},
                           {QStringLiteral("guid"), c.guid},
                           {QStringLiteral("name"), c.fields.name},
                           {QStringLiteral("path"), c.path},
                           {QStringLiteral("color"), c.fields.color},
                           {QStringLiteral("description"), c.fields.description},
                           {QStringLiteral("inclusion"), c.fields.inclusion},
                           {QStringLiteral("exclusion"), c.fields.exclusion},
                           {QStringLiteral("example"), c.fields.example},
                           {QStringLiteral("memo"), c.fields.memo},
                           {QStringLiteral("codings"), n.codings},
                           {QStringLiteral("documents"), n.documents},
                           {QStringLiteral("speakers"), n.speakers},
                           {QStringLiteral("themes"), themes}};
    });
}

QJsonArray themeTreeJson(const Project& project)
{
    const Retrieval retrieval(project);
    const auto counts = retrieval.countsForAllCodes();
    QHash<qint64, QString> codePaths;
    for (const Code& c : project.codes()) {
        codePaths.insert(c.id.value, c.path);
    }
    return treeJson(project.themes(), [&](const Theme& t) {
        QJsonArray codes;
        for (CodeId c : project.codesOfTheme(t.id)) {
            codes.append(QJsonObject{{QStringLiteral("id"), double(c.value)},
                                     {QStringLiteral("path"), codePaths.value(c.value)},
                                     {QStringLiteral("codings"), counts.value(c).codings}});
        }
        const CodeCounts total = retrieval.countsFor(retrieval.excerptsForTheme(t.id));
        return QJsonObject{{QStringLiteral("id"), double(t.id.value)},
                           {QStringLiteral("guid"), t.guid},
                           {QStringLiteral("name"), t.fields.name},
                           {QStringLiteral("path"), t.path},
                           {QStringLiteral("concept"), t.fields.organisingConcept},
                           {QStringLiteral("status"), themeStatusName(t.fields.status)},
                           {QStringLiteral("color"), t.fields.color},
                           {QStringLiteral("memo"), t.fields.memo},
                           {QStringLiteral("codes"), codes},
                           {QStringLiteral("codings"), total.codings},
                           {QStringLiteral("documents"), total.documents},
                           {QStringLiteral("speakers"), total.speakers}};
    });
}

QJsonObject participantJson(const Project& project, const Participant& participant)
{
    QJsonArray speakers;
    for (const Speaker& s : project.speakersOfParticipant(participant.id)) {
        const auto document = project.document(s.documentId);
        speakers.append(
            QJsonObject{{QStringLiteral("document"), document ? document->name : QString()},
                        {QStringLiteral("label"), s.label},
                        {QStringLiteral("role"), speakerRoleName(s.role)}});
    }
    QJsonObject attributes;
    const auto values = project.participantAttributes(participant.id);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        attributes.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("id"), double(participant.id.value)},
                       {QStringLiteral("pseudonym"), participant.pseudonym},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("memo"), participant.memo}};
}

QJsonObject speakerSuggestionJson(const SpeakerLinkSuggestion& s)
{
    return QJsonObject{{QStringLiteral("speaker_id"), double(s.speaker.value)},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("role"), speakerRoleName(s.role)},
                       {QStringLiteral("pseudonym"), s.pseudonym},
                       {QStringLiteral("existing"), s.participant.has_value()},
                       {QStringLiteral("reason"), s.reason}};
}

QJsonObject attributeDefinitionJson(const Project& project, const AttributeDefinition& definition)
{
    QJsonValue survey(QJsonValue::Null);
    if (definition.survey) {
        if (const auto s = project.survey(*definition.survey)) {
            survey = s->name;
        }
    }
    return QJsonObject{
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("type"), attributeTypeName(definition.type)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(definition.categories)},
        {QStringLiteral("multi_select"), definition.multiSelect},
        {QStringLiteral("survey"), survey}};
}

QJsonObject surveyJson(const Project& project, const Survey& survey)
{
    QJsonArray questions;
    for (const SurveyQuestion& q : survey.questions) {
        QJsonValue document(QJsonValue::Null);
        if (q.document) {
            if (const auto d = project.document(*q.document)) {
                document = d->name;
            }
        }
        questions.append(QJsonObject{{QStringLiteral("question"), q.name},
                                     {QStringLiteral("kind"), questionKindName(q.kind)},
                                     {QStringLiteral("multi_select"), q.multiSelect},
                                     {QStringLiteral("document"), document}});
    }
    return QJsonObject{{QStringLiteral("id"), double(survey.id.value)},
                       {QStringLiteral("name"), survey.name},
                       {QStringLiteral("source"), survey.sourceName},
                       {QStringLiteral("respondents"), survey.respondents},
                       {QStringLiteral("questions"), questions}};
}

QJsonObject surveySummaryJson(const SurveySummary& summary)
{
    QJsonArray questions;
    for (const QuestionSummary& q : summary.questions) {
        QJsonArray categories;
        for (const CategoryCount& c : q.categories) {
            categories.append(QJsonObject{{QStringLiteral("value"), c.value},
                                          {QStringLiteral("n"), c.n},
                                          {QStringLiteral("percent"), c.percent},
                                          {QStringLiteral("label"), c.label}});
        }
        questions.append(QJsonObject{{QStringLiteral("question"), q.question},
                                     {QStringLiteral("answered"), q.answered},
                                     {QStringLiteral("multi_select"), q.multiSelect},
                                     {QStringLiteral("categories"), categories}});
    }
    return QJsonObject{{QStringLiteral("survey"), summary.survey},
                       {QStringLiteral("respondents"), summary.respondents},
                       {QStringLiteral("questions"), questions}};
}

QString matrixRowsName(MatrixRows rows)
{
    return rows == MatrixRows::Themes ? QStringLiteral("themes") : QStringLiteral("codes");
}

QJsonObject matrixJson(const AttributeMatrix& matrix)
{
    QJsonArray columnParticipants;
    for (int n : matrix.columnParticipants) {
        columnParticipants.append(n);
    }
    QJsonArray rows;
    for (const MatrixRow& row : matrix.matrixRows) {
        QJsonArray counts;
        for (const MatrixCell& cell : row.cells) {
            counts.append(cell.participants);
        }
        rows.append(QJsonObject{{QStringLiteral("name"), row.name},
                                {QStringLiteral("path"), row.path},
                                {QStringLiteral("depth"), row.depth},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("total"), row.total.participants}});
    }
    return QJsonObject{{QStringLiteral("rows_kind"), matrixRowsName(matrix.rows)},
                       {QStringLiteral("attribute"), matrix.attribute},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(matrix.columns)},
                       {QStringLiteral("column_participants"), columnParticipants},
                       {QStringLiteral("total_participants"), matrix.totalParticipants},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("unlinked_speakers"), matrix.unlinkedSpeakers}};
}

QJsonObject jointDisplayJson(const JointDisplay& display, MatrixRows qualitativeRows)
{
    // "theme"/"code" say what a qualitative row is; "survey" marks a survey item.
    const QString qualitative =
        qualitativeRows == MatrixRows::Themes ? QStringLiteral("theme") : QStringLiteral("code");
    QJsonArray rows;
    for (const JointRow& row : display.rows) {
        QJsonArray cells;
        for (const JointCell& cell : row.cells) {
            cells.append(QJsonObject{{QStringLiteral("n"), cell.n},
                                     {QStringLiteral("total"), cell.total},
                                     {QStringLiteral("label"), cell.label}});
        }
        rows.append(QJsonObject{{QStringLiteral("kind"), row.kind == JointRow::Kind::Survey
                                                             ? QStringLiteral("survey")
                                                             : qualitative},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("depth"), row.depth},
                                {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("attribute"), display.attribute},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(display.columns)},
                       {QStringLiteral("rows"), rows}};
}

QJsonObject coderJson(const Coder& coder, qsizetype codings, bool current)
{
    return QJsonObject{
        {QStringLiteral("id"), double(coder.id.value)}, {QStringLiteral("guid"), coder.guid},
        {QStringLiteral("name"), coder.name},           {QStringLiteral("color"), coder.color},
        {QStringLiteral("codings"), double(codings)},   {QStringLiteral("current"), current}};
}

namespace {

QJsonValue figure(const std::optional<AgreementValue>& value)
{
    return value && value->value ? QJsonValue(*value->value) : QJsonValue(QJsonValue::Null);
}

// Records the reason of a figure that applies but is undefined, so a null in the report is
// never ambiguous: absent from "undefined" = not applicable to this unit.
void noteUndefined(QJsonObject& undefined, const QString& key,
                   const std::optional<AgreementValue>& value)
{
    if (value && !value->isDefined()) {
        undefined.insert(key, value->undefinedReason);
    }
}

QJsonObject tableJson(const agreement::BinaryTable& table)
{
    return QJsonObject{{QStringLiteral("both"), double(table.both)},
                       {QStringLiteral("first_only"), double(table.firstOnly)},
                       {QStringLiteral("second_only"), double(table.secondOnly)},
                       {QStringLiteral("neither"), double(table.neither)}};
}

QJsonObject codeAgreementJson(const CodeAgreement& c)
{
    QJsonObject undefined;
    noteUndefined(undefined, QStringLiteral("percent_agreement"), c.percentAgreement);
    noteUndefined(undefined, QStringLiteral("cohen_kappa"), c.cohenKappa);
    noteUndefined(undefined, QStringLiteral("fleiss_kappa"), c.fleissKappa);
    noteUndefined(undefined, QStringLiteral("alpha"), c.alpha);
    noteUndefined(undefined, QStringLiteral("u_alpha"), c.uAlpha);
    return QJsonObject{
        {QStringLiteral("code"), c.path},
        {QStringLiteral("percent_agreement"), figure(c.percentAgreement)},
        {QStringLiteral("cohen_kappa"), figure(c.cohenKappa)},
        {QStringLiteral("fleiss_kappa"), figure(c.fleissKappa)},
        {QStringLiteral("alpha"), figure(c.alpha)},
        {QStringLiteral("u_alpha"), figure(c.uAlpha)},
        {QStringLiteral("undefined_reason"), nullable(c.undefinedReason())},
        {QStringLiteral("undefined"), undefined},
        {QStringLiteral("units"), double(c.units)},
        {QStringLiteral("table"), c.table ? QJsonValue(tableJson(*c.table)) : QJsonValue()}};
}

QJsonObject domainJson(const DomainAgreementReport& d, AgreementOptions::Unit unit)
{
    QJsonObject undefined;
    noteUndefined(undefined, QStringLiteral("alpha"), d.alpha);
    noteUndefined(undefined, QStringLiteral("cohen_kappa"), d.cohenKappa);
    noteUndefined(undefined, QStringLiteral("fleiss_kappa"), d.fleissKappa);
    noteUndefined(undefined, QStringLiteral("u_alpha"), d.uAlpha);
    noteUndefined(undefined, QStringLiteral("binary_u_alpha"), d.binaryUAlpha);
    noteUndefined(undefined, QStringLiteral("cu_alpha"), d.cuAlpha);
    QJsonValue codeUAlpha; // null: (k)u-alpha belongs to the unitized level only
    if (unit == AgreementOptions::Unit::Unitized) {
        QJsonObject values;
        QJsonObject reasons;
        for (const CodeValue& v : d.codeUAlpha) {
            values.insert(v.path, figure(v.value));
            noteUndefined(reasons, v.path, v.value);
        }
        codeUAlpha = values;
        if (!reasons.isEmpty()) {
            undefined.insert(QStringLiteral("code_u_alpha"), reasons);
        }
    }
    return QJsonObject{{QStringLiteral("codes"), QJsonArray::fromStringList(d.paths)},
                       {QStringLiteral("alpha"), figure(d.alpha)},
                       {QStringLiteral("cohen_kappa"), figure(d.cohenKappa)},
                       {QStringLiteral("fleiss_kappa"), figure(d.fleissKappa)},
                       {QStringLiteral("u_alpha"), figure(d.uAlpha)},
                       {QStringLiteral("binary_u_alpha"), figure(d.binaryUAlpha)},
                       {QStringLiteral("cu_alpha"), figure(d.cuAlpha)},
                       {QStringLiteral("code_u_alpha"), codeUAlpha},
                       {QStringLiteral("undefined_reason"), nullable(d.undefinedReason())},
                       {QStringLiteral("undefined"), undefined}};
}

QJsonArray perDocumentJson(const QList<DocumentAgreement>& documents)
{
    QJsonArray list;
    for (const DocumentAgreement& d : documents) {
        QJsonArray codes;
        for (const DocumentCodeAgreement& c : d.codes) {
            QJsonObject undefined;
            noteUndefined(undefined, QStringLiteral("percent_agreement"), c.percentAgreement);
            noteUndefined(undefined, QStringLiteral("cohen_kappa"), c.cohenKappa);
            codes.append(
                QJsonObject{{QStringLiteral("code"), c.path},
                            {QStringLiteral("percent_agreement"), figure(c.percentAgreement)},
                            {QStringLiteral("cohen_kappa"), figure(c.cohenKappa)},
                            {QStringLiteral("undefined"), undefined},
                            {QStringLiteral("table"), tableJson(c.table)}});
        }
        list.append(QJsonObject{{QStringLiteral("document"), d.name},
                                {QStringLiteral("length"), double(d.length)},
                                {QStringLiteral("codes"), codes}});
    }
    return list;
}

} // namespace

QJsonObject agreementJson(const AgreementReport& report)
{
    const bool character = report.unit == AgreementOptions::Unit::Character;
    QJsonArray perCode;
    for (const CodeAgreement& c : report.perCode) {
        perCode.append(codeAgreementJson(c));
    }
    QJsonArray conflicts;
    for (const DomainConflict& c : report.conflicts) {
        conflicts.append(
            QJsonObject{{QStringLiteral("coder"), c.coderName},
                        {QStringLiteral("document"), c.documentName},
                        {QStringLiteral("turn"), c.turnIndex},
                        {QStringLiteral("start"), double(c.start)},
                        {QStringLiteral("end"), double(c.end)},
                        {QStringLiteral("codes"), QJsonArray::fromStringList(c.paths)}});
    }
    QJsonArray overlaps;
    for (const UnitOverlapError& o : report.overlaps) {
        overlaps.append(QJsonObject{
            {QStringLiteral("coder"), o.coderName},
            {QStringLiteral("document"), o.documentName},
            {QStringLiteral("codings"), QJsonArray{double(o.first.value), double(o.second.value)}},
            {QStringLiteral("codes"), QJsonArray{o.firstPath, o.secondPath}},
            {QStringLiteral("start"), double(o.start)},
            {QStringLiteral("end"), double(o.end)}});
    }
    return QJsonObject{
        {QStringLiteral("unit"), agreementUnitName(report.unit)},
        {QStringLiteral("coders"), QJsonArray::fromStringList(report.coders)},
        {QStringLiteral("per_code"), perCode},
        {QStringLiteral("domain"),
         report.domain ? QJsonValue(domainJson(*report.domain, report.unit)) : QJsonValue()},
        {QStringLiteral("per_document"),
         character ? QJsonValue(perDocumentJson(report.documents)) : QJsonValue()},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("overlaps"), overlaps},
        {QStringLiteral("characters"), double(report.characters)},
        {QStringLiteral("turns"),
         report.unit == AgreementOptions::Unit::Turn ? QJsonValue(report.turns) : QJsonValue()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
}

QJsonObject disagreementJson(const Disagreement& d, const QString& documentText)
{
    QJsonArray turns;
    for (int t : d.turns) {
        turns.append(t);
    }
    QJsonObject coders;
    for (const CoderCoverage& c : d.coders) {
        QJsonArray codings;
        for (CodingId id : c.codings) {
            codings.append(double(id.value));
        }
        coders.insert(c.coderName, QJsonObject{{QStringLiteral("coded"), c.coded},
                                               {QStringLiteral("codings"), codings}});
    }
    return QJsonObject{{QStringLiteral("code"), d.codePath},
                       {QStringLiteral("document"), d.documentName},
                       {QStringLiteral("start"), double(d.start)},
                       {QStringLiteral("end"), double(d.end)},
                       {QStringLiteral("length"), double(d.length())},
                       {QStringLiteral("turns"), turns},
                       {QStringLiteral("coders"), coders},
                       {QStringLiteral("text"), documentText.mid(d.start, d.length())}};
}

} // namespace tessera::cli
