#pragma once

#include "common/Result.h"

#include <QStringList>

namespace tessera {

class Database;

namespace schema {

// PRAGMA application_id of every Tessera project: the bytes "TSRA". A file with another id
// belongs to another program and is refused untouched.
inline constexpr int kApplicationId = 0x54535241;
// PRAGMA user_version written by this build. Older files are migrated forward; newer ones
// are refused.
inline constexpr int kCurrentVersion = 5;

// Tables whose rows are user data: each change to them is recorded for undo/redo.
QStringList undoableTables();

// Checks that an open file is a Tessera project this build can use, without writing to it.
// Returns the file's schema version.
Result<int> inspect(Database& db);

// Creates the schema in an empty database, stepping up to `version` (tests create older
// versions to exercise migrations).
Status create(Database& db, int version = kCurrentVersion);

// Upgrades a project from `fromVersion` to kCurrentVersion, one step per version, each in its
// own transaction, after copying the file to "<file>.v<from>.bak".
Status migrate(Database& db, int fromVersion);

// Pragmas set on every open of a writable project.
Status applyConnectionPragmas(Database& db);

} // namespace schema
} // namespace tessera
