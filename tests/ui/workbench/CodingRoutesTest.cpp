#include "WorkbenchFixture.h"
#include "common/MimeTypes.h"
#include "models/CodeTreeModel.h"
#include "transcript/TranscriptView.h"
#include "workbench/CodePane.h"
#include "workbench/ErrorReporter.h"
#include "workbench/QuickCodeBar.h"
#include "workbench/WorkbenchSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

namespace tessera::ui::test {
namespace {

const QString kScreenFatigue = QStringLiteral("Practitioner experience/Screen fatigue");

class CodingRoutesTest : public WorkbenchFixture {
protected:
    // A stretch of words inside turn `turn` that the sample leaves at odd offsets, so no
    // existing coding has exactly this range.
    std::pair<qsizetype, qsizetype> passage(int turn, qsizetype from = 3, qsizetype length = 37)
    {
        const auto [start, end] = turnSpeech(turn);
        EXPECT_GT(end - start, from + length);
        return {start + from, start + from + length};
    }

    void typeIntoQuickCode(const QString& text)
    {
        QuickCodeBar* bar = session().quickCodeBar();
        bar->focusInput();
        QTest::keyClicks(bar->input(), text);
        pressKeys(bar->input(), Qt::Key_Return, Qt::NoModifier);
    }

    QAction* findAction(QMenu* menu, const QString& text)
    {
        for (QAction* action : menu->actions()) {
            if (QMenu* sub = action->menu()) {
                if (QAction* found = findAction(sub, text)) {
                    return found;
                }
            } else if (action->text().remove(QLatin1Char('&')).contains(text)) {
                return action;
            }
        }
        return nullptr;
    }
};

TEST_F(CodingRoutesTest, quickCodeBoxAppliesAnExistingCodeFromAFragment)
{
    const auto [start, end] = passage(5);
    selectInTranscript(start, end);
    typeIntoQuickCode(QStringLiteral("screen fat"));

    EXPECT_EQ(storedCodingCount(kScreenFatigue, start, end), 1);
    EXPECT_TRUE(session().quickCodeBar()->input()->text().isEmpty());
    EXPECT_EQ(session().state().recentCodes().value(0), codeAt(kScreenFatigue));
}

TEST_F(CodingRoutesTest, quickCodeBoxCompletesCaseInsensitivelyOnAnyPartOfThePath)
{
    QCompleter* completer = session().quickCodeBar()->completer();
    EXPECT_EQ(completer->caseSensitivity(), Qt::CaseInsensitive);
    EXPECT_EQ(completer->filterMode(), Qt::MatchContains);
    completer->setCompletionPrefix(QStringLiteral("EXPERIENCE/SCREEN"));
    ASSERT_GE(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), kScreenFatigue);
}

TEST_F(CodingRoutesTest, quickCodeBoxCreatesANewCodeAndSaysSo)
{
    const auto [start, end] = passage(6);
    selectInTranscript(start, end);
    typeIntoQuickCode(QStringLiteral("Trust in video calls"));

    EXPECT_EQ(storedCodingCount(QStringLiteral("Trust in video calls"), start, end), 1);
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("Created")))
        << m_window->reporter().lastMessage().toStdString();
}

TEST_F(CodingRoutesTest, quickCodeBoxWithoutSelectionCreatesNothing)
{
    session().state().setSelection({});
    const qsizetype codes = project().codes().size();
    typeIntoQuickCode(QStringLiteral("Never created"));

    EXPECT_EQ(reopen()->codes().size(), codes);
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral("Select")));
}

TEST_F(CodingRoutesTest, ctrlOneAppliesTheLastUsedCode)
{
    const auto [firstStart, firstEnd] = passage(5);
    selectInTranscript(firstStart, firstEnd);
    typeIntoQuickCode(QStringLiteral("Screen fatigue"));
    const auto [start, end] = passage(8);
    selectInTranscript(start, end);

    pressKeys(session().transcript()->editor(), Qt::Key_1, Qt::ControlModifier);

    EXPECT_EQ(storedCodingCount(kScreenFatigue, start, end), 1);
}

TEST_F(CodingRoutesTest, draggingTheSelectionOntoACodeAppliesIt)
{
    const auto [start, end] = passage(7);
    selectInTranscript(start, end);
    CodeTreeModel* model = session().codes()->model();
    std::unique_ptr<QMimeData> mime(session().transcript()->createSelectionMimeData());
    ASSERT_TRUE(textRangeFromMime(mime.get()).has_value());
    const QModelIndex target = model->indexOfCode(codeAt(kScreenFatigue));

    ASSERT_TRUE(model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
    EXPECT_TRUE(model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));

    EXPECT_EQ(storedCodingCount(kScreenFatigue, start, end), 1);
}

TEST_F(CodingRoutesTest, droppingACodeOntoTheSelectionAppliesIt)
{
    const auto [start, end] = passage(9);
    selectInTranscript(start, end);
    QWidget* viewport = session().transcript()->editor()->viewport();
    std::unique_ptr<QMimeData> mime(makeCodesMime({codeAt(kScreenFatigue)}));
    const QPoint point = viewport->rect().center();

    QDragEnterEvent enter(point, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(point), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);

    EXPECT_EQ(storedCodingCount(kScreenFatigue, start, end), 1);
}

TEST_F(CodingRoutesTest, contextMenuAppliesARecentCode)
{
    const auto [firstStart, firstEnd] = passage(5);
    selectInTranscript(firstStart, firstEnd);
    typeIntoQuickCode(QStringLiteral("Screen fatigue"));
    const auto [start, end] = passage(10);
    selectInTranscript(start, end);

    std::unique_ptr<QMenu> menu(
        session().transcript()->createContextMenu(start + 2, m_window.get()));
    QAction* apply = findAction(menu.get(), kScreenFatigue);
    ASSERT_NE(apply, nullptr);
    apply->trigger();

    EXPECT_EQ(storedCodingCount(kScreenFatigue, start, end), 1);
}

TEST_F(CodingRoutesTest, ctrlIDoesInVivoCoding)
{
    const auto [turnStart, turnEnd] = turnSpeech(11);
    const QString text = project().documentText(*session().state().currentDocument());
    // The first three words of the turn.
    qsizetype end = turnStart;
    for (int spaces = 0; spaces < 3 && end < turnEnd; ++end) {
        spaces += text.at(end) == QLatin1Char(' ') ? 1 : 0;
    }
    --end;
    selectInTranscript(turnStart, end);
    const QString name = text.mid(turnStart, end - turnStart).simplified();

    pressKeys(session().transcript()->editor(), Qt::Key_I, Qt::ControlModifier);

    EXPECT_EQ(storedCodingCount(name, turnStart, end), 1) << name.toStdString();
}

TEST_F(CodingRoutesTest, ctrlShiftTCodesTheWholeTurnWithTheLastCode)
{
    const auto [firstStart, firstEnd] = passage(5);
    selectInTranscript(firstStart, firstEnd);
    typeIntoQuickCode(QStringLiteral("Screen fatigue"));
    const auto [turnStart, turnEnd] = turnSpeech(12);
    selectInTranscript(turnStart + 4, turnStart + 4); // just the caret, inside the turn

    pressKeys(session().transcript()->editor(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);

    EXPECT_EQ(storedCodingCount(kScreenFatigue, turnStart, turnEnd), 1);
}

TEST_F(CodingRoutesTest, codeTreeAndThemeTreeAreSetUpForDragAndDrop)
{
    QAbstractItemView* codes = session().codes()->view();
    EXPECT_TRUE(codes->dragEnabled());
    EXPECT_TRUE(codes->acceptDrops());
    EXPECT_TRUE(codes->showDropIndicator());
    EXPECT_EQ(codes->dragDropMode(), QAbstractItemView::DragDrop);
    EXPECT_TRUE(session().transcript()->editor()->viewport()->acceptDrops());
}

} // namespace
} // namespace tessera::ui::test
