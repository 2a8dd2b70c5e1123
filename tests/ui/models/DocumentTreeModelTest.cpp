// DocumentTreeModel and its filter proxy against the sample study.

#include "models/DocumentTreeModel.h"

#include "ModelTestFixture.h"
#include "models/DocumentFilterProxyModel.h"

#include <QFont>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {
namespace {

class DocumentTreeModelTest : public ModelTestFixture {
protected:
    void SetUp() override
    {
        ModelTestFixture::SetUp();
        m_model = std::make_unique<DocumentTreeModel>(state());
        watch(m_model.get());
    }
    void TearDown() override
    {
        m_model.reset();
        ModelTestFixture::TearDown();
    }

    // Every document appears once, under its group (or at the top level after the groups),
    // with the project's coding count for the visible coder.
    void expectMatchesProject()
    {
        const QList<Document> documents = project().documents();
        const auto counts = project().codingCountsByDocument(state().visibleCoder());
        int seen = 0;
        bool ungroupedStarted = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex top = m_model->index(row, 0);
            if (top.data(DocumentTreeModel::IsGroupRole).toBool()) {
                EXPECT_FALSE(ungroupedStarted) << "groups come before ungrouped documents";
                int sum = 0;
                for (int child = 0; child < m_model->rowCount(top); ++child) {
                    const QModelIndex doc = m_model->index(child, 0, top);
                    const auto id = m_model->documentAt(doc);
                    ASSERT_TRUE(id);
                    const auto d = project().document(*id);
                    ASSERT_TRUE(d);
                    EXPECT_EQ(d->groupName, top.data(DocumentTreeModel::GroupNameRole).toString());
                    EXPECT_EQ(doc.siblingAtColumn(DocumentTreeModel::CodingsColumn).data().toInt(),
                              counts.value(*id));
                    sum += counts.value(*id);
                    ++seen;
                }
                EXPECT_GT(m_model->rowCount(top), 0) << "no empty groups";
                EXPECT_EQ(top.siblingAtColumn(DocumentTreeModel::CodingsColumn).data().toInt(),
                          sum);
            } else {
                ungroupedStarted = true;
                const auto id = m_model->documentAt(top);
                ASSERT_TRUE(id);
                EXPECT_TRUE(project().document(*id)->groupName.isEmpty());
                EXPECT_EQ(top.siblingAtColumn(DocumentTreeModel::CodingsColumn).data().toInt(),
                          counts.value(*id));
                ++seen;
            }
        }
        EXPECT_EQ(seen, documents.size());
    }

    std::unique_ptr<DocumentTreeModel> m_model;
};

// The sample has three focus groups and its survey, whose open question is a document in a
// group named after the survey.
TEST_F(DocumentTreeModelTest, sample_showsFourGroupsWithTheirDocuments)
{
    ASSERT_EQ(m_model->rowCount(), 4);
    EXPECT_EQ(m_model->index(3, 0).data(DocumentTreeModel::GroupNameRole).toString(),
              u"Practitioner survey"_s);
    const QModelIndex group = m_model->index(0, 0);
    EXPECT_TRUE(group.data(DocumentTreeModel::IsGroupRole).toBool());
    EXPECT_EQ(group.data(DocumentTreeModel::GroupNameRole).toString(), u"Focus group 1"_s);
    EXPECT_EQ(group.data().toString(), u"Focus group 1 (1)"_s);
    EXPECT_EQ(group.data(DocumentTreeModel::DocumentCountRole).toInt(), 1);
    EXPECT_TRUE(group.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(group.data(DocumentTreeModel::DocumentIdRole).isValid());

    const QModelIndex doc = m_model->index(0, 0, group);
    EXPECT_EQ(doc.data().toString(), u"FG1 Children's services"_s);
    EXPECT_FALSE(doc.data(Qt::FontRole).isValid());
    const auto id = m_model->documentAt(doc);
    ASSERT_TRUE(id);
    EXPECT_EQ(doc.data(DocumentTreeModel::DocumentIdRole).toLongLong(), id->value);
    EXPECT_EQ(m_model->indexOfDocument(*id), doc);
    const QString tip = doc.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"fg1_childrens_services.vtt"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"VTT"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QString::number(project().document(*id)->turnCount)));
    EXPECT_FALSE(m_model->flags(doc).testFlag(Qt::ItemIsEditable));
    expectMatchesProject();
}

TEST_F(DocumentTreeModelTest, onlyMyCodings_countsTheCurrentCoderOnly)
{
    const auto all = project().codingCountsByDocument();
    state().setOnlyMyCodings(true);
    const auto mine = project().codingCountsByDocument(project().currentCoder()->id);
    int allTotal = 0;
    int mineTotal = 0;
    for (int v : all) {
        allTotal += v;
    }
    for (int v : mine) {
        mineTotal += v;
    }
    ASSERT_LT(mineTotal, allTotal); // the sample has two coders
    expectMatchesProject();
    state().setOnlyMyCodings(false);
    expectMatchesProject();
}

TEST_F(DocumentTreeModelTest, addingACoding_updatesCountsWithoutReset)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    const Document doc = project().documents().first();
    NewCoding coding{doc.id, code(u"Engagement"_s), std::nullopt, 0, 5, {}, false};
    ASSERT_TRUE(project().addCoding(coding).ok());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_GE(changes.count(), 1);
    expectMatchesProject();
}

TEST_F(DocumentTreeModelTest, regroupingDocuments_movesRowsAndDropsEmptyGroups)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const QList<Document> docs = project().documents();
    const QPersistentModelIndex second = m_model->indexOfDocument(docs[1].id);
    ASSERT_TRUE(project().setDocumentGroup(docs[1].id, u"Focus group 1"_s).ok());
    EXPECT_EQ(m_model->rowCount(), 3);
    EXPECT_EQ(m_model->index(0, 0).data().toString(), u"Focus group 1 (2)"_s);
    ASSERT_TRUE(second.isValid());
    EXPECT_EQ(m_model->documentAt(second), docs[1].id);
    expectMatchesProject();

    ASSERT_TRUE(project().setDocumentGroup(docs[0].id, QString()).ok());
    const QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
    EXPECT_EQ(m_model->documentAt(last), docs[0].id);
    expectMatchesProject();

    ASSERT_TRUE(project().renameDocument(docs[2].id, u"FG3 renamed"_s).ok());
    EXPECT_EQ(m_model->indexOfDocument(docs[2].id).data().toString(), u"FG3 renamed"_s);
    expectMatchesProject();
    EXPECT_EQ(resets.count(), 0);

    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(project().undo().ok());
        expectMatchesProject();
    }
    EXPECT_EQ(m_model->rowCount(), 4);
    ASSERT_TRUE(project().redo().ok());
    expectMatchesProject();
}

TEST_F(DocumentTreeModelTest, deletingADocument_removesItsRowAndGroup)
{
    const Document doc = project().documents().last();
    ASSERT_TRUE(project().deleteDocument(doc.id).ok());
    EXPECT_FALSE(m_model->indexOfDocument(doc.id).isValid());
    EXPECT_EQ(m_model->rowCount(), 3);
    expectMatchesProject();
    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(m_model->rowCount(), 4);
    expectMatchesProject();
}

TEST_F(DocumentTreeModelTest, filterProxy_matchesNamesAndGroupsCaseInsensitively)
{
    DocumentFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    watch(&proxy);
    EXPECT_EQ(proxy.rowCount(), 4);

    proxy.setFilterText(u"FAMILY"_s); // "FG2 Family support and early help"
    ASSERT_EQ(proxy.rowCount(), 1);
    const QModelIndex group = proxy.index(0, 0);
    EXPECT_EQ(group.data(DocumentTreeModel::GroupNameRole).toString(), u"Focus group 2"_s);
    ASSERT_EQ(proxy.rowCount(group), 1);
    EXPECT_EQ(proxy.index(0, 0, group).data().toString(), u"FG2 Family support and early help"_s);

    proxy.setFilterText(u"focus group 3"_s); // the group's name keeps its documents
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.rowCount(proxy.index(0, 0)), 1);

    proxy.setFilterFixedString(u"(1)"_s); // the count in the group's label is not its name
    EXPECT_EQ(proxy.rowCount(), 0);

    proxy.setFilterText(u"no such transcript"_s);
    EXPECT_EQ(proxy.rowCount(), 0);

    proxy.setFilterText(QString());
    EXPECT_EQ(proxy.rowCount(), 4);

    // The filter follows the source as documents change.
    proxy.setFilterText(u"youth"_s);
    ASSERT_EQ(proxy.rowCount(), 1);
    const Document fg3 = *project().findDocument(u"FG3 Youth work and fostering"_s);
    ASSERT_TRUE(project().renameDocument(fg3.id, u"FG3 Fostering"_s).ok());
    EXPECT_EQ(proxy.rowCount(), 0);
}

} // namespace
} // namespace tessera::ui::test
