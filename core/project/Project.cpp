#include "Project.h"

#include "ProjectInternals.h"
#include "common/Environment.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tessera {

using namespace internal;

namespace {

const QString kTitleKey = QStringLiteral("title");
const QString kMemoKey = QStringLiteral("project_memo");
const QString kCurrentCoderKey = QStringLiteral("current_coder_id");
const QString kCreatedKey = QStringLiteral("created_at");
const QString kCountsFacilitatorsKey = QStringLiteral("counts_facilitators");

QString defaultCoderName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    if (user.isEmpty() || user == QLatin1String("root")) {
        return QStringLiteral("Coder 1");
    }
    return user;
}

void removeProjectFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QString::fromLatin1(suffix));
    }
}

} // namespace

namespace internal {

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.toUTC();
}

Error notFound(const QString& what)
{
    return makeError(ErrorCode::NotFound, what);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Status checkName(const QString& name, const QString& what)
{
    if (name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("The %1 name is empty. Give it a name.").arg(what));
    }
    if (name.contains(QLatin1Char('/'))) {
        return invalid(QStringLiteral("The %1 name “%2” contains “/”, which separates levels in "
                                      "paths like Parent/Child. Use another character.")
                           .arg(what, name));
    }
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1F\\x7F]"));
    if (control.match(name).hasMatch()) {
        return invalid(QStringLiteral("The %1 name “%2” contains a line break or control "
                                      "character. Use a single line of text.")
                           .arg(what, name.simplified()));
    }
    if (name != name.trimmed()) {
        return invalid(QStringLiteral("The %1 name “%2” starts or ends with spaces. Remove them.")
                           .arg(what, name));
    }
    return {};
}

QString guidOrNew(const QString& guid)
{
    return guid.isEmpty() ? Environment::newGuid() : guid;
}

} // namespace internal

Project::Project(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_undo(std::make_unique<UndoLog>(*m_db))
{
    qRegisterMetaType<tessera::ProjectChanges>();
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString& path, const QString& title,
                                                 const Coder& firstCoder)
{
    // SQLite treats an empty file name as a private temporary database that is deleted on
    // close: every change would be lost without a word.
    if (path.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("No file name was given for the new project. Choose "
                                        "where to save it, e.g. study.tessera."));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 already exists. Choose another file name, or open it "
                                        "instead.")
                             .arg(absolute));
    }
    if (!QFileInfo(absolute).dir().exists()) {
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create %1: the folder does not "
                                                       "exist.")
                                            .arg(absolute));
    }
    auto db = std::make_unique<Database>();
    if (auto st = db->open(path, Database::OpenMode::Create); !st) {
        return st.error();
    }
    auto fail = [&](const Error& error) -> Result<std::unique_ptr<Project>> {
        db->close();
        removeProjectFiles(path);
        return error;
    };
    if (auto st = schema::applyConnectionPragmas(*db); !st) {
        return fail(st.error());
    }
    if (auto st = schema::create(*db); !st) {
        return fail(st.error());
    }
    const QString projectTitle =
        title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : title.trimmed();
    {
        Transaction tx(*db);
        const QString coderGuid = guidOrNew(firstCoder.guid);
        for (const auto& [key, value] :
             {std::pair{kTitleKey, projectTitle}, std::pair{kMemoKey, QString()},
              std::pair{kCreatedKey, timestamp(Environment::now())}}) {
            if (auto st =
                    run(*db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2)"),
                        key, value);
                !st) {
                return fail(st.error());
            }
        }
        if (auto st = run(
                *db, QStringLiteral("INSERT INTO coders(guid, name, color) VALUES (?1, ?2, ?3)"),
                coderGuid, firstCoder.name.isEmpty() ? defaultCoderName() : firstCoder.name,
                firstCoder.color.isEmpty() ? paletteColor(0) : firstCoder.color);
            !st) {
            return fail(st.error());
        }
        if (auto st = run(*db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2)"),
                          kCurrentCoderKey, QString::number(db->lastInsertId()));
            !st) {
            return fail(st.error());
        }
        if (auto st = tx.commit(); !st) {
            return fail(st.error());
        }
    }
    std::unique_ptr<Project> project(new Project(std::move(db)));
    if (auto st = project->initialise(); !st) {
        project.reset();
        removeProjectFiles(path);
        return st.error();
    }
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist. Check the path, "
                                                             "or create it with “new”.")
                                                  .arg(absolute));
    }
    if (!info.isFile()) {
        return makeError(
            ErrorCode::NotAProject,
            QStringLiteral("%1 is a folder, not a Tessera project file.").arg(absolute));
    }
    if (info.size() == 0) {
        return makeError(ErrorCode::NotAProject,
                         QStringLiteral("%1 is empty, not a Tessera project. It was not changed.")
                             .arg(absolute));
    }
    auto db = std::make_unique<Database>();
    if (auto st = db->open(path, Database::OpenMode::ReadWrite); !st) {
        return st.error();
    }
    auto version = schema::inspect(*db);
    if (!version) {
        return version.error();
    }
    // Migrate before the pragmas: switching to WAL writes the header, and the backup copy must be
    // taken of the file exactly as it was.
    if (auto st = schema::migrate(*db, *version); !st) {
        return st.error();
    }
    if (auto st = schema::applyConnectionPragmas(*db); !st) {
        return st.error();
    }
    std::unique_ptr<Project> project(new Project(std::move(db)));
    if (auto st = project->initialise(); !st) {
        return st.error();
    }
    return project;
}

Status Project::initialise()
{
    return m_undo->install(schema::undoableTables());
}

QString Project::filePath() const
{
    return m_db->path();
}

QString Project::setting(const QString& key) const
{
    QString value;
    forEachRow(
        *m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?1"),
        [&](Statement& s) { value = s.columnText(0); }, key);
    return value;
}

Status Project::putSetting(const QString& key, const QString& value)
{
    return run(*m_db,
               QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               key, value);
}

QString Project::title() const
{
    return setting(kTitleKey);
}

Status Project::setTitle(const QString& title)
{
    if (title.trimmed().isEmpty()) {
        return invalid(QStringLiteral("The project title is empty. Give the project a title."));
    }
    return action(tr("Rename project"), [&] { return putSetting(kTitleKey, title.trimmed()); });
}

QString Project::memo() const
{
    return setting(kMemoKey);
}

Status Project::setMemo(const QString& memo)
{
    return action(tr("Edit project memo"), [&] { return putSetting(kMemoKey, memo); });
}

std::optional<Coder> Project::currentCoder() const
{
    bool ok = false;
    const qint64 id = setting(kCurrentCoderKey).toLongLong(&ok);
    if (ok) {
        if (auto c = coder(CoderId(id))) {
            return c;
        }
    }
    const QList<Coder> all = coders();
    return all.isEmpty() ? std::nullopt : std::optional<Coder>(all.first());
}

Status Project::setCurrentCoder(CoderId id)
{
    const auto c = coder(id);
    if (!c) {
        return notFound(QStringLiteral("No coder with id %1 in this project.").arg(id.value));
    }
    return action(tr("Switch coder to “%1”").arg(c->name),
                  [&] { return putSetting(kCurrentCoderKey, QString::number(id.value)); });
}

bool Project::countsFacilitators() const
{
    return setting(kCountsFacilitatorsKey) == QLatin1String("1");
}

Status Project::setCountsFacilitators(bool count)
{
    if (countsFacilitators() == count) {
        return {};
    }
    return action(count ? tr("Count facilitators in prevalence")
                        : tr("Leave facilitators out of prevalence"),
                  [&] {
                      return putSetting(kCountsFacilitatorsKey,
                                        count ? QStringLiteral("1") : QStringLiteral("0"));
                  });
}

Status Project::finishAction(const QString& label, qint64 mark)
{
    const QSet<QString> tables = m_undo->record(label, mark);
    if (!tables.isEmpty()) {
        emit changed(changesFor(tables));
    }
    return {};
}

ProjectChanges Project::changesFor(const QSet<QString>& tables) const
{
    ProjectChanges changes;
    for (const QString& table : tables) {
        if (table == QLatin1String("settings")) {
            changes |= ProjectChange::Settings;
        } else if (table == QLatin1String("documents") ||
                   table == QLatin1String("document_groups")) {
            changes |= ProjectChange::Documents;
        } else if (table == QLatin1String("speakers") || table == QLatin1String("turns") ||
                   table == QLatin1String("participants")) {
            changes |= ProjectChange::Speakers;
        } else if (table == QLatin1String("document_attributes")) {
            // Documents too: document views show attribute values (ProjectChange::Documents).
            changes |= ProjectChange::Attributes | ProjectChange::Documents;
        } else if (table == QLatin1String("participant_attributes")) {
            changes |= ProjectChange::Attributes | ProjectChange::Speakers;
        } else if (table == QLatin1String("attribute_definitions")) {
            changes |= ProjectChange::Attributes;
        } else if (table == QLatin1String("surveys") ||
                   table == QLatin1String("survey_questions") ||
                   table == QLatin1String("survey_respondents")) {
            changes |= ProjectChange::Surveys;
        } else if (table == QLatin1String("coders")) {
            changes |= ProjectChange::Coders;
        } else if (table == QLatin1String("codes") || table == QLatin1String("code_reviews") ||
                   table == QLatin1String("code_comments")) {
            // Review status and comments are part of a code's definition in the codebook.
            changes |= ProjectChange::Codes;
        } else if (table == QLatin1String("themes") || table == QLatin1String("code_themes") ||
                   table == QLatin1String("theme_key_quotes")) {
            changes |= ProjectChange::Themes;
        } else if (table == QLatin1String("codings")) {
            changes |= ProjectChange::Codings;
        } else if (table == QLatin1String("journal_entries")) {
            changes |= ProjectChange::Journal;
        } else if (table == QLatin1String("map_positions")) {
            changes |= ProjectChange::Map;
        }
    }
    return changes;
}

bool Project::canUndo() const
{
    return m_undo->canUndo();
}

bool Project::canRedo() const
{
    return m_undo->canRedo();
}

QString Project::undoText() const
{
    return m_undo->undoLabel();
}

QString Project::redoText() const
{
    return m_undo->redoLabel();
}

Status Project::undo()
{
    auto tables = m_undo->undo();
    if (!tables) {
        return tables.error();
    }
    emit changed(changesFor(*tables));
    return {};
}

Status Project::redo()
{
    auto tables = m_undo->redo();
    if (!tables) {
        return tables.error();
    }
    emit changed(changesFor(*tables));
    return {};
}

} // namespace tessera
