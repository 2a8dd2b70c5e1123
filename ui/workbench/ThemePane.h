#pragma once

#include "common/WorkbenchState.h"

#include <QSet>
#include <QWidget>

class QAction;
class QToolBar;
class QTreeView;

namespace tessera::ui {

class ThemeTreeModel;
struct UserPrompts;

// The Themes dock: overarching themes, themes and subthemes with their linked codes and
// counts. Codes dragged from the code tree are linked to the theme they are dropped on.
class ThemePane : public QWidget {
    Q_OBJECT

public:
    ThemePane(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    ThemeTreeModel* model() const { return m_model; }
    QList<QAction*> menuActions() const;
    std::optional<ThemeId> currentTheme() const; // the theme row, or the theme of a code row
    void selectTheme(ThemeId id);

    void newTheme(bool asSubtheme);
    void editCurrentTheme();
    void deleteCurrentTheme();
    void removeCurrentCodeFromTheme();

signals:
    void themeActivated(tessera::ThemeId id);
    void codeActivated(tessera::CodeId id);
    void currentThemeChanged(std::optional<tessera::ThemeId> id);
    void currentCodeChanged(tessera::CodeId id);
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void updateActions();
    void restoreViewAfterReset();

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    ThemeTreeModel* m_model;
    QToolBar* m_toolBar;
    QTreeView* m_view;
    QAction* m_new;
    QAction* m_newSub;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_removeCode;
    QSet<ThemeId> m_collapsed;
    std::optional<ThemeId> m_current;
};

} // namespace tessera::ui
