// CodeTreeModel drag and drop, driven as a view drives it: mimeData() from the dragged rows, then
// canDropMimeData()/dropMimeData() at the drop position. The project file is the truth: each
// test reads the result back through a second connection.

#include "ModelTestFixture.h"
#include "common/MimeTypes.h"
#include "models/CodeTreeModel.h"

#include <QMimeData>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {

QStringList codeTreePaths(const CodeTreeModel& model, const QModelIndex& parent = {});
QStringList projectCodePaths(const Project& project);

namespace {

QStringList childNames(const Project& project, std::optional<CodeId> parent)
{
    QStringList names;
    for (const Code& c : project.codes()) {
        if (c.parentId == parent) {
            names << c.fields.name;
        }
    }
    return names;
}

class CodeTreeDragDropTest : public ModelTestFixture {
protected:
    void SetUp() override
    {
        ModelTestFixture::SetUp();
        m_model = std::make_unique<CodeTreeModel>(state());
        watch(m_model.get());
    }
    void TearDown() override
    {
        m_model.reset();
        ModelTestFixture::TearDown();
    }

    // What a view hands to mimeData(): every column of the selected rows.
    std::unique_ptr<QMimeData> drag(const QList<CodeId>& codes)
    {
        QModelIndexList indexes;
        for (CodeId c : codes) {
            const QModelIndex index = m_model->indexOfCode(c);
            for (int column = 0; column < m_model->columnCount(); ++column) {
                indexes << index.siblingAtColumn(column);
            }
        }
        return std::unique_ptr<QMimeData>(m_model->mimeData(indexes));
    }

    bool drop(const QMimeData* mime, int row, const QModelIndex& parent,
              Qt::DropAction action = Qt::MoveAction)
    {
        if (!m_model->canDropMimeData(mime, action, row, 0, parent)) {
            return false;
        }
        return m_model->dropMimeData(mime, action, row, 0, parent);
    }

    std::unique_ptr<CodeTreeModel> m_model;
};

TEST_F(CodeTreeDragDropTest, mimeData_carriesTheDraggedCodesInTreeOrder)
{
    const CodeId screen = code(u"Practitioner experience/Screen fatigue"_s);
    const CodeId engagement = code(u"Engagement"_s);
    const CodeId child = code(u"Engagement/Young people on their own terms"_s);
    const auto mime = drag({screen, child, engagement});
    ASSERT_TRUE(mime);
    EXPECT_TRUE(m_model->mimeTypes().contains(QLatin1String(kCodeIdsMime)));
    // The child travels with its parent, so it is not dragged on its own.
    EXPECT_EQ(codesFromMime(mime.get()), (QList<CodeId>{engagement, screen}));
    EXPECT_EQ(m_model->supportedDragActions(), Qt::MoveAction);
    EXPECT_TRUE(m_model->supportedDropActions().testFlag(Qt::MoveAction));
}

TEST_F(CodeTreeDragDropTest, dropBetweenRows_movesTheCodesThereInOrder)
{
    const CodeId experience = code(u"Practitioner experience"_s);
    const QModelIndex parent = m_model->indexOfCode(experience);
    // Screen fatigue, Blurred boundaries, Learning on the job, Peer support and supervision.
    const CodeId fatigue = code(u"Practitioner experience/Screen fatigue"_s);
    const CodeId blurred = code(u"Practitioner experience/Blurred boundaries"_s);
    const auto mime = drag({fatigue, blurred});
    ASSERT_TRUE(drop(mime.get(), 3, parent)); // before "Peer support and supervision"
    EXPECT_EQ(childNames(project(), experience),
              (QStringList{u"Learning on the job"_s, u"Screen fatigue"_s, u"Blurred boundaries"_s,
                           u"Peer support and supervision"_s}));
    EXPECT_EQ(codeTreePaths(*m_model), projectCodePaths(project()));

    // Dropped between top-level rows, a code leaves its parent.
    const auto single = drag({code(u"Practitioner experience/Learning on the job"_s)});
    ASSERT_TRUE(drop(single.get(), 1, QModelIndex()));
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(childNames(*reopened, experience),
              (QStringList{u"Screen fatigue"_s, u"Blurred boundaries"_s,
                           u"Peer support and supervision"_s}));
    EXPECT_EQ(childNames(*reopened, std::nullopt),
              (QStringList{u"Access and connectivity"_s, u"Learning on the job"_s, u"Engagement"_s,
                           u"Seeing and hearing the child"_s, u"Ways of working"_s,
                           u"Practitioner experience"_s}));
    EXPECT_EQ(codeTreePaths(*m_model), projectCodePaths(project()));
}

TEST_F(CodeTreeDragDropTest, dropOnEmptyArea_makesTopLevelCodes)
{
    const CodeId fatigue = code(u"Practitioner experience/Screen fatigue"_s);
    const auto mime = drag({fatigue});
    ASSERT_TRUE(drop(mime.get(), -1, QModelIndex()));
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->code(fatigue)->parentId, std::nullopt);
    EXPECT_EQ(childNames(*reopened, std::nullopt).last(), u"Screen fatigue"_s);
}

TEST_F(CodeTreeDragDropTest, dropOnACode_asksTheWindowAndChangesNothing)
{
    const CodeId fatigue = code(u"Practitioner experience/Screen fatigue"_s);
    const CodeId blurred = code(u"Practitioner experience/Blurred boundaries"_s);
    const CodeId target = code(u"Ways of working"_s);
    const QStringList before = projectCodePaths(project());
    const int codingsBefore = int(project().codings().size());
    QSignalSpy asked(m_model.get(), &CodeTreeModel::codesDroppedOnCode);
    const auto mime = drag({blurred, fatigue});
    // On the counts column of the target row, as a view reports a drop there.
    const QModelIndex on = m_model->indexOfCode(target).siblingAtColumn(1);
    ASSERT_TRUE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, on));
    EXPECT_FALSE(m_model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, on));
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked[0][0].value<QList<CodeId>>(), (QList<CodeId>{fatigue, blurred}));
    EXPECT_EQ(asked[0][1].value<CodeId>(), target);
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(projectCodePaths(*reopened), before);
    EXPECT_EQ(reopened->codings().size(), codingsBefore);
}

TEST_F(CodeTreeDragDropTest, dropIntoItselfOrADescendant_isRefused)
{
    const CodeId engagement = code(u"Engagement"_s);
    const CodeId child = code(u"Engagement/Young people on their own terms"_s);
    const auto mime = drag({engagement});
    const QModelIndex self = m_model->indexOfCode(engagement);
    const QModelIndex descendant = m_model->indexOfCode(child);
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, self));
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, descendant));
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, self));
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, descendant));
    QSignalSpy asked(m_model.get(), &CodeTreeModel::codesDroppedOnCode);
    EXPECT_FALSE(m_model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, descendant));
    EXPECT_EQ(asked.count(), 0);
    EXPECT_EQ(project().code(engagement)->parentId, std::nullopt);
    // A sibling's subtree is fine.
    EXPECT_TRUE(m_model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0,
                                         m_model->indexOfCode(code(u"Ways of working"_s))));
}

TEST_F(CodeTreeDragDropTest, sameNameAtTheTarget_reportsTheError)
{
    QSignalSpy errors(m_model.get(), &CodeTreeModel::errorOccurred);
    auto extra = project().addCode(CodeFields{u"Screen fatigue"_s, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(extra.ok());
    const auto mime = drag({code(u"Practitioner experience/Screen fatigue"_s)});
    EXPECT_FALSE(drop(mime.get(), 0, QModelIndex()));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors[0][0].toString().contains(u"Screen fatigue"_s));
}

TEST_F(CodeTreeDragDropTest, textRangeDroppedOnACode_createsExactlyThatCoding)
{
    const CodeId target = code(u"Ways of working/Short frequent contact"_s);
    const Document doc = project().documents()[1];
    const TextRange range{doc.id, 100, 160};
    const QList<Coding> before = project().codings();
    std::unique_ptr<QMimeData> mime(
        makeTextRangeMime(range, project().documentText(doc.id).mid(100, 60)));
    const QModelIndex on = m_model->indexOfCode(target);
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, on))
        << "between rows the meant code is unclear";
    EXPECT_FALSE(m_model->canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, QModelIndex()));
    ASSERT_TRUE(drop(mime.get(), -1, on, Qt::CopyAction));
    EXPECT_EQ(state().recentCodes().value(0), target);

    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    const QList<Coding> after = reopened->codings();
    ASSERT_EQ(after.size(), before.size() + 1);
    CodingFilter filter;
    filter.codeId = target;
    filter.documentId = doc.id;
    int matching = 0;
    for (const Coding& c : reopened->codings(filter)) {
        if (c.start == 100 && c.end == 160) {
            ++matching;
            EXPECT_EQ(c.coderId, reopened->currentCoder()->id);
        }
    }
    EXPECT_EQ(matching, 1);

    // The same range again is a duplicate: refused with a message, nothing stored.
    QSignalSpy errors(m_model.get(), &CodeTreeModel::errorOccurred);
    EXPECT_FALSE(drop(mime.get(), -1, on, Qt::CopyAction));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(project().codings().size(), after.size());
}

} // namespace
} // namespace tessera::ui::test
