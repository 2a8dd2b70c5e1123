#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QStatusBar;
class QWidget;

namespace tessera::ui {

// Shows what happened in the window: short notes in the status bar, real failures also in a
// non-modal message box (one at a time, so a burst of errors never stacks dialogs). Nothing
// here blocks the event loop.
class ErrorReporter : public QObject {
    Q_OBJECT

public:
    ErrorReporter(QWidget* window, QStatusBar* statusBar, bool showMessageBoxes,
                  QObject* parent = nullptr);

    // A status-bar note, e.g. "Applied “Isolation” to 42 characters".
    void showMessage(const QString& message, int timeoutMs = 6000);
    // A user mistake or a refused action (no selection, duplicate name): status bar only.
    void showProblem(const QString& message);
    // A failure the user must read (a file that could not be written): status bar + box.
    void showFailure(const QString& title, const QString& message);
    // A longer report (import summary) in a non-modal box; the status bar gets `summary`.
    void showReport(const QString& title, const QString& summary, const QString& details);

    QString lastMessage() const { return m_lastMessage; }
    QString lastProblem() const { return m_lastProblem; }

signals:
    void problemShown(const QString& message);
    void reportShown(const QString& title, const QString& details);

private:
    void showBox(int icon, const QString& title, const QString& text, const QString& details);

    QWidget* m_window;
    QStatusBar* m_statusBar;
    bool m_showBoxes;
    QPointer<QMessageBox> m_box;
    QString m_lastMessage;
    QString m_lastProblem;
};

} // namespace tessera::ui
