#pragma once

#include "AgreementRunner.h"
#include "common/WorkbenchState.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace tessera::ui {

class AgreementPanel;
class ComparisonChoices;
class DisagreementPanel;
struct UserPrompts;

// The "Agreement" tab of the window: what to compare (coders, codes, documents) beside two
// tabs, the agreement figures and the disagreement review, both over the same choices. The
// figures are computed off the UI thread whenever the project or a choice changes, and only
// while the tab is on screen. While blind coding is on it shows a notice instead, with a button
// to turn blind coding off: comparing is the team's choice, made once everyone has coded.
class AgreementView : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Agreement, Disagreements };

    AgreementView(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);

    void showTab(Tab tab);
    Tab currentTab() const;
    QWidget* focusTarget() const;

    // Computes again now (the results arrive asynchronously; refreshed() tells when).
    void refresh();
    // refresh() and wait for its results (tests, screenshots).
    void refreshAndWait();
    bool isBusy() const;
    bool showsBlindNotice() const;

    ComparisonChoices* choices() const { return m_choices; }
    AgreementPanel* agreement() const { return m_agreement; }
    DisagreementPanel* disagreements() const { return m_disagreements; }
    QTabWidget* tabs() const { return m_tabs; }
    QWidget* blindNotice() const { return m_notice; }
    QPushButton* compareNowButton() const { return m_compareNow; }

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildNotice();
    void markStale();
    void scheduleRefresh();
    void compareNow();
    void deliver(const ComparisonOutcome& outcome);

    WorkbenchState& m_state;
    QStackedWidget* m_stack;
    QWidget* m_main;
    ComparisonChoices* m_choices;
    QTabWidget* m_tabs;
    AgreementPanel* m_agreement;
    DisagreementPanel* m_disagreements;
    QWidget* m_notice = nullptr;
    QPushButton* m_compareNow = nullptr;
    AgreementRunner m_runner;
    QTimer m_refreshTimer;
    bool m_stale = true;
    // What the newest request compared, for the outcome it brings back.
    QStringList m_coderNames;
    bool m_withConsensus = false;
    bool m_codesChosen = false;
    bool m_allDocuments = true;
};

} // namespace tessera::ui
