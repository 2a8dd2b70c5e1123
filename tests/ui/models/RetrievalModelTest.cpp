// RetrievalModel: the excerpts of one code or theme, following project changes.

#include "models/RetrievalModel.h"

#include "ModelTestFixture.h"
#include "common/CodingOperations.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {
namespace {

class RetrievalModelTest : public ModelTestFixture {
protected:
    void SetUp() override
    {
        ModelTestFixture::SetUp();
        m_model = std::make_unique<RetrievalModel>(state());
        watch(m_model.get());
        m_poverty = code(u"Access and connectivity/Digital poverty"_s);
    }
    void TearDown() override
    {
        m_model.reset();
        ModelTestFixture::TearDown();
    }

    void expectRows(const QList<Excerpt>& expected)
    {
        ASSERT_EQ(m_model->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            EXPECT_EQ(m_model->excerptAt(row).coding.id, expected[row].coding.id) << row;
            EXPECT_EQ(m_model->index(row, 0).data(RetrievalModel::CodingIdRole).toLongLong(),
                      expected[row].coding.id.value);
        }
    }

    std::unique_ptr<RetrievalModel> m_model;
    CodeId m_poverty;
};

TEST_F(RetrievalModelTest, showCode_listsItsExcerptsWithCitationsAndContext)
{
    QSignalSpy titles(m_model.get(), &RetrievalModel::titleChanged);
    m_model->showCode(m_poverty);
    const QList<Excerpt> expected = Retrieval(project()).excerptsForCode(m_poverty);
    ASSERT_FALSE(expected.isEmpty());
    expectRows(expected);
    EXPECT_EQ(m_model->title(), u"Digital poverty · %1 excerpts"_s.arg(expected.size()));
    ASSERT_EQ(titles.count(), 1);
    EXPECT_EQ(titles[0][0].toString(), m_model->title());

    const Excerpt& e = expected.first();
    const auto cell = [&](int column) { return m_model->index(0, column); };
    EXPECT_EQ(cell(RetrievalModel::DocumentColumn).data().toString(), e.documentName);
    EXPECT_EQ(cell(RetrievalModel::SpeakerColumn).data().toString(), e.speaker);
    EXPECT_EQ(cell(RetrievalModel::CodeColumn).data().toString(), e.codePath);
    EXPECT_EQ(cell(RetrievalModel::CoderColumn).data().toString(), e.coderName);
    EXPECT_EQ(cell(RetrievalModel::TextColumn).data().toString(), e.text.simplified());
    EXPECT_TRUE(cell(RetrievalModel::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(e.text.left(20).toHtmlEscaped()));
    EXPECT_EQ(cell(0).data(RetrievalModel::DocumentIdRole).toLongLong(), e.coding.documentId.value);
    EXPECT_EQ(cell(0).data(RetrievalModel::StartRole).toLongLong(), e.coding.start);
    EXPECT_EQ(cell(0).data(RetrievalModel::EndRole).toLongLong(), e.coding.end);
    EXPECT_EQ(m_model->rangeAt(0), (TextRange{e.coding.documentId, e.coding.start, e.coding.end}));
    EXPECT_EQ(m_model->citationAt(0), citation(e.text, e.group, e.documentName, e.speaker));
    EXPECT_TRUE(m_model->citationAt(0).contains(u"Focus group"_s));

    const QString context =
        cell(RetrievalModel::TextColumn).data(RetrievalModel::ContextRole).toString();
    EXPECT_TRUE(context.contains(u"«"_s + e.text + u"»"_s)) << context.toStdString();
    // Some of the transcript either side, at most about 120 characters each way.
    EXPECT_GT(context.size(), e.text.size() + 2);
    EXPECT_LE(context.size(), e.text.size() + 2 + 2 * 120 + 4);

    EXPECT_EQ(m_model->citationAt(999), QString());
    EXPECT_FALSE(m_model->excerptAt(-1).coding.id.isValid());
}

TEST_F(RetrievalModelTest, onlyMyCodings_showsTheCurrentCodersExcerpts)
{
    m_model->showCode(m_poverty);
    const int all = m_model->rowCount();
    state().setOnlyMyCodings(true);
    const QList<Excerpt> mine =
        Retrieval(project()).excerptsForCode(m_poverty, false, project().currentCoder()->id);
    expectRows(mine);
    EXPECT_LT(m_model->rowCount(), all);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        EXPECT_EQ(m_model->index(row, RetrievalModel::CoderColumn).data().toString(),
                  u"Alex Morgan"_s);
    }
    state().setOnlyMyCodings(false);
    EXPECT_EQ(m_model->rowCount(), all);
}

TEST_F(RetrievalModelTest, applyingAndRemovingCodings_insertAndRemoveRowsWithoutReset)
{
    m_model->showCode(m_poverty);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy titles(m_model.get(), &RetrievalModel::titleChanged);
    const int before = m_model->rowCount();
    const QPersistentModelIndex last = m_model->index(before - 1, 0);
    const Document doc = project().documents().first();
    auto added = applyCode(state(), TextRange{doc.id, 0, 12}, m_poverty);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(m_model->rowCount(), before + 1);
    EXPECT_EQ(inserts.count(), 1);
    EXPECT_EQ(m_model->excerptAt(0).coding.id, *added); // document order: first
    EXPECT_EQ(titles.count(), 1);
    EXPECT_TRUE(last.isValid());
    EXPECT_EQ(last.row(), before);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(m_model->rowCount(), before);
    EXPECT_EQ(removes.count(), 1);
    ASSERT_TRUE(project().redo().ok());
    expectRows(Retrieval(project()).excerptsForCode(m_poverty));
    EXPECT_EQ(resets.count(), 0);

    // A memo edit is a dataChanged of that row.
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(project().setCodingMemo(*added, u"Phone only"_s).ok());
    EXPECT_EQ(changes.count(), 1);
    EXPECT_TRUE(m_model->index(0, RetrievalModel::TextColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Phone only"_s));
}

TEST_F(RetrievalModelTest, renamingTheCode_updatesRowsAndTitle)
{
    m_model->showCode(code(u"Access and connectivity"_s), true);
    const QList<Excerpt> expected =
        Retrieval(project()).excerptsForCode(code(u"Access and connectivity"_s), true);
    expectRows(expected);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(project().renameCode(m_poverty, u"Data poverty"_s).ok());
    EXPECT_EQ(resets.count(), 0);
    bool sawRenamed = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        sawRenamed = sawRenamed || m_model->index(row, RetrievalModel::CodeColumn).data() ==
                                       u"Access and connectivity/Data poverty"_s;
    }
    EXPECT_TRUE(sawRenamed);
    ASSERT_TRUE(project().renameCode(code(u"Access and connectivity"_s), u"Access"_s).ok());
    EXPECT_TRUE(m_model->title().startsWith(u"Access · "_s)) << m_model->title().toStdString();
}

TEST_F(RetrievalModelTest, deletingTheShownCode_clearsTheModel)
{
    m_model->showCode(m_poverty);
    ASSERT_GT(m_model->rowCount(), 0);
    QSignalSpy titles(m_model.get(), &RetrievalModel::titleChanged);
    ASSERT_TRUE(project().deleteCode(m_poverty).ok());
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_TRUE(m_model->title().isEmpty());
    EXPECT_EQ(titles.count(), 1);
    // Undo brings the code back but the panel stays empty until a code is chosen again.
    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST_F(RetrievalModelTest, showTheme_listsItsTreeAndFollowsLinks)
{
    const ThemeId top = theme(u"Practitioners' own challenges and training needs"_s);
    m_model->showTheme(top);
    expectRows(Retrieval(project()).excerptsForTheme(top));
    EXPECT_TRUE(m_model->title().startsWith(u"Practitioners' own challenges"_s));
    const int before = m_model->rowCount();
    const ThemeId learning = theme(u"Learning as we went"_s);

    ASSERT_TRUE(project().linkCodeToTheme(m_poverty, learning).ok());
    expectRows(Retrieval(project()).excerptsForTheme(top));
    EXPECT_GT(m_model->rowCount(), before);

    ASSERT_TRUE(project().deleteTheme(top).ok());
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_TRUE(m_model->title().isEmpty());

    m_model->showTheme(learning); // deleted with `top`
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST_F(RetrievalModelTest, clear_emptiesTheModel)
{
    m_model->showCode(m_poverty);
    m_model->clear();
    EXPECT_EQ(m_model->rowCount(), 0);
    EXPECT_TRUE(m_model->title().isEmpty());
    const Document doc = project().documents().first();
    ASSERT_TRUE(applyCode(state(), TextRange{doc.id, 0, 12}, m_poverty).ok());
    EXPECT_EQ(m_model->rowCount(), 0);
}

} // namespace
} // namespace tessera::ui::test
