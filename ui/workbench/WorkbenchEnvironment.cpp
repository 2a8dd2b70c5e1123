#include "WorkbenchEnvironment.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tessera::ui {

std::unique_ptr<QSettings> WorkbenchEnvironment::settings() const
{
    if (settingsFile.isEmpty()) {
        return std::make_unique<QSettings>();
    }
    return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

QString WorkbenchEnvironment::samplePath() const
{
    const QString folder = sampleDirectory.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : sampleDirectory;
    return QDir(folder).filePath(QStringLiteral("sample-study.tessera"));
}

} // namespace tessera::ui
