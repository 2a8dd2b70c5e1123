// A project is one SQLite file: created, reopened, refused when it is not ours (untouched),
// migrated forward with a backup, and every failing action leaves it exactly as it was.

#include "ProjectFixture.h"
#include "common/Environment.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <random>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class StorageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Environment::useDeterministicSeams();
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override { Environment::resetSeams(); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Expects Project::open to refuse the file with `code` and leave its bytes and its folder
    // exactly as they were (no -wal/-shm files left behind either).
    void expectRefusedUnchanged(const QString& file, std::initializer_list<ErrorCode> codes)
    {
        const QByteArray before = readBytes(file);
        const QStringList entriesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto opened = Project::open(file);
        ASSERT_FALSE(opened.ok()) << "opened " << file.toStdString();
        EXPECT_TRUE(std::find(codes.begin(), codes.end(), opened.error().code) != codes.end())
            << errorCodeName(opened.error().code).toStdString() << ": "
            << opened.error().message.toStdString();
        EXPECT_FALSE(opened.error().message.isEmpty());
        EXPECT_EQ(readBytes(file), before);
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), entriesBefore);
    }

    // A closed project with enough text to span many pages.
    QString makeLargeProject(const QString& name)
    {
        const QString file = path(name);
        auto project = unwrap(Project::create(file, u"Large"_s));
        CodeFields fields;
        fields.name = u"Access"_s;
        const CodeId code = unwrap(project->addCode(fields));
        for (int d = 0; d < 12; ++d) {
            TranscriptBuilder builder;
            for (int t = 0; t < 40; ++t) {
                builder.turn(u"P%1"_s.arg(t % 5),
                             u"Turn %1 of document %2: families, devices and data. "_s.arg(t)
                                 .arg(d)
                                 .repeated(4));
            }
            const ImportedDocument doc = builder.build();
            const DocumentId id = unwrap(project->addDocument(u"Doc %1"_s.arg(d), doc, {}));
            for (const ImportedTurn& turn : doc.turns) {
                NewCoding coding;
                coding.documentId = id;
                coding.codeId = code;
                coding.start = turn.start;
                coding.end = turn.end;
                (void)unwrap(project->addCoding(coding));
            }
        }
        return file;
    }

    QTemporaryDir m_dir;
};

TEST_F(StorageTest, create_thenReopen_keepsData)
{
    const QString file = path(u"kept.tessera"_s);
    const ImportedDocument transcript = focusGroupTranscript();
    DocumentId docId;
    CodeId codeId;
    {
        auto project = unwrap(Project::create(file, u"Pandemic practice"_s));
        docId =
            unwrap(project->addDocument(u"FG1"_s, transcript, u"fg1.txt"_s, u"Focus group 1"_s));
        CodeFields fields;
        fields.name = u"Digital exclusion"_s;
        fields.description = u"Families without devices"_s;
        codeId = unwrap(project->addCode(fields));
        NewCoding coding;
        coding.documentId = docId;
        coding.codeId = codeId;
        coding.start = transcript.turns[2].start;
        coding.end = transcript.turns[2].end;
        coding.memo = u"Digital poverty"_s;
        coding.keyQuote = true;
        (void)unwrap(project->addCoding(coding));
        TESSERA_ASSERT_OK(project->setMemo(u"Working memo"_s));
    }
    auto project = unwrap(Project::open(file));
    EXPECT_EQ(project->title(), u"Pandemic practice"_s);
    EXPECT_EQ(project->memo(), u"Working memo"_s);
    const auto doc = project->document(docId);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->name, u"FG1"_s);
    EXPECT_EQ(doc->groupName, u"Focus group 1"_s);
    EXPECT_EQ(doc->sourceName, u"fg1.txt"_s);
    EXPECT_EQ(doc->length, transcript.text.size());
    EXPECT_EQ(doc->turnCount, transcript.turns.size());
    EXPECT_EQ(project->documentText(docId), transcript.text);
    const QList<Turn> turns = project->turns(docId);
    ASSERT_EQ(turns.size(), transcript.turns.size());
    for (qsizetype i = 0; i < turns.size(); ++i) {
        EXPECT_EQ(turns[i].index, i);
        EXPECT_EQ(turns[i].speaker, transcript.turns[i].speaker);
        EXPECT_EQ(turns[i].start, transcript.turns[i].start);
        EXPECT_EQ(turns[i].end, transcript.turns[i].end);
        EXPECT_EQ(turns[i].beginMs, transcript.turns[i].beginMs);
    }
    const auto code = project->code(codeId);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->fields.description, u"Families without devices"_s);
    const QList<Coding> codings = project->codings();
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings[0].memo, u"Digital poverty"_s);
    EXPECT_TRUE(codings[0].keyQuote);
    EXPECT_EQ(codings[0].start, transcript.turns[2].start);
    ASSERT_TRUE(project->currentCoder());
    EXPECT_EQ(codings[0].coderId, project->currentCoder()->id);
}

TEST_F(StorageTest, create_existingPath_refusedUnchanged)
{
    const QString file = path(u"existing.tessera"_s);
    writeBytes(file, "not mine");
    auto created = Project::create(file);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(created.error().message.contains(u"already exists"_s));
    EXPECT_EQ(readBytes(file), QByteArray("not mine"));
}

TEST_F(StorageTest, create_inMissingFolder_refusedWithIoError)
{
    auto created = Project::create(path(u"no/such/folder/x.tessera"_s));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(path(u"no"_s)));
}

// SQLite would silently make a temporary database for an empty name, losing every change.
TEST_F(StorageTest, create_emptyPath_refused)
{
    for (const QString& empty : {QString(), u"  "_s}) {
        auto created = Project::create(empty);
        ASSERT_FALSE(created.ok());
        EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    }
    EXPECT_EQ(errorCode(Project::open(QString())), ErrorCode::NotFound);
}

// With the deterministic seams, the same calls write the same rows (GUIDs and times included).
TEST_F(StorageTest, create_withDeterministicSeams_reproducible)
{
    auto build = [&](const QString& name) {
        Environment::useDeterministicSeams(); // restart the sequences
        const QString file = path(name);
        auto project = unwrap(Project::create(file, u"Same"_s));
        CodeFields fields;
        fields.name = u"Access"_s;
        (void)unwrap(project->addCode(fields));
        (void)unwrap(project->addDocument(u"FG1"_s, focusGroupTranscript(), u"fg1.txt"_s));
        return file;
    };
    const QString first = build(u"one.tessera"_s);
    const QString second = build(u"two.tessera"_s);
    EXPECT_EQ(dumpTables(first), dumpTables(second));
    EXPECT_EQ(rawQuery(first, u"SELECT guid FROM coders"_s),
              u"00000000-0000-4000-8000-000000000001"_s);
    EXPECT_EQ(rawQuery(first, u"SELECT imported_at FROM documents"_s).left(16),
              u"2024-01-01T09:00"_s);
}

TEST_F(StorageTest, create_withoutTitle_usesFileNameAndOneCoder)
{
    auto project = unwrap(Project::create(path(u"Social care study.tessera"_s)));
    EXPECT_EQ(project->title(), u"Social care study"_s);
    ASSERT_EQ(project->coders().size(), 1);
    ASSERT_TRUE(project->currentCoder());
    EXPECT_EQ(project->currentCoder()->id, project->coders().first().id);
    EXPECT_FALSE(project->canUndo()); // creation is not an undoable action
}

TEST_F(StorageTest, open_missingFile_notFound)
{
    const QString file = path(u"missing.tessera"_s);
    auto opened = Project::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(opened.error().message.contains(u"missing.tessera"_s));
    EXPECT_FALSE(QFile::exists(file)); // not created by trying
}

TEST_F(StorageTest, open_textFile_refusedUnchanged)
{
    const QString file = path(u"notes.tessera"_s);
    writeBytes(file, "Facilitator: this is a transcript, not a project.\nP1: Indeed.\n");
    expectRefusedUnchanged(file, {ErrorCode::NotAProject});
}

TEST_F(StorageTest, open_randomBytes_refusedUnchanged)
{
    const QString file = path(u"random.tessera"_s);
    std::mt19937 generator(20240101);
    QByteArray bytes(3 * 4096 + 17, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = char(generator() & 0xff);
    }
    writeBytes(file, bytes);
    expectRefusedUnchanged(file, {ErrorCode::NotAProject});
}

TEST_F(StorageTest, open_emptyFile_refusedUnchanged)
{
    const QString file = path(u"empty.tessera"_s);
    writeBytes(file, QByteArray());
    expectRefusedUnchanged(file, {ErrorCode::NotAProject});
}

TEST_F(StorageTest, open_folder_refused)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"folder.tessera"_s));
    auto opened = Project::open(path(u"folder.tessera"_s));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotAProject);
}

TEST_F(StorageTest, open_foreignSqliteFile_refusedUnchanged)
{
    const QString file = path(u"other-program.db"_s);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT);"
                           "INSERT INTO bookmarks(url) VALUES ('https://example.org');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    expectRefusedUnchanged(file, {ErrorCode::NotAProject});
    EXPECT_EQ(rawQuery(file, u"PRAGMA journal_mode"_s), u"delete"_s);
}

TEST_F(StorageTest, open_newerVersion_refusedUnchanged)
{
    const QString file = path(u"future.tessera"_s);
    {
        (void)unwrap(Project::create(file));
    }
    (void)rawQuery(file, u"PRAGMA user_version = 99"_s);
    ASSERT_EQ(rawQuery(file, u"PRAGMA user_version"_s), u"99"_s);
    expectRefusedUnchanged(file, {ErrorCode::NewerVersion});
    auto opened = Project::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message.contains(u"newer"_s))
        << opened.error().message.toStdString();
}

TEST_F(StorageTest, open_applicationIdWithoutSchema_refusedAsDamaged)
{
    const QString file = path(u"hollow.tessera"_s);
    (void)rawQuery(
        file, u"PRAGMA application_id = %1; CREATE TABLE t(x)"_s.arg(schema::kApplicationId), true);
    expectRefusedUnchanged(file, {ErrorCode::Corrupt});
}

// Damage that SQLite's b-tree checks notice; the exact code depends on where it hits.
TEST_F(StorageTest, open_corruptedProject_refusedWithoutCrash)
{
    const QString pristine = makeLargeProject(u"pristine.tessera"_s);
    const QByteArray good = readBytes(pristine);
    const int pageSize = rawQuery(pristine, u"PRAGMA page_size"_s).toInt();
    ASSERT_GT(pageSize, 0);
    const qsizetype pages = good.size() / pageSize;
    ASSERT_GT(pages, 20) << "the project should span many pages";

    struct Damage {
        const char* name;
        QByteArray bytes;
    };
    QList<Damage> damages;
    {
        QByteArray b = good; // page headers of every page in the middle third overwritten
        for (qsizetype p = pages / 3; p < 2 * pages / 3; ++p) {
            for (int i = 0; i < 16; ++i) {
                b[p * pageSize + i] = char(0xA5);
            }
        }
        damages.append({"page headers", b});
    }
    {
        QByteArray b = good; // three whole pages of noise in the middle
        std::mt19937 generator(7);
        for (qsizetype i = (pages / 2) * pageSize; i < (pages / 2 + 3) * pageSize; ++i) {
            b[i] = char(generator() & 0xff);
        }
        damages.append({"noise pages", b});
    }
    damages.append({"truncated", good.left((pages / 2) * pageSize)});
    {
        QByteArray b = good; // the schema table's page, after the 100-byte file header
        for (int i = 100; i < pageSize; ++i) {
            b[i] = char(0xFF);
        }
        damages.append({"schema page", b});
    }
    for (const Damage& damage : std::as_const(damages)) {
        SCOPED_TRACE(damage.name);
        const QString file = path(QString::fromLatin1(damage.name) + u".tessera"_s);
        writeBytes(file, damage.bytes);
        expectRefusedUnchanged(file, {ErrorCode::Corrupt, ErrorCode::NotAProject});
    }
}

TEST_F(StorageTest, open_setsWalModeAndApplicationId)
{
    const QString file = path(u"pragmas.tessera"_s);
    {
        (void)unwrap(Project::create(file));
    }
    EXPECT_EQ(rawQuery(file, u"PRAGMA application_id"_s).toLongLong(), schema::kApplicationId);
    EXPECT_EQ(schema::kApplicationId, 0x54535241);
    EXPECT_EQ(rawQuery(file, u"PRAGMA journal_mode"_s), u"wal"_s);
    // Switch the file back to a rollback journal: open must turn WAL on again.
    EXPECT_EQ(rawQuery(file, u"PRAGMA journal_mode = DELETE"_s), u"delete"_s);
    auto project = unwrap(Project::open(file));
    EXPECT_EQ(rawQuery(file, u"PRAGMA journal_mode"_s), u"wal"_s);
    EXPECT_EQ(rawQuery(file, u"PRAGMA application_id"_s).toLongLong(), 0x54535241);
    EXPECT_EQ(rawQuery(file, u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
}

TEST_F(StorageTest, connectionPragmas_enableForeignKeysAndFullSync)
{
    Database db;
    TESSERA_ASSERT_OK(db.open(path(u"raw.db"_s), Database::OpenMode::Create));
    TESSERA_ASSERT_OK(schema::applyConnectionPragmas(db));
    auto fk = unwrap(db.prepare(u"PRAGMA foreign_keys"_s));
    ASSERT_TRUE(unwrap(fk.step()));
    EXPECT_EQ(fk.columnInt(0), 1);
    auto sync = unwrap(db.prepare(u"PRAGMA synchronous"_s));
    ASSERT_TRUE(unwrap(sync.step()));
    EXPECT_EQ(sync.columnInt(0), 2); // FULL
}

// The project's own connection enforces foreign keys: undoing the removal of a coding whose
// code was deleted behind the project's back must fail at COMMIT instead of leaving an orphan.
TEST_F(StorageTest, open_enforcesForeignKeysOnProjectConnection)
{
    const QString file = path(u"fk.tessera"_s);
    {
        (void)unwrap(Project::create(file));
    }
    auto project = unwrap(Project::open(file));
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = unwrap(project->addDocument(u"FG"_s, transcript, u"fg.txt"_s));
    CodeFields fields;
    fields.name = u"Orphaned"_s;
    const CodeId code = unwrap(project->addCode(fields));
    NewCoding coding{doc, code, std::nullopt, transcript.turns[1].start, transcript.turns[1].end,
                     {},  false};
    const CodingId codingId = unwrap(project->addCoding(coding));
    TESSERA_ASSERT_OK(project->removeCoding(codingId));
    // Another program (no foreign key enforcement on its connection) deletes the code.
    (void)rawQuery(file, u"DELETE FROM codes WHERE id = %1"_s.arg(code.value));
    const Status undone = project->undo();
    EXPECT_FALSE(undone.ok());
    EXPECT_EQ(rowCount(file, u"codings"_s), 0);
}

TEST_F(StorageTest, open_versionOneProject_migratesWithBackup)
{
    const QString file = path(u"old.tessera"_s);
    {
        Database db;
        TESSERA_ASSERT_OK(db.open(file, Database::OpenMode::Create));
        TESSERA_ASSERT_OK(schema::create(db, 1));
        TESSERA_ASSERT_OK(db.exec(u"PRAGMA application_id = %1"_s.arg(schema::kApplicationId)));
        TESSERA_ASSERT_OK(
            db.exec(u"INSERT INTO settings(key, value) VALUES ('title', 'Old study');"
                    u"INSERT INTO coders(guid, name, color) "
                    u"VALUES ('C0DE0000-0000-4000-8000-000000000001', 'Robin', '#1F77B4')"_s));
    }
    ASSERT_EQ(rawQuery(file, u"PRAGMA user_version"_s), u"1"_s);
    ASSERT_FALSE(tableExists(file, u"document_attributes"_s));

    {
        auto project = unwrap(Project::open(file));
        EXPECT_EQ(project->title(), u"Old study"_s);
        ASSERT_EQ(project->coders().size(), 1);
        EXPECT_EQ(project->coders().first().name, u"Robin"_s);
        EXPECT_FALSE(project->canUndo());
    }
    EXPECT_EQ(rawQuery(file, u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    EXPECT_TRUE(tableExists(file, u"document_attributes"_s));
    EXPECT_TRUE(tableExists(file, u"participant_attributes"_s));

    const QString backup = file + u".v1.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(rawQuery(backup, u"PRAGMA user_version"_s), u"1"_s);
    EXPECT_EQ(rawQuery(backup, u"PRAGMA application_id"_s).toLongLong(), schema::kApplicationId);
    EXPECT_FALSE(tableExists(backup, u"document_attributes"_s));
    EXPECT_EQ(rawQuery(backup, u"SELECT value FROM settings WHERE key = 'title'"_s),
              u"Old study"_s);

    // The backup is itself a project this build can open (and would migrate in turn).
    const QString copy = path(u"restored.tessera"_s);
    ASSERT_TRUE(QFile::copy(backup, copy));
    auto restored = unwrap(Project::open(copy));
    EXPECT_EQ(restored->title(), u"Old study"_s);
}

TEST_F(StorageTest, action_isDurableWhenCallReturns)
{
    const QString file = path(u"durable.tessera"_s);
    auto project = unwrap(Project::create(file));
    CodeFields fields;
    fields.name = u"Visible elsewhere"_s;
    (void)unwrap(project->addCode(fields));
    // Another connection sees the committed row while the project is still open.
    EXPECT_EQ(rawQuery(file, u"SELECT name FROM codes"_s), u"Visible elsewhere"_s);
}

TEST_F(StorageTest, transaction_withoutCommit_rollsBack)
{
    Database db;
    TESSERA_ASSERT_OK(db.open(path(u"tx.db"_s), Database::OpenMode::Create));
    TESSERA_ASSERT_OK(db.exec(u"CREATE TABLE t(x INTEGER)"_s));
    {
        Transaction tx(db);
        ASSERT_TRUE(tx.isActive());
        TESSERA_ASSERT_OK(db.exec(u"INSERT INTO t VALUES (1)"_s));
    }
    {
        Transaction tx(db);
        TESSERA_ASSERT_OK(db.exec(u"INSERT INTO t VALUES (2)"_s));
        TESSERA_ASSERT_OK(tx.commit());
    }
    auto count = unwrap(db.prepare(u"SELECT group_concat(x) FROM t"_s));
    ASSERT_TRUE(unwrap(count.step()));
    EXPECT_EQ(count.columnText(0), u"2"_s);
}

TEST_F(StorageTest, prepare_multipleStatements_refused)
{
    Database db;
    TESSERA_ASSERT_OK(db.open(path(u"multi.db"_s), Database::OpenMode::Create));
    auto stmt = db.prepare(u"CREATE TABLE a(x); CREATE TABLE b(y)"_s);
    ASSERT_FALSE(stmt.ok());
    EXPECT_EQ(stmt.error().code, ErrorCode::Database);
    auto trailing = db.prepare(u"SELECT 1;"_s); // a trailing semicolon is one statement
    EXPECT_TRUE(trailing.ok());
}

// --- A failing action leaves nothing behind ---------------------------------------------------

class RollbackTest : public ProjectTest {};

TEST_F(RollbackTest, addCodings_oneValidOneInvalidRange_addsNothing)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const CodeId code = addCode(u"Access"_s);
    const QString before = dumpTables(projectPath());
    const QString undoBefore = project().undoText();

    QList<NewCoding> batch;
    batch << NewCoding{doc, code, std::nullopt, transcript.turns[1].start, transcript.turns[1].end,
                       {},  false};
    batch << NewCoding{doc, code, std::nullopt, 10, transcript.text.size() + 5, {}, false};
    auto added = project().addCodings(batch, u"Code both"_s);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(project().codings().isEmpty());
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().undoText(), undoBefore);
}

// The duplicate is found inside the transaction, after the first row was inserted: the
// transaction guard must roll that row back.
TEST_F(RollbackTest, addCodings_duplicateInsideBatch_rolledBack)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const CodeId code = addCode(u"Access"_s);
    const QString before = dumpTables(projectPath());
    const NewCoding same{
        doc, code, std::nullopt, transcript.turns[2].start, transcript.turns[2].end, {}, false};
    auto added = project().addCodings({same, same}, u"Code twice"_s);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Conflict);
    EXPECT_EQ(rowCount(projectPath(), u"codings"_s), 0);
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_NE(project().undoText(), u"Code twice"_s);
}

TEST_F(RollbackTest, addDocument_duplicateName_documentsUnchanged)
{
    addDocument(u"Interview 1"_s, focusGroupTranscript(), u"Interviews"_s);
    const QString before = dumpTables(projectPath());
    auto again = project().addDocument(u"interview 1"_s, focusGroupTranscript(u"Other"_s),
                                       u"other.txt"_s, u"New group"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(again.error().message.contains(u"interview 1"_s));
    EXPECT_EQ(project().documents().size(), 1);
    EXPECT_EQ(project().groups().size(), 1); // the new group was not created either
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(RollbackTest, addDocument_turnOutsideText_refusedUnchanged)
{
    ImportedDocument broken = focusGroupTranscript();
    broken.turns.last().end = broken.text.size() + 1;
    const QString before = dumpTables(projectPath());
    auto added = project().addDocument(u"Broken"_s, broken, u"broken.txt"_s, u"Group"_s);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(RollbackTest, failedAction_emitsNoChangeSignal)
{
    int emitted = 0;
    QObject receiver;
    QObject::connect(&project(), &Project::changed, &receiver, [&] { ++emitted; });
    EXPECT_FALSE(project().setTitle(u"   "_s).ok());
    EXPECT_FALSE(project().addCode(CodeFields{}).ok());
    EXPECT_EQ(emitted, 0);
    EXPECT_FALSE(project().canUndo());
}

} // namespace
} // namespace tessera::test
