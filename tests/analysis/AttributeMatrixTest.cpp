#include "analysis/AttributeMatrix.h"

#include "MixedMethodsStudy.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

using test::unwrap;

QList<int> counts(const MatrixRow& row)
{
    QList<int> list;
    for (const MatrixCell& cell : row.cells) {
        list << cell.participants;
    }
    return list;
}

const MatrixRow& rowNamed(const AttributeMatrix& matrix, const QString& path)
{
    for (const MatrixRow& row : matrix.matrixRows) {
        if (row.path == path) {
            return row;
        }
    }
    throw test::CoreCallFailed("no matrix row " + path.toStdString());
}

class AttributeMatrixTest : public test::MixedMethodsTest {
protected:
    AttributeMatrix build(MatrixOptions options = {})
    {
        if (options.attribute.isEmpty()) {
            options.attribute = u"Role"_s;
        }
        return unwrap(buildAttributeMatrix(project(), options), "buildAttributeMatrix");
    }
};

TEST_F(AttributeMatrixTest, CountsParticipantsPerCodeAndRole)
{
    const AttributeMatrix m = build();
    EXPECT_EQ(m.attribute, u"Role"_s);
    EXPECT_EQ(m.rows, MatrixRows::Codes);
    // Categories in their order (Manager although only a facilitator holds it), then not set.
    EXPECT_EQ(m.columns,
              (QStringList{u"Social worker"_s, u"Family support"_s, u"Manager"_s, u"(not set)"_s}));
    // Ana and Dev; Ben (in both groups, once); Fran only facilitates; Cara.
    EXPECT_EQ(m.columnParticipants, (QList<int>{2, 1, 0, 1}));
    EXPECT_EQ(m.totalParticipants, 4);
    ASSERT_EQ(m.matrixRows.size(), 3);
    EXPECT_EQ(m.matrixRows[0].path, u"Access"_s);
    EXPECT_EQ(m.matrixRows[1].path, u"Access/Devices"_s);
    EXPECT_EQ(m.matrixRows[1].name, u"Devices"_s);
    EXPECT_EQ(m.matrixRows[1].depth, 1);
    EXPECT_EQ(m.matrixRows[1].id, devices.value);
    EXPECT_EQ(m.matrixRows[2].path, u"Trust"_s);

    // Access: Ana, Ben; the facilitator's passage and the title line count nowhere.
    EXPECT_EQ(counts(m.matrixRows[0]), (QList<int>{1, 1, 0, 0}));
    EXPECT_EQ(m.matrixRows[0].total.participants, 2);
    // Devices: Ben; the unlinked speaker X has no role.
    EXPECT_EQ(counts(m.matrixRows[1]), (QList<int>{0, 1, 0, 0}));
    EXPECT_EQ(m.matrixRows[1].total.participants, 1);
    // Trust: Ana (Sam's coding) and Dev; Ben; Cara.
    EXPECT_EQ(counts(m.matrixRows[2]), (QList<int>{2, 1, 0, 1}));
    EXPECT_EQ(m.matrixRows[2].total.participants, 4);
    EXPECT_EQ(m.unlinkedSpeakers, 1);
}

TEST_F(AttributeMatrixTest, CellsDrillDownToTheirCodingsInDocumentOrder)
{
    const AttributeMatrix m = build();
    const MatrixRow& accessRow = rowNamed(m, u"Access"_s);
    EXPECT_EQ(accessRow.cells[0].codings, QList<CodingId>{a1AccessAna});
    EXPECT_EQ(accessRow.cells[1].codings, QList<CodingId>{b1AccessBen});
    EXPECT_TRUE(accessRow.cells[2].codings.isEmpty());
    EXPECT_EQ(accessRow.total.codings, (QList<CodingId>{a1AccessAna, b1AccessBen}));
    const MatrixRow& trustRow = rowNamed(m, u"Trust"_s);
    EXPECT_EQ(trustRow.cells[0].codings, (QList<CodingId>{s1TrustAnaBySam, b3TrustDev}));
    EXPECT_EQ(trustRow.cells[3].codings, QList<CodingId>{a3TrustCara});
    EXPECT_EQ(trustRow.total.codings,
              (QList<CodingId>{s1TrustAnaBySam, a3TrustCara, b3TrustDev, b4TrustBen}));
}

TEST_F(AttributeMatrixTest, CountingFacilitatorsAddsTheirVoices)
{
    TESSERA_ASSERT_OK(project().setCountsFacilitators(true));
    const AttributeMatrix m = build();
    // Fran now speaks as a Manager; the second group's facilitator is linked to nobody.
    EXPECT_EQ(m.columnParticipants, (QList<int>{2, 1, 1, 1}));
    EXPECT_EQ(m.totalParticipants, 5);
    const MatrixRow& accessRow = rowNamed(m, u"Access"_s);
    EXPECT_EQ(counts(accessRow), (QList<int>{1, 1, 1, 0}));
    EXPECT_EQ(accessRow.total.participants, 3);
    EXPECT_EQ(accessRow.cells[2].codings, QList<CodingId>{a4AccessFran});
    EXPECT_EQ(counts(rowNamed(m, u"Trust"_s)), (QList<int>{2, 1, 0, 1}));
    EXPECT_EQ(m.unlinkedSpeakers, 2);

    TESSERA_ASSERT_OK(project().setCountsFacilitators(false));
    EXPECT_EQ(counts(rowNamed(build(), u"Access"_s)), (QList<int>{1, 1, 0, 0}));
}

TEST_F(AttributeMatrixTest, OneCodersCodings)
{
    MatrixOptions options;
    options.coder = sam;
    const AttributeMatrix m = build(options);
    EXPECT_EQ(counts(rowNamed(m, u"Trust"_s)), (QList<int>{1, 0, 0, 0}));
    EXPECT_EQ(counts(rowNamed(m, u"Access"_s)), (QList<int>{0, 0, 0, 0}));
    // Who speaks does not depend on who coded.
    EXPECT_EQ(m.columnParticipants, (QList<int>{2, 1, 0, 1}));
    EXPECT_EQ(m.unlinkedSpeakers, 0);
}

TEST_F(AttributeMatrixTest, ChosenDocumentsOnly)
{
    MatrixOptions options;
    options.documents = {fg2};
    const AttributeMatrix m = build(options);
    // Cara speaks only in the first group: no one left without a role.
    EXPECT_EQ(m.columns, (QStringList{u"Social worker"_s, u"Family support"_s, u"Manager"_s}));
    EXPECT_EQ(m.columnParticipants, (QList<int>{1, 1, 0}));
    EXPECT_EQ(m.totalParticipants, 2);
    EXPECT_EQ(counts(rowNamed(m, u"Access"_s)), (QList<int>{0, 1, 0}));
    EXPECT_EQ(counts(rowNamed(m, u"Trust"_s)), (QList<int>{1, 1, 0}));
    EXPECT_EQ(rowNamed(m, u"Trust"_s).total.codings, (QList<CodingId>{b3TrustDev, b4TrustBen}));
}

TEST_F(AttributeMatrixTest, ThemeRowsUseTheCodesOfTheThemeAndItsSubthemes)
{
    MatrixOptions options;
    options.rows = MatrixRows::Themes;
    const AttributeMatrix m = build(options);
    EXPECT_EQ(m.rows, MatrixRows::Themes);
    ASSERT_EQ(m.matrixRows.size(), 3);
    EXPECT_EQ(m.matrixRows[0].path, u"Connection"_s);
    EXPECT_EQ(m.matrixRows[0].id, connection.value);
    EXPECT_EQ(m.matrixRows[1].path, u"Connection/Barriers"_s);
    EXPECT_EQ(m.matrixRows[1].depth, 1);
    EXPECT_EQ(m.matrixRows[2].path, u"Empty"_s);
    // Connection = Trust + Devices (its subtheme's code): Ben counts once.
    EXPECT_EQ(counts(m.matrixRows[0]), (QList<int>{2, 1, 0, 1}));
    EXPECT_EQ(m.matrixRows[0].total.participants, 4);
    EXPECT_EQ(m.matrixRows[0].cells[1].codings, (QList<CodingId>{a2DevicesBen, b4TrustBen}));
    EXPECT_EQ(counts(m.matrixRows[1]), (QList<int>{0, 1, 0, 0}));
    EXPECT_EQ(counts(m.matrixRows[2]), (QList<int>{0, 0, 0, 0}));
    EXPECT_EQ(m.matrixRows[2].total.participants, 0);
}

TEST_F(AttributeMatrixTest, DocumentAttributeGroupsByTheDocumentsPeopleSpeakIn)
{
    MatrixOptions options;
    options.scope = AttributeScope::Document;
    options.attribute = u"setting"_s; // names are case-insensitive
    const AttributeMatrix m = build(options);
    EXPECT_EQ(m.attribute, u"Setting"_s);
    EXPECT_EQ(m.columns, (QStringList{u"In person"_s, u"Online"_s}));
    // In person: Ben, Dev. Online: Ana, Ben, Cara. Ben is in both.
    EXPECT_EQ(m.columnParticipants, (QList<int>{2, 3}));
    EXPECT_EQ(m.totalParticipants, 4);
    EXPECT_EQ(counts(rowNamed(m, u"Access"_s)), (QList<int>{1, 1}));
    EXPECT_EQ(rowNamed(m, u"Access"_s).total.participants, 2);
    EXPECT_EQ(counts(rowNamed(m, u"Trust"_s)), (QList<int>{2, 2}));
    EXPECT_EQ(rowNamed(m, u"Trust"_s).total.participants, 4);
    EXPECT_EQ(rowNamed(m, u"Trust"_s).cells[1].codings,
              (QList<CodingId>{s1TrustAnaBySam, a3TrustCara}));
}

TEST_F(AttributeMatrixTest, MultiSelectValuesCountUnderEachOption)
{
    AttributeDefinition services;
    services.scope = AttributeScope::Participant;
    services.name = u"Services"_s;
    services.type = AttributeType::Category;
    services.categories = {u"Children"_s, u"Adults"_s};
    services.multiSelect = true;
    TESSERA_ASSERT_OK(project().defineAttribute(services));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ana, u"Services"_s, u"Children;Adults"_s));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ben, u"Services"_s, u"Adults"_s));
    MatrixOptions options;
    options.attribute = u"Services"_s;
    const AttributeMatrix m = build(options);
    EXPECT_EQ(m.columns, (QStringList{u"Children"_s, u"Adults"_s, u"(not set)"_s}));
    EXPECT_EQ(m.columnParticipants, (QList<int>{1, 2, 2}));
    EXPECT_EQ(m.totalParticipants, 4);
    const MatrixRow& accessRow = rowNamed(m, u"Access"_s);
    EXPECT_EQ(counts(accessRow), (QList<int>{1, 2, 0}));
    EXPECT_EQ(accessRow.total.participants, 2); // Ana once, though under two options
    EXPECT_EQ(accessRow.cells[0].codings, QList<CodingId>{a1AccessAna});
    EXPECT_EQ(accessRow.cells[1].codings, (QList<CodingId>{a1AccessAna, b1AccessBen}));
}

TEST_F(AttributeMatrixTest, OtherValuesAreSortedNumbersByValue)
{
    AttributeDefinition years;
    years.scope = AttributeScope::Participant;
    years.name = u"Years"_s;
    years.type = AttributeType::Number;
    TESSERA_ASSERT_OK(project().defineAttribute(years));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ana, u"Years"_s, u"10"_s));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ben, u"Years"_s, u"2"_s));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dev, u"Years"_s, u"2.5"_s));
    MatrixOptions options;
    options.attribute = u"Years"_s;
    const AttributeMatrix m = build(options);
    EXPECT_EQ(m.columns, (QStringList{u"2"_s, u"2.5"_s, u"10"_s, u"(not set)"_s}));
    EXPECT_EQ(m.columnParticipants, (QList<int>{1, 1, 1, 1}));
}

TEST_F(AttributeMatrixTest, UnknownAttributeListsTheDefinedOnes)
{
    MatrixOptions options;
    options.attribute = u"Team"_s;
    const auto result = buildAttributeMatrix(project(), options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(result.error().message.contains(u"“Team”"_s))
        << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(u"Role"_s)) << result.error().message.toStdString();

    options.attribute = u"Role"_s;
    options.scope = AttributeScope::Document;
    const auto wrongScope = buildAttributeMatrix(project(), options);
    ASSERT_FALSE(wrongScope.ok());
    EXPECT_TRUE(wrongScope.error().message.contains(u"Setting"_s))
        << wrongScope.error().message.toStdString();
}

TEST_F(AttributeMatrixTest, UnknownDocumentOrCoderIsAnError)
{
    MatrixOptions options;
    options.attribute = u"Role"_s;
    options.documents = {DocumentId(9999)};
    EXPECT_EQ(test::errorCode(buildAttributeMatrix(project(), options)), ErrorCode::NotFound);
    options.documents.clear();
    options.coder = CoderId(9999);
    EXPECT_EQ(test::errorCode(buildAttributeMatrix(project(), options)), ErrorCode::NotFound);
}

TEST_F(AttributeMatrixTest, ValuesChangeTheMatrix)
{
    TESSERA_ASSERT_OK(project().setParticipantAttribute(cara, u"Role"_s, u"Family support"_s));
    const AttributeMatrix m = build();
    EXPECT_EQ(m.columns, (QStringList{u"Social worker"_s, u"Family support"_s, u"Manager"_s}));
    EXPECT_EQ(m.columnParticipants, (QList<int>{2, 2, 0}));
    EXPECT_EQ(counts(rowNamed(m, u"Trust"_s)), (QList<int>{2, 2, 0}));
}

} // namespace
} // namespace tessera
