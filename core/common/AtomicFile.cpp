#include "AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace tessera {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write %1: %2. Check that the folder exists and "
                                        "that you may write to it.")
                             .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2. Nothing was written; "
                                                       "free some disk space and try again.")
                                            .arg(QFileInfo(path).absoluteFilePath(), reason));
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot finish writing %1: %2. The previous "
                                        "file, if any, is unchanged.")
                             .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
    return {};
}

} // namespace tessera
