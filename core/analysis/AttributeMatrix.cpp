#include "AttributeMatrix.h"

#include "AttributeValues.h"
#include "Retrieval.h"
#include "project/Project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

struct Scope {
    QList<DocumentId> documents;
    QSet<qint64> documentIds;
};

Result<Scope> documentsInScope(const Project& project, const QList<DocumentId>& wanted)
{
    Scope scope;
    const QList<Document> all = project.documents();
    for (const Document& d : all) {
        if (wanted.isEmpty() || wanted.contains(d.id)) {
            scope.documents << d.id;
            scope.documentIds.insert(d.id.value);
        }
    }
    for (DocumentId id : wanted) {
        if (!scope.documentIds.contains(id.value)) {
            return makeError(ErrorCode::NotFound,
                             u"No document with id %1 in this project (it may have been "
                             u"deleted). Choose the matrix's documents again."_s.arg(id.value));
        }
    }
    return scope;
}

Result<AttributeDefinition> columnAttribute(const Project& project, const MatrixOptions& options)
{
    if (auto definition = project.attribute(options.scope, options.attribute.trimmed())) {
        return *definition;
    }
    QStringList names;
    for (const AttributeDefinition& d : project.attributes(options.scope)) {
        names << d.name;
    }
    return makeError(
        ErrorCode::NotFound,
        u"No %1 attribute called “%2”. The project's %1 attributes are: %3."_s.arg(
            attributeScopeName(options.scope), options.attribute.trimmed(),
            names.isEmpty() ? u"none (define or import attributes first)"_s : names.join(u", "_s)));
}

// Accumulates one row: the participants and codings behind each cell and the total.
struct RowCounts {
    QList<QSet<qint64>> people;
    QList<QList<CodingId>> codings;
    QSet<qint64> totalPeople;
    QList<CodingId> totalCodings;
};

class MatrixBuilder {
public:
    MatrixBuilder(const Project& project, const MatrixOptions& options,
                  const AttributeDefinition& definition, const Scope& scope)
        : m_project(project), m_options(options), m_definition(definition), m_scope(scope),
          m_countFacilitators(project.countsFacilitators())
    {
        for (const Speaker& s : project.allSpeakers()) {
            m_speakers.insert(s.id.value, s);
        }
        m_values = project.attributeValues(options.scope);
    }

    AttributeMatrix build()
    {
        AttributeMatrix matrix;
        matrix.attribute = m_definition.name;
        matrix.rows = m_options.rows;
        findSpeech();
        placeColumns(matrix);
        addRows(matrix);
        countCodings(matrix);
        return matrix;
    }

private:
    // Whether a speaker's words count: facilitators only when the project says so.
    std::optional<ParticipantId> countedParticipant(const Speaker& speaker) const
    {
        if (speaker.role == SpeakerRole::Facilitator && !m_countFacilitators) {
            return std::nullopt;
        }
        return speaker.participantId;
    }

    // The attribute's values for a participant speaking in a document: the participant's own
    // values, or the document's for a document attribute; notSet when there is none.
    QStringList valuesFor(qint64 participant, qint64 document) const
    {
        const qint64 owner =
            m_options.scope == AttributeScope::Participant ? participant : document;
        const QStringList values = attributevalues::valuesOf(
            attributevalues::valueOf(m_values.value(owner), m_definition.name),
            m_definition.multiSelect);
        return values.isEmpty() ? QStringList{notSetColumnName()} : values;
    }

    // Who speaks where: the denominators, and the only participants a column can hold.
    void findSpeech()
    {
        for (DocumentId document : m_scope.documents) {
            for (const Turn& turn : m_project.turns(document)) {
                if (!turn.speakerId) {
                    continue;
                }
                const auto speaker = m_speakers.constFind(turn.speakerId->value);
                if (speaker == m_speakers.cend()) {
                    continue;
                }
                if (const auto participant = countedParticipant(*speaker)) {
                    m_speaksIn[participant->value].insert(document.value);
                }
            }
        }
    }

    void placeColumns(AttributeMatrix& matrix)
    {
        QSet<QString> present;
        bool someNotSet = false;
        for (auto it = m_speaksIn.cbegin(); it != m_speaksIn.cend(); ++it) {
            for (qint64 document : it.value()) {
                for (const QString& value : valuesFor(it.key(), document)) {
                    if (value == notSetColumnName()) {
                        someNotSet = true;
                    } else {
                        present.insert(value);
                    }
                }
            }
        }
        matrix.columns = attributevalues::orderedColumns(
            m_definition, present, someNotSet ? notSetColumnName() : QString());
        for (qsizetype c = 0; c < matrix.columns.size(); ++c) {
            m_columnIndex.insert(matrix.columns[c], int(c));
        }
        QList<QSet<qint64>> people(matrix.columns.size());
        for (auto it = m_speaksIn.cbegin(); it != m_speaksIn.cend(); ++it) {
            for (qint64 document : it.value()) {
                for (int c : columnsFor(it.key(), document)) {
                    people[c].insert(it.key());
                }
            }
        }
        for (const QSet<qint64>& set : std::as_const(people)) {
            matrix.columnParticipants << int(set.size());
        }
        matrix.totalParticipants = int(m_speaksIn.size());
    }

    QList<int> columnsFor(qint64 participant, qint64 document) const
    {
        QList<int> columns;
        for (const QString& value : valuesFor(participant, document)) {
            const int c = m_columnIndex.value(value, -1);
            if (c >= 0 && !columns.contains(c)) {
                columns << c;
            }
        }
        return columns;
    }

    void addRows(AttributeMatrix& matrix)
    {
        if (m_options.rows == MatrixRows::Codes) {
            for (const Code& code : m_project.codes()) {
                m_codeRows[code.id.value] << int(matrix.matrixRows.size());
                matrix.matrixRows << MatrixRow{
                    code.id.value, code.fields.name, code.path, code.depth, {}, {}};
            }
        } else {
            const Retrieval retrieval(m_project);
            for (const Theme& theme : m_project.themes()) {
                for (CodeId code : retrieval.codesOfThemeTree(theme.id)) {
                    m_codeRows[code.value] << int(matrix.matrixRows.size());
                }
                matrix.matrixRows << MatrixRow{
                    theme.id.value, theme.fields.name, theme.path, theme.depth, {}, {}};
            }
        }
    }

    void countCodings(AttributeMatrix& matrix)
    {
        CodingFilter filter;
        filter.coderId = m_options.coder;
        QList<Coding> codings = m_project.codings(filter);
        codings.removeIf([&](const Coding& c) {
            return !m_scope.documentIds.contains(c.documentId.value) ||
                   !m_codeRows.contains(c.codeId.value);
        });
        std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
            return std::tie(a.documentId, a.start, a.end, a.id) <
                   std::tie(b.documentId, b.start, b.end, b.id);
        });

        const qsizetype columnCount = matrix.columns.size();
        QList<RowCounts> rows(matrix.matrixRows.size());
        for (RowCounts& row : rows) {
            row.people.resize(columnCount);
            row.codings.resize(columnCount);
        }
        QSet<qint64> unlinked;
        // Retrieval decides who said a passage (the speaker of the first turn it overlaps), so
        // the matrix agrees with the code counts and theme reports.
        for (const Excerpt& e : Retrieval(m_project).excerpts(codings)) {
            if (!e.speakerId) {
                continue;
            }
            const Speaker speaker = m_speakers.value(e.speakerId->value);
            if (speaker.role == SpeakerRole::Facilitator && !m_countFacilitators) {
                continue;
            }
            if (!speaker.participantId) {
                unlinked.insert(e.speakerId->value);
                continue;
            }
            const qint64 participant = speaker.participantId->value;
            const QList<int> columns = columnsFor(participant, e.coding.documentId.value);
            for (int r : m_codeRows.value(e.coding.codeId.value)) {
                RowCounts& row = rows[r];
                for (int c : columns) {
                    row.people[c].insert(participant);
                    row.codings[c] << e.coding.id;
                }
                row.totalPeople.insert(participant);
                row.totalCodings << e.coding.id;
            }
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            MatrixRow& out = matrix.matrixRows[r];
            for (qsizetype c = 0; c < columnCount; ++c) {
                out.cells << MatrixCell{int(rows[r].people[c].size()), rows[r].codings[c]};
            }
            out.total = MatrixCell{int(rows[r].totalPeople.size()), rows[r].totalCodings};
        }
        matrix.unlinkedSpeakers = int(unlinked.size());
    }

    const Project& m_project;
    const MatrixOptions& m_options;
    const AttributeDefinition& m_definition;
    const Scope& m_scope;
    const bool m_countFacilitators;
    QHash<qint64, Speaker> m_speakers;
    QHash<qint64, QHash<QString, QString>> m_values;
    QHash<qint64, QSet<qint64>> m_speaksIn; // participant -> documents
    QHash<QString, int> m_columnIndex;
    QHash<qint64, QList<int>> m_codeRows; // code -> rows it counts in
};

} // namespace

QString notSetColumnName()
{
    return u"(not set)"_s;
}

Result<AttributeMatrix> buildAttributeMatrix(const Project& project, const MatrixOptions& options)
{
    const Result<AttributeDefinition> definition = columnAttribute(project, options);
    if (!definition) {
        return definition.error();
    }
    const Result<Scope> scope = documentsInScope(project, options.documents);
    if (!scope) {
        return scope.error();
    }
    if (options.coder && !project.coder(*options.coder)) {
        return makeError(ErrorCode::NotFound,
                         u"No coder with id %1 in this project. Choose one of the project's "
                         u"coders, or count every coder's codings."_s.arg(options.coder->value));
    }
    return MatrixBuilder(project, options, *definition, *scope).build();
}

} // namespace tessera
