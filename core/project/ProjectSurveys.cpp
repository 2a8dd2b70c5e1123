#include "Project.h"
#include "ProjectInternals.h"
#include "common/Environment.h"

#include <QRegularExpression>
#include <QSet>

namespace tessera {

using namespace internal;

namespace {

// Long enough to tell questions apart in a document list, short enough to fit one.
constexpr qsizetype kMaxDocumentName = 100;

// A cell as stored: line breaks as LF (DESIGN.md, Text and positions), outer spaces trimmed.
QString answerText(const QString& cell)
{
    QString text = cell;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.trimmed();
}

// "<survey>: <question>" as a valid document name: one line, no "/", cut at a word boundary.
QString documentNameFor(const QString& survey, const QString& question)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1F\\x7F]"));
    QString q = question;
    q.replace(control, QStringLiteral(" "));
    q.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString name = survey + QStringLiteral(": ") + q.simplified();
    if (name.size() > kMaxDocumentName) {
        qsizetype cut = name.lastIndexOf(QLatin1Char(' '), kMaxDocumentName - 1);
        if (cut <= survey.size() + 1) {
            cut = kMaxDocumentName - 1;
        }
        if (name.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        name = name.left(cut).trimmed() + QStringLiteral("…");
    }
    return name;
}

struct OpenAnswers {
    QString text;
    QList<ImportedTurn> turns;
};

// One "<id>: <answer>" paragraph per respondent who answered, separated by a blank line; each
// turn covers exactly the answer, so coding a whole turn codes the answer and nothing else.
OpenAnswers openAnswers(const DataTable& table, const SurveyPlan& plan, int column)
{
    OpenAnswers answers;
    for (int row = 0; row < table.rows.size(); ++row) {
        const QString answer = answerText(table.rows[row].value(column));
        if (answer.isEmpty()) {
            continue;
        }
        const QString id = plan.respondentIds[row].trimmed();
        answers.text += id + QStringLiteral(": ");
        ImportedTurn turn;
        turn.speaker = id;
        turn.start = answers.text.size();
        answers.text += answer;
        turn.end = answers.text.size();
        answers.text += QStringLiteral("\n\n");
        answers.turns << turn;
    }
    if (answers.text.endsWith(QStringLiteral("\n\n"))) {
        answers.text.chop(1); // one final newline, as a text file has
    }
    return answers;
}

Survey readSurvey(Statement& s)
{
    Survey survey;
    survey.id = SurveyId(s.columnInt(0));
    survey.guid = s.columnText(1);
    survey.name = s.columnText(2);
    survey.sourceName = s.columnText(3);
    survey.importedAt = parseTimestamp(s.columnText(4));
    survey.respondents = int(s.columnInt(5));
    return survey;
}

const QString kSurveyColumns = QStringLiteral(
    "SELECT s.id, s.guid, s.name, s.source_name, s.imported_at, "
    "(SELECT count(*) FROM survey_respondents r WHERE r.survey_id = s.id) FROM surveys s");

void loadQuestions(Database& db, Survey& survey)
{
    forEachRow(
        db,
        QStringLiteral("SELECT position, name, kind, multi_select, document_id "
                       "FROM survey_questions WHERE survey_id = ?1 ORDER BY position"),
        [&](Statement& s) {
            SurveyQuestion q;
            q.position = int(s.columnInt(0));
            q.name = s.columnText(1);
            q.kind = s.columnText(2) == QLatin1String("open") ? QuestionKind::Open
                                                              : QuestionKind::Closed;
            q.multiSelect = s.columnInt(3) != 0;
            if (auto doc = s.columnOptionalInt(4)) {
                q.document = DocumentId(*doc);
            }
            survey.questions << q;
        },
        survey.id.value);
}

// What the import checks before writing: respondent ids usable as pseudonyms, each column
// once, closed questions that can be category attributes, open questions with document names.
struct SurveyImportPlan {
    QHash<int, AttributeDefinition> attributes; // question index -> existing or new definition
    QHash<int, AttributeDefinition> original;   // question index -> the definition before
    QHash<int, QString> documentNames;          // open question index -> document name
};

Result<SurveyImportPlan> checkSurvey(Database& db, const QString& name, const DataTable& table,
                                     const SurveyPlan& plan)
{
    const QString source = table.sourceName.isEmpty() ? name : table.sourceName;
    if (plan.respondentIds.size() != table.rows.size()) {
        return invalid(QStringLiteral("The survey plan lists %1 respondents for the %2 rows of %3. "
                                      "Plan the survey again from this file.")
                           .arg(plan.respondentIds.size())
                           .arg(table.rows.size())
                           .arg(source));
    }
    if (plan.questions.isEmpty()) {
        return invalid(QStringLiteral("%1 has no question columns to import.").arg(source));
    }
    QHash<QString, int> rowOfId;
    for (int i = 0; i < plan.respondentIds.size(); ++i) {
        const QString id = plan.respondentIds[i].trimmed();
        if (auto st = checkName(id, QStringLiteral("participant")); !st) {
            return invalid(QStringLiteral("%1 of %2: the respondent id cannot be a pseudonym. %3")
                               .arg(tableRowLabel(table, i), source, st.error().message));
        }
        if (rowOfId.contains(foldedName(id))) {
            return invalid(QStringLiteral("%1 of %2 repeats the respondent id “%3” of row %4. "
                                          "Respondent ids must be unique.")
                               .arg(tableRowLabel(table, i), source, id)
                               .arg(rowOfId.value(foldedName(id)) + 1));
        }
        rowOfId.insert(foldedName(id), i);
    }
    SurveyImportPlan checked;
    QSet<int> columns;
    QSet<QString> closedNames;
    QSet<QString> documentNames;
    for (int q = 0; q < plan.questions.size(); ++q) {
        const SurveyColumnPlan& question = plan.questions[q];
        if (question.column < 0 || question.column >= table.header.size() ||
            columns.contains(question.column)) {
            return invalid(QStringLiteral("Internal error: the survey plan's question “%1” names "
                                          "column %2, which %3 does not have or lists twice.")
                               .arg(question.name)
                               .arg(question.column + 1)
                               .arg(source));
        }
        columns.insert(question.column);
        if (question.kind == QuestionKind::Open) {
            QString document = documentNameFor(name, question.name);
            const QString base = document;
            for (int n = 2;
                 documentNames.contains(foldedName(document)) ||
                 idWithName(db, QStringLiteral("SELECT id, name FROM documents"), document);
                 ++n) {
                document = QStringLiteral("%1 (%2)").arg(base).arg(n);
            }
            documentNames.insert(foldedName(document));
            checked.documentNames.insert(q, document);
            continue;
        }
        if (auto st = checkAttributeName(question.name); !st) {
            return invalid(QStringLiteral("Column %1 of %2: %3")
                               .arg(question.column + 1)
                               .arg(source, st.error().message));
        }
        if (closedNames.contains(foldedName(question.name))) {
            return invalid(QStringLiteral("Two closed questions of %1 are called “%2”. Rename one "
                                          "column, or import it with --ignore.")
                               .arg(source, question.name));
        }
        closedNames.insert(foldedName(question.name));
        if (auto existing = readAttribute(db, AttributeScope::Participant, question.name)) {
            if (existing->type != AttributeType::Category) {
                return makeError(
                    ErrorCode::Conflict,
                    QStringLiteral("The closed question “%1” of %2 would be stored as a category "
                                   "attribute, but participants already have a %3 attribute "
                                   "“%4”. Rename the column, or import it with --ignore “%1”. "
                                   "Nothing was imported.")
                        .arg(question.name, source, attributeTypeName(existing->type),
                             existing->name));
            }
            AttributeDefinition merged = *existing;
            merged.multiSelect = merged.multiSelect || question.multiSelect;
            checked.attributes.insert(q, merged);
            checked.original.insert(q, *existing);
        } else {
            AttributeDefinition created;
            created.scope = AttributeScope::Participant;
            created.name = question.name;
            created.type = AttributeType::Category;
            created.multiSelect = question.multiSelect;
            checked.attributes.insert(q, created);
        }
    }
    return checked;
}

// The stored value of a closed answer: trimmed; the options of a multi-select answer joined
// by ';'.
QString closedValue(const QString& cell, bool multiSelect)
{
    const QString text = answerText(cell);
    return multiSelect ? splitMultiSelect(text).join(QLatin1Char(';')) : text;
}

} // namespace

Result<SurveyId> Project::importSurvey(const QString& name, const DataTable& table,
                                       const SurveyPlan& plan)
{
    if (auto st = checkName(name, QStringLiteral("survey")); !st) {
        return st.error();
    }
    if (idWithName(*m_db, QStringLiteral("SELECT id, name FROM surveys"), name)) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("A survey called “%1” already exists in this project. "
                                        "Choose another name, or delete that survey first.")
                             .arg(name));
    }
    auto checked = checkSurvey(*m_db, name, table, plan);
    if (!checked) {
        return checked.error();
    }
    const QString format = table.sourceName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? QStringLiteral("xlsx")
                               : QStringLiteral("csv");
    return action(tr("Import survey “%1”").arg(name), [&]() -> Result<SurveyId> {
        if (auto st =
                run(*m_db,
                    QStringLiteral("INSERT INTO surveys(guid, name, source_name, "
                                   "imported_at) VALUES (?1, ?2, ?3, ?4)"),
                    Environment::newGuid(), name, table.sourceName, timestamp(Environment::now()));
            !st) {
            return st.error();
        }
        const SurveyId surveyId(m_db->lastInsertId());

        // Respondents: an existing participant with the id as pseudonym is the same person.
        QHash<QString, qint64> byName = participantsByFoldedPseudonym(*m_db);
        QList<qint64> respondents;
        QHash<QString, qint64> participantOfLabel;
        for (int row = 0; row < plan.respondentIds.size(); ++row) {
            const QString id = plan.respondentIds[row].trimmed();
            qint64 participantId = byName.value(foldedName(id));
            if (participantId == 0) {
                auto created = insertParticipant(*m_db, id);
                if (!created) {
                    return created.error();
                }
                participantId = created->value;
                byName.insert(foldedName(id), participantId);
            }
            respondents << participantId;
            participantOfLabel.insert(id, participantId);
            if (auto st = run(*m_db,
                              QStringLiteral("INSERT INTO survey_respondents(survey_id, "
                                             "participant_id, row_index) VALUES (?1, ?2, ?3)"),
                              surveyId.value, participantId, row);
                !st) {
                return st.error();
            }
        }

        std::optional<qint64> groupId;
        for (int q = 0; q < plan.questions.size(); ++q) {
            const SurveyColumnPlan& question = plan.questions[q];
            std::optional<qint64> documentId;
            QString storedName = question.name;
            if (question.kind == QuestionKind::Closed) {
                AttributeDefinition definition = checked->attributes.value(q);
                QStringList values;
                for (const QStringList& cells : table.rows) {
                    values << closedValue(cells.value(question.column), definition.multiSelect);
                }
                const bool exists = checked->original.contains(q);
                const bool grew = mergeCategoryValues(definition, values);
                if (!exists) {
                    definition.survey = surveyId;
                    if (auto st = insertAttribute(*m_db, definition); !st) {
                        return st.error();
                    }
                } else if (grew ||
                           definition.multiSelect != checked->original.value(q).multiSelect) {
                    if (auto st = updateAttribute(*m_db, definition); !st) {
                        return st.error();
                    }
                }
                storedName = definition.name;
                for (int row = 0; row < values.size(); ++row) {
                    if (values[row].isEmpty()) {
                        continue; // a blank cell is no answer
                    }
                    if (auto st = putAttributeValue(*m_db, AttributeScope::Participant,
                                                    respondents[row], definition.name, values[row]);
                        !st) {
                        return st.error();
                    }
                }
            } else {
                const OpenAnswers answers = openAnswers(table, plan, question.column);
                if (!answers.turns.isEmpty()) {
                    if (!groupId) {
                        auto group = groupNamed(*m_db, name);
                        if (!group) {
                            return group.error();
                        }
                        groupId = *group;
                    }
                    DocumentInsert document;
                    document.name = checked->documentNames.value(q);
                    document.text = answers.text;
                    document.format = format;
                    document.sourceName = table.sourceName;
                    document.groupId = groupId;
                    document.turns = answers.turns;
                    document.participantOfLabel = participantOfLabel;
                    document.detectFacilitators = false;
                    auto inserted = insertDocument(*m_db, document);
                    if (!inserted) {
                        return inserted.error();
                    }
                    documentId = inserted->value;
                }
            }
            if (auto st = run(*m_db,
                              QStringLiteral("INSERT INTO survey_questions(survey_id, position, "
                                             "name, kind, multi_select, document_id) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                              surveyId.value, question.column, storedName,
                              questionKindName(question.kind), question.multiSelect, documentId);
                !st) {
                return st.error();
            }
        }
        return surveyId;
    });
}

QList<Survey> Project::surveys() const
{
    QList<Survey> list;
    forEachRow(*m_db, kSurveyColumns + QStringLiteral(" ORDER BY s.id"),
               [&](Statement& s) { list << readSurvey(s); });
    for (Survey& s : list) {
        loadQuestions(*m_db, s);
    }
    return list;
}

std::optional<Survey> Project::survey(SurveyId id) const
{
    std::optional<Survey> found;
    forEachRow(
        *m_db, kSurveyColumns + QStringLiteral(" WHERE s.id = ?1"),
        [&](Statement& s) { found = readSurvey(s); }, id.value);
    if (found) {
        loadQuestions(*m_db, *found);
    }
    return found;
}

Result<Survey> Project::findSurvey(const QString& idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty()) {
        const QList<Survey> all = surveys();
        if (all.size() == 1) {
            return all.first();
        }
        if (all.isEmpty()) {
            return notFound(QStringLiteral("This project has no surveys. Import one first."));
        }
        QStringList names;
        for (const Survey& s : all) {
            names << QStringLiteral("“%1”").arg(s.name);
        }
        return invalid(QStringLiteral("This project has %1 surveys (%2). Name the one you mean.")
                           .arg(all.size())
                           .arg(names.join(QStringLiteral(", "))));
    }
    if (auto id = idWithName(*m_db, QStringLiteral("SELECT id, name FROM surveys"), key)) {
        if (auto found = survey(SurveyId(*id))) {
            return *found;
        }
    }
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber) {
        if (auto found = survey(SurveyId(id))) {
            return *found;
        }
    }
    return notFound(
        QStringLiteral("No survey “%1” in this project. List them with “surveys”.").arg(idOrName));
}

QList<ParticipantId> Project::surveyRespondents(SurveyId id) const
{
    QList<ParticipantId> list;
    forEachRow(
        *m_db,
        QStringLiteral("SELECT participant_id FROM survey_respondents WHERE survey_id = ?1 "
                       "ORDER BY row_index"),
        [&](Statement& s) { list << ParticipantId(s.columnInt(0)); }, id.value);
    return list;
}

Status Project::deleteSurvey(SurveyId id)
{
    const auto found = survey(id);
    if (!found) {
        return notFound(QStringLiteral("No survey with id %1 in this project.").arg(id.value));
    }
    return action(tr("Delete survey “%1”").arg(found->name), [&]() -> Status {
        for (const SurveyQuestion& q : found->questions) {
            if (q.kind == QuestionKind::Open && q.document) {
                if (auto st = deleteDocumentRows(*m_db, *q.document); !st) {
                    return st;
                }
            } else if (q.kind == QuestionKind::Closed) {
                if (auto st = run(*m_db,
                                  QStringLiteral("DELETE FROM participant_attributes WHERE name = "
                                                 "?1 AND participant_id IN (SELECT participant_id "
                                                 "FROM survey_respondents WHERE survey_id = ?2)"),
                                  q.name, id.value);
                    !st) {
                    return st;
                }
            }
        }
        // Attributes this survey defined go with it, unless other participants have values.
        for (const char* sql :
             {"DELETE FROM attribute_definitions WHERE survey_id = ?1 AND scope = 'participant' "
              "AND NOT EXISTS (SELECT 1 FROM participant_attributes v WHERE v.name = "
              "attribute_definitions.name)",
              "UPDATE attribute_definitions SET survey_id = NULL WHERE survey_id = ?1",
              "DELETE FROM survey_questions WHERE survey_id = ?1",
              "DELETE FROM survey_respondents WHERE survey_id = ?1",
              "DELETE FROM surveys WHERE id = ?1"}) {
            if (auto st = run(*m_db, QString::fromLatin1(sql), id.value); !st) {
                return st;
            }
        }
        // The group of the open questions' documents, when nothing else is left in it.
        if (auto group = idWithName(*m_db, QStringLiteral("SELECT id, name FROM document_groups"),
                                    found->name);
            group && !scalar(*m_db, QStringLiteral("SELECT id FROM documents WHERE group_id = ?1"),
                             *group)) {
            return run(*m_db, QStringLiteral("DELETE FROM document_groups WHERE id = ?1"), *group);
        }
        return {};
    });
}

} // namespace tessera
