#pragma once

#include "common/WorkbenchState.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace tessera::ui {

class ThematicMapScene;
class ThematicMapView;

// The thematic map: overarching themes, themes, subthemes and their codes as nodes and links
// (core/map), laid out from the positions stored in the project and the automatic layout
// elsewhere. Moving nodes stores the whole layout as it is on screen (one undoable step per
// drag or run of arrow keys), so the automatic layout never rearranges what the researcher has
// arranged; Reset Layout goes back to it. Refreshes on theme, code and map changes and keeps
// the zoom. Export asks the window (exportRequested) so the file is written off the UI thread.
class ThematicMapPane : public QWidget {
    Q_OBJECT

public:
    explicit ThematicMapPane(WorkbenchState& state, QWidget* parent = nullptr);
    ~ThematicMapPane() override;

    ThematicMapScene* scene() const { return m_scene; }
    ThematicMapView* view() const { return m_view; }
    QList<QAction*> menuActions() const;
    QAction* resetLayoutAction() const { return m_reset; }

    // Rebuilds the map now (project changes rebuild it on the next turn of the event loop).
    void refresh();
    void resetLayout();

signals:
    void exportRequested();
    void statusMessage(const QString& message);
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QAction* addMapAction(const QString& text, const QString& tip, const QList<QKeySequence>& keys);
    void storeMoves(const QHash<QString, QPointF>& moved);
    // Names the focused node for screen readers, and in the status bar when `announce`.
    void describeFocus(bool announce);
    void updateZoomLabel(double zoom);

    WorkbenchState& m_state;
    ThematicMapScene* m_scene;
    ThematicMapView* m_view;
    QToolBar* m_toolBar;
    QLabel* m_zoomLabel;
    QLabel* m_emptyNote;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fit = nullptr;
    QAction* m_actualSize = nullptr;
    QAction* m_reset = nullptr;
    QAction* m_export = nullptr;
    QTimer m_refreshTimer;
    bool m_refreshPending = false;
    bool m_rebuilding = false;
    bool m_fitted = false;
};

} // namespace tessera::ui
