#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QComboBox;

namespace tessera::ui {

struct UserPrompts;

// The toolbar's coder choice: who new codings are attributed to (Project::setCurrentCoder),
// with each coder's colour, and "New coder…" to add a team member.
class CoderPicker : public QWidget {
    Q_OBJECT

public:
    CoderPicker(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);

    QComboBox* comboBox() const { return m_combo; }
    void addCoder(); // asks for a name and colour, adds the coder and makes them current

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    void refresh();
    void choose(int index);

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    QComboBox* m_combo;
    bool m_refreshing = false;
};

} // namespace tessera::ui
