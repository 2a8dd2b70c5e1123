#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tessera::ui {

// The Journal dock: the reflexive journal as dated entries, newest last, with an editor.
// "New entry" starts a blank page that becomes an entry when text is saved (on leaving the
// editor or Ctrl+Enter); an empty entry is never stored.
class JournalPane : public QWidget {
    Q_OBJECT

public:
    explicit JournalPane(WorkbenchState& state, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* editor() const { return m_editor; }
    std::optional<JournalEntryId> currentEntry() const { return m_entry; }

    void startNewEntry();
    void showEntry(std::optional<JournalEntryId> id);
    bool save();
    void deleteCurrentEntry();

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshList();
    void loadEditor();

    WorkbenchState& m_state;
    QListWidget* m_list;
    QLabel* m_heading;
    QPlainTextEdit* m_editor;
    QPushButton* m_newButton;
    QPushButton* m_deleteButton;
    std::optional<JournalEntryId> m_entry;
    bool m_loading = false;
};

} // namespace tessera::ui
