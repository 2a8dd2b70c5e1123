// The dispatcher: files on disk, format choice, limits, and awkward or hostile files.

#include "io/TranscriptImporter.h"

#include "DocxFixture.h"
#include "ImportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

class TranscriptImporterFiles : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(bytes), bytes.size());
        return path;
    }

    Error importError(const QString& path, std::optional<TranscriptFormat> format = std::nullopt,
                      qint64 maxBytes = kMaxTranscriptBytes)
    {
        auto result = importTranscriptFile(path, format, maxBytes);
        EXPECT_FALSE(result.ok());
        return result.ok() ? Error{} : result.error();
    }

    QTemporaryDir m_dir;
};

TEST_F(TranscriptImporterFiles, FormatComesFromTheExtension)
{
    const QString body = u"P1: Hello\nP2: Hi"_s;
    for (const QString& name : {u"a.txt"_s, u"b.TXT"_s, u"c.md"_s}) {
        const auto result = importTranscriptFile(write(name, body.toUtf8()));
        ASSERT_TRUE(result.ok()) << name.toStdString();
        EXPECT_EQ(result->turns.size(), 2);
    }
    EXPECT_EQ(importTranscriptFile(write(u"c2.md"_s, "x"))->format, TranscriptFormat::Markdown);
    const auto vtt = importTranscriptFile(
        write(u"d.vtt"_s, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nP1: Hi\n"));
    ASSERT_TRUE(vtt.ok());
    EXPECT_EQ(vtt->format, TranscriptFormat::Vtt);
    const auto docx = importTranscriptFile(
        write(u"e.docx"_s, test::docxWithBody(test::paragraphXml(u"P1: from Word"_s))));
    ASSERT_TRUE(docx.ok());
    EXPECT_EQ(test::turnTexts(*docx), (QStringList{u"from Word"_s}));
}

TEST_F(TranscriptImporterFiles, GivenFormatOverridesTheExtension)
{
    const QString path = write(u"captions.txt"_s, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi\n");
    const auto asVtt = importTranscriptFile(path, TranscriptFormat::Vtt);
    ASSERT_TRUE(asVtt.ok());
    EXPECT_EQ(asVtt->text, u"[00:00:01] Hi"_s);
    const auto asText = importTranscriptFile(path);
    ASSERT_TRUE(asText.ok());
    EXPECT_TRUE(asText->text.startsWith(u"WEBVTT"_s));
}

TEST_F(TranscriptImporterFiles, MarkdownBoldLabels)
{
    const auto result = importTranscriptFile(
        write(u"notes.md"_s, "# Focus group 1\n\n**Facilitator:** Welcome *all*.\n\n**P1**: Hi."));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(test::turnSpeakers(*result), (QStringList{u"Facilitator"_s, u"P1"_s}));
    EXPECT_EQ(test::turnTexts(*result), (QStringList{u"Welcome *all*."_s, u"Hi."_s}));
    EXPECT_TRUE(result->text.startsWith(u"# Focus group 1"_s)); // markup kept as written
}

TEST_F(TranscriptImporterFiles, Utf16LittleEndianFileWithTurns)
{
    QByteArray bytes("\xFF\xFE", 2);
    const QString text = u"P1: Caf\u00E9\r\nP2: \U0001F60A"_s;
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const auto result = importTranscriptFile(write(u"utf16.txt"_s, bytes));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->text, u"P1: Caf\u00E9\nP2: \U0001F60A"_s);
    EXPECT_EQ(test::turnTexts(*result), (QStringList{u"Caf\u00E9"_s, u"\U0001F60A"_s}));
}

TEST_F(TranscriptImporterFiles, Utf16BigEndianFile)
{
    const auto result = importTranscriptFile(write(u"be.txt"_s, QByteArray("\xFE\xFF\0P\0"
                                                                           "1\0:\0 \0\xE9",
                                                                           12)));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->text, u"P1: \u00E9"_s);
    EXPECT_EQ(test::turnTexts(*result), (QStringList{u"\u00E9"_s}));
}

TEST_F(TranscriptImporterFiles, Windows1252FileIsReadWithAWarning)
{
    const auto result =
        importTranscriptFile(write(u"old.txt"_s, "P1: \x93Na\xEFve\x94 caf\xE9.\r\nP2: Yes."));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(test::turnTexts(*result),
              (QStringList{u"\u201CNa\u00EFve\u201D caf\u00E9."_s, u"Yes."_s}));
    ASSERT_EQ(result->warnings.size(), 1);
    EXPECT_TRUE(result->warnings.first().contains(u"'old.txt'"_s));
}

TEST_F(TranscriptImporterFiles, LoneCrLineEndingsKeepPositionsRight)
{
    const auto result = importTranscriptFile(write(u"mac.txt"_s, "Title\r\rP1: one\rP2: two\r"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->text, u"Title\n\nP1: one\nP2: two\n"_s);
    EXPECT_EQ(test::turnTexts(*result), (QStringList{u"one"_s, u"two"_s}));
    EXPECT_EQ(result->turns.at(0).start, 11);
}

TEST_F(TranscriptImporterFiles, EmptyAndWhitespaceOnlyFilesAreRefused)
{
    for (const QString& name : {u"empty.txt"_s, u"empty.docx"_s, u"empty.vtt"_s}) {
        const Error error = importError(write(name, QByteArray()));
        EXPECT_EQ(error.code, ErrorCode::InvalidInput);
        EXPECT_TRUE(error.message.contains(u"is empty"_s)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(name));
    }
    const Error blank = importError(write(u"blank.txt"_s, " \r\n\t\n  "));
    EXPECT_EQ(blank.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(blank.message.contains(u"is empty"_s));
    const Error emptyWord = importError(write(u"blank.docx"_s, test::docxWithBody(u"<w:p/>"_s)));
    EXPECT_TRUE(emptyWord.message.contains(u"is empty"_s));
}

TEST_F(TranscriptImporterFiles, BinaryJunkAsTextIsRefused)
{
    QByteArray junk;
    for (int i = 0; i < 512; ++i) {
        junk += char((i * 37 + 11) % 256);
    }
    const Error error = importError(write(u"photo.txt"_s, junk));
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(u"binary"_s));
    EXPECT_TRUE(error.message.contains(u"'photo.txt'"_s));
    // A Word file renamed to .txt is binary too.
    EXPECT_EQ(
        importError(write(u"word.txt"_s, test::docxWithBody(test::paragraphXml(u"x"_s)))).code,
        ErrorCode::InvalidInput);
}

TEST_F(TranscriptImporterFiles, MissingFileNamesTheFile)
{
    const Error error = importError(m_dir.filePath(u"nowhere.txt"_s));
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_TRUE(error.message.contains(u"'nowhere.txt'"_s));
    EXPECT_TRUE(error.message.contains(u"does not exist"_s));
}

TEST_F(TranscriptImporterFiles, FolderIsNotAFile)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"folder.txt"_s));
    const Error error = importError(m_dir.filePath(u"folder.txt"_s));
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_TRUE(error.message.contains(u"folder"_s));
}

TEST_F(TranscriptImporterFiles, UnreadableFileIsAnIoError)
{
    const QString path = write(u"secret.txt"_s, "P1: hi");
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        GTEST_SKIP() << "running with permissions that ignore file modes (root?)";
    }
    const Error error = importError(path);
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_TRUE(error.message.contains(u"cannot be read"_s));
}

TEST_F(TranscriptImporterFiles, UnknownExtensionListsTheSupportedOnes)
{
    for (const QString& name : {u"slides.pdf"_s, u"old.doc"_s, u"README"_s}) {
        const Error error = importError(write(name, "P1: hi"));
        EXPECT_EQ(error.code, ErrorCode::UnsupportedFormat) << name.toStdString();
        EXPECT_TRUE(error.message.contains(u".txt, .md, .vtt, .srt, .docx"_s))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(name));
    }
}

TEST_F(TranscriptImporterFiles, FileOverTheLimitIsRefusedBeforeReading)
{
    const QString path = write(u"big.txt"_s, QByteArray(2048, 'a'));
    const Error error = importError(path, std::nullopt, 1024);
    EXPECT_EQ(error.code, ErrorCode::TooLarge);
    EXPECT_TRUE(error.message.contains(u"'big.txt'"_s));
    EXPECT_TRUE(importTranscriptFile(path, std::nullopt, 2048).ok()) << "exactly at the limit";
    EXPECT_EQ(kMaxTranscriptBytes, 64 * 1024 * 1024);
}

TEST(TranscriptImporterBytes, LimitAppliesToBytesToo)
{
    const auto result =
        importTranscriptBytes(QByteArray(11, 'a'), TranscriptFormat::Txt, u"x.txt"_s, 10);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::TooLarge);
}

TEST(TranscriptImporterBytes, EveryFormatGivesSoundTurns)
{
    const QList<std::pair<TranscriptFormat, QByteArray>> inputs = {
        {TranscriptFormat::Txt, "Title\n\nP1: \xF0\x9F\x98\x8A hi  \n\nP2: yo\n"},
        {TranscriptFormat::Markdown, "**P1:** a\n**P2:** b"},
        {TranscriptFormat::Vtt, "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>x\n"},
        {TranscriptFormat::Srt, "1\n00:00:01,000 --> 00:00:02,000\nA: x\n"},
        {TranscriptFormat::Docx, test::docxWithBody(test::paragraphXml(u"P1: x"_s))},
    };
    for (const auto& [format, bytes] : inputs) {
        const auto result = importTranscriptBytes(bytes, format, u"in"_s);
        ASSERT_TRUE(result.ok()) << formatName(format).toStdString();
        EXPECT_EQ(result->format, format);
        EXPECT_FALSE(result->turns.isEmpty()) << formatName(format).toStdString();
        EXPECT_EQ(findTurnProblem(*result), std::nullopt);
    }
}

} // namespace
} // namespace tessera
