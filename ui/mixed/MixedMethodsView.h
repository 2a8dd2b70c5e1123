#pragma once

#include "common/WorkbenchState.h"
#include "workbench/ExportController.h"

#include <QTimer>
#include <QWidget>

class QTabWidget;

namespace tessera::ui {

class JointDisplayPanel;
class MatrixPanel;
class SurveySummaryPanel;

// The "Survey & Matrix" tab of the window: the survey summary, the joint display and the
// code × attribute matrix as three tabs. All follow Project::changed (codings, codes, themes,
// attributes, surveys, speakers, the facilitator setting) and the coder filter; a tab that is
// not on screen is brought up to date when it is shown, so coding with the view hidden costs
// nothing. Export asks the window (exportRequested) to write the file off the UI thread.
class MixedMethodsView : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Summary, Joint, Matrix };

    explicit MixedMethodsView(WorkbenchState& state, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    void showTab(Tab tab);
    Tab currentTab() const;
    SurveySummaryPanel* summary() const { return m_summary; }
    JointDisplayPanel* joint() const { return m_joint; }
    MatrixPanel* matrix() const { return m_matrix; }
    QWidget* focusTarget() const;

    // Brings every tab up to date now (tests, the launcher); changes otherwise refresh on the
    // next turn of the event loop.
    void refreshAll();

signals:
    void exportRequested(tessera::ui::ExportController::Kind kind,
                         const tessera::ui::TableExportOptions& options);
    void importSurveyRequested();
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markStale();
    void refreshCurrent();
    void requestExport(ExportController::Kind kind);

    WorkbenchState& m_state;
    QTabWidget* m_tabs;
    SurveySummaryPanel* m_summary;
    JointDisplayPanel* m_joint;
    MatrixPanel* m_matrix;
    QTimer m_refreshTimer;
    QList<bool> m_stale; // per Tab
};

} // namespace tessera::ui
