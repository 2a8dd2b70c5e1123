#include "AgreementRunner.h"

#include "project/Project.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace tessera::ui {

AgreementRunner::AgreementRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ComparisonOutcome>::finished, this, &AgreementRunner::done);
}

AgreementRunner::~AgreementRunner()
{
    // The worker holds only its own connection and copies of the request: let it finish
    // rather than leave a thread writing into a destroyed watcher.
    m_watcher.waitForFinished();
}

void AgreementRunner::start(const ComparisonRequest& request)
{
    if (isBusy()) {
        m_pending = request;
        return;
    }
    launch(request);
}

bool AgreementRunner::isBusy() const
{
    return m_busy;
}

void AgreementRunner::waitForFinished()
{
    while (isBusy()) {
        m_watcher.waitForFinished();
        // Delivers the watcher's finished(), which may launch the queued request.
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents();
    }
}

void AgreementRunner::launch(const ComparisonRequest& request)
{
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([request] { return compute(request); }));
}

void AgreementRunner::done()
{
    if (m_pending) {
        const ComparisonRequest next = *std::exchange(m_pending, std::nullopt);
        launch(next);
        return;
    }
    m_busy = false;
    emit finished(m_watcher.result());
}

ComparisonOutcome AgreementRunner::compute(const ComparisonRequest& request)
{
    ComparisonOutcome outcome;
    auto opened = Project::open(request.projectPath);
    if (!opened) {
        outcome.reportError = opened.error().message;
        outcome.disagreementsError = opened.error().message;
        return outcome;
    }
    const Project& project = **opened;
    const AgreementOptions& options = request.options;
    for (const Document& document : project.documents()) {
        if (options.documents.isEmpty() || options.documents.contains(document.id)) {
            outcome.documentNames << document.name;
        }
    }
    auto report = computeAgreement(project, options);
    if (report) {
        outcome.report = std::move(report).value();
    } else {
        outcome.reportError = report.error().message;
    }
    // The disagreements cover the codes reported one by one: the domain's when there is one.
    const QList<CodeId> codes = options.domain.isEmpty() ? options.codes : options.domain;
    auto found = disagreements(project, options.coders, codes, options.documents);
    if (!found) {
        outcome.disagreementsError = found.error().message;
        return outcome;
    }
    outcome.disagreements = std::move(found).value();
    CodingRanges ranges;
    ConsensusCoverage coverage;
    loadResolutionInput(project, options.coders, request.consensus, ranges, coverage);
    outcome.resolutions.reserve(outcome.disagreements.size());
    for (const Disagreement& disagreement : std::as_const(outcome.disagreements)) {
        outcome.resolutions << resolutionOf(disagreement, ranges, coverage);
    }
    return outcome;
}

} // namespace tessera::ui
