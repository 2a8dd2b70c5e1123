#include "board/ThemeBoard.h"

#include "BoardFixture.h"
#include "board/CandidateThemeDialog.h"
#include "board/ThemeBoardModel.h"
#include "board/ThemeCardList.h"
#include "board/UnthemedCodesModel.h"
#include "common/MimeTypes.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

#include <set>
#include <tuple>

namespace tessera::ui::test {
namespace {

class ThemeBoardTest : public BoardFixture {
protected:
    ThemeId candidateTheme() const
    {
        return theme(QStringLiteral("Present but not participating"));
    }

    // The first code of the sample that is in no theme.
    CodeId firstUnthemedCode()
    {
        const QList<CodeId> unthemed = project().unthemedCodes();
        EXPECT_FALSE(unthemed.isEmpty());
        return unthemed.value(0);
    }

    void choose(ThemeId id)
    {
        ThemeCardList* list = nullptr;
        const QModelIndex card = cardOf(id, &list);
        ASSERT_TRUE(card.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(card).center());
        ASSERT_EQ(board().currentTheme(), id);
    }
};

TEST_F(ThemeBoardTest, listsTheUnthemedCodesAndEveryThemeInItsStatusColumn)
{
    const QList<CodeId> unthemed = project().unthemedCodes();
    ASSERT_FALSE(unthemed.isEmpty());
    ASSERT_EQ(board().unthemedModel()->rowCount(), unthemed.size());
    for (int row = 0; row < unthemed.size(); ++row) {
        EXPECT_EQ(board().unthemedModel()->codeAt(board().unthemedModel()->index(row, 0)),
                  unthemed[row]);
    }
    EXPECT_EQ(column(ThemeStatus::Candidate)->model()->rowCount(), 1);
    EXPECT_EQ(column(ThemeStatus::Reviewed)->model()->rowCount(), 1);
    EXPECT_EQ(column(ThemeStatus::Final)->model()->rowCount(), 10);

    ThemeCardList* list = nullptr;
    const QModelIndex card = cardOf(candidateTheme(), &list);
    ASSERT_EQ(list, column(ThemeStatus::Candidate));
    const QStringList codes = card.data(ThemeBoardModel::CodeNamesRole).toStringList();
    EXPECT_EQ(codes.size(), 2);
    EXPECT_GT(card.data(ThemeBoardModel::ExcerptsRole).toInt(), 0);
    EXPECT_TRUE(card.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("candidate")));
    EXPECT_EQ(card.data(ThemeBoardModel::ParentNameRole).toString(),
              QStringLiteral("Advantages and disadvantages of digital support for children and "
                             "families"));
    // Cards are measured for their content: never a one-line sliver.
    EXPECT_GT(list->visualRect(card).height(), 3 * list->fontMetrics().height());
}

TEST_F(ThemeBoardTest, droppingAnUnthemedCodeOnACandidateCardLinksItUndoably)
{
    const CodeId code = firstUnthemedCode();
    const ThemeId theme = candidateTheme();
    ThemeCardList* list = nullptr;
    const QModelIndex card = cardOf(theme, &list);
    QMimeData* mime =
        board().unthemedModel()->mimeData({board().unthemedModel()->indexOfCode(code)});
    ASSERT_NE(mime, nullptr);

    ASSERT_TRUE(dropOn(list, list->visualRect(card).center(), mime));

    EXPECT_TRUE(storedCodes(theme).contains(code));
    EXPECT_FALSE(board().unthemedModel()->indexOfCode(code).isValid());
    EXPECT_TRUE(cardOf(theme)
                    .data(ThemeBoardModel::CodeNamesRole)
                    .toStringList()
                    .contains(project().code(code)->fields.name));

    ASSERT_TRUE(project().undo().ok());
    EXPECT_FALSE(storedCodes(theme).contains(code));
    EXPECT_TRUE(board().unthemedModel()->indexOfCode(code).isValid());
}

TEST_F(ThemeBoardTest, codesDraggedFromTheCodeTreeLinkToo)
{
    const CodeId code = firstUnthemedCode();
    const ThemeId target = theme(QStringLiteral("The youngest children slip out of view"));
    ThemeCardList* list = nullptr;
    const QModelIndex card = cardOf(target, &list);
    ASSERT_EQ(list, column(ThemeStatus::Reviewed));
    ASSERT_TRUE(dropOn(list, list->visualRect(card).center(), makeCodesMime({code})));
    EXPECT_TRUE(storedCodes(target).contains(code));
}

TEST_F(ThemeBoardTest, codesDroppedBesideTheCardsAreRefused)
{
    ThemeCardList* list = column(ThemeStatus::Candidate);
    const QPoint below(list->viewport()->width() / 2, list->viewport()->height() - 4);
    ASSERT_FALSE(list->indexAt(below).isValid());
    EXPECT_FALSE(dropOn(list, below, makeCodesMime({firstUnthemedCode()})));
    EXPECT_EQ(reopen()->unthemedCodes(), project().unthemedCodes());
}

TEST_F(ThemeBoardTest, keyboardUsersAddTheSelectedCodeToTheChosenTheme)
{
    const ThemeId theme = candidateTheme();
    choose(theme);
    const CodeId code = firstUnthemedCode();
    QTreeView* codes = board().unthemedView();
    codes->setFocus();
    codes->setCurrentIndex(board().unthemedModel()->indexOfCode(code));
    QTest::keyClick(codes, Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(storedCodes(theme).contains(code));
}

TEST_F(ThemeBoardTest, promoteAndSendBackMoveTheCardThroughTheColumns)
{
    const ThemeId theme = candidateTheme();
    choose(theme);
    ThemeCardList* candidates = column(ThemeStatus::Candidate);
    candidates->setFocus();

    QTest::keyClick(candidates, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Reviewed);
    ThemeCardList* list = nullptr;
    ASSERT_TRUE(cardOf(theme, &list).isValid());
    EXPECT_EQ(list, column(ThemeStatus::Reviewed));
    // The card stays chosen, and the keyboard focus went with it, so the next key press
    // promotes it again.
    EXPECT_EQ(list->currentTheme(), theme);
    EXPECT_TRUE(list->hasFocus());

    QTest::keyClick(list, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Final);
    const auto promote = board().menuActions().at(1);
    EXPECT_FALSE(promote->isEnabled()) << "a final theme cannot be promoted";

    board().sendBackCurrent();
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Reviewed);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Final);
    ASSERT_TRUE(project().undo().ok());
    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Candidate);
    ASSERT_TRUE(cardOf(theme, &list).isValid());
    EXPECT_EQ(list, column(ThemeStatus::Candidate));
    EXPECT_EQ(board().currentTheme(), theme);
}

TEST_F(ThemeBoardTest, droppingACardOnAnotherColumnChangesItsStatus)
{
    const ThemeId theme = candidateTheme();
    ThemeCardList* source = nullptr;
    const QModelIndex card = cardOf(theme, &source);
    QMimeData* mime = source->model()->mimeData({card});
    ASSERT_NE(mime, nullptr);
    ThemeCardList* finals = column(ThemeStatus::Final);
    ASSERT_TRUE(dropOn(finals, finals->viewport()->rect().center(), mime));
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Final);
    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(storedStatus(theme), ThemeStatus::Candidate);
}

TEST_F(ThemeBoardTest, newCandidateThemeIsCreatedWithItsConceptWhereTheChosenOneIs)
{
    choose(candidateTheme());
    const auto parent = project().theme(candidateTheme())->parentId;
    board().menuActions().at(0)->trigger();
    auto* dialog = board().findChild<CandidateThemeDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->parentTheme(), parent);
    dialog->nameEdit()->setText(QStringLiteral("Screens as a lifeline"));
    dialog->conceptEdit()->setPlainText(QStringLiteral("For isolated families the screen was "
                                                       "the only way in."));
    dialog->accept();

    auto stored = reopen();
    const auto created = stored->findTheme(QStringLiteral("Screens as a lifeline"));
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->fields.status, ThemeStatus::Candidate);
    EXPECT_EQ(created->fields.organisingConcept,
              QStringLiteral("For isolated families the screen was the only way in."));
    EXPECT_EQ(created->parentId, parent);
    EXPECT_FALSE(created->fields.color.isEmpty());
    EXPECT_EQ(board().currentTheme(), created->id);
    EXPECT_EQ(column(ThemeStatus::Candidate)->currentTheme(), created->id);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_FALSE(reopen()->findTheme(QStringLiteral("Screens as a lifeline")).ok());
    EXPECT_EQ(board().currentTheme(), std::nullopt);
}

TEST_F(ThemeBoardTest, countsFollowOnlyMyCodings)
{
    const ThemeId target = theme(QStringLiteral("Digital poverty decides who is reached"));
    const CoderId sam = coder(QStringLiteral("Sam Okoro"));
    // Distinct passages of the theme's codes, by Sam alone.
    std::set<std::tuple<qint64, qsizetype, qsizetype>> samsPassages;
    for (const CodeId code : project().codesOfTheme(target)) {
        CodingFilter filter;
        filter.codeId = code;
        filter.coderId = sam;
        for (const Coding& coding : project().codings(filter)) {
            samsPassages.insert({coding.documentId.value, coding.start, coding.end});
        }
    }
    const int everyone = cardOf(target).data(ThemeBoardModel::ExcerptsRole).toInt();
    ASSERT_TRUE(project().setCurrentCoder(sam).ok());
    state().setOnlyMyCodings(true);
    EXPECT_EQ(cardOf(target).data(ThemeBoardModel::ExcerptsRole).toInt(), int(samsPassages.size()));
    state().setOnlyMyCodings(false);
    EXPECT_EQ(cardOf(target).data(ThemeBoardModel::ExcerptsRole).toInt(), everyone);
}

} // namespace
} // namespace tessera::ui::test
