#include "AttributeTableModel.h"

#include "project/Project.h"

#include <QDate>
#include <QGuiApplication>
#include <QPalette>

namespace tessera::ui {
namespace {

bool sameColumns(const QList<AttributeDefinition>& a, const QList<AttributeDefinition>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].type != b[i].type ||
            a[i].categories != b[i].categories || a[i].multiSelect != b[i].multiSelect) {
            return false;
        }
    }
    return true;
}

QString typeDescription(const AttributeDefinition& definition)
{
    QString text;
    switch (definition.type) {
    case AttributeType::Text:
        text = AttributeTableModel::tr("Text");
        break;
    case AttributeType::Number:
        text = AttributeTableModel::tr("Number, e.g. 12 or 3.5");
        break;
    case AttributeType::Date:
        text = AttributeTableModel::tr("Date, yyyy-mm-dd");
        break;
    case AttributeType::Category:
        text = definition.multiSelect ? AttributeTableModel::tr("Categories (several, split by ;)")
                                      : AttributeTableModel::tr("Category");
        if (!definition.categories.isEmpty()) {
            text += QStringLiteral(": ") + definition.categories.join(QStringLiteral(", "));
        }
        break;
    }
    if (definition.survey) {
        text += QStringLiteral("\n") + AttributeTableModel::tr("A closed survey question");
    }
    return text;
}

} // namespace

AttributeTableModel::AttributeTableModel(Project& project, AttributeScope scope, QObject* parent)
    : QAbstractTableModel(parent), m_project(project), m_scope(scope)
{
    m_attributes = m_project.attributes(m_scope);
    m_rows = readRows();
    connect(&m_project, &Project::changed, this, [this](ProjectChanges what) {
        const ProjectChanges relevant =
            m_scope == AttributeScope::Participant
                ? ProjectChanges(ProjectChange::Attributes | ProjectChange::Speakers |
                                 ProjectChange::Surveys | ProjectChange::Documents)
                : ProjectChanges(ProjectChange::Attributes | ProjectChange::Documents |
                                 ProjectChange::Surveys);
        if (what & relevant) {
            refresh();
        }
    });
}

QList<AttributeTableModel::Row> AttributeTableModel::readRows() const
{
    QList<Row> rows;
    const QHash<qint64, QHash<QString, QString>> values = m_project.attributeValues(m_scope);
    if (m_scope == AttributeScope::Document) {
        for (const Document& document : m_project.documents()) {
            rows.append({document.id.value,
                         document.name,
                         document.groupName,
                         {},
                         values.value(document.id.value)});
        }
        return rows;
    }
    // One pass over every speaker instead of a query per participant.
    QHash<qint64, QString> documentNames;
    for (const Document& document : m_project.documents()) {
        documentNames.insert(document.id.value, document.name);
    }
    QHash<qint64, QStringList> labels;
    QHash<qint64, QStringList> tips;
    for (const Speaker& speaker : m_project.allSpeakers()) {
        if (!speaker.participantId) {
            continue;
        }
        const QString where = documentNames.value(speaker.documentId.value);
        labels[speaker.participantId->value] << speaker.label;
        tips[speaker.participantId->value] << tr("%1 in %2").arg(speaker.label, where);
    }
    for (const Participant& participant : m_project.participants()) {
        const qint64 id = participant.id.value;
        const QStringList said = labels.value(id);
        QString detail;
        if (said.size() == 1) {
            detail = tips.value(id).constFirst();
        } else if (!said.isEmpty()) {
            detail = tr("%1 speakers: %2").arg(said.size()).arg(said.join(QStringLiteral(", ")));
        }
        rows.append({id, participant.pseudonym, detail, tips.value(id).join(QLatin1Char('\n')),
                     values.value(id)});
    }
    return rows;
}

void AttributeTableModel::refresh()
{
    QList<AttributeDefinition> attributes = m_project.attributes(m_scope);
    QList<Row> rows = readRows();
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i) {
        sameRows = rows[i].id == m_rows[i].id;
    }
    if (!sameRows || !sameColumns(attributes, m_attributes)) {
        beginResetModel();
        m_attributes = std::move(attributes);
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_attributes = std::move(attributes); // positions may differ; names and types do not
    m_rows = std::move(rows);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

qint64 AttributeTableModel::ownerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int AttributeTableModel::rowOf(qint64 ownerId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == ownerId) {
            return int(row);
        }
    }
    return -1;
}

std::optional<AttributeDefinition> AttributeTableModel::attributeAt(int column) const
{
    const int at = column - FirstAttributeColumn;
    if (at < 0 || at >= m_attributes.size()) {
        return std::nullopt;
    }
    return m_attributes[at];
}

int AttributeTableModel::columnOf(const QString& attribute) const
{
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        if (m_attributes[i].name.compare(attribute, Qt::CaseInsensitive) == 0) {
            return int(i) + FirstAttributeColumn;
        }
    }
    return -1;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstAttributeColumn + int(m_attributes.size());
}

QString AttributeTableModel::valueAt(const QModelIndex& index) const
{
    const Row& row = m_rows[index.row()];
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case DetailColumn:
        return row.detail;
    default:
        return row.values.value(m_attributes[index.column() - FirstAttributeColumn].name);
    }
}

QVariant AttributeTableModel::sortKey(const QModelIndex& index) const
{
    const QString value = valueAt(index);
    if (value.isEmpty()) {
        return {};
    }
    const auto attribute = attributeAt(index.column());
    if (!attribute) {
        return value.toCaseFolded();
    }
    switch (attribute->type) {
    case AttributeType::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? QVariant(number) : QVariant(value.toCaseFolded());
    }
    case AttributeType::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(value.toCaseFolded());
    }
    case AttributeType::Category: {
        // Categories sort in their stated order ("Never" < "Sometimes" < "Often"); values
        // outside the list after them, alphabetically.
        const qsizetype at = attribute->categories.indexOf(value);
        const qsizetype rank = at >= 0 ? at : attribute->categories.size();
        return QStringLiteral("%1\x1f%2")
            .arg(rank, 6, 10, QLatin1Char('0'))
            .arg(value.toCaseFolded());
    }
    case AttributeType::Text:
        break;
    }
    return value.toCaseFolded();
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto attribute = attributeAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return valueAt(index);
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn && m_scope == AttributeScope::Participant) {
            return m_rows[index.row()].detailTip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (attribute && attribute->type == AttributeType::Number) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DetailColumn) {
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case SortKeyRole:
        return sortKey(index);
    case AttributeTypeRole:
        return attribute ? QVariant(int(attribute->type)) : QVariant();
    case CategoriesRole:
        return attribute ? QVariant(attribute->categories) : QVariant();
    case OwnerIdRole:
        return m_rows[index.row()].id;
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const bool participants = m_scope == AttributeScope::Participant;
    if (role == Qt::DisplayRole) {
        if (section == NameColumn) {
            return participants ? tr("Pseudonym") : tr("Document");
        }
        if (section == DetailColumn) {
            return participants ? tr("Linked speakers") : tr("Group");
        }
        return m_attributes[section - FirstAttributeColumn].name;
    }
    if (role == Qt::ToolTipRole) {
        if (const auto attribute = attributeAt(section)) {
            return typeDescription(*attribute);
        }
        if (section == NameColumn) {
            return participants ? tr("Double-click to rename the participant")
                                : tr("Double-click to rename the document");
        }
        return participants ? tr("The speakers linked to this participant (Document ▸ Link "
                                 "Speakers)")
                            : tr("The document's group");
    }
    return {};
}

Qt::ItemFlags AttributeTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != DetailColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool AttributeTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == DetailColumn) {
        return false;
    }
    const QString text = value.toString().trimmed();
    if (text == valueAt(index)) {
        return true; // nothing to store: no empty undo step
    }
    const Row row = m_rows[index.row()];
    const bool participants = m_scope == AttributeScope::Participant;
    Status status;
    QString done;
    if (index.column() == NameColumn) {
        if (text.isEmpty()) {
            emit problem(
                participants
                    ? tr("A participant needs a pseudonym; “%1” kept its name.").arg(row.name)
                    : tr("A document needs a name; “%1” kept its name.").arg(row.name));
            return false;
        }
        status = participants ? m_project.renameParticipant(ParticipantId(row.id), text)
                              : m_project.renameDocument(DocumentId(row.id), text);
        done = tr("Renamed “%1” to “%2”.").arg(row.name, text);
    } else {
        const QString name = m_attributes[index.column() - FirstAttributeColumn].name;
        status = participants ? m_project.setParticipantAttribute(ParticipantId(row.id), name, text)
                              : m_project.setDocumentAttribute(DocumentId(row.id), name, text);
        done = text.isEmpty() ? tr("Cleared %1 of %2.").arg(name, row.name)
                              : tr("Set %1 of %2 to “%3”.").arg(name, row.name, text);
    }
    if (!status) {
        emit problem(status.error().message);
        return false;
    }
    emit statusMessage(done);
    return true;
}

} // namespace tessera::ui
