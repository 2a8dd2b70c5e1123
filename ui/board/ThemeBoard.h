#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QTreeView;

namespace tessera::ui {

class ThemeBoardModel;
class ThemeCardList;
class ThemeDevelopment;
class ThemeQuotesPanel;
class UnthemedCodesModel;
struct UserPrompts;

// The theme board (Braun & Clarke phases 3–5): codes not yet in any theme on the left, then
// the candidate, reviewed and final themes side by side as cards with their codes, and under
// them the quotes of the chosen theme with "key quote" boxes. Codes are dragged onto a card
// (from the list here or from the code tree) to link them; cards are dragged to another
// column, or promoted and sent back with the toolbar, to change status. Split and merge work
// on the chosen card. Every change goes through the Project API (ThemeDevelopment), so
// Ctrl+Z undoes it like any other.
class ThemeBoard : public QWidget {
    Q_OBJECT

public:
    ThemeBoard(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);
    ~ThemeBoard() override;

    ThemeBoardModel* model() const { return m_model; }
    UnthemedCodesModel* unthemedModel() const { return m_unthemed; }
    QTreeView* unthemedView() const { return m_unthemedView; }
    ThemeCardList* column(ThemeStatus status) const;
    ThemeQuotesPanel* quotes() const { return m_quotes; }
    ThemeDevelopment* development() const { return m_development; }
    // New, promote, send back, split, merge, edit, add code: for the Themes menu.
    QList<QAction*> menuActions() const;

    std::optional<ThemeId> currentTheme() const { return m_current; }
    // Where the keyboard focus goes when the board is shown: the chosen card's column, or
    // the unthemed codes when no card is chosen.
    QWidget* focusTarget() const;
    void selectTheme(ThemeId id);

    void promoteCurrent();
    void sendBackCurrent();
    void splitCurrent();
    void mergeCurrent();
    void editCurrent();
    void linkSelectedCodesToCurrent();

signals:
    void currentThemeChanged(std::optional<tessera::ThemeId> id);
    void themeActivated(tessera::ThemeId id);
    void codeActivated(tessera::CodeId id);
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    QWidget* makeUnthemedPanel();
    QWidget* makeColumn(ThemeStatus status);
    QAction* addBoardAction(const QString& text, const QString& tip, const QKeySequence& key);
    void buildActions();
    void connectColumn(ThemeCardList* list);
    void setCurrent(std::optional<ThemeId> id);
    // After the cards changed: keeps the chosen theme selected wherever its card is now.
    void followCurrentCard();
    void updateActions();
    void updateHeadings();
    void showCardMenu(ThemeCardList* list, const QPoint& pos);
    void showCodeMenu(const QPoint& pos);
    QList<CodeId> selectedUnthemedCodes() const;

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    ThemeDevelopment* m_development;
    ThemeBoardModel* m_model;
    UnthemedCodesModel* m_unthemed;
    QToolBar* m_toolBar;
    QTreeView* m_unthemedView = nullptr;
    QLabel* m_unthemedHeading = nullptr;
    QList<ThemeCardList*> m_columns; // candidate, reviewed, final
    QList<QLabel*> m_columnHeadings;
    ThemeQuotesPanel* m_quotes = nullptr;
    QAction* m_new = nullptr;
    QAction* m_sendBack = nullptr;
    QAction* m_promote = nullptr;
    QAction* m_split = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_link = nullptr;
    std::optional<ThemeId> m_current;
    bool m_following = false;
};

} // namespace tessera::ui
