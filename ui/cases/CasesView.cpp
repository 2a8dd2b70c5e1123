#include "CasesView.h"

#include "AttributeDefinitionDialog.h"
#include "AttributeDelegate.h"
#include "AttributeSortProxy.h"
#include "AttributeTableModel.h"
#include "TableFileReader.h"
#include "workbench/UiText.h"
#include "workbench/UserPrompts.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

QString scopeNoun(AttributeScope scope, qsizetype n)
{
    return scope == AttributeScope::Participant
               ? countOf(n, CasesView::tr("%1 participant"), CasesView::tr("%1 participants"))
               : countOf(n, CasesView::tr("%1 document"), CasesView::tr("%1 documents"));
}

} // namespace

CasesView::CasesView(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_prompts(prompts), m_toolBar(new QToolBar(this)),
      m_filter(new QLineEdit(this)), m_note(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_reader(new TableFileReader(this))
{
    setObjectName(QStringLiteral("casesView"));
    setAccessibleName(tr("Participants and attributes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_addAttribute = addViewAction(tr("&Add Attribute…"),
                                   tr("Define a new attribute: a category, number, date or text"));
    m_deleteAttribute = addViewAction(tr("&Delete Attribute"),
                                      tr("Delete the attribute of the selected column, with its "
                                         "values"));
    m_importAttributes = addViewAction(tr("&Import Attributes…"),
                                       tr("Read attributes from a CSV or XLSX table whose first "
                                          "column names participants (or documents)"));
    m_addParticipant = addViewAction(tr("Add &Participant…"), tr("Add a participant by pseudonym"));
    m_deleteParticipant =
        addViewAction(tr("De&lete Participant"),
                      tr("Delete the selected participant (their speech and codings stay)"));
    m_toolBar->setAccessibleName(tr("Attribute tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_addAttribute, m_deleteAttribute, m_importAttributes});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_addParticipant, m_deleteParticipant});
    m_toolBar->addSeparator();
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setAccessibleName(tr("Filter participants and documents"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_toolBar->addWidget(m_filter);
    layout->addWidget(m_toolBar);

    m_note->setWordWrap(true);
    m_note->setContentsMargins(12, 6, 12, 6);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    m_participants = makePage(AttributeScope::Participant);
    m_documents = makePage(AttributeScope::Document);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_participants.view, tr("Participants"));
    m_tabs->addTab(m_documents.view, tr("Documents"));
    layout->addWidget(m_tabs, 1);
    fitColumns(AttributeScope::Participant);
    fitColumns(AttributeScope::Document);

    connect(m_addAttribute, &QAction::triggered, this, &CasesView::addAttribute);
    connect(m_deleteAttribute, &QAction::triggered, this, &CasesView::deleteCurrentAttribute);
    connect(m_importAttributes, &QAction::triggered, this, &CasesView::importAttributes);
    connect(m_addParticipant, &QAction::triggered, this, &CasesView::addParticipant);
    connect(m_deleteParticipant, &QAction::triggered, this, &CasesView::deleteCurrentParticipant);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_participants.proxy->setFilterText(text);
        m_documents.proxy->setFilterText(text);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        updateNote();
    });
    connect(m_reader, &TableFileReader::finished, this, &CasesView::finishImport);
    updateActions();
    updateNote();
}

CasesView::~CasesView()
{
    delete m_definitionDialog;
}

AttributeDefinitionDialog* CasesView::definitionDialog() const
{
    return m_definitionDialog;
}

QAction* CasesView::addViewAction(const QString& text, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

CasesView::Page CasesView::makePage(AttributeScope scope)
{
    Page page;
    page.model = new AttributeTableModel(m_state.project(), scope, this);
    page.proxy = new AttributeSortProxy(this);
    page.proxy->setSourceModel(page.model);
    page.view = new QTableView(this);
    const bool participants = scope == AttributeScope::Participant;
    page.view->setObjectName(participants ? QStringLiteral("participantTable")
                                          : QStringLiteral("documentAttributeTable"));
    page.view->setAccessibleName(participants ? tr("Participants") : tr("Documents"));
    page.view->setModel(page.proxy);
    page.view->setItemDelegate(new AttributeDelegate(page.view));
    page.view->setSortingEnabled(true);
    page.view->sortByColumn(-1, Qt::AscendingOrder); // the project's order until a click
    page.view->setAlternatingRowColors(true);
    page.view->setSelectionBehavior(QAbstractItemView::SelectItems);
    page.view->setSelectionMode(QAbstractItemView::SingleSelection);
    page.view->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    page.view->verticalHeader()->hide();
    // One line per row: long speaker lists and values are elided, their tooltips say all.
    page.view->setWordWrap(false);
    page.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    page.view->verticalHeader()->setDefaultSectionSize(page.view->fontMetrics().height() + 10);
    page.view->horizontalHeader()->setHighlightSections(false);
    page.view->horizontalHeader()->setStretchLastSection(true);

    connect(page.model, &AttributeTableModel::problem, this, &CasesView::problem);
    connect(page.model, &AttributeTableModel::statusMessage, this, &CasesView::statusMessage);
    connect(page.model, &QAbstractItemModel::modelReset, this, [this, scope] {
        fitColumns(scope);
        updateActions();
        updateNote();
    });
    connect(page.view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, scope](const QModelIndex& current) {
                updateActions();
                const qint64 id = current.data(AttributeTableModel::OwnerIdRole).toLongLong();
                if (id <= 0) {
                    return;
                }
                if (scope == AttributeScope::Participant) {
                    emit participantChosen(ParticipantId(id));
                } else {
                    emit documentChosen(DocumentId(id));
                }
            });
    return page;
}

void CasesView::fitColumns(AttributeScope scope)
{
    const Page& p = page(scope);
    if (!p.view) {
        return;
    }
    p.view->resizeColumnsToContents();
    for (int column = 0; column < p.model->columnCount(); ++column) {
        p.view->setColumnWidth(column, qBound(90, p.view->columnWidth(column) + 16, 320));
    }
}

const CasesView::Page& CasesView::page(AttributeScope scope) const
{
    return scope == AttributeScope::Participant ? m_participants : m_documents;
}

AttributeScope CasesView::currentScope() const
{
    return m_tabs->currentIndex() == 1 ? AttributeScope::Document : AttributeScope::Participant;
}

void CasesView::showScope(AttributeScope scope)
{
    m_tabs->setCurrentIndex(scope == AttributeScope::Document ? 1 : 0);
}

QTableView* CasesView::view(AttributeScope scope) const
{
    return page(scope).view;
}

AttributeTableModel* CasesView::model(AttributeScope scope) const
{
    return page(scope).model;
}

AttributeSortProxy* CasesView::proxy(AttributeScope scope) const
{
    return page(scope).proxy;
}

QWidget* CasesView::focusTarget() const
{
    return page(currentScope()).view;
}

void CasesView::selectOwner(AttributeScope scope, qint64 id)
{
    showScope(scope);
    const Page& p = page(scope);
    const int row = p.model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = p.proxy->mapFromSource(p.model->index(row, 0));
    p.view->setCurrentIndex(index);
    p.view->scrollTo(index);
}

void CasesView::updateActions()
{
    const Page& p = page(currentScope());
    const QModelIndex current = p.view ? p.view->currentIndex() : QModelIndex();
    m_deleteAttribute->setEnabled(current.isValid() &&
                                  p.model->attributeAt(p.proxy->mapToSource(current).column()));
    const bool participants = currentScope() == AttributeScope::Participant;
    m_addParticipant->setEnabled(participants);
    m_deleteParticipant->setEnabled(participants && current.isValid());
}

void CasesView::updateNote()
{
    const AttributeScope scope = currentScope();
    const Page& p = page(scope);
    QString note;
    if (p.model->rowCount() == 0) {
        note = scope == AttributeScope::Participant
                   ? tr("No participants yet. Link the speakers of a transcript to participants "
                        "(Document ▸ Link Speakers…), import a survey, or add one here.")
                   : tr("No documents yet: import transcripts first.");
    } else if (p.model->columnCount() == AttributeTableModel::FirstAttributeColumn) {
        note = tr("No attributes yet. Add one (for example Role or Years in practice), or import "
                  "a table of them from CSV or Excel.");
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void CasesView::addAttribute()
{
    if (m_definitionDialog) {
        m_definitionDialog->raise();
        m_definitionDialog->activateWindow();
        return;
    }
    const AttributeScope scope = currentScope();
    m_definitionDialog = new AttributeDefinitionDialog(m_state.project(), scope, window());
    m_definitionDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_definitionDialog, &AttributeDefinitionDialog::defined, this,
            [this, scope](const QString& name) {
                emit statusMessage(tr("Added the attribute “%1”.").arg(name));
                const Page& p = page(scope);
                const int column = p.model->columnOf(name);
                if (column >= 0 && p.model->rowCount() > 0) {
                    const QModelIndex first = p.proxy->index(0, column);
                    p.view->setCurrentIndex(first);
                    p.view->scrollTo(first);
                }
            });
    m_definitionDialog->open();
}

void CasesView::deleteCurrentAttribute()
{
    const AttributeScope scope = currentScope();
    const Page& p = page(scope);
    const auto attribute =
        p.model->attributeAt(p.proxy->mapToSource(p.view->currentIndex()).column());
    if (!attribute) {
        emit problem(tr("Click a cell in the column of the attribute to delete first."));
        return;
    }
    int values = 0;
    for (const auto& owner : m_state.project().attributeValues(scope)) {
        values += owner.value(attribute->name).isEmpty() ? 0 : 1;
    }
    QString question = tr("Delete the attribute “%1”?").arg(attribute->name);
    if (values > 0) {
        question +=
            QLatin1Char(' ') + tr("Its values for %1 go with it.").arg(scopeNoun(scope, values));
    }
    if (attribute->survey) {
        question += QLatin1Char(' ') + tr("It is a question of a survey; the survey summary will "
                                          "no longer show it.");
    }
    question += QLatin1Char(' ') + tr("Edit ▸ Undo brings it back.");
    if (!m_prompts.confirm(window(), tr("Delete Attribute"), question, tr("Delete"))) {
        return;
    }
    if (auto st = m_state.project().deleteAttribute(scope, attribute->name); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Deleted the attribute “%1”.").arg(attribute->name));
}

void CasesView::addParticipant()
{
    const auto pseudonym = m_prompts.askText(window(), tr("Add Participant"),
                                             tr("Pseudonym (never a real name):"), QString());
    if (!pseudonym || pseudonym->trimmed().isEmpty()) {
        return;
    }
    auto id = m_state.project().addParticipant(pseudonym->trimmed());
    if (!id) {
        emit problem(id.error().message);
        return;
    }
    selectOwner(AttributeScope::Participant, id->value);
    emit statusMessage(tr("Added the participant “%1”.").arg(pseudonym->trimmed()));
}

void CasesView::deleteCurrentParticipant()
{
    const Page& p = page(AttributeScope::Participant);
    const qint64 id = p.view->currentIndex().data(AttributeTableModel::OwnerIdRole).toLongLong();
    const auto participant = m_state.project().participant(ParticipantId(id));
    if (!participant) {
        emit problem(tr("Select a participant to delete first."));
        return;
    }
    const int speakers = int(m_state.project().speakersOfParticipant(participant->id).size());
    QString question =
        tr("Delete the participant “%1” and their attributes?").arg(participant->pseudonym);
    if (speakers > 0) {
        question +=
            QLatin1Char(' ') + tr("%1 will be unlinked; what they said and its codings stay.")
                                   .arg(countOf(speakers, tr("%1 speaker"), tr("%1 speakers")));
    }
    if (!m_prompts.confirm(window(), tr("Delete Participant"), question, tr("Delete"))) {
        return;
    }
    if (auto st = m_state.project().deleteParticipant(participant->id); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Deleted the participant “%1”.").arg(participant->pseudonym));
}

void CasesView::importAttributes()
{
    const QString path = m_prompts.openFile(window(), tr("Import Attributes"),
                                            tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        importAttributesFrom(path);
    }
}

void CasesView::importAttributesFrom(const QString& path)
{
    m_importScope = currentScope();
    emit statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_reader->read(path);
}

void CasesView::finishImport(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    const Result<DataTable>& table = m_reader->result();
    if (!table) {
        emit failure(tr("Cannot Import Attributes"), table.error().message);
        emit importFinished(false);
        return;
    }
    AttributeImportOptions options;
    options.scope = m_importScope;
    auto imported = m_state.project().importAttributes(*table, options);
    if (!imported) {
        emit failure(tr("Cannot Import Attributes"),
                     tr("%1: %2").arg(fileName, imported.error().message));
        emit importFinished(false);
        return;
    }
    const AttributeImportReport& r = *imported;
    m_lastReport = r;
    QString summary = tr("Imported attributes from %1: %2 updated, %3.")
                          .arg(fileName,
                               m_importScope == AttributeScope::Participant
                                   ? scopeNoun(AttributeScope::Participant, r.participantsUpdated)
                                   : scopeNoun(AttributeScope::Document, r.documentsUpdated),
                               countOf(r.valuesSet, tr("%1 value set"), tr("%1 values set")));
    if (!r.problems.isEmpty()) {
        summary += QLatin1Char(' ') + countOf(r.problems.size(), tr("%1 row was not imported."),
                                              tr("%1 rows were not imported."));
    }
    QStringList details;
    if (!r.attributesCreated.isEmpty()) {
        details << tr("New attributes:") << r.attributesCreated << QString();
    }
    if (!r.participantsCreated.isEmpty()) {
        details << tr("New participants:") << r.participantsCreated << QString();
    }
    if (!r.problems.isEmpty()) {
        details << tr("Not imported (fix the file and import it again; rows already imported "
                      "are simply set again):")
                << r.problems << QString();
    }
    if (!table->warnings.isEmpty()) {
        details << tr("Check:") << table->warnings;
    }
    QString text = summary;
    if (!r.problems.isEmpty()) {
        text += QStringLiteral("\n\n") + r.problems.mid(0, 5).join(QLatin1Char('\n'));
        if (r.problems.size() > 5) {
            text += QStringLiteral("\n…");
        }
    }
    emit report(tr("Attributes Imported"), text, details.join(QLatin1Char('\n')).trimmed());
    emit importFinished(true);
}

} // namespace tessera::ui
