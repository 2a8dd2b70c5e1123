#include "BoardFixture.h"
#include "board/SplitThemeDialog.h"
#include "board/ThemeBoard.h"
#include "board/ThemeBoardModel.h"
#include "board/ThemeCardList.h"
#include "board/ThemeQuotesModel.h"
#include "board/ThemeQuotesPanel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace tessera::ui::test {
namespace {

class ThemeSplitMergeTest : public BoardFixture {
protected:
    void choose(ThemeId id)
    {
        ThemeCardList* list = nullptr;
        const QModelIndex card = cardOf(id, &list);
        ASSERT_TRUE(card.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(card).center());
        ASSERT_EQ(board().currentTheme(), id);
    }
};

TEST_F(ThemeSplitMergeTest, splitMovesTheTickedCodesToANewSiblingTheme)
{
    const ThemeId original = theme(QStringLiteral("Seeing only what the camera shows"));
    const QList<CodeId> before = project().codesOfTheme(original);
    ASSERT_EQ(before.size(), 3);
    choose(original);

    board().splitCurrent();
    auto* dialog = board().findChild<SplitThemeDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->codeList()->count(), 3);
    dialog->setCodeChecked(before[1], true);
    dialog->nameEdit()->setText(QStringLiteral("Reading the room through a screen"));
    dialog->accept();

    auto stored = reopen();
    const auto created = stored->findTheme(QStringLiteral("Reading the room through a screen"));
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->fields.status, ThemeStatus::Candidate);
    EXPECT_EQ(created->parentId, stored->theme(original)->parentId);
    EXPECT_EQ(stored->codesOfTheme(created->id), QList<CodeId>{before[1]});
    EXPECT_EQ(stored->codesOfTheme(original), (QList<CodeId>{before[0], before[2]}));
    // The new theme is the chosen card now, in the candidate column.
    EXPECT_EQ(board().currentTheme(), created->id);
    EXPECT_EQ(column(ThemeStatus::Candidate)->currentTheme(), created->id);

    ASSERT_TRUE(project().undo().ok());
    stored = reopen();
    EXPECT_FALSE(stored->findTheme(QStringLiteral("Reading the room through a screen")).ok());
    EXPECT_EQ(stored->codesOfTheme(original), before);
}

TEST_F(ThemeSplitMergeTest, splitNeedsANameAndAtLeastOneCode)
{
    choose(theme(QStringLiteral("Seeing only what the camera shows")));
    board().splitCurrent();
    auto* dialog = board().findChild<SplitThemeDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog->nameEdit()->setText(QStringLiteral("New"));
    EXPECT_FALSE(ok->isEnabled());
    dialog->codeList()->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(ok->isEnabled());
    dialog->reject();
}

TEST_F(ThemeSplitMergeTest, mergeAsksForTheTargetConfirmsAndMovesTheCodes)
{
    const ThemeId source = theme(QStringLiteral("Present but not participating"));
    const ThemeId target = theme(QStringLiteral("Contact on families' own terms"));
    const QList<CodeId> moving = project().codesOfTheme(source);
    choose(source);
    const int targetIndex = [&] {
        int index = 0;
        for (const Theme& t : project().themes()) {
            if (t.id == source) {
                continue;
            }
            if (t.id == target) {
                return index;
            }
            ++index;
        }
        return -1;
    }();
    m_item = targetIndex;

    board().mergeCurrent();

    EXPECT_TRUE(m_items.contains(project().theme(target)->path));
    EXPECT_FALSE(m_items.contains(QStringLiteral("Advantages and disadvantages of digital support "
                                                 "for children and families/Present but not "
                                                 "participating")))
        << "a theme is never offered as its own target";
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions[0].contains(QStringLiteral("2 codes"))) << m_questions[0].toStdString();
    auto stored = reopen();
    EXPECT_FALSE(stored->theme(source).has_value());
    for (const CodeId code : moving) {
        EXPECT_TRUE(stored->codesOfTheme(target).contains(code));
    }
    EXPECT_EQ(board().currentTheme(), target);

    ASSERT_TRUE(project().undo().ok());
    stored = reopen();
    ASSERT_TRUE(stored->theme(source).has_value());
    EXPECT_EQ(stored->codesOfTheme(source), moving);
}

TEST_F(ThemeSplitMergeTest, declinedMergeChangesNothing)
{
    const ThemeId source = theme(QStringLiteral("Present but not participating"));
    choose(source);
    m_item = 0;
    m_confirm = false;
    const QString lastStep = project().undoText();
    board().mergeCurrent();
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(reopen()->theme(source).has_value());
    EXPECT_EQ(project().undoText(), lastStep);

    m_item.reset(); // the choice itself cancelled
    board().mergeCurrent();
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(reopen()->theme(source).has_value());
}

TEST_F(ThemeSplitMergeTest, ticksKeyQuotesForTheChosenThemeOnly)
{
    const ThemeId chosen = theme(QStringLiteral("Digital poverty decides who is reached"));
    const ThemeId other = theme(QStringLiteral("Present but not participating"));
    choose(chosen);
    ThemeQuotesPanel* quotes = board().quotes();
    ThemeQuotesModel* model = quotes->model();
    ASSERT_EQ(model->theme(), chosen);
    ASSERT_GT(model->rowCount(), 0);
    const int alreadyKey = model->keyQuoteCount();
    // The first quote that is no key quote at all.
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>() != Qt::Unchecked) {
        ++row;
    }
    ASSERT_LT(row, model->rowCount());
    const CodingId coding(model->index(row, 0).data(ThemeQuotesModel::CodingIdRole).toLongLong());

    QListView* view = quotes->view();
    view->setFocus();
    view->setCurrentIndex(model->index(row, 0));
    QTest::keyClick(view, Qt::Key_Space);

    auto stored = reopen();
    EXPECT_TRUE(stored->themeKeyQuotes(chosen).contains(coding));
    EXPECT_FALSE(stored->themeKeyQuotes(other).contains(coding));
    EXPECT_EQ(model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_EQ(model->keyQuoteCount(), alreadyKey + 1);
    EXPECT_TRUE(quotes->heading().contains(QString::number(alreadyKey + 1)));

    ASSERT_TRUE(project().undo().ok());
    EXPECT_FALSE(reopen()->themeKeyQuotes(chosen).contains(coding));
    EXPECT_EQ(model->index(row, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

TEST_F(ThemeSplitMergeTest, quotesFollowTheChosenCardAndJumpToTheTranscript)
{
    const ThemeId first = theme(QStringLiteral("Digital poverty decides who is reached"));
    const ThemeId second = theme(QStringLiteral("The office in the kitchen"));
    choose(first);
    const int firstCount = board().quotes()->model()->rowCount();
    choose(second);
    EXPECT_EQ(board().quotes()->model()->theme(), second);
    EXPECT_NE(board().quotes()->model()->rowCount(), 0);
    EXPECT_TRUE(board().quotes()->heading().contains(QStringLiteral("The office in the kitchen")));
    Q_UNUSED(firstCount);

    std::optional<TextRange> requested;
    QObject::connect(&state(), &WorkbenchState::excerptRequested, board().quotes(),
                     [&requested](const TextRange& range) { requested = range; });
    QListView* view = board().quotes()->view();
    view->setFocus();
    view->setCurrentIndex(board().quotes()->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_TRUE(requested.has_value());
    EXPECT_EQ(*requested, board().quotes()->model()->rangeAt(view->currentIndex()));
}

TEST_F(ThemeSplitMergeTest, aPassageMarkedByTwoCodersIsOneQuoteAsOnTheCard)
{
    const ThemeId chosen = theme(QStringLiteral("Digital poverty decides who is reached"));
    choose(chosen);
    ThemeQuotesModel* model = board().quotes()->model();
    // The card counts distinct passages; the quotes list shows each of them once.
    EXPECT_EQ(model->rowCount(), cardOf(chosen).data(ThemeBoardModel::ExcerptsRole).toInt());
    int sharedRow = -1;
    for (int row = 0; row < model->rowCount() && sharedRow < 0; ++row) {
        if (model->index(row, 0).data().toString().contains(QStringLiteral("Alex Morgan, Sam"))) {
            sharedRow = row;
        }
    }
    ASSERT_GE(sharedRow, 0) << "the sample has passages both coders marked";

    const QModelIndex shared = model->index(sharedRow, 0);
    ASSERT_TRUE(model->setData(shared, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(reopen()->themeKeyQuotes(chosen).size(), 1);
    ASSERT_TRUE(model->setData(shared, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(reopen()->themeKeyQuotes(chosen).isEmpty());
}

TEST_F(ThemeSplitMergeTest, aKeyQuoteFlaggedOnTheCodingIsPartlyTickedForEveryTheme)
{
    const ThemeId chosen = theme(QStringLiteral("Digital poverty decides who is reached"));
    choose(chosen);
    ThemeQuotesModel* model = board().quotes()->model();
    ASSERT_GT(model->rowCount(), 0);
    const int keyBefore = model->keyQuoteCount();
    const QModelIndex first = model->index(0, 0);
    const CodingId coding(first.data(ThemeQuotesModel::CodingIdRole).toLongLong());
    ASSERT_EQ(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    ASSERT_TRUE(project().setKeyQuote(coding, true).ok());
    EXPECT_EQ(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    EXPECT_EQ(model->keyQuoteCount(), keyBefore + 1);

    // Ticking marks it for this theme too; unticking takes only that mark away.
    ASSERT_TRUE(model->setData(first, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_TRUE(reopen()->themeKeyQuotes(chosen).contains(coding));
    ASSERT_TRUE(model->setData(first, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
    EXPECT_TRUE(reopen()->coding(coding)->keyQuote);
}

} // namespace
} // namespace tessera::ui::test
