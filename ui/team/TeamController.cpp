#include "TeamController.h"

#include "project/Project.h"
#include "workbench/WorkbenchActions.h"

#include <QAction>
#include <QSignalBlocker>

namespace tessera::ui {

TeamController::TeamController(WorkbenchState& state, WorkbenchActions& actions, QObject* parent)
    : QObject(parent), m_state(state), m_actions(actions)
{
    // triggered, not toggled: only the user's click changes the setting; sync() only shows it.
    connect(actions.blindCoding, &QAction::triggered, this, &TeamController::setBlind);
    connect(&state, &WorkbenchState::blindCodingChanged, this, &TeamController::sync);
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, &TeamController::syncOnlyMine);
    sync();
}

void TeamController::setBlind(bool on)
{
    if (auto st = m_state.project().setBlindCoding(on); !st) {
        sync();
        emit problem(st.error().message);
        return;
    }
    const auto coder = m_state.project().currentCoder();
    emit statusMessage(on ? tr("Blind coding is on: each coder sees only their own codings "
                               "(now %1's).")
                                .arg(coder ? coder->name : QString())
                          : tr("Blind coding is off: every coder's codings are visible again."));
}

void TeamController::sync()
{
    m_actions.setBlindCoding(m_state.blindCoding());
    syncOnlyMine();
}

void TeamController::syncOnlyMine()
{
    // Showing the state, not choosing it: the action's toggled() would store "only mine" as the
    // user's own choice.
    const QSignalBlocker blocker(m_actions.onlyMyCodings);
    m_actions.onlyMyCodings->setChecked(m_state.onlyMyCodings());
}

} // namespace tessera::ui
