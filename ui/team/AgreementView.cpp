#include "AgreementView.h"

#include "AgreementPanel.h"
#include "ComparisonChoices.h"
#include "DisagreementPanel.h"
#include "project/Project.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::ui {

AgreementView::AgreementView(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_stack(new QStackedWidget(this)), m_main(new QWidget),
      m_choices(new ComparisonChoices), m_tabs(new QTabWidget),
      m_agreement(new AgreementPanel(prompts)), m_disagreements(new DisagreementPanel(state))
{
    setObjectName(QStringLiteral("agreementView"));
    setAccessibleName(tr("Agreement and disagreements"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, m_main);
    splitter->addWidget(m_choices);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_agreement, tr("Agreement"));
    m_tabs->addTab(m_disagreements, tr("Disagreements"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({240, 1000});
    mainLayout->addWidget(splitter);
    m_stack->addWidget(m_main);
    m_stack->addWidget(buildNotice());

    m_agreement->setExportDirectory(QFileInfo(state.project().filePath()).absolutePath());

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AgreementView::refresh);
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        const ProjectChanges relevant = ProjectChange::Codings | ProjectChange::Codes |
                                        ProjectChange::Coders | ProjectChange::Documents |
                                        ProjectChange::Speakers | ProjectChange::Settings;
        if (what & relevant) {
            markStale();
        }
    });
    connect(&state, &WorkbenchState::blindCodingChanged, this, &AgreementView::markStale);
    connect(m_choices, &ComparisonChoices::changed, this, &AgreementView::scheduleRefresh);
    connect(m_agreement, &AgreementPanel::optionsChanged, this, &AgreementView::scheduleRefresh);
    connect(&m_runner, &AgreementRunner::finished, this, &AgreementView::deliver);
    connect(m_agreement, &AgreementPanel::statusMessage, this, &AgreementView::statusMessage);
    connect(m_agreement, &AgreementPanel::problem, this, &AgreementView::problem);
    connect(m_disagreements, &DisagreementPanel::statusMessage, this,
            &AgreementView::statusMessage);
    connect(m_disagreements, &DisagreementPanel::problem, this, &AgreementView::problem);
}

QWidget* AgreementView::buildNotice()
{
    m_notice = new QWidget;
    m_notice->setObjectName(QStringLiteral("blindCodingNotice"));
    // A column of readable width in the middle: a word-wrapped label given an alignment in its
    // layout would get its one-line height and be cut.
    auto* column = new QWidget(m_notice);
    column->setMaximumWidth(600);
    auto* columnLayout = new QVBoxLayout(column);
    auto* title = new QLabel(tr("Blind coding is on: compare when the team is ready"), column);
    title->setObjectName(QStringLiteral("blindCodingTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    columnLayout->addWidget(title);
    auto* text = new QLabel(
        tr("Each coder sees only their own codings, so nobody is swayed by a colleague's "
           "choices. Comparing shows everyone's codings to everyone: turn blind coding off once "
           "the whole team has finished coding."),
        column);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(8);
    m_compareNow = new QPushButton(tr("&Compare now (turn blind coding off)"), column);
    m_compareNow->setObjectName(QStringLiteral("compareNowButton"));
    columnLayout->addWidget(m_compareNow, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(m_notice);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    connect(m_compareNow, &QPushButton::clicked, this, &AgreementView::compareNow);
    return m_notice;
}

void AgreementView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

AgreementView::Tab AgreementView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QWidget* AgreementView::focusTarget() const
{
    if (showsBlindNotice()) {
        return m_compareNow;
    }
    return currentTab() == Tab::Agreement ? static_cast<QWidget*>(m_agreement->resultsTree())
                                          : m_disagreements->table();
}

bool AgreementView::showsBlindNotice() const
{
    return m_stack->currentWidget() == m_notice;
}

bool AgreementView::isBusy() const
{
    return m_runner.isBusy() || m_refreshTimer.isActive();
}

void AgreementView::markStale()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer.start();
    }
}

void AgreementView::scheduleRefresh()
{
    m_refreshTimer.start();
}

void AgreementView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_refreshTimer.start();
    }
}

void AgreementView::compareNow()
{
    if (auto st = m_state.project().setBlindCoding(false); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Blind coding is off: every coder's codings are visible again."));
}

void AgreementView::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    const Project& project = m_state.project();
    m_choices->refill(project);
    if (m_state.blindCoding()) {
        m_stack->setCurrentWidget(m_notice);
        return;
    }
    m_stack->setCurrentWidget(m_main);
    const bool domain = m_agreement->domainMode();
    m_choices->setCodesHint(domain ? tr("Tick the domain's codes (at least two).")
                                   : tr("None ticked: every code the coders applied."));
    AgreementOptions options;
    options.coders = m_choices->coders();
    if (options.coders.size() < 2) {
        const QString message = tr("Tick at least two coders to compare.");
        m_agreement->showMessage(message);
        m_disagreements->showMessage(message);
        emit refreshed();
        return;
    }
    options.unit = m_agreement->unit();
    (domain ? options.domain : options.codes) = m_choices->codes();
    options.documents = m_choices->documents();
    m_coderNames.clear();
    for (const CoderId id : std::as_const(options.coders)) {
        m_coderNames << project.coder(id).value_or(Coder{}).name;
    }
    // Resolutions go to the Consensus coder (the first one creates it), unless it is one of
    // the coders compared.
    auto consensus = consensusCoder(project);
    m_withConsensus = !consensus || !options.coders.contains(*consensus);
    if (!m_withConsensus) {
        consensus.reset();
    }
    m_codesChosen = !options.codes.isEmpty();
    m_allDocuments = m_choices->allDocuments();
    m_agreement->showPending();
    m_disagreements->showPending();
    m_runner.start({project.filePath(), options, consensus});
}

void AgreementView::refreshAndWait()
{
    refresh();
    m_runner.waitForFinished();
}

void AgreementView::deliver(const ComparisonOutcome& outcome)
{
    if (outcome.report) {
        AgreementScope scope;
        scope.projectTitle = m_state.project().title().isEmpty()
                                 ? QFileInfo(m_state.project().filePath()).completeBaseName()
                                 : m_state.project().title();
        scope.documents = outcome.documentNames;
        scope.allDocuments = m_allDocuments;
        scope.codesChosen = m_codesChosen;
        m_agreement->showReport(*outcome.report, scope);
    } else {
        m_agreement->showMessage(outcome.reportError);
    }
    if (outcome.disagreementsError.isEmpty()) {
        m_disagreements->showDisagreements(outcome.disagreements, outcome.resolutions, m_coderNames,
                                           m_withConsensus);
    } else {
        m_disagreements->showMessage(outcome.disagreementsError);
    }
    emit refreshed();
}

} // namespace tessera::ui
