#include "ErrorReporter.h"

#include <QMessageBox>
#include <QStatusBar>

namespace tessera::ui {

ErrorReporter::ErrorReporter(QWidget* window, QStatusBar* statusBar, bool showMessageBoxes,
                             QObject* parent)
    : QObject(parent), m_window(window), m_statusBar(statusBar), m_showBoxes(showMessageBoxes)
{
}

void ErrorReporter::showMessage(const QString& message, int timeoutMs)
{
    m_lastMessage = message;
    m_statusBar->showMessage(message, timeoutMs);
}

void ErrorReporter::showProblem(const QString& message)
{
    m_lastProblem = message;
    // Longer than a note: the user has to read why nothing happened.
    showMessage(message, 12000);
    emit problemShown(message);
}

void ErrorReporter::showFailure(const QString& title, const QString& message)
{
    showProblem(message);
    showBox(int(QMessageBox::Warning), title, message, {});
}

void ErrorReporter::showReport(const QString& title, const QString& summary, const QString& details)
{
    showMessage(summary, 12000);
    emit reportShown(title, details);
    showBox(int(QMessageBox::Information), title, summary, details);
}

void ErrorReporter::showBox(int icon, const QString& title, const QString& text,
                            const QString& details)
{
    if (!m_showBoxes) {
        return;
    }
    if (!m_box) {
        m_box = new QMessageBox(m_window);
        m_box->setAttribute(Qt::WA_DeleteOnClose);
        m_box->setWindowModality(Qt::NonModal);
        m_box->setStandardButtons(QMessageBox::Close);
    }
    m_box->setIcon(QMessageBox::Icon(icon));
    m_box->setWindowTitle(title);
    m_box->setText(text);
    m_box->setDetailedText(details);
    m_box->setAccessibleName(title);
    m_box->show();
    m_box->raise();
}

} // namespace tessera::ui
