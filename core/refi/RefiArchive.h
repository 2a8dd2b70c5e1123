#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tessera {

// Limits that keep a hostile .qdpx from exhausting memory or smuggling paths. A real project
// export is a few MB to a few hundred MB of source files; nobody exports 10,000 files.
struct RefiArchiveLimits {
    int maxEntries = 10000;
    qint64 maxEntryBytes = 64LL * 1024 * 1024;  // unpacked size of one entry
    qint64 maxTotalBytes = 256LL * 1024 * 1024; // unpacked size of the entries read, together
    qint64 maxRatio = 200;                      // unpacked : packed, above ratioFloorBytes
    qint64 ratioFloorBytes = 10LL * 1024 * 1024;
};

// A .qdpx opened for reading. open() checks the whole central directory before anything is
// read: every entry name (no "..", no absolute or drive paths, no control characters), the
// number of entries, the declared sizes (per entry and in total) and the packing ratio. A
// failure refuses the whole archive with a message naming the file and the offending entry.
// read() then reads one entry, checking its real size against the limits as well (headers can
// lie), and keeps a running total across reads.
class RefiArchive {
public:
    static Result<RefiArchive> open(const QByteArray& bytes, const QString& sourceName,
                                    const RefiArchiveLimits& limits = {});

    // Entry names as stored, directories left out, in archive order.
    const QStringList& entries() const { return m_entries; }
    // The stored name of the entry with this path, compared case-insensitively ("Sources/x.txt"
    // finds "sources/X.txt"); empty when there is none.
    QString find(const QString& path) const;
    // The entries whose name ends with `suffix` (case-insensitive), in archive order.
    QStringList withSuffix(const QString& suffix) const;

    Result<QByteArray> read(const QString& entry);

private:
    RefiArchive() = default;

    QByteArray m_bytes;
    QString m_sourceName;
    RefiArchiveLimits m_limits;
    QStringList m_entries;
    QHash<QString, QString> m_byFoldedName;
    qint64 m_bytesRead = 0;
};

} // namespace tessera
