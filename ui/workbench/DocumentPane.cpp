#include "DocumentPane.h"

#include "models/DocumentFilterProxyModel.h"
#include "models/DocumentTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera::ui {

DocumentPane::DocumentPane(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_model(new DocumentTreeModel(state, this)),
      m_proxy(new DocumentFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTreeView(this))
{
    setAccessibleName(tr("Documents"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_filter->setPlaceholderText(tr("Filter by document or group name"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("documentTree"));
    m_view->setAccessibleName(tr("Document tree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DocumentTreeModel::CodingsColumn,
                                           QHeaderView::ResizeToContents);
    m_view->expandAll();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        m_view->expandAll();
    });
    // Groups appear collapsed after a reset (an import, an undo): keep them open.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        followCurrentDocument(m_state.currentDocument());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const auto id = m_model->documentAt(m_proxy->mapToSource(current))) {
                    emit documentChosen(*id);
                }
            });
    connect(&m_state, &WorkbenchState::currentDocumentChanged, this,
            &DocumentPane::followCurrentDocument);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DocumentPane::showContextMenu);
}

void DocumentPane::showContextMenu(const QPoint& pos)
{
    const auto id = m_model->documentAt(m_proxy->mapToSource(m_view->indexAt(pos)));
    if (!id) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("&Link Speakers…"), this, [this, id] { emit linkSpeakersRequested(*id); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DocumentPane::followCurrentDocument(std::optional<DocumentId> id)
{
    if (!id) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfDocument(*id));
    if (index.isValid() && m_view->currentIndex() != index) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace tessera::ui
