// Every shared sample imported into a new project through the Project API.

#include "ProjectFixture.h"
#include "RefiTestSupport.h"
#include "refi/RefiPositions.h"
#include "refi/RefiProjectImport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class RefiSampleImportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    std::unique_ptr<Project> importSample(const QString& name, RefiImportReport* report = nullptr)
    {
        const QString path = m_dir.filePath(QFileInfo(name).completeBaseName() + u".tessera"_s);
        auto result = importQdpxAsNewProject(refiSamplePath(name), path);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        if (!result.ok()) {
            return nullptr;
        }
        if (report) {
            *report = *result;
        }
        return unwrap(Project::open(path));
    }

    QTemporaryDir m_dir;
};

TEST_F(RefiSampleImportTest, nvivoWindows_codingsLandOnTheirTextWithAccentsAndHierarchy)
{
    RefiImportReport report;
    auto project = importSample(u"nvivo-win12.6_oltas0517.qdpx"_s, &report);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->codes().size(), 152);
    EXPECT_EQ(project->documents().size(), 2);
    EXPECT_EQ(project->coders().size(), 2); // the file's two users, no extra default coder
    // 303 codings in the file; the ones repeating code, coder and range are merged.
    const QList<Coding> codings = project->codings();
    int repeated = 0;
    for (const QString& warning : std::as_const(report.warnings)) {
        if (warning.contains(u"repeat the same code, coder and range"_s)) {
            repeated = warning.section(u": "_s, 1).section(u' ', 0, 0).toInt();
        }
    }
    EXPECT_EQ(codings.size() + repeated, 303);
    EXPECT_EQ(report.codingsAdded, codings.size());

    const Document source = unwrap(project->findDocument(u"videos_10_selected"_s));
    const QString text = project->documentText(source.id);
    EXPECT_FALSE(text.contains(u'\r'));
    int onEdges = 0;
    QStringList excerpts;
    for (const Coding& coding : codings) {
        if (coding.documentId != source.id) {
            continue;
        }
        onEdges += isWordEdge(text, coding.start) && isWordEdge(text, coding.end);
        excerpts << text.mid(coding.start, coding.end - coding.start);
    }
    EXPECT_GE(onEdges * 303, 296 * qsizetype(codings.size()));
    EXPECT_TRUE(excerpts.contains(u"Picsába az erős immunrendszerrel!"_s));
    EXPECT_TRUE(excerpts.contains(u"Az oltás erősebb, le is győzi az immunrendszert."_s));

    const Code covid = unwrap(project->findCodeByPath(u"1. Oltás típusa/COVID"_s));
    EXPECT_EQ(covid.guid, u"7142C1BF-1BBE-4073-88DD-AE1DBFEC9F8F"_s);
    const Code attitude = unwrap(project->findCodeByPath(u"2. Attitűd szint az oltáshoz"_s));
    EXPECT_TRUE(attitude.fields.description.startsWith(u"Erősen szkeptikus (piros)"_s));
    EXPECT_TRUE(project->findCodeByPath(u"3. Retorikai eszköz/dehumanizálás"_s).ok());
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"UTF-16 code units"_s));
}

TEST_F(RefiSampleImportTest, nvivoMac_keepsTheCodebook)
{
    auto project = importSample(u"nvivo-mac15.0_roundtrip-of-qc-demo.qdpx"_s);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->codes().size(), 262);
    EXPECT_TRUE(project->findCodeByPath(u"rq1_definition/competencies/programming"_s).ok());
    EXPECT_EQ(project->currentCoder()->name, u"chrisp"_s);
}

TEST_F(RefiSampleImportTest, qc_importsWithWarningsAndWholeLines)
{
    RefiImportReport report;
    auto project = importSample(u"qc-1.3.2_demo.qdpx"_s, &report);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->documents().size(), 2);
    EXPECT_GT(report.codingsAdded, 150);
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"internal://"_s));
    const Document board = unwrap(project->findDocument(u"board_2017"_s));
    const QString text = project->documentText(board.id);
    for (const Coding& coding : project->codings(CodingFilter{board.id, {}, false, {}})) {
        EXPECT_TRUE(coding.start == 0 || text.at(coding.start - 1) == u'\n');
    }
}

TEST_F(RefiSampleImportTest, specAnnex_importsCodesSetsAndNotesWithWarnings)
{
    RefiImportReport report;
    auto project = importSample(u"spec-annexA2_atlasti8.4_standard-project.qdpx"_s, &report);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->codes().size(), 14);
    EXPECT_EQ(project->documents().size(), 0);
    EXPECT_EQ(project->coders().size(), 3);
    // The five sets of codes become themes; the eleven sets of (missing) sources do not.
    EXPECT_EQ(project->themes().size(), 5);
    EXPECT_TRUE(project->findTheme(u"negative feelings"_s).ok());
    // The two notes are about nothing Tessera imported: journal entries.
    EXPECT_EQ(project->journal().size(), 2);
    EXPECT_TRUE(report.warnings.join(u'\n').contains(u"Project.qde"_s));
    EXPECT_EQ(project->findCodeByPath(u"Feelings"_s)->fields.color, u"#F00082"_s);
}

TEST_F(RefiSampleImportTest, hostileArchiveLeavesNothingBehind)
{
    const QString qdpx = m_dir.filePath(u"evil.qdpx"_s);
    writeBytes(qdpx, buildZip({{u"project.qde"_s,
                                R"(<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>)"},
                               {u"../../evil.txt"_s, "gotcha"}}));
    const QString target = m_dir.filePath(u"evil.tessera"_s);
    auto report = importQdpxAsNewProject(qdpx, target);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(u"../../evil.txt"_s));
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{u"evil.qdpx"_s});
}

} // namespace
} // namespace tessera::test
