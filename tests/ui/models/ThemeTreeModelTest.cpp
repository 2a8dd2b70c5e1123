// ThemeTreeModel: themes with their linked codes, counts, editing and drag and drop.

#include "models/ThemeTreeModel.h"

#include "ModelTestFixture.h"
#include "analysis/Retrieval.h"
#include "common/MimeTypes.h"

#include <QMimeData>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {
namespace {

const QString kAdvantages = u"Advantages and disadvantages of digital support for children and "
                            u"families"_s;
const QString kChallenges = u"Challenges of working with children and families through "
                            u"technology"_s;
const QString kPractitioners = u"Practitioners' own challenges and training needs"_s;

class ThemeTreeModelTest : public ModelTestFixture {
protected:
    void SetUp() override
    {
        ModelTestFixture::SetUp();
        m_model = std::make_unique<ThemeTreeModel>(state());
        watch(m_model.get());
    }
    void TearDown() override
    {
        m_model.reset();
        ModelTestFixture::TearDown();
    }

    // Each theme row: linked codes (in link order) first, then subthemes; counts are the
    // distinct passages and documents of the theme's whole tree.
    void expectMatchesProject()
    {
        const QList<Theme> themes = project().themes();
        const Retrieval retrieval(project());
        int rows = 0;
        for (const Theme& t : themes) {
            const QModelIndex index = m_model->indexOfTheme(t.id);
            ASSERT_TRUE(index.isValid()) << t.path.toStdString();
            ++rows;
            EXPECT_EQ(index.data().toString(), t.fields.name);
            EXPECT_EQ(index.parent(),
                      t.parentId ? m_model->indexOfTheme(*t.parentId) : QModelIndex());
            const QList<CodeId> linked = project().codesOfTheme(t.id);
            int subthemes = 0;
            for (const Theme& s : themes) {
                subthemes += s.parentId == t.id ? 1 : 0;
            }
            ASSERT_EQ(m_model->rowCount(index), linked.size() + subthemes) << t.path.toStdString();
            for (int i = 0; i < linked.size(); ++i) {
                const QModelIndex child = m_model->index(i, 0, index);
                EXPECT_EQ(m_model->linkedCodeAt(child), linked[i]);
                EXPECT_EQ(child.data(ThemeTreeModel::ItemKindRole).toInt(),
                          ThemeTreeModel::CodeItem);
                EXPECT_EQ(child.data(ThemeTreeModel::ThemeIdRole).toLongLong(), t.id.value);
            }
            const QList<Excerpt> excerpts =
                retrieval.excerptsForTheme(t.id, state().visibleCoder());
            QSet<std::pair<qint64, std::pair<qsizetype, qsizetype>>> passages;
            QSet<qint64> documents;
            for (const Excerpt& e : excerpts) {
                passages.insert({e.coding.documentId.value, {e.coding.start, e.coding.end}});
                documents.insert(e.coding.documentId.value);
            }
            EXPECT_EQ(index.siblingAtColumn(ThemeTreeModel::ExcerptsColumn).data().toInt(),
                      passages.size())
                << t.path.toStdString();
            EXPECT_EQ(index.siblingAtColumn(ThemeTreeModel::DocumentsColumn).data().toInt(),
                      documents.size())
                << t.path.toStdString();
        }
        EXPECT_EQ(rows, themes.size());
    }

    std::unique_ptr<QMimeData> dragThemes(const QList<ThemeId>& themes)
    {
        QModelIndexList indexes;
        for (ThemeId t : themes) {
            indexes << m_model->indexOfTheme(t);
        }
        return std::unique_ptr<QMimeData>(m_model->mimeData(indexes));
    }

    bool drop(const QMimeData* mime, int row, const QModelIndex& parent)
    {
        return m_model->canDropMimeData(mime, Qt::MoveAction, row, 0, parent) &&
               m_model->dropMimeData(mime, Qt::MoveAction, row, 0, parent);
    }

    std::unique_ptr<ThemeTreeModel> m_model;
};

TEST_F(ThemeTreeModelTest, sample_showsThemesCodesAndCounts)
{
    ASSERT_EQ(m_model->rowCount(), 3);
    const QModelIndex top = m_model->index(0, 0);
    EXPECT_EQ(top.data().toString(), kAdvantages);
    EXPECT_EQ(top.data(ThemeTreeModel::ItemKindRole).toInt(), ThemeTreeModel::ThemeItem);
    EXPECT_GT(top.siblingAtColumn(ThemeTreeModel::ExcerptsColumn).data().toInt(), 0);
    expectMatchesProject();

    const ThemeId poverty = theme(u"Digital poverty decides who is reached"_s);
    const QModelIndex index = m_model->indexOfTheme(poverty);
    const Theme t = *project().theme(poverty);
    EXPECT_EQ(index.data(ThemeTreeModel::ConceptRole).toString(), t.fields.organisingConcept);
    EXPECT_EQ(index.data(ThemeTreeModel::StatusRole).toInt(), int(t.fields.status));
    EXPECT_EQ(index.siblingAtColumn(ThemeTreeModel::StatusColumn).data().toString(),
              themeStatusName(t.fields.status));
    EXPECT_TRUE(index.data(Qt::ToolTipRole)
                    .toString()
                    .contains(t.fields.organisingConcept.left(15).toHtmlEscaped()));
    EXPECT_TRUE(m_model->flags(index).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(m_model->flags(index).testFlag(Qt::ItemIsDragEnabled));

    const QModelIndex codeRow = m_model->index(0, 0, index);
    EXPECT_EQ(codeRow.data().toString(), u"Access and connectivity/Digital poverty"_s);
    EXPECT_EQ(m_model->linkedCodeAt(codeRow), code(u"Access and connectivity/Digital poverty"_s));
    EXPECT_FALSE(m_model->themeAt(codeRow));
    EXPECT_FALSE(m_model->flags(codeRow).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(m_model->flags(codeRow).testFlag(Qt::ItemIsDragEnabled));
    EXPECT_EQ(m_model->mimeData({codeRow}), nullptr);
    EXPECT_FALSE(codeRow.siblingAtColumn(ThemeTreeModel::StatusColumn).data().isValid());
}

TEST_F(ThemeTreeModelTest, countsFollowCodingsAndTheVisibleCoder_withoutReset)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    state().setOnlyMyCodings(true);
    expectMatchesProject();
    const Document doc = project().documents().first();
    auto added =
        project().addCoding(NewCoding{doc.id,
                                      code(u"Practitioner experience/Learning on the job"_s),
                                      std::nullopt,
                                      10,
                                      30,
                                      {},
                                      false});
    ASSERT_TRUE(added.ok());
    expectMatchesProject();
    ASSERT_TRUE(project().undo().ok());
    expectMatchesProject();
    state().setOnlyMyCodings(false);
    expectMatchesProject();
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GE(changes.count(), 3);
}

TEST_F(ThemeTreeModelTest, codebookAndThemeEdits_keepTheTreeInStep)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const CodeId seeing = code(u"Seeing and hearing the child"_s);
    ASSERT_TRUE(project().renameCode(seeing, u"Seeing the child"_s).ok());
    expectMatchesProject();
    ASSERT_TRUE(project().deleteCode(seeing).ok()); // linked to two themes with its children
    expectMatchesProject();
    auto added = project().addTheme(ThemeFields{u"Emerging"_s, {}, ThemeStatus::Candidate, {}, {}},
                                    theme(kPractitioners));
    ASSERT_TRUE(added.ok());
    expectMatchesProject();
    ASSERT_TRUE(project().deleteTheme(theme(kAdvantages)).ok());
    expectMatchesProject();
    for (int step = 0; step < 4; ++step) {
        ASSERT_TRUE(project().undo().ok());
        expectMatchesProject();
    }
    for (int step = 0; step < 4; ++step) {
        ASSERT_TRUE(project().redo().ok());
        expectMatchesProject();
    }
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ThemeTreeModelTest, setData_renamesTheThemeKeepingItsOtherFields)
{
    const ThemeId id = theme(u"Learning as we went"_s);
    const Theme before = *project().theme(id);
    QSignalSpy errors(m_model.get(), &ThemeTreeModel::errorOccurred);
    EXPECT_TRUE(m_model->setData(m_model->indexOfTheme(id), u"Learning on the fly"_s));
    EXPECT_EQ(errors.count(), 0);
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    const Theme after = *reopened->theme(id);
    EXPECT_EQ(after.fields.name, u"Learning on the fly"_s);
    EXPECT_EQ(after.fields.organisingConcept, before.fields.organisingConcept);
    EXPECT_EQ(after.fields.status, before.fields.status);
    EXPECT_EQ(after.fields.color, before.fields.color);
    EXPECT_EQ(after.fields.memo, before.fields.memo);

    EXPECT_FALSE(m_model->setData(m_model->indexOfTheme(id), QString()));
    EXPECT_EQ(errors.count(), 1);
    const QModelIndex codeRow = m_model->index(0, 0, m_model->indexOfTheme(id));
    EXPECT_FALSE(m_model->setData(codeRow, u"Anything"_s));
}

TEST_F(ThemeTreeModelTest, codeDroppedOnATheme_isLinked_andAnExistingLinkIsIgnored)
{
    const ThemeId target = theme(u"The youngest children slip out of view"_s);
    const CodeId screen = code(u"Practitioner experience/Screen fatigue"_s);
    const CodeId young = code(u"Engagement/Young children and online contact"_s); // linked already
    std::unique_ptr<QMimeData> mime(makeCodesMime({screen, young}));
    QSignalSpy errors(m_model.get(), &ThemeTreeModel::errorOccurred);
    ASSERT_TRUE(drop(mime.get(), -1, m_model->indexOfTheme(target)));
    EXPECT_EQ(errors.count(), 0);
    expectMatchesProject();
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->codesOfTheme(target), (QList<CodeId>{young, screen}));

    // On a linked-code row it means that row's theme; on the empty area it means nothing.
    const CodeId fatigue = code(u"Ways of working/Meetings and court online"_s);
    std::unique_ptr<QMimeData> second(makeCodesMime({fatigue}));
    const QModelIndex codeRow = m_model->index(0, 0, m_model->indexOfTheme(target));
    ASSERT_TRUE(drop(second.get(), -1, codeRow));
    EXPECT_TRUE(project().codesOfTheme(target).contains(fatigue));
    EXPECT_FALSE(m_model->canDropMimeData(second.get(), Qt::MoveAction, -1, 0, QModelIndex()));
}

TEST_F(ThemeTreeModelTest, themeDroppedOnATheme_nestsIt_andOnTheEmptyAreaMakesItTopLevel)
{
    const ThemeId moved = theme(u"Holding each other up at a distance"_s);
    const ThemeId target = theme(u"Learning as we went"_s);
    auto mime = dragThemes({moved});
    ASSERT_TRUE(mime);
    EXPECT_EQ(themesFromMime(mime.get()), QList<ThemeId>{moved});
    ASSERT_TRUE(drop(mime.get(), -1, m_model->indexOfTheme(target)));
    expectMatchesProject();
    {
        auto reopened = reopen();
        ASSERT_TRUE(reopened);
        EXPECT_EQ(reopened->theme(moved)->parentId, target);
        EXPECT_EQ(reopened->theme(moved)->path,
                  kPractitioners + u"/Learning as we went/Holding each other up at a distance"_s);
    }
    // Not into itself nor below itself.
    auto parentMime = dragThemes({theme(kPractitioners)});
    EXPECT_FALSE(m_model->canDropMimeData(parentMime.get(), Qt::MoveAction, -1, 0,
                                          m_model->indexOfTheme(target)));
    EXPECT_FALSE(m_model->canDropMimeData(parentMime.get(), Qt::MoveAction, -1, 0,
                                          m_model->indexOfTheme(theme(kPractitioners))));

    ASSERT_TRUE(drop(mime.get(), -1, QModelIndex()));
    expectMatchesProject();
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->theme(moved)->parentId, std::nullopt);
    EXPECT_EQ(reopened->themes().size(), 12);
    EXPECT_EQ(m_model->rowCount(), 4);
    EXPECT_EQ(m_model->themeAt(m_model->index(3, 0)), moved);
}

TEST_F(ThemeTreeModelTest, themeDroppedBetweenRows_takesThatPlaceAmongSubthemes)
{
    // Under "Challenges…": 0 code rows, then Seeing only…, Whose room…, The youngest….
    const ThemeId parent = theme(kChallenges);
    const QModelIndex parentIndex = m_model->indexOfTheme(parent);
    ASSERT_EQ(m_model->rowCount(parentIndex), 3);
    const ThemeId youngest = theme(u"The youngest children slip out of view"_s);
    auto mime = dragThemes({youngest});
    ASSERT_TRUE(drop(mime.get(), 0, parentIndex));
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    QStringList order;
    for (const Theme& t : reopened->themes()) {
        if (t.parentId == parent) {
            order << t.fields.name;
        }
    }
    EXPECT_EQ(order, (QStringList{u"The youngest children slip out of view"_s,
                                  u"Seeing only what the camera shows"_s,
                                  u"Whose room is it? The child's voice at home"_s}));
    expectMatchesProject();
}

} // namespace
} // namespace tessera::ui::test
