// The bundled sample study loads into a complete, consistent project.

#include "sample/SampleStudy.h"

#include "ProjectFixture.h"
#include "analysis/ReportBuilder.h"
#include "analysis/Retrieval.h"
#include "common/Environment.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class SampleStudyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFile::exists(u":/sample/study.json"_s))
            << "the sample study must be compiled in";
        Environment::useDeterministicSeams();
        ASSERT_TRUE(m_dir.isValid());
        m_project = unwrap(createSampleStudy(m_dir.filePath(u"sample.tessera"_s)), "sample");
    }
    void TearDown() override
    {
        m_project.reset();
        Environment::resetSeams();
    }

    Project& project() { return *m_project; }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

int quotesInTree(const ReportTheme& theme)
{
    int count = int(theme.quotes.size());
    for (const ReportTheme& sub : theme.subthemes) {
        count += quotesInTree(sub);
    }
    return count;
}

TEST_F(SampleStudyTest, sample_hasThreeDocumentsInThreeGroups)
{
    const QList<Document> documents = project().documents();
    ASSERT_EQ(documents.size(), 3);
    QSet<QString> groups;
    QSet<QString> formats;
    for (const Document& d : documents) {
        EXPECT_FALSE(d.groupName.isEmpty()) << d.name.toStdString();
        groups.insert(d.groupName);
        formats.insert(d.format);
        EXPECT_GT(d.turnCount, 5) << d.name.toStdString();
        EXPECT_EQ(d.length, project().documentText(d.id).size());
        bool hasFacilitator = false;
        for (const Speaker& s : project().speakers(d.id)) {
            hasFacilitator = hasFacilitator || s.role == SpeakerRole::Facilitator;
        }
        EXPECT_TRUE(hasFacilitator) << d.name.toStdString();
    }
    EXPECT_EQ(groups.size(), 3);
    EXPECT_EQ(project().groups().size(), 3);
    EXPECT_EQ(formats.size(), 3); // one transcript per format
}

TEST_F(SampleStudyTest, sample_hasCodebookThemesAndCoders)
{
    const QList<Code> codes = project().codes();
    EXPECT_GE(codes.size(), 15);
    EXPECT_LE(codes.size(), 20);
    for (const Code& c : codes) {
        EXPECT_TRUE(isValidColor(c.fields.color)) << c.path.toStdString();
    }

    int topLevel = 0;
    for (const Theme& t : project().themes()) {
        if (t.parentId) {
            continue;
        }
        ++topLevel;
        int subthemes = 0;
        for (const Theme& s : project().themes()) {
            subthemes += s.parentId == t.id ? 1 : 0;
        }
        EXPECT_GT(subthemes, 0) << t.path.toStdString();
    }
    EXPECT_EQ(topLevel, 3);

    const QList<Coder> coders = project().coders();
    QSet<qint64> codersWithCodings;
    int keyQuotes = 0;
    for (const Coding& c : project().codings()) {
        codersWithCodings.insert(c.coderId.value);
        keyQuotes += c.keyQuote ? 1 : 0;
    }
    EXPECT_GE(coders.size(), 2);
    EXPECT_EQ(codersWithCodings.size(), 2);
    EXPECT_GE(keyQuotes, 1);
    ASSERT_TRUE(project().currentCoder());
    EXPECT_TRUE(codersWithCodings.contains(project().currentCoder()->id.value));
}

TEST_F(SampleStudyTest, sample_everyCodingLiesInsideOneTurn)
{
    QHash<qint64, QList<Turn>> turns;
    for (const Document& d : project().documents()) {
        turns.insert(d.id.value, project().turns(d.id));
    }
    const QList<Coding> codings = project().codings();
    ASSERT_FALSE(codings.isEmpty());
    for (const Coding& c : codings) {
        bool inside = false;
        for (const Turn& t : turns.value(c.documentId.value)) {
            inside = inside || (t.start <= c.start && c.end <= t.end);
        }
        EXPECT_TRUE(inside)
            << "coding " << c.id.value << " [" << c.start << ", " << c.end << ") of document "
            << c.documentId.value << ": \""
            << project().documentText(c.documentId).mid(c.start, c.end - c.start).toStdString()
            << '"';
    }
}

TEST_F(SampleStudyTest, sample_themeSummaryHasAllThemesWithQuotes)
{
    const ThemeSummaryReport report = buildThemeSummary(project());
    EXPECT_FALSE(report.title.isEmpty());
    EXPECT_EQ(report.documentCount, 3);
    EXPECT_EQ(report.groupCount, 3);
    EXPECT_GT(report.participantCount, 0);
    ASSERT_EQ(report.themes.size(), 3);
    bool anyKey = false;
    for (const ReportTheme& theme : report.themes) {
        EXPECT_GT(quotesInTree(theme), 0) << theme.name.toStdString();
        EXPECT_GT(theme.prevalence.excerpts, 0) << theme.name.toStdString();
        EXPECT_GT(theme.prevalence.participants, 0) << theme.name.toStdString();
        EXPECT_FALSE(theme.subthemes.isEmpty());
        for (const ReportTheme& sub : theme.subthemes) {
            for (const ReportQuote& q : sub.quotes) {
                anyKey = anyKey || q.keyQuote;
                EXPECT_FALSE(q.text.trimmed().isEmpty());
                EXPECT_FALSE(q.speaker.isEmpty()) << q.text.toStdString();
            }
        }
    }
    EXPECT_TRUE(anyKey);
}

TEST_F(SampleStudyTest, createSampleStudy_existingFile_refused)
{
    const QString path = m_dir.filePath(u"sample.tessera"_s);
    auto again = createSampleStudy(path);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(project().documents().size(), 3); // the first one is untouched
}

// Project::codeCounts (one SQL query, used by views) must agree with Retrieval's excerpt-based
// counts (used by reports) for every code, for all coders and for each coder alone.
TEST_F(SampleStudyTest, sample_sqlCodeCountsAgreeWithRetrieval)
{
    const Retrieval retrieval(*m_project);
    QList<std::optional<CoderId>> filters{std::nullopt};
    for (const Coder& c : m_project->coders()) {
        filters << c.id;
    }
    for (const auto& coder : filters) {
        const QHash<CodeId, CodeCounts> sql = m_project->codeCounts(coder);
        for (const Code& code : m_project->codes()) {
            const CodeCounts expected =
                retrieval.countsFor(retrieval.excerptsForCode(code.id, false, coder));
            const CodeCounts actual = sql.value(code.id);
            EXPECT_EQ(actual.codings, expected.codings) << code.path.toStdString();
            EXPECT_EQ(actual.documents, expected.documents) << code.path.toStdString();
            EXPECT_EQ(actual.speakers, expected.speakers) << code.path.toStdString();
        }
    }
    int total = 0;
    for (const CodeCounts& c : m_project->codeCounts()) {
        total += c.codings;
    }
    EXPECT_EQ(total, m_project->codings().size());
    QHash<DocumentId, int> perDocument = m_project->codingCountsByDocument();
    int documentTotal = 0;
    for (int n : perDocument) {
        documentTotal += n;
    }
    EXPECT_EQ(documentTotal, total);
}

} // namespace
} // namespace tessera::test
