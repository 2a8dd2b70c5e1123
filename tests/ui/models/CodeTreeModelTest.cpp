// CodeTreeModel: structure, counts and editing against the Project API, under the model tester.

#include "models/CodeTreeModel.h"

#include "ModelTestFixture.h"
#include "common/CodingOperations.h"
#include "sample/SampleStudy.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace tessera::ui::test {

// The model's rows, depth first, as "path" strings: the same listing Project::codes() gives.
QStringList codeTreePaths(const CodeTreeModel& model, const QModelIndex& parent = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        paths << index.data(CodeTreeModel::CodePathRole).toString();
        paths << codeTreePaths(model, index);
    }
    return paths;
}

QStringList projectCodePaths(const Project& project)
{
    QStringList paths;
    for (const Code& c : project.codes()) {
        paths << c.path;
    }
    return paths;
}

namespace {

class CodeTreeModelTest : public ModelTestFixture {
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

    void expectMatchesProject()
    {
        EXPECT_EQ(codeTreePaths(*m_model), projectCodePaths(project()));
        const auto counts = project().codeCounts(state().visibleCoder());
        for (const Code& c : project().codes()) {
            const QModelIndex index = m_model->indexOfCode(c.id);
            ASSERT_TRUE(index.isValid()) << c.path.toStdString();
            EXPECT_EQ(index.data().toString(), c.fields.name);
            EXPECT_EQ(index.siblingAtColumn(CodeTreeModel::CodingsColumn).data().toInt(),
                      counts.value(c.id).codings)
                << c.path.toStdString();
            EXPECT_EQ(index.siblingAtColumn(CodeTreeModel::DocumentsColumn).data().toInt(),
                      counts.value(c.id).documents)
                << c.path.toStdString();
        }
    }

    std::unique_ptr<CodeTreeModel> m_model;
};

TEST_F(CodeTreeModelTest, sample_showsTheCodebookWithCounts)
{
    EXPECT_EQ(m_model->rowCount(), 5);
    EXPECT_EQ(codeTreePaths(*m_model).size(), 19);
    expectMatchesProject();

    const CodeId poverty = code(u"Access and connectivity/Digital poverty"_s);
    const QModelIndex index = m_model->indexOfCode(poverty);
    EXPECT_EQ(m_model->codeAt(index), poverty);
    EXPECT_EQ(index.data(CodeTreeModel::CodeIdRole).toLongLong(), poverty.value);
    const Code c = *project().code(poverty);
    EXPECT_EQ(index.data(Qt::DecorationRole).value<QColor>(), QColor::fromString(c.fields.color));
    EXPECT_EQ(index.data(CodeTreeModel::ColorRole).value<QColor>().name(QColor::HexRgb),
              c.fields.color.toLower());
    EXPECT_EQ(index.data(CodeTreeModel::DescriptionRole).toString(), c.fields.description);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(c.fields.description.left(20).toHtmlEscaped())) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"Include:"_s));
    EXPECT_EQ(m_model->headerData(CodeTreeModel::CodingsColumn, Qt::Horizontal).toString(),
              u"Codings"_s);
    EXPECT_TRUE(m_model->flags(index).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(m_model->flags(index.siblingAtColumn(1)).testFlag(Qt::ItemIsEditable));
    EXPECT_GT(index.siblingAtColumn(CodeTreeModel::CodingsColumn).data().toInt(), 0);
}

TEST_F(CodeTreeModelTest, onlyMyCodings_countsTheCurrentCoder_withoutReset)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    state().setOnlyMyCodings(true);
    EXPECT_EQ(state().visibleCoder(), coder(u"Alex Morgan"_s));
    expectMatchesProject();
    ASSERT_TRUE(project().setCurrentCoder(coder(u"Sam Okoro"_s)).ok());
    expectMatchesProject();
    state().setOnlyMyCodings(false);
    expectMatchesProject();
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GE(changes.count(), 3);
}

TEST_F(CodeTreeModelTest, applyingAndRemovingCodings_changeOnlyTheCountColumns)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    const CodeId screen = code(u"Practitioner experience/Screen fatigue"_s);
    const int before = project().codeCounts().value(screen).codings;
    const Document doc = project().documents().first();
    auto added = project().addCoding(NewCoding{doc.id, screen, std::nullopt, 3, 40, {}, false});
    ASSERT_TRUE(added.ok());
    const QModelIndex counts = m_model->indexOfCode(screen).siblingAtColumn(1);
    EXPECT_EQ(counts.data().toInt(), before + 1);
    ASSERT_EQ(changes.count(), 1);
    EXPECT_EQ(changes[0][0].value<QModelIndex>().column(), CodeTreeModel::CodingsColumn);
    EXPECT_EQ(changes[0][1].value<QModelIndex>().column(), CodeTreeModel::DocumentsColumn);

    ASSERT_TRUE(project().removeCoding(*added).ok());
    EXPECT_EQ(counts.data().toInt(), before);
    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(counts.data().toInt(), before + 1);
    ASSERT_TRUE(project().redo().ok());
    EXPECT_EQ(counts.data().toInt(), before);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_EQ(inserts.count(), 0);
    expectMatchesProject();
}

TEST_F(CodeTreeModelTest, editingTheCodebook_keepsTheTreeInStep)
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const CodeId engagement = code(u"Engagement"_s);
    const CodeId access = code(u"Access and connectivity"_s);
    const CodeId fatigue = code(u"Practitioner experience/Screen fatigue"_s);
    const QPersistentModelIndex fatigueIndex = m_model->indexOfCode(fatigue);

    auto added = project().addCode(CodeFields{u"Device sharing"_s, {}, {}, {}, {}, {}, {}}, access);
    ASSERT_TRUE(added.ok());
    expectMatchesProject();
    ASSERT_TRUE(project().renameCode(engagement, u"Engagement online"_s).ok());
    expectMatchesProject();
    EXPECT_EQ(m_model->indexOfCode(code(u"Engagement online/Young people on their own terms"_s))
                  .data(CodeTreeModel::CodePathRole)
                  .toString(),
              u"Engagement online/Young people on their own terms"_s);
    ASSERT_TRUE(project().moveCode(fatigue, engagement, 0).ok());
    expectMatchesProject();
    ASSERT_TRUE(fatigueIndex.isValid());
    EXPECT_EQ(m_model->codeAt(fatigueIndex), fatigue);
    EXPECT_EQ(fatigueIndex.parent(), m_model->indexOfCode(engagement));
    ASSERT_TRUE(project().moveCode(access, std::nullopt, -1).ok());
    expectMatchesProject();
    ASSERT_TRUE(project()
                    .mergeCodes(code(u"Engagement online/Young children and online contact"_s),
                                code(u"Engagement online/Young people on their own terms"_s))
                    .ok());
    expectMatchesProject();
    ASSERT_TRUE(project().deleteCode(code(u"Seeing and hearing the child"_s)).ok());
    expectMatchesProject();
    EXPECT_EQ(resets.count(), 0);

    for (int step = 0; step < 6; ++step) {
        ASSERT_TRUE(project().undo().ok()) << step;
        expectMatchesProject();
    }
    EXPECT_EQ(codeTreePaths(*m_model).size(), 19);
    for (int step = 0; step < 6; ++step) {
        ASSERT_TRUE(project().redo().ok()) << step;
        expectMatchesProject();
    }
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(CodeTreeModelTest, setData_renamesTheCodeInTheFile)
{
    const CodeId poverty = code(u"Access and connectivity/Digital poverty"_s);
    const QModelIndex index = m_model->indexOfCode(poverty);
    QSignalSpy errors(m_model.get(), &CodeTreeModel::errorOccurred);
    EXPECT_TRUE(m_model->setData(index, u"  Data poverty "_s));
    EXPECT_EQ(index.data().toString(), u"Data poverty"_s);
    EXPECT_EQ(index.data(Qt::EditRole).toString(), u"Data poverty"_s);
    EXPECT_EQ(errors.count(), 0);
    auto reopened = reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(codePath(*reopened, poverty), u"Access and connectivity/Data poverty"_s);
}

TEST_F(CodeTreeModelTest, setData_reportsRefusedNames)
{
    const QModelIndex index = m_model->indexOfCode(code(u"Engagement"_s));
    QSignalSpy errors(m_model.get(), &CodeTreeModel::errorOccurred);
    EXPECT_FALSE(m_model->setData(index, u"Access and connectivity"_s)); // a sibling's name
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors[0][0].toString().isEmpty());
    EXPECT_FALSE(m_model->setData(index, u"A/B"_s));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(index.data().toString(), u"Engagement"_s);
    // Clearing a cell (a view in overwrite mode after a move) is not an edit.
    EXPECT_FALSE(m_model->setData(index, QVariant()));
    EXPECT_EQ(errors.count(), 2);
    EXPECT_EQ(project().undoText().contains(u"Rename"_s), false);
}

TEST_F(CodeTreeModelTest, thousandCodes_countChangesNeverResetTheModel)
{
    // Not timed: checks that the refresh after a coding is a dataChanged on existing rows. The
    // project lives on a RAM disk where there is one: a thousand durable commits (one per
    // addCode) cost seconds of fsync on a real disk and test nothing more.
    m_model.reset();
    const QString ramDisk = u"/dev/shm"_s;
    QTemporaryDir dir(QFileInfo(ramDisk).isWritable()
                          ? ramDisk + u"/tessera-models-XXXXXX"_s
                          : QDir::tempPath() + u"/tessera-models-XXXXXX"_s);
    ASSERT_TRUE(dir.isValid());
    auto created = createSampleStudy(dir.filePath(u"big.tessera"_s));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    Project& big = **created;
    WorkbenchState bigState(big);

    // The codings go in first: Project::addCodings looks up each coding's code through the
    // whole code tree, which with a thousand codes would make this setup take seconds.
    const QList<Code> sampleCodes = big.codes();
    const Document doc = big.documents().first();
    QList<NewCoding> codings;
    for (int i = 0; i < 2000; ++i) {
        codings << NewCoding{doc.id,       sampleCodes[i % sampleCodes.size()].id,
                             std::nullopt, i % 1500,
                             i % 1500 + 7, {},
                             false};
    }
    ASSERT_TRUE(big.addCodings(codings, u"Bulk"_s).ok());
    QList<CodeId> ids;
    CodeId parent;
    for (int i = 0; i < 1000; ++i) {
        const bool top = i % 10 == 0;
        auto id = big.addCode(CodeFields{u"Bulk code %1"_s.arg(i), {}, {}, {}, {}, {}, {}},
                              top ? std::nullopt : std::optional(parent));
        ASSERT_TRUE(id.ok()) << i;
        if (top) {
            parent = *id;
        }
        ids << *id;
    }
    ASSERT_GE(big.codings().size(), 2000);

    CodeTreeModel model(bigState);
    watch(&model);
    EXPECT_EQ(codeTreePaths(model), projectCodePaths(big));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(applyCode(bigState, TextRange{doc.id, 600, 650}, ids[517]).ok());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_EQ(inserts.count(), 0);
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(model.indexOfCode(ids[517]).siblingAtColumn(1).data().toInt(), 1);

    // One new code among the thousand is one inserted row, not a reset.
    ASSERT_TRUE(big.addCode(CodeFields{u"One more"_s, {}, {}, {}, {}, {}, {}}, ids[500]).ok());
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(inserts.count(), 1);
    EXPECT_EQ(codeTreePaths(model), projectCodePaths(big));
}

} // namespace
} // namespace tessera::ui::test
