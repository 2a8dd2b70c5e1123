#include "MixedMethodsView.h"

#include "JointDisplayPanel.h"
#include "MatrixPanel.h"
#include "SurveySummaryPanel.h"
#include "project/Project.h"

#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui {

MixedMethodsView::MixedMethodsView(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_tabs(new QTabWidget(this)),
      m_summary(new SurveySummaryPanel(state)), m_joint(new JointDisplayPanel(state)),
      m_matrix(new MatrixPanel(state)), m_stale{true, true, true}
{
    setObjectName(QStringLiteral("mixedMethodsView"));
    setAccessibleName(tr("Survey and matrix"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_summary, tr("Survey Summary"));
    m_tabs->addTab(m_joint, tr("Joint Display"));
    m_tabs->addTab(m_matrix, tr("Code × Attribute Matrix"));
    layout->addWidget(m_tabs);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MixedMethodsView::refreshCurrent);
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        const ProjectChanges relevant = ProjectChange::Codings | ProjectChange::Codes |
                                        ProjectChange::Themes | ProjectChange::Attributes |
                                        ProjectChange::Surveys | ProjectChange::Speakers |
                                        ProjectChange::Documents | ProjectChange::Settings;
        if (what & relevant) {
            markStale();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &MixedMethodsView::markStale);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MixedMethodsView::refreshCurrent);

    connect(m_summary, &SurveySummaryPanel::exportRequested, this,
            [this] { requestExport(ExportController::Kind::SurveySummary); });
    connect(m_joint, &JointDisplayPanel::exportRequested, this,
            [this] { requestExport(ExportController::Kind::JointDisplay); });
    connect(m_matrix, &MatrixPanel::exportRequested, this,
            [this] { requestExport(ExportController::Kind::AttributeMatrix); });
    connect(m_summary, &SurveySummaryPanel::importRequested, this,
            &MixedMethodsView::importSurveyRequested);
    connect(m_summary, &SurveySummaryPanel::problem, this, &MixedMethodsView::problem);
    connect(m_joint, &JointDisplayPanel::problem, this, &MixedMethodsView::problem);
    connect(m_matrix, &MatrixPanel::problem, this, &MixedMethodsView::problem);
}

void MixedMethodsView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    refreshCurrent();
}

MixedMethodsView::Tab MixedMethodsView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QWidget* MixedMethodsView::focusTarget() const
{
    switch (currentTab()) {
    case Tab::Summary:
        return m_summary;
    case Tab::Joint:
        return m_joint->table();
    case Tab::Matrix:
        return m_matrix->matrixView();
    }
    return m_tabs;
}

void MixedMethodsView::markStale()
{
    m_stale = {true, true, true};
    if (isVisible()) {
        m_refreshTimer.start();
    }
}

void MixedMethodsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshCurrent();
}

void MixedMethodsView::refreshCurrent()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || !m_stale.value(tab)) {
        return;
    }
    m_stale[tab] = false;
    switch (Tab(tab)) {
    case Tab::Summary:
        m_summary->refresh();
        break;
    case Tab::Joint:
        m_joint->refresh();
        break;
    case Tab::Matrix:
        m_matrix->refresh();
        break;
    }
}

void MixedMethodsView::refreshAll()
{
    m_stale = {false, false, false};
    m_summary->refresh();
    m_joint->refresh();
    m_matrix->refresh();
}

void MixedMethodsView::requestExport(ExportController::Kind kind)
{
    TableExportOptions options;
    switch (kind) {
    case ExportController::Kind::SurveySummary:
        if (const auto survey = m_summary->currentSurvey()) {
            options.survey = *survey;
        }
        break;
    case ExportController::Kind::JointDisplay:
        if (const auto joint = m_joint->options()) {
            options.joint = *joint;
        }
        break;
    case ExportController::Kind::AttributeMatrix:
        if (const auto matrix = m_matrix->options()) {
            options.matrix = *matrix;
        }
        break;
    default:
        return;
    }
    emit exportRequested(kind, options);
}

} // namespace tessera::ui
