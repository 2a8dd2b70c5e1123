#pragma once

#include "ConsensusResolution.h"
#include "agreement/Disagreements.h"
#include "agreement/ProjectAgreement.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace tessera::ui {

// What the Agreement tab asks for: the figures for the options and the disagreements between
// the same coders, codes and documents, with where the Consensus coder stands on each.
struct ComparisonRequest {
    QString projectPath;
    AgreementOptions options;
    std::optional<CoderId> consensus;
};

struct ComparisonOutcome {
    std::optional<AgreementReport> report;
    QString reportError; // why there is no report
    QList<Disagreement> disagreements;
    QList<Resolution> resolutions; // one per disagreement
    QString disagreementsError;
    QStringList documentNames; // the documents compared
};

// Computes agreement and disagreements off the UI thread (DESIGN.md, Threads), on a connection
// of its own to the project file, so the window never waits for a large project. One run at a
// time: asking again while busy queues the newest request and drops the running one's result,
// which would already be out of date.
class AgreementRunner : public QObject {
    Q_OBJECT

public:
    explicit AgreementRunner(QObject* parent = nullptr);
    ~AgreementRunner() override;

    void start(const ComparisonRequest& request);
    bool isBusy() const;
    // Blocks until the newest request's outcome has been delivered (tests, screenshots).
    void waitForFinished();

    // The work itself, on the calling thread.
    static ComparisonOutcome compute(const ComparisonRequest& request);

signals:
    void finished(const tessera::ui::ComparisonOutcome& outcome);

private:
    void launch(const ComparisonRequest& request);
    void done();

    QFutureWatcher<ComparisonOutcome> m_watcher;
    std::optional<ComparisonRequest> m_pending;
    bool m_busy = false; // from launch until the newest outcome is delivered
};

} // namespace tessera::ui
