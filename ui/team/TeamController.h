#pragma once

#include "common/WorkbenchState.h"

#include <QObject>

namespace tessera::ui {

class WorkbenchActions;

// Binds Team ▸ Blind Coding to the project setting and keeps View ▸ Only My Codings in step
// with what the panes really show: checked and disabled (saying why) while blind coding forces
// it, the user's own choice again afterwards, and checked or not when a view lifts the filter
// (the disagreement review shows every coder's codings).
class TeamController : public QObject {
    Q_OBJECT

public:
    TeamController(WorkbenchState& state, WorkbenchActions& actions, QObject* parent = nullptr);

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void setBlind(bool on);
    void sync();
    void syncOnlyMine();

    WorkbenchState& m_state;
    WorkbenchActions& m_actions;
};

} // namespace tessera::ui
