#include "RecentProjects.h"

#include "WorkbenchEnvironment.h"

#include <QFileInfo>
#include <QSettings>

namespace tessera::ui {
namespace {
const QString kKey = QStringLiteral("recentProjects");
}

RecentProjects::RecentProjects(const WorkbenchEnvironment& environment, QObject* parent)
    : QObject(parent), m_environment(environment)
{
}

QStringList RecentProjects::paths() const
{
    QStringList existing;
    for (const QString& path : stored()) {
        if (QFileInfo(path).isFile()) {
            existing << path;
        }
    }
    return existing;
}

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = stored();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxEntries) {
        list.removeLast();
    }
    store(list);
}

void RecentProjects::remove(const QString& path)
{
    QStringList list = stored();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0) {
        store(list);
    }
}

void RecentProjects::clear()
{
    store({});
}

QStringList RecentProjects::stored() const
{
    return m_environment.settings()->value(kKey).toStringList();
}

void RecentProjects::store(const QStringList& paths)
{
    m_environment.settings()->setValue(kKey, paths);
    emit changed();
}

} // namespace tessera::ui
