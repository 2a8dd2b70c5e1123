#include "Schema.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>

#include <iterator>

namespace tessera::schema {
namespace {

// Foreign keys are DEFERRABLE INITIALLY DEFERRED: undo replays recorded row changes in
// reverse order, and a parent row may be restored after its children within one transaction.
// Integrity is still checked, at COMMIT.
const char* const kVersion1 = R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE document_groups (
  id       INTEGER PRIMARY KEY,
  guid     TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  group_id     INTEGER REFERENCES document_groups(id) DEFERRABLE INITIALLY DEFERRED,
  text         TEXT NOT NULL,
  length       INTEGER NOT NULL, -- UTF-16 code units, the unit of every position
  source_name  TEXT NOT NULL DEFAULT '',
  format       TEXT NOT NULL,
  imported_at  TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  memo         TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_by_group ON documents(group_id);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE participants (
  id        INTEGER PRIMARY KEY,
  guid      TEXT NOT NULL UNIQUE,
  pseudonym TEXT NOT NULL UNIQUE COLLATE NOCASE,
  memo      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE speakers (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  label          TEXT NOT NULL,
  role           TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'facilitator')),
  participant_id INTEGER REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (document_id, label)
);
CREATE INDEX speakers_by_participant ON speakers(participant_id);
CREATE TABLE turns (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  idx         INTEGER NOT NULL,
  speaker_id  INTEGER REFERENCES speakers(id) DEFERRABLE INITIALLY DEFERRED,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  begin_ms    INTEGER,
  UNIQUE (document_id, idx),
  CHECK (0 <= start AND start <= end)
);
CREATE INDEX turns_by_position ON turns(document_id, start);
CREATE INDEX turns_by_speaker ON turns(speaker_id);
CREATE TABLE coders (
  id    INTEGER PRIMARY KEY,
  guid  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
  color TEXT NOT NULL
);
CREATE TABLE codes (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  parent_id   INTEGER REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
  name        TEXT NOT NULL,
  color       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  inclusion   TEXT NOT NULL DEFAULT '',
  exclusion   TEXT NOT NULL DEFAULT '',
  example     TEXT NOT NULL DEFAULT '',
  memo        TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX codes_sibling_names ON codes(ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX codes_by_parent ON codes(parent_id);
CREATE TABLE themes (
  id        INTEGER PRIMARY KEY,
  guid      TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES themes(id) DEFERRABLE INITIALLY DEFERRED,
  name      TEXT NOT NULL,
  concept   TEXT NOT NULL DEFAULT '',
  status    TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'reviewed', 'final')),
  color     TEXT NOT NULL,
  memo      TEXT NOT NULL DEFAULT '',
  position  INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX themes_sibling_names ON themes(ifnull(parent_id, 0), name COLLATE NOCASE);
CREATE INDEX themes_by_parent ON themes(parent_id);
CREATE TABLE code_themes (
  code_id  INTEGER NOT NULL REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
  theme_id INTEGER NOT NULL REFERENCES themes(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (code_id, theme_id)
);
CREATE INDEX code_themes_by_theme ON code_themes(theme_id);
CREATE TABLE codings (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  code_id     INTEGER NOT NULL REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
  coder_id    INTEGER NOT NULL REFERENCES coders(id) DEFERRABLE INITIALLY DEFERRED,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  memo        TEXT NOT NULL DEFAULT '',
  key_quote   INTEGER NOT NULL DEFAULT 0 CHECK (key_quote IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (document_id, code_id, coder_id, start, end),
  CHECK (0 <= start AND start < end)
);
CREATE INDEX codings_by_position ON codings(document_id, start);
CREATE INDEX codings_by_code ON codings(code_id);
CREATE INDEX codings_by_coder ON codings(coder_id);
CREATE TABLE journal_entries (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  text       TEXT NOT NULL
);
)sql";

// Version 2: attributes on documents and participants (cases), kept as name/value pairs so
// survey imports can add columns without schema changes.
const char* const kVersion2 = R"sql(
CREATE TABLE document_attributes (
  document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (document_id, name)
);
CREATE TABLE participant_attributes (
  participant_id INTEGER NOT NULL REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED,
  name           TEXT NOT NULL,
  value          TEXT NOT NULL,
  PRIMARY KEY (participant_id, name)
);
)sql";

// Version 3: theme development. Key quotes per theme (a passage can be key for one theme and
// not another) and the thematic map's node positions.
const char* const kVersion3 = R"sql(
CREATE TABLE theme_key_quotes (
  theme_id  INTEGER NOT NULL REFERENCES themes(id) DEFERRABLE INITIALLY DEFERRED,
  coding_id INTEGER NOT NULL REFERENCES codings(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (theme_id, coding_id)
);
CREATE INDEX theme_key_quotes_by_coding ON theme_key_quotes(coding_id);
CREATE TABLE map_positions (
  node_key TEXT PRIMARY KEY,
  x        REAL NOT NULL,
  y        REAL NOT NULL
);
)sql";

// Version 4: participants as cases with typed attributes, and surveys. Attribute values stay in
// the version 2 tables (name/value pairs keyed by the definition's exact name); definitions give
// each name a type, an order and, for categories, the categories' order (a JSON array).
// Values written before definitions existed become text attributes, in name order; names that
// differ only in case ("Role", "role") become one attribute, except where one owner has both
// (that row keeps its spelling, in the file but not shown, rather than be dropped).
const char* const kVersion4 = R"sql(
CREATE TABLE surveys (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  source_name TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
);
CREATE TABLE attribute_definitions (
  id           INTEGER PRIMARY KEY,
  scope        TEXT NOT NULL CHECK (scope IN ('participant', 'document')),
  name         TEXT NOT NULL,
  type         TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'category')),
  position     INTEGER NOT NULL DEFAULT 0,
  categories   TEXT NOT NULL DEFAULT '[]',
  multi_select INTEGER NOT NULL DEFAULT 0 CHECK (multi_select IN (0, 1)),
  survey_id    INTEGER REFERENCES surveys(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX attribute_definitions_names ON attribute_definitions(scope, name COLLATE NOCASE);
CREATE INDEX attribute_definitions_by_survey ON attribute_definitions(survey_id);
CREATE TABLE survey_questions (
  survey_id    INTEGER NOT NULL REFERENCES surveys(id) DEFERRABLE INITIALLY DEFERRED,
  position     INTEGER NOT NULL, -- the column in the imported file
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('closed', 'open')),
  multi_select INTEGER NOT NULL DEFAULT 0 CHECK (multi_select IN (0, 1)),
  document_id  INTEGER REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (survey_id, position)
);
CREATE INDEX survey_questions_by_document ON survey_questions(document_id);
CREATE TABLE survey_respondents (
  survey_id      INTEGER NOT NULL REFERENCES surveys(id) DEFERRABLE INITIALLY DEFERRED,
  participant_id INTEGER NOT NULL REFERENCES participants(id) DEFERRABLE INITIALLY DEFERRED,
  row_index      INTEGER NOT NULL,
  PRIMARY KEY (survey_id, participant_id)
);
CREATE INDEX survey_respondents_by_participant ON survey_respondents(participant_id);
CREATE INDEX participant_attributes_by_name ON participant_attributes(name);
CREATE INDEX document_attributes_by_name ON document_attributes(name);
INSERT OR IGNORE INTO attribute_definitions(scope, name, type)
  SELECT 'participant', name, 'text' FROM participant_attributes GROUP BY name ORDER BY name;
INSERT OR IGNORE INTO attribute_definitions(scope, name, type)
  SELECT 'document', name, 'text' FROM document_attributes GROUP BY name ORDER BY name;
UPDATE OR IGNORE participant_attributes SET name =
  (SELECT d.name FROM attribute_definitions d
   WHERE d.scope = 'participant' AND d.name = participant_attributes.name COLLATE NOCASE)
  WHERE name NOT IN (SELECT name FROM attribute_definitions WHERE scope = 'participant');
UPDATE OR IGNORE document_attributes SET name =
  (SELECT d.name FROM attribute_definitions d
   WHERE d.scope = 'document' AND d.name = document_attributes.name COLLATE NOCASE)
  WHERE name NOT IN (SELECT name FROM attribute_definitions WHERE scope = 'document');
UPDATE attribute_definitions SET position =
  (SELECT count(*) FROM attribute_definitions d
   WHERE d.scope = attribute_definitions.scope AND d.id < attribute_definitions.id);
)sql";

// Version 5: codebook review. A code's review status (no row = not reviewed yet) and the team's
// comments on it. Deleting a code (or merging it into another) removes both by ON DELETE
// CASCADE: the cascaded deletes fire the undo log's triggers like any other, so undo restores
// them with the code. A comment outlives its coder as an anonymous one.
const char* const kVersion5 = R"sql(
CREATE TABLE code_reviews (
  code_id    INTEGER PRIMARY KEY
             REFERENCES codes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  status     TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'needs discussion')),
  updated_at TEXT NOT NULL
);
CREATE TABLE code_comments (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  code_id    INTEGER NOT NULL
             REFERENCES codes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  coder_id   INTEGER REFERENCES coders(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  created_at TEXT NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX code_comments_by_code ON code_comments(code_id, created_at);
CREATE INDEX code_comments_by_coder ON code_comments(coder_id);
)sql";

struct Step {
    int toVersion;
    const char* sql;
};

const Step kSteps[] = {
    {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}, {5, kVersion5}};
static_assert(std::size(kSteps) == kCurrentVersion, "one migration step per schema version");

Result<qint64> pragmaValue(Database& db, const QString& name)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA %1").arg(name));
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    return *row ? stmt->columnInt(0) : 0;
}

Status setVersion(Database& db, int version)
{
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status runStep(Database& db, const Step& step)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    if (auto st = db.exec(QString::fromUtf8(step.sql)); !st) {
        return st;
    }
    if (auto st = setVersion(db, step.toVersion); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace

QStringList undoableTables()
{
    return {QStringLiteral("settings"),
            QStringLiteral("document_groups"),
            QStringLiteral("documents"),
            QStringLiteral("participants"),
            QStringLiteral("speakers"),
            QStringLiteral("turns"),
            QStringLiteral("coders"),
            QStringLiteral("codes"),
            QStringLiteral("themes"),
            QStringLiteral("code_themes"),
            QStringLiteral("codings"),
            QStringLiteral("journal_entries"),
            QStringLiteral("document_attributes"),
            QStringLiteral("participant_attributes"),
            QStringLiteral("theme_key_quotes"),
            QStringLiteral("map_positions"),
            QStringLiteral("attribute_definitions"),
            QStringLiteral("surveys"),
            QStringLiteral("survey_questions"),
            QStringLiteral("survey_respondents"),
            QStringLiteral("code_reviews"),
            QStringLiteral("code_comments")};
}

Result<int> inspect(Database& db)
{
    const QString file = QFileInfo(db.path()).absoluteFilePath();
    // Reading the header is the first access: SQLite reports NOTADB here for other files.
    auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId) {
        if (appId.error().code == ErrorCode::NotAProject ||
            appId.error().code == ErrorCode::Database) {
            return makeError(ErrorCode::NotAProject,
                             QStringLiteral("%1 is not a Tessera project (it is not an SQLite "
                                            "database). Open a .tessera file, or create a new "
                                            "project and import transcripts into it.")
                                 .arg(file));
        }
        return makeError(appId.error().code,
                         QStringLiteral("%1 cannot be read: %2").arg(file, appId.error().message));
    }
    auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!version) {
        return version.error();
    }
    if (*appId != kApplicationId) {
        return makeError(ErrorCode::NotAProject,
                         QStringLiteral("%1 is an SQLite database of another program, not a "
                                        "Tessera project. It was not changed.")
                             .arg(file));
    }
    if (*version > kCurrentVersion) {
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("%1 was written by a newer version of Tessera (project "
                                        "format %2; this version reads up to %3). Update Tessera "
                                        "to open it. The file was not changed.")
                             .arg(file)
                             .arg(*version)
                             .arg(kCurrentVersion));
    }
    if (*version < 1) {
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is marked as a Tessera project but has no schema. "
                                        "It may be damaged; restore it from a backup.")
                             .arg(file));
    }
    auto check = db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!check) {
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is damaged (%2). Restore it from "
                                                            "a backup.")
                                                 .arg(file, check.error().message));
    }
    auto row = check->step();
    if (!row || !*row || check->columnText(0) != QLatin1String("ok")) {
        const QString detail = row ? check->columnText(0) : row.error().message;
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("%1 is damaged (integrity check: %2). It was not changed; "
                                        "restore it from a backup.")
                             .arg(file, detail));
    }
    return int(*version);
}

Status create(Database& db, int version)
{
    if (auto st = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !st) {
        return st;
    }
    for (const Step& step : kSteps) {
        if (step.toVersion > version) {
            break;
        }
        if (auto st = runStep(db, step); !st) {
            return st;
        }
    }
    return {};
}

Status migrate(Database& db, int fromVersion)
{
    if (fromVersion >= kCurrentVersion) {
        return {};
    }
    const QString backup = db.path() + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (!QFile::exists(backup)) {
        if (auto st = db.backupTo(backup); !st) {
            return makeError(st.error().code,
                             QStringLiteral("Before upgrading %1 Tessera copies it, and the copy "
                                            "failed: %2 The project was not changed.")
                                 .arg(db.path(), st.error().message));
        }
    }
    for (const Step& step : kSteps) {
        if (step.toVersion <= fromVersion) {
            continue;
        }
        if (auto st = runStep(db, step); !st) {
            return makeError(st.error().code,
                             QStringLiteral("Upgrading %1 to project format %2 failed: %3 The "
                                            "upgrade was rolled back; a copy is at %4.")
                                 .arg(db.path())
                                 .arg(step.toVersion)
                                 .arg(st.error().message, backup));
        }
    }
    return {};
}

Status applyConnectionPragmas(Database& db)
{
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto st = db.exec(QString::fromLatin1(pragma)); !st) {
            return st;
        }
    }
    return {};
}

} // namespace tessera::schema
