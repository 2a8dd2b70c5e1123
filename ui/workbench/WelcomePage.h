#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tessera::ui {

class RecentProjects;

// What the window shows without a project: the projects opened last (one click opens one),
// New, Open, and the bundled sample study.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(RecentProjects& recent, QWidget* parent = nullptr);

    QListWidget* recentList() const { return m_list; }
    void refresh();

signals:
    void openPathRequested(const QString& path);
    void newRequested();
    void openRequested();
    void sampleRequested();

private:
    RecentProjects& m_recent;
    QListWidget* m_list;
    QWidget* m_emptyNote;
};

} // namespace tessera::ui
