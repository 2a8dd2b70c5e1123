#pragma once

// Shared helpers for the core tests: a real project file in a temporary folder, transcripts
// built by hand (no importer involved), and raw SQLite views of the file for assertions that
// must not go through the API under test.

#include "common/Result.h"
#include "io/ImportedDocument.h"
#include "model/Entities.h"
#include "project/Project.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>

// Readable QString values in GoogleTest failure messages.
void PrintTo(const QString& value, std::ostream* os);
void PrintTo(const QByteArray& value, std::ostream* os);

namespace tessera {
void PrintTo(const Error& error, std::ostream* os);
void PrintTo(ErrorCode code, std::ostream* os);
void PrintTo(SpeakerRole role, std::ostream* os);
void PrintTo(ThemeStatus status, std::ostream* os);
} // namespace tessera

namespace tessera::test {

// Thrown by unwrap(): GoogleTest reports it as a failure of the running test and stops it,
// which ASSERT_* cannot do from inside a helper that returns a value.
class CoreCallFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

template <typename T> T unwrap(Result<T> result, const char* what = "core call")
{
    if (!result.ok()) {
        throw CoreCallFailed(std::string(what) +
                             " failed: " + result.error().message.toStdString());
    }
    return std::move(result).value();
}

// The error code of a failed call, nullopt when it succeeded.
template <typename R> std::optional<ErrorCode> errorCode(const R& result)
{
    return result.ok() ? std::nullopt : std::optional<ErrorCode>(result.error().code);
}

// Asserts a Status (or any Result) succeeded, printing the core's message otherwise.
#define TESSERA_ASSERT_OK(expr)                                                                    \
    do {                                                                                           \
        const auto& tesseraResult_ = (expr);                                                       \
        ASSERT_TRUE(tesseraResult_.ok()) << tesseraResult_.error().message.toStdString();          \
    } while (false)

#define TESSERA_EXPECT_OK(expr)                                                                    \
    do {                                                                                           \
        const auto& tesseraResult_ = (expr);                                                       \
        EXPECT_TRUE(tesseraResult_.ok()) << tesseraResult_.error().message.toStdString();          \
    } while (false)

// Builds an ImportedDocument the way an importer would: optional free text (a title line),
// then one "Speaker: speech" paragraph per turn. Turn positions cover the speech only.
class TranscriptBuilder {
public:
    TranscriptBuilder& line(const QString& text);
    TranscriptBuilder& turn(const QString& speaker, const QString& speech,
                            std::optional<qint64> beginMs = std::nullopt);
    ImportedDocument build() const;
    const QString& text() const { return m_document.text; }

private:
    ImportedDocument m_document;
};

// A small focus group: a title line, a facilitator and two participants.
//   Facilitator: "How did video calls change your work with families?"
//   P1: "Video calls let me see families more often than before."
//   P2: "Some families had no data or devices at all."
//   P1: "Teenagers preferred messaging to calls."
//   Facilitator: "Thank you, that is helpful."
ImportedDocument focusGroupTranscript(const QString& title = QStringLiteral("Focus group"));

// Position of the first occurrence of `needle` in `text`; throws when absent.
qsizetype positionOf(const QString& text, const QString& needle);

// Every table of the project file, every row in rowid order, as text — read through a separate
// read-only SQLite connection, so it sees exactly what is committed on disk.
QString dumpTables(const QString& projectPath);
// Number of rows in a table, through a separate connection.
qint64 rowCount(const QString& projectPath, const QString& table);
// Runs SQL on the file through a separate read-write connection (no foreign key enforcement);
// returns the first column of the first row as text, if any. `create` makes a missing file.
QString rawQuery(const QString& path, const QString& sql, bool create = false);
bool tableExists(const QString& path, const QString& table);

QByteArray readBytes(const QString& path);
void writeBytes(const QString& path, const QByteArray& bytes);

// A project in a temporary folder, with deterministic GUIDs and clock.
class ProjectTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    Project& project() { return *m_project; }
    QString projectPath() const { return m_path; }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }
    // Closes the project (releasing the file) and opens it again.
    void reopen();
    void closeProject() { m_project.reset(); }

    DocumentId addDocument(const QString& name, const ImportedDocument& doc,
                           const QString& group = {});
    CodeId addCode(const QString& name, std::optional<CodeId> parent = std::nullopt);
    ThemeId addTheme(const QString& name, std::optional<ThemeId> parent = std::nullopt,
                     ThemeStatus status = ThemeStatus::Candidate);
    CoderId addCoder(const QString& name);
    CodingId addCoding(DocumentId doc, CodeId code, qsizetype start, qsizetype end,
                       std::optional<CoderId> coder = std::nullopt, bool keyQuote = false,
                       const QString& memo = {});
    // Codes the first occurrence of `quote` in the document's text.
    CodingId codeQuote(DocumentId doc, CodeId code, const QString& quote,
                       std::optional<CoderId> coder = std::nullopt, bool keyQuote = false,
                       const QString& memo = {});
    SpeakerId speakerNamed(DocumentId doc, const QString& label);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
};

} // namespace tessera::test
