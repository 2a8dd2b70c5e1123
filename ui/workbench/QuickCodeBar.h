#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace tessera::ui {

// The type-ahead box above the transcript: type part of a code's name or path, press Enter,
// and the code is applied to the selection — a name no code has creates that code first. Also
// shows the recently used codes as one-click buttons (the same as Ctrl+1…Ctrl+9).
class QuickCodeBar : public QWidget {
    Q_OBJECT

public:
    explicit QuickCodeBar(WorkbenchState& state, QWidget* parent = nullptr);

    QLineEdit* input() const { return m_input; }
    QCompleter* completer() const { return m_completer; }
    void focusInput();
    // Applies what the box holds (a completion chosen in the popup wins). Public for tests.
    void applyTypedCode(const QString& text);

signals:
    void statusMessage(const QString& message);
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString chosenCompletion(const QString& typed) const;
    void refreshCompletions();
    void refreshRecentButtons();

    WorkbenchState& m_state;
    QLineEdit* m_input;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    QHBoxLayout* m_recentLayout;
    QLabel* m_recentLabel;
};

} // namespace tessera::ui
