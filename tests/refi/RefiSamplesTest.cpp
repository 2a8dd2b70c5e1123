// The real exports in ../shared/refi/samples, read by the pure readers: counts, hierarchy,
// colours, accents, the odd-but-common spellings, and above all the NVivo for Windows positions.

#include "RefiTestSupport.h"
#include "refi/RefiPositions.h"
#include "refi/RefiReader.h"

#include <gtest/gtest.h>

#include <functional>

namespace tessera::test {
namespace {

const QString kNvivoWin = QStringLiteral("nvivo-win12.6_oltas0517.qdpx");
const QString kNvivoMac = QStringLiteral("nvivo-mac15.0_roundtrip-of-qc-demo.qdpx");
const QString kQc = QStringLiteral("qc-1.3.2_demo.qdpx");
const QString kAnnex = QStringLiteral("spec-annexA2_atlasti8.4_standard-project.qdpx");
const QString kAtlasQdc = QStringLiteral("atlasti-win23.4_codebook_from-requal-test.qdc");
const QString kTaguetteQdc = QStringLiteral("taguette_codebook_reconstructed-from-tests.qdc");

RefiProject readSampleProject(const QString& name)
{
    const QByteArray bytes = refiSample(name);
    EXPECT_FALSE(bytes.isEmpty()) << "missing sample " << name.toStdString();
    RefiReadOptions options;
    options.sourceName = name;
    auto project = readQdpx(bytes, options);
    EXPECT_TRUE(project.ok()) << project.error().message.toStdString();
    return project.ok() ? project.value() : RefiProject{};
}

int countCodes(const QList<RefiCode>& codes)
{
    int n = 0;
    for (const RefiCode& code : codes) {
        n += 1 + countCodes(code.children);
    }
    return n;
}

int maxDepth(const QList<RefiCode>& codes)
{
    int depth = 0;
    for (const RefiCode& code : codes) {
        depth = qMax(depth, 1 + maxDepth(code.children));
    }
    return depth;
}

const RefiCode* findCode(const QList<RefiCode>& codes, const QString& name)
{
    for (const RefiCode& code : codes) {
        if (code.name == name) {
            return &code;
        }
        if (const RefiCode* found = findCode(code.children, name)) {
            return found;
        }
    }
    return nullptr;
}

int countCodings(const RefiProject& project)
{
    int n = 0;
    for (const RefiTextSource& source : project.sources) {
        for (const RefiSelection& selection : source.selections) {
            n += int(selection.codings.size());
        }
    }
    return n;
}

bool anyWarningContains(const QStringList& warnings, const QString& needle)
{
    for (const QString& warning : warnings) {
        if (warning.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString excerpt(const RefiTextSource& source, const RefiSelection& selection)
{
    return source.text.mid(selection.start, selection.end - selection.start);
}

const RefiTextSource* sourceNamed(const RefiProject& project, const QString& name)
{
    for (const RefiTextSource& source : project.sources) {
        if (source.name == name) {
            return &source;
        }
    }
    return nullptr;
}

TEST(RefiSamples, nvivoWindows_countsUsersCodesSourcesCodings)
{
    const RefiProject project = readSampleProject(kNvivoWin);
    EXPECT_EQ(project.origin, QStringLiteral("NVivo for Windows 12.6"));
    EXPECT_EQ(project.users.size(), 2);
    EXPECT_EQ(countCodes(project.codes), 152);
    EXPECT_EQ(project.sources.size(), 2);
    EXPECT_EQ(countCodings(project), 303);
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("“Sources/”")));
}

TEST(RefiSamples, nvivoWindows_detectsUtf16CrlfAsTwoBomNotCounted)
{
    const RefiProject project = readSampleProject(kNvivoWin);
    const RefiTextSource* source = sourceNamed(project, QStringLiteral("videos_10_selected"));
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->positionReading,
              QStringLiteral("UTF-16 code units, BOM not counted, CRLF as 2"));
    // Stored as Tessera stores text: no BOM, no CR.
    EXPECT_FALSE(source->text.startsWith(QChar(0xFEFF)));
    EXPECT_FALSE(source->text.contains(QLatin1Char('\r')));
    int onEdges = 0;
    for (const RefiSelection& selection : source->selections) {
        ASSERT_LE(selection.end, source->text.size());
        onEdges +=
            isWordEdge(source->text, selection.start) && isWordEdge(source->text, selection.end);
    }
    EXPECT_EQ(source->selections.size(), 303);
    EXPECT_GE(onEdges, 296);
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("UTF-16 code units")));
}

TEST(RefiSamples, nvivoWindows_codingsLandOnTheRightText)
{
    const RefiProject project = readSampleProject(kNvivoWin);
    const RefiTextSource* source = sourceNamed(project, QStringLiteral("videos_10_selected"));
    ASSERT_NE(source, nullptr);
    QStringList excerpts;
    for (const RefiSelection& selection : source->selections) {
        excerpts << excerpt(*source, selection);
    }
    // The first selection, and selections after 79 emoji (a code-point reading would be 79
    // characters off there).
    EXPECT_TRUE(excerpts.first().startsWith(QStringLiteral("Senkit nem lehet kötelezni oltásra")));
    EXPECT_TRUE(excerpts.first().endsWith(QStringLiteral("nem szaporodhat és nem élhet.")));
    EXPECT_TRUE(excerpts.contains(QStringLiteral("Picsába az erős immunrendszerrel!")));
    EXPECT_TRUE(
        excerpts.contains(QStringLiteral("Az oltás erősebb, le is győzi az immunrendszert.")));
    EXPECT_TRUE(excerpts.contains(QStringLiteral(
        "CDC announces 79% of all U.S. omicron cases have occurred in vaccinated individuals")));
}

TEST(RefiSamples, nvivoWindows_keepsHierarchyAccentsAndDescriptions)
{
    const RefiProject project = readSampleProject(kNvivoWin);
    const RefiCode* type = findCode(project.codes, QStringLiteral("1. Oltás típusa"));
    ASSERT_NE(type, nullptr);
    ASSERT_EQ(type->children.size(), 2);
    EXPECT_EQ(type->children.at(0).name, QStringLiteral("COVID"));
    EXPECT_EQ(type->children.at(1).name, QStringLiteral("Nem COVID"));
    EXPECT_EQ(type->guid, QStringLiteral("5067d381-1dc9-4816-81dd-ae1dbfea2ad7"));
    const RefiCode* attitude =
        findCode(project.codes, QStringLiteral("2. Attitűd szint az oltáshoz"));
    ASSERT_NE(attitude, nullptr);
    EXPECT_TRUE(
        attitude->description.contains(QStringLiteral("Enyhén szkeptikus, kétkedő (sárga)\n")));
    EXPECT_NE(findCode(project.codes, QStringLiteral("dehumanizálás")), nullptr);
    EXPECT_NE(findCode(project.codes, QStringLiteral("szabadság, szuverenitás")), nullptr);
}

TEST(RefiSamples, nvivoMac_keepsThreeLevelCodebook)
{
    const RefiProject project = readSampleProject(kNvivoMac);
    EXPECT_EQ(project.users.size(), 2);
    EXPECT_EQ(countCodes(project.codes), 262);
    EXPECT_GE(maxDepth(project.codes), 3);
    const RefiCode* competencies = findCode(project.codes, QStringLiteral("competencies"));
    ASSERT_NE(competencies, nullptr);
    ASSERT_EQ(competencies->children.size(), 1);
    EXPECT_EQ(competencies->children.first().name, QStringLiteral("programming"));
    EXPECT_EQ(countCodings(project), 0);
}

TEST(RefiSamples, qc_readsSourcesWithoutInternalPrefixWithAWarning)
{
    const RefiProject project = readSampleProject(kQc);
    EXPECT_EQ(project.sources.size(), 2);
    EXPECT_EQ(countCodes(project.codes), 262);
    int selections = 0;
    for (const RefiTextSource& source : project.sources) {
        selections += int(source.selections.size());
    }
    EXPECT_EQ(selections, 158);
    EXPECT_EQ(countCodings(project), 205);
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("internal://")));
    // qc codes whole lines: every selection starts at the beginning of a line.
    const RefiTextSource* board = sourceNamed(project, QStringLiteral("board_2017"));
    ASSERT_NE(board, nullptr);
    ASSERT_FALSE(board->selections.isEmpty());
    for (const RefiSelection& selection : board->selections) {
        EXPECT_TRUE(selection.start == 0 || board->text.at(selection.start - 1) == u'\n')
            << selection.name.toStdString();
    }
}

TEST(RefiSamples, specAnnex_readsEveryElementTypeAndSkipsWhatIsNotText)
{
    const RefiProject project = readSampleProject(kAnnex);
    EXPECT_EQ(project.users.size(), 3);
    EXPECT_EQ(countCodes(project.codes), 14);
    EXPECT_EQ(project.notes.size(), 2);
    EXPECT_EQ(project.sets.size(), 16);
    const RefiCode* feelings = findCode(project.codes, QStringLiteral("Feelings"));
    ASSERT_NE(feelings, nullptr);
    EXPECT_EQ(feelings->color, QStringLiteral("#F00082"));
    EXPECT_EQ(feelings->guid, QStringLiteral("0f8a1907-7e42-4739-8610-a676b4d1b69f"));
    EXPECT_EQ(
        project.notes.first().text,
        QStringLiteral("This is a great project by a dynamic team of researcher-developers. "));
    // Project.qde, no source files in the archive, pictures/PDFs/media: warnings, not errors.
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("“Project.qde”")));
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("has no text in the archive")));
    EXPECT_TRUE(anyWarningContains(project.warnings, QStringLiteral("VideoSource × 2")));
    EXPECT_TRUE(project.sources.isEmpty());
}

TEST(RefiSamples, atlasCodebook_keepsColourDescriptionAndSets)
{
    RefiReadOptions options;
    options.sourceName = kAtlasQdc;
    auto codebook = readQdc(refiSample(kAtlasQdc), options);
    ASSERT_TRUE(codebook.ok()) << codebook.error().message.toStdString();
    ASSERT_EQ(codebook->codes.size(), 1);
    const RefiCode& code = codebook->codes.first();
    EXPECT_EQ(code.name, QStringLiteral("code1"));
    EXPECT_EQ(code.color, QStringLiteral("#46AA00"));
    EXPECT_EQ(code.description, QStringLiteral("description"));
    EXPECT_EQ(code.guid, QStringLiteral("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294"));
    ASSERT_EQ(codebook->sets.size(), 1);
    EXPECT_EQ(codebook->sets.first().name, QStringLiteral("code group 1"));
    EXPECT_EQ(codebook->sets.first().description, QStringLiteral("kategorie 1"));
    EXPECT_EQ(codebook->sets.first().memberCodes, QStringList{code.guid});
    EXPECT_TRUE(codebook->warnings.isEmpty()) << codebook->warnings.join(u'\n').toStdString();
}

TEST(RefiSamples, taguetteCodebook_emptySetsIsAWarning)
{
    auto codebook = readQdc(refiSample(kTaguetteQdc));
    ASSERT_TRUE(codebook.ok()) << codebook.error().message.toStdString();
    EXPECT_EQ(codebook->origin, QStringLiteral("Taguette 1.4.1"));
    ASSERT_EQ(codebook->codes.size(), 3);
    EXPECT_EQ(codebook->codes.at(2).name, QStringLiteral("interesting\\places"));
    EXPECT_TRUE(codebook->sets.isEmpty());
    EXPECT_TRUE(anyWarningContains(codebook->warnings, QStringLiteral("empty <Sets/>")));
}

} // namespace
} // namespace tessera::test
