#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace tessera::ui {

class RetrievalModel;

// The Retrieval dock: every excerpt of a code or theme with document, speaker, code and coder.
// Enter or double-click jumps to the passage in its transcript; Ctrl+C copies the selected
// excerpts as citations ("“text” (Focus group 2, P3)"), separated by blank lines.
class RetrievalPane : public QWidget {
    Q_OBJECT

public:
    explicit RetrievalPane(WorkbenchState& state, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    RetrievalModel* model() const { return m_model; }
    QLabel* titleLabel() const { return m_title; }

    void showCode(CodeId code, bool includeSubCodes);
    void showTheme(ThemeId theme);
    // The selected rows as citations; all rows when none is selected.
    QString citationsOfSelection() const;
    void copySelection();
    void jumpTo(int row);

signals:
    void statusMessage(const QString& message);

private:
    QList<int> chosenRows() const;

    WorkbenchState& m_state;
    RetrievalModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QAction* m_copy;
};

} // namespace tessera::ui
