#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace tessera::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the built tessera-cli in a temporary working folder.
class CliRunner {
public:
    CliRunner();
    CliResult run(const QStringList& args) const;
    CliResult runJson(QStringList args) const; // adds --json
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// {"apply", "p.tessera", ...} as the QStringList run() takes.
QStringList args(std::initializer_list<const char*> list);

} // namespace tessera::test
