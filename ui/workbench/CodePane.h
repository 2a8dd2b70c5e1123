#pragma once

#include "common/WorkbenchState.h"

#include <QSet>
#include <QWidget>

class QAction;
class QMenu;
class QToolBar;
class QTreeView;

namespace tessera::ui {

class CodeTreeModel;
struct UserPrompts;

// The Codes dock: the code tree with counts, its toolbar and context menu (new code, new
// sub-code, edit, delete, merge, add to theme), drag and drop (nest, merge, apply to text,
// link to themes) and the choice between nesting and merging when a code is dropped on another.
class CodePane : public QWidget {
    Q_OBJECT

public:
    CodePane(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    CodeTreeModel* model() const { return m_model; }
    // New code, New sub-code, Edit, Rename, Delete, Merge: for the Code menu.
    QList<QAction*> menuActions() const;
    std::optional<CodeId> currentCode() const;
    void selectCode(CodeId id);

    void newCode(bool asSubCode);
    void editCurrentCode();
    void deleteCurrentCode();
    void mergeCurrentCode();
    // What a drop of codes onto another code does: asks "move here" or "merge", then acts.
    void handleCodesDropped(const QList<CodeId>& sources, CodeId target);

signals:
    void codeActivated(tessera::CodeId id, bool includeSubCodes);
    void currentCodeChanged(std::optional<tessera::CodeId> id);
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void showContextMenu(const QPoint& pos);
    void updateActions();
    void restoreViewAfterReset();
    void mergeCodes(const QList<CodeId>& sources, CodeId target);
    int codingCountWithSubCodes(CodeId id) const;

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    CodeTreeModel* m_model;
    QToolBar* m_toolBar;
    QTreeView* m_view;
    QAction* m_new;
    QAction* m_newSub;
    QAction* m_edit;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_merge;
    QSet<CodeId> m_collapsed;
    std::optional<CodeId> m_current;
};

} // namespace tessera::ui
