#include "ProjectFixture.h"

#include "common/Environment.h"

#include <QFile>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

void PrintTo(const QByteArray& value, std::ostream* os)
{
    *os << "QByteArray(" << value.size() << " bytes)";
}

namespace tessera {

void PrintTo(ErrorCode code, std::ostream* os)
{
    *os << errorCodeName(code).toStdString();
}

void PrintTo(SpeakerRole role, std::ostream* os)
{
    *os << speakerRoleName(role).toStdString();
}

void PrintTo(ThemeStatus status, std::ostream* os)
{
    *os << themeStatusName(status).toStdString();
}

void PrintTo(const Error& error, std::ostream* os)
{
    *os << errorCodeName(error.code).toStdString() << ": " << error.message.toStdString();
}

} // namespace tessera

namespace tessera::test {
namespace {

// A raw connection to a file, closed on scope exit.
class RawConnection {
public:
    RawConnection(const QString& path, int flags)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) !=
            SQLITE_OK) {
            const std::string reason = m_db ? sqlite3_errmsg(m_db) : "out of memory";
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw std::runtime_error("cannot open " + path.toStdString() + ": " + reason);
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Calls onRow(stmt) for each row of each statement in `sql`.
    template <typename OnRow> void query(const QString& sql, OnRow&& onRow)
    {
        const QByteArray utf8 = sql.toUtf8();
        const char* tail = utf8.constData();
        while (tail && *tail) {
            sqlite3_stmt* stmt = nullptr;
            const char* next = nullptr;
            if (sqlite3_prepare_v2(m_db, tail, -1, &stmt, &next) != SQLITE_OK) {
                throw std::runtime_error(
                    "SQL error in test helper: " + std::string(sqlite3_errmsg(m_db)) + " in " +
                    sql.toStdString());
            }
            tail = next;
            if (!stmt) {
                continue; // whitespace or comment
            }
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                onRow(stmt);
            }
            sqlite3_finalize(stmt);
            if (rc != SQLITE_DONE) {
                throw std::runtime_error(
                    "SQL error in test helper: " + std::string(sqlite3_errmsg(m_db)) + " in " +
                    sql.toStdString());
            }
        }
    }

private:
    sqlite3* m_db = nullptr;
};

QString columnText(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : u"NULL"_s;
}

} // namespace

TranscriptBuilder& TranscriptBuilder::line(const QString& text)
{
    m_document.text += text + u"\n\n"_s;
    return *this;
}

TranscriptBuilder& TranscriptBuilder::turn(const QString& speaker, const QString& speech,
                                           std::optional<qint64> beginMs)
{
    m_document.text += speaker + u": "_s;
    ImportedTurn turn;
    turn.speaker = speaker;
    turn.start = m_document.text.size();
    m_document.text += speech;
    turn.end = m_document.text.size();
    turn.beginMs = beginMs;
    m_document.turns << turn;
    m_document.text += u"\n\n"_s;
    return *this;
}

ImportedDocument TranscriptBuilder::build() const
{
    ImportedDocument doc = m_document;
    if (doc.text.endsWith(u"\n\n"_s)) {
        doc.text.chop(1); // one final newline, as a text file would have
    }
    return doc;
}

ImportedDocument focusGroupTranscript(const QString& title)
{
    return TranscriptBuilder()
        .line(title)
        .turn(u"Facilitator"_s, u"How did video calls change your work with families?"_s, 0)
        .turn(u"P1"_s, u"Video calls let me see families more often than before."_s, 4000)
        .turn(u"P2"_s, u"Some families had no data or devices at all."_s, 9000)
        .turn(u"P1"_s, u"Teenagers preferred messaging to calls."_s, 15000)
        .turn(u"Facilitator"_s, u"Thank you, that is helpful."_s, 21000)
        .build();
}

qsizetype positionOf(const QString& text, const QString& needle)
{
    const qsizetype at = text.indexOf(needle);
    if (at < 0) {
        throw std::runtime_error("test text does not contain \"" + needle.toStdString() + '"');
    }
    return at;
}

QString dumpTables(const QString& projectPath)
{
    RawConnection db(projectPath, SQLITE_OPEN_READONLY);
    QStringList tables;
    db.query(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
             u"ORDER BY name"_s,
             [&](sqlite3_stmt* s) { tables << columnText(s, 0); });
    QString dump;
    for (const QString& table : std::as_const(tables)) {
        dump += u"== "_s + table + u'\n';
        db.query(u"SELECT rowid, * FROM \"%1\" ORDER BY rowid"_s.arg(table), [&](sqlite3_stmt* s) {
            QStringList cells;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                cells << columnText(s, i);
            }
            dump += cells.join(u" | "_s) + u'\n';
        });
    }
    return dump;
}

qint64 rowCount(const QString& projectPath, const QString& table)
{
    return rawQuery(projectPath, u"SELECT count(*) FROM \"%1\""_s.arg(table)).toLongLong();
}

QString rawQuery(const QString& path, const QString& sql, bool create)
{
    RawConnection db(path, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
    std::optional<QString> first;
    db.query(sql, [&](sqlite3_stmt* s) {
        if (!first) {
            first = columnText(s, 0);
        }
    });
    return first.value_or(QString());
}

bool tableExists(const QString& path, const QString& table)
{
    RawConnection db(path, SQLITE_OPEN_READONLY);
    bool found = false;
    db.query(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name = '%1'"_s.arg(table),
             [&](sqlite3_stmt*) { found = true; });
    return found;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + path.toStdString());
    }
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size()) {
        throw std::runtime_error("cannot write " + path.toStdString());
    }
}

void ProjectTest::SetUp()
{
    Environment::useDeterministicSeams();
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(u"study.tessera"_s);
    m_project = unwrap(Project::create(m_path, u"Test study"_s), "Project::create");
}

void ProjectTest::TearDown()
{
    m_project.reset();
    Environment::resetSeams();
}

void ProjectTest::reopen()
{
    m_project.reset();
    m_project = unwrap(Project::open(m_path), "Project::open");
}

DocumentId ProjectTest::addDocument(const QString& name, const ImportedDocument& doc,
                                    const QString& group)
{
    return unwrap(m_project->addDocument(name, doc, name + u".txt"_s, group), "addDocument");
}

CodeId ProjectTest::addCode(const QString& name, std::optional<CodeId> parent)
{
    CodeFields fields;
    fields.name = name;
    return unwrap(m_project->addCode(fields, parent), "addCode");
}

ThemeId ProjectTest::addTheme(const QString& name, std::optional<ThemeId> parent,
                              ThemeStatus status)
{
    ThemeFields fields;
    fields.name = name;
    fields.status = status;
    return unwrap(m_project->addTheme(fields, parent), "addTheme");
}

CoderId ProjectTest::addCoder(const QString& name)
{
    return unwrap(m_project->addCoder(name), "addCoder");
}

CodingId ProjectTest::addCoding(DocumentId doc, CodeId code, qsizetype start, qsizetype end,
                                std::optional<CoderId> coder, bool keyQuote, const QString& memo)
{
    NewCoding coding;
    coding.documentId = doc;
    coding.codeId = code;
    coding.coderId = coder;
    coding.start = start;
    coding.end = end;
    coding.keyQuote = keyQuote;
    coding.memo = memo;
    return unwrap(m_project->addCoding(coding), "addCoding");
}

CodingId ProjectTest::codeQuote(DocumentId doc, CodeId code, const QString& quote,
                                std::optional<CoderId> coder, bool keyQuote, const QString& memo)
{
    const qsizetype start = positionOf(m_project->documentText(doc), quote);
    return addCoding(doc, code, start, start + quote.size(), coder, keyQuote, memo);
}

SpeakerId ProjectTest::speakerNamed(DocumentId doc, const QString& label)
{
    for (const Speaker& s : m_project->speakers(doc)) {
        if (s.label == label) {
            return s.id;
        }
    }
    throw std::runtime_error("no speaker " + label.toStdString());
}

} // namespace tessera::test
