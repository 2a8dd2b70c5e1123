#include "CodingController.h"

#include "ErrorReporter.h"
#include "UiText.h"
#include "WorkbenchActions.h"
#include "common/CodingOperations.h"
#include "project/Project.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QPlainTextEdit>

namespace tessera::ui {

CodingController::CodingController(WorkbenchState& state, TranscriptView& transcript,
                                   WorkbenchActions& actions, ErrorReporter& reporter,
                                   QObject* parent)
    : QObject(parent), m_state(state), m_transcript(transcript), m_actions(actions),
      m_reporter(reporter)
{
    for (int i = 0; i < m_actions.recentCodes.size(); ++i) {
        connect(m_actions.recentCodes[i], &QAction::triggered, this,
                [this, i] { applyRecentCode(i); });
    }
    connect(m_actions.inVivo, &QAction::triggered, this, &CodingController::codeInVivo);
    connect(m_actions.codeTurn, &QAction::triggered, this, &CodingController::codeTurnWithLastCode);
    connect(m_actions.removeCoding, &QAction::triggered, this,
            &CodingController::removeSelectedCoding);
    connect(m_actions.keyQuote, &QAction::triggered, this, &CodingController::toggleKeyQuote);
    connect(&m_state, &WorkbenchState::recentCodesChanged, this,
            &CodingController::updateRecentActions);
    connect(&m_state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Codes)) {
            updateRecentActions();
        }
    });
    updateRecentActions();
}

void CodingController::updateRecentActions()
{
    const QList<CodeId> recent = m_state.recentCodes();
    for (int i = 0; i < m_actions.recentCodes.size(); ++i) {
        QAction* action = m_actions.recentCodes[i];
        const auto code = i < recent.size() ? m_state.project().code(recent[i]) : std::nullopt;
        // Never hidden or disabled: the shortcut then still answers, explaining that no code is
        // there yet instead of doing nothing.
        action->setText(code ? QStringLiteral("&%1 %2").arg(i + 1).arg(code->path)
                             : tr("&%1 (no code yet)").arg(i + 1));
    }
}

void CodingController::applyRecentCode(int index)
{
    const QList<CodeId> recent = m_state.recentCodes();
    if (index < 0 || index >= recent.size()) {
        m_reporter.showProblem(
            tr("No code is on Ctrl+%1 yet: the codes you apply are put on Ctrl+1…Ctrl+9.")
                .arg(index + 1));
        return;
    }
    const CodeId code = recent[index];
    const TextRange range = m_state.selection();
    auto coding = applyCode(m_state, range, code);
    if (!coding) {
        m_reporter.showProblem(coding.error().message);
        return;
    }
    m_reporter.showMessage(
        tr("Applied “%1” to %2.")
            .arg(m_state.project().code(code)->path,
                 countOf(range.end - range.start, tr("%1 character"), tr("%1 characters"))));
}

void CodingController::codeInVivo()
{
    const TextRange range = m_state.selection();
    auto coding = tessera::ui::codeInVivo(m_state, range);
    if (!coding) {
        m_reporter.showProblem(coding.error().message);
        return;
    }
    if (const auto c = m_state.project().coding(*coding)) {
        m_reporter.showMessage(
            tr("Coded in vivo as “%1”.").arg(m_state.project().code(c->codeId)->path));
    }
}

std::optional<qsizetype> CodingController::caretPosition() const
{
    const TextRange selection = m_state.selection();
    if (!selection.isEmpty()) {
        return selection.start;
    }
    if (!m_state.currentDocument()) {
        return std::nullopt;
    }
    return m_transcript.editor()->textCursor().position();
}

void CodingController::codeTurnWithLastCode()
{
    const QList<CodeId> recent = m_state.recentCodes();
    if (recent.isEmpty()) {
        m_reporter.showProblem(tr("Apply a code once first; this command reuses the last code."));
        return;
    }
    const auto document = m_state.currentDocument();
    const auto position = caretPosition();
    if (!document || !position) {
        m_reporter.showProblem(tr("Open a transcript and click in a speaker's turn first."));
        return;
    }
    const auto turn = turnRangeAt(m_state.project(), *document, *position);
    if (!turn) {
        m_reporter.showProblem(tr("The cursor is not inside a speaker's turn."));
        return;
    }
    auto coding = applyCode(m_state, *turn, recent.first());
    if (!coding) {
        m_reporter.showProblem(coding.error().message);
        return;
    }
    m_reporter.showMessage(
        tr("Coded the whole turn as “%1”.").arg(m_state.project().code(recent.first())->path));
}

void CodingController::removeSelectedCoding()
{
    const auto id = m_transcript.selectedCoding();
    if (!id) {
        m_reporter.showProblem(
            tr("Select a coding first: click its stripe beside the transcript."));
        return;
    }
    if (auto st = m_state.project().removeCoding(*id); !st) {
        m_reporter.showProblem(st.error().message);
        return;
    }
    m_reporter.showMessage(tr("Removed the coding. Ctrl+Z brings it back."));
}

void CodingController::toggleKeyQuote()
{
    const auto id = m_transcript.selectedCoding();
    const auto coding = id ? m_state.project().coding(*id) : std::nullopt;
    if (!coding) {
        m_reporter.showProblem(
            tr("Select a coding first: click its stripe beside the transcript."));
        return;
    }
    if (auto st = m_state.project().setKeyQuote(coding->id, !coding->keyQuote); !st) {
        m_reporter.showProblem(st.error().message);
        return;
    }
    m_reporter.showMessage(coding->keyQuote ? tr("No longer a key quote.")
                                            : tr("Marked as a key quote."));
}

} // namespace tessera::ui
