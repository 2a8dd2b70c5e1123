#pragma once

#include <QObject>
#include <QStringList>

namespace tessera::ui {

struct WorkbenchEnvironment;

// The projects opened last, most recent first, kept in the settings so the welcome page and
// File ▸ Open Recent survive restarts.
class RecentProjects : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 10;

    explicit RecentProjects(const WorkbenchEnvironment& environment, QObject* parent = nullptr);

    // Only files that still exist: a project moved or deleted elsewhere drops out of view.
    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList& paths);

    const WorkbenchEnvironment& m_environment;
};

} // namespace tessera::ui
