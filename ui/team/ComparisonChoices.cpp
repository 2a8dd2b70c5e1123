#include "ComparisonChoices.h"

#include "ConsensusResolution.h"
#include "project/Project.h"
#include "workbench/ColorSwatch.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QWidget* section(const QString& title, QWidget* list, QLabel* hint = nullptr)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(title, box);
    label->setBuddy(list);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    if (hint) {
        layout->addWidget(hint);
    }
    layout->addWidget(list, 1);
    return box;
}

QSet<qint64> tickedIds(const QListWidget* list)
{
    QSet<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids.insert(list->item(i)->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

void tickIds(QListWidget* list, const QSet<qint64>& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
}

QList<QTreeWidgetItem*> allItems(const QTreeWidget* tree)
{
    QList<QTreeWidgetItem*> items;
    QList<QTreeWidgetItem*> stack;
    for (int i = tree->topLevelItemCount() - 1; i >= 0; --i) {
        stack << tree->topLevelItem(i);
    }
    while (!stack.isEmpty()) {
        QTreeWidgetItem* item = stack.takeLast();
        items << item;
        for (int i = item->childCount() - 1; i >= 0; --i) {
            stack << item->child(i);
        }
    }
    return items;
}

} // namespace

ComparisonChoices::ComparisonChoices(QWidget* parent)
    : QWidget(parent), m_coders(new QListWidget(this)), m_codes(new QTreeWidget(this)),
      m_codesHint(new QLabel(this)), m_documents(new QListWidget(this))
{
    setObjectName(QStringLiteral("comparisonChoices"));
    setAccessibleName(tr("What to compare"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 6);
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    m_coders->setAccessibleName(tr("Coders to compare"));
    m_coders->setToolTip(tr("Tick two coders (character level) or two or more (turn level, "
                            "unitized)"));
    m_codes->setObjectName(QStringLiteral("agreementCodes"));
    m_codes->setAccessibleName(tr("Codes to compare"));
    m_codes->setHeaderHidden(true);
    m_codes->setRootIsDecorated(true);
    m_codesHint->setText(tr("None ticked: every code the coders applied."));
    m_codesHint->setWordWrap(true);
    m_codesHint->setForegroundRole(QPalette::PlaceholderText);
    m_documents->setObjectName(QStringLiteral("agreementDocuments"));
    m_documents->setAccessibleName(tr("Documents to compare"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(tr("C&oders"), m_coders));
    splitter->addWidget(section(tr("Co&des"), m_codes, m_codesHint));
    splitter->addWidget(section(tr("Docu&ments"), m_documents));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    layout->addWidget(splitter, 1);

    connect(m_coders, &QListWidget::itemChanged, this, [this] {
        if (!m_filling) {
            m_codersChosen = true;
        }
        noteChange();
    });
    connect(m_codes, &QTreeWidget::itemChanged, this, &ComparisonChoices::noteChange);
    connect(m_documents, &QListWidget::itemChanged, this, &ComparisonChoices::noteChange);
}

void ComparisonChoices::setCodesHint(const QString& hint)
{
    m_codesHint->setText(hint);
}

void ComparisonChoices::noteChange()
{
    if (!m_filling) {
        emit changed();
    }
}

void ComparisonChoices::refill(const Project& project)
{
    m_filling = true;
    fillCoders(project);
    fillCodes(project);
    fillDocuments(project);
    m_filling = false;
}

void ComparisonChoices::fillCoders(const Project& project)
{
    QSet<qint64> ticked = tickedIds(m_coders);
    const QList<Coder> coders = project.coders();
    if (!m_codersChosen) {
        // Two coders who have coded something make the first comparison worth reading; the
        // Consensus coder is compared on purpose, never by default.
        const auto consensus = consensusCoder(project);
        QList<qint64> withCodings;
        QList<qint64> others;
        for (const Coder& coder : coders) {
            if (coder.id == consensus) {
                continue;
            }
            int codings = 0;
            for (const CodeCounts& counts : project.codeCounts(coder.id)) {
                codings += counts.codings;
            }
            (codings > 0 ? withCodings : others) << coder.id.value;
        }
        const QList<qint64> preferred = withCodings + others;
        ticked = QSet<qint64>(preferred.begin(),
                              preferred.begin() + std::min<qsizetype>(2, preferred.size()));
    }
    m_coders->clear();
    for (const Coder& coder : coders) {
        auto* item = new QListWidgetItem(colorSwatch(coder.color), coder.name, m_coders);
        item->setData(kIdRole, coder.id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(ticked.contains(coder.id.value) ? Qt::Checked : Qt::Unchecked);
    }
}

void ComparisonChoices::fillCodes(const Project& project)
{
    QSet<qint64> ticked;
    for (const QTreeWidgetItem* item : allItems(m_codes)) {
        if (item->checkState(0) == Qt::Checked) {
            ticked.insert(item->data(0, kIdRole).toLongLong());
        }
    }
    m_codes->clear();
    QHash<qint64, QTreeWidgetItem*> items;
    for (const Code& code : project.codes()) {
        QTreeWidgetItem* parent = code.parentId ? items.value(code.parentId->value) : nullptr;
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_codes);
        item->setText(0, code.fields.name);
        item->setToolTip(0, code.path);
        item->setIcon(0, colorSwatch(code.fields.color));
        item->setData(0, kIdRole, code.id.value);
        // Each code is compared on its own codings: ticking a parent does not tick its children.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, ticked.contains(code.id.value) ? Qt::Checked : Qt::Unchecked);
        items.insert(code.id.value, item);
    }
    m_codes->expandAll();
}

void ComparisonChoices::fillDocuments(const Project& project)
{
    const QSet<qint64> ticked = tickedIds(m_documents);
    m_documents->clear();
    for (const Document& document : project.documents()) {
        auto* item = new QListWidgetItem(document.name, m_documents);
        item->setData(kIdRole, document.id.value);
        item->setToolTip(document.groupName.isEmpty()
                             ? document.name
                             : tr("%1 (%2)").arg(document.name, document.groupName));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool known = m_knownDocuments.contains(document.id.value);
        item->setCheckState(!known || ticked.contains(document.id.value) ? Qt::Checked
                                                                         : Qt::Unchecked);
        m_knownDocuments.insert(document.id.value);
    }
}

QList<CoderId> ComparisonChoices::coders() const
{
    QList<CoderId> ids;
    for (int i = 0; i < m_coders->count(); ++i) {
        if (m_coders->item(i)->checkState() == Qt::Checked) {
            ids << CoderId(m_coders->item(i)->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

QList<CodeId> ComparisonChoices::codes() const
{
    QList<CodeId> ids;
    for (const QTreeWidgetItem* item : allItems(m_codes)) {
        if (item->checkState(0) == Qt::Checked) {
            ids << CodeId(item->data(0, kIdRole).toLongLong());
        }
    }
    return ids;
}

bool ComparisonChoices::allDocuments() const
{
    return tickedIds(m_documents).size() == m_documents->count();
}

QList<DocumentId> ComparisonChoices::documents() const
{
    QList<DocumentId> ids;
    if (allDocuments()) {
        return ids;
    }
    for (int i = 0; i < m_documents->count(); ++i) {
        if (m_documents->item(i)->checkState() == Qt::Checked) {
            ids << DocumentId(m_documents->item(i)->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

QStringList ComparisonChoices::documentNames() const
{
    QStringList names;
    for (int i = 0; i < m_documents->count(); ++i) {
        if (m_documents->item(i)->checkState() == Qt::Checked) {
            names << m_documents->item(i)->text();
        }
    }
    return names;
}

void ComparisonChoices::setCoders(const QList<CoderId>& coders)
{
    QSet<qint64> ids;
    for (const CoderId id : coders) {
        ids.insert(id.value);
    }
    m_filling = true;
    tickIds(m_coders, ids);
    m_filling = false;
    m_codersChosen = true;
    emit changed();
}

void ComparisonChoices::setCodes(const QList<CodeId>& codes)
{
    m_filling = true;
    for (QTreeWidgetItem* item : allItems(m_codes)) {
        const bool on = codes.contains(CodeId(item->data(0, kIdRole).toLongLong()));
        item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    emit changed();
}

void ComparisonChoices::setDocuments(const QList<DocumentId>& documents)
{
    QSet<qint64> ids;
    for (const DocumentId id : documents) {
        ids.insert(id.value);
    }
    m_filling = true;
    for (int i = 0; i < m_documents->count(); ++i) {
        QListWidgetItem* item = m_documents->item(i);
        const bool on = ids.isEmpty() || ids.contains(item->data(kIdRole).toLongLong());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    emit changed();
}

} // namespace tessera::ui
