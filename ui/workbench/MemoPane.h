#pragma once

#include "common/Result.h"
#include "common/WorkbenchState.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace tessera::ui {

// Whose memo the Memo dock is editing.
struct MemoTarget {
    enum class Kind { None, Project, Document, Code, Theme, Coding, Participant };
    Kind kind = Kind::None;
    qint64 id = 0; // unused for Project
    friend bool operator==(const MemoTarget&, const MemoTarget&) = default;
};

// The Memo dock: edits the memo of whatever was selected last — the project, a document, a
// code, a theme, a coding, or the participant behind the selected speaker. The text is stored
// when the editor loses focus, on Ctrl+Enter, or before another memo is shown: each save is one
// undoable action.
class MemoPane : public QWidget {
    Q_OBJECT

public:
    explicit MemoPane(WorkbenchState& state, QWidget* parent = nullptr);

    MemoTarget target() const { return m_target; }
    // Stores the memo being edited, then shows the memo of `target`.
    void setTarget(const MemoTarget& target);
    bool save();
    void focusEditor();

    QPlainTextEdit* editor() const { return m_editor; }
    QLabel* titleLabel() const { return m_title; }

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    bool targetExists() const;
    QString storedMemo() const;
    QString describe() const;
    Status store(const QString& text);
    std::optional<ParticipantId> participantAtSelection() const;
    void fillTargetMenu();

    WorkbenchState& m_state;
    MemoTarget m_target;
    QLabel* m_title;
    QToolButton* m_targetButton;
    QPlainTextEdit* m_editor;
    bool m_loading = false;
};

} // namespace tessera::ui
