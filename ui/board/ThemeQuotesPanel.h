#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QLabel;
class QListView;

namespace tessera::ui {

class ThemeQuotesModel;

// The bottom of the theme board: the excerpts of the theme chosen on the board, each with a
// "key quote for this theme" box. Space ticks the current quote; Enter (or a double-click)
// shows the passage in its transcript.
class ThemeQuotesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ThemeQuotesPanel(WorkbenchState& state, QWidget* parent = nullptr);

    void setTheme(std::optional<ThemeId> theme);
    ThemeQuotesModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString heading() const;

signals:
    void problem(const QString& message);

private:
    void updateHeading();

    WorkbenchState& m_state;
    ThemeQuotesModel* m_model;
    QLabel* m_heading;
    QListView* m_view;
};

} // namespace tessera::ui
