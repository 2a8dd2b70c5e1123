#include "TreePaneSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QToolBar>

namespace tessera::ui {

QAction* addPaneAction(QWidget* pane, const QString& text, const QString& tip,
                       const QKeySequence& key)
{
    auto* action = new QAction(text, pane);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addAction(action);
    return action;
}

void fillPaneToolBar(QToolBar* toolBar, const QString& accessibleName,
                     const QList<std::pair<QAction*, QString>>& buttons)
{
    toolBar->setAccessibleName(accessibleName);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const auto& [action, label] : buttons) {
        auto* button = new QAction(label, toolBar);
        button->setToolTip(action->toolTip());
        QObject::connect(button, &QAction::triggered, action, &QAction::trigger);
        QObject::connect(action, &QAction::enabledChanged, button, &QAction::setEnabled);
        toolBar->addAction(button);
    }
}

void setUpPaneTree(QTreeView* view, QAbstractItemModel* model, int nameColumn)
{
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    view->setExpandsOnDoubleClick(false);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    // DragDrop, not InternalMove: codes travel to the theme tree (a link, not a move) and the
    // transcript, while rows still move inside their own tree.
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < model->columnCount(); ++column) {
        header->setSectionResizeMode(column, column == nameColumn ? QHeaderView::Stretch
                                                                  : QHeaderView::ResizeToContents);
    }
    view->expandAll();
}

void selectRow(QTreeView* view, const QModelIndex& index)
{
    if (index.isValid()) {
        view->setCurrentIndex(index);
        view->scrollTo(index);
    }
}

bool reselectRow(QTreeView* view, const QModelIndex& index)
{
    if (!index.isValid()) {
        return false;
    }
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    return true;
}

} // namespace tessera::ui
