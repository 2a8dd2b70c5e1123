#include "RetrievalPane.h"

#include "UiText.h"
#include "models/RetrievalModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

// Keeps short columns (document, speaker, code, coder) on one line, elided, so only the
// excerpt wraps and decides a row's height.
class SingleLineDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

RetrievalPane::RetrievalPane(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_model(new RetrievalModel(state, this)),
      m_title(new QLabel(this)), m_view(new QTableView(this)),
      m_copy(new QAction(tr("&Copy with Attribution"), this))
{
    setAccessibleName(tr("Retrieval"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 0);
    m_title->setObjectName(QStringLiteral("retrievalTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Double-click a code or theme to see its excerpts."));
    m_title->setAccessibleName(tr("Retrieval title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    auto* copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copy);
    copyButton->setAutoRaise(true);
    header->addWidget(copyButton);
    layout->addLayout(header);

    m_copy->setShortcut(QKeySequence::Copy);
    // Ctrl+C means "copy citations" only here; the transcript and editors keep their own.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected excerpts with their attribution (Ctrl+C)"));
    m_copy->setEnabled(false);
    addAction(m_copy);

    m_view->setObjectName(QStringLiteral("retrievalTable"));
    m_view->setAccessibleName(tr("Excerpts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    for (int column = RetrievalModel::DocumentColumn; column < RetrievalModel::TextColumn;
         ++column) {
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
    }
    auto* singleLine = new SingleLineDelegate(m_view);
    for (int column = RetrievalModel::DocumentColumn; column < RetrievalModel::TextColumn;
         ++column) {
        m_view->setItemDelegateForColumn(column, singleLine);
    }
    m_view->setColumnWidth(RetrievalModel::DocumentColumn, 190);
    m_view->setColumnWidth(RetrievalModel::SpeakerColumn, 80);
    m_view->setColumnWidth(RetrievalModel::CodeColumn, 190);
    m_view->setColumnWidth(RetrievalModel::CoderColumn, 110);
    layout->addWidget(m_view, 1);

    connect(m_copy, &QAction::triggered, this, &RetrievalPane::copySelection);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { jumpTo(index.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_view->indexAt(pos);
        QMenu menu(this);
        QAction* jump =
            menu.addAction(tr("&Go to Passage"), this, [this, row = index.row()] { jumpTo(row); });
        jump->setEnabled(index.isValid());
        menu.addAction(m_copy);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &RetrievalModel::titleChanged, m_title, &QLabel::setText);
    const auto updateCopy = [this] { m_copy->setEnabled(m_model->rowCount() > 0); };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCopy);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCopy);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCopy);
}

void RetrievalPane::showCode(CodeId code, bool includeSubCodes)
{
    m_model->showCode(code, includeSubCodes);
    m_title->setText(m_model->title());
}

void RetrievalPane::showTheme(ThemeId theme)
{
    m_model->showTheme(theme);
    m_title->setText(m_model->title());
}

QList<int> RetrievalPane::chosenRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            rows << row;
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString RetrievalPane::citationsOfSelection() const
{
    QStringList citations;
    for (const int row : chosenRows()) {
        citations << m_model->citationAt(row);
    }
    return citations.join(QStringLiteral("\n\n"));
}

void RetrievalPane::copySelection()
{
    const QString text = citationsOfSelection();
    if (text.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(text);
    const int count = int(chosenRows().size());
    emit statusMessage(
        tr("Copied %1 with attribution.").arg(countOf(count, tr("%1 excerpt"), tr("%1 excerpts"))));
}

void RetrievalPane::jumpTo(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    const TextRange range = m_model->rangeAt(row);
    m_state.setCurrentDocument(range.document);
    m_state.requestExcerpt(range);
}

} // namespace tessera::ui
