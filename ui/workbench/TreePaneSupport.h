#pragma once

#include <QKeySequence>
#include <QList>
#include <QModelIndex>
#include <QSet>
#include <QString>
#include <QTreeView>

#include <utility>

class QAbstractItemModel;
class QAction;
class QToolBar;

namespace tessera::ui {

// What the Codes and Themes docks build alike: their actions, a toolbar of short buttons, a
// tree that drags and takes drops, and the rows the user collapsed or chose kept across the
// model resets every project change brings.

// An action of the pane with its tooltip as status tip. Its shortcut works only while the pane
// has focus: Delete and F2 mean other things in other panes.
QAction* addPaneAction(QWidget* pane, const QString& text, const QString& tip,
                       const QKeySequence& key);

// A text-only toolbar with one button per (action, short label): the dock is narrow; menus and
// tooltips carry the full names. Each button follows its action's enabled state.
void fillPaneToolBar(QToolBar* toolBar, const QString& accessibleName,
                     const QList<std::pair<QAction*, QString>>& buttons);

// A tree of the model whose name column stretches and other columns fit their contents, with a
// custom context menu. F2 edits in place; double-click and Enter are left to `activated`.
void setUpPaneTree(QTreeView* view, QAbstractItemModel* model, int nameColumn);

// Makes a valid index current and scrolls to it.
void selectRow(QTreeView* view, const QModelIndex& index);

// After a reset, selects the row that was current again; false when it is gone.
bool reselectRow(QTreeView* view, const QModelIndex& index);

// Keeps `collapsed` (ids, as `idAt` reads them from an index) in step with what the user
// collapses and expands, and opens a row that gains children so a new one shows.
template <typename Id, typename IdAt>
void trackCollapsedRows(QObject* context, QTreeView* view, QSet<Id>& collapsed, IdAt idAt)
{
    QObject::connect(view, &QTreeView::collapsed, context,
                     [&collapsed, idAt](const QModelIndex& index) {
                         if (const auto id = idAt(index)) {
                             collapsed.insert(*id);
                         }
                     });
    QObject::connect(view, &QTreeView::expanded, context,
                     [&collapsed, idAt](const QModelIndex& index) {
                         if (const auto id = idAt(index)) {
                             collapsed.remove(*id);
                         }
                     });
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, context,
                     [view](const QModelIndex& parentIndex) { view->expand(parentIndex); });
}

// After a reset: everything expanded but the rows the user collapsed (`indexOf` finds an id's
// row).
template <typename Id, typename IndexOf>
void restoreCollapsedRows(QTreeView* view, const QSet<Id>& collapsed, IndexOf indexOf)
{
    view->expandAll();
    for (const Id id : collapsed) {
        view->collapse(indexOf(id));
    }
}

} // namespace tessera::ui
