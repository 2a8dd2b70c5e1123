#include "WorkbenchFixture.h"
#include "common/MimeTypes.h"
#include "models/CodeTreeModel.h"
#include "models/ThemeTreeModel.h"
#include "transcript/TranscriptView.h"
#include "workbench/CodeEditDialog.h"
#include "workbench/CodePane.h"
#include "workbench/QuickCodeBar.h"
#include "workbench/ThemeEditDialog.h"
#include "workbench/ThemePane.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

#include <set>
#include <tuple>

namespace tessera::ui::test {
namespace {

const QString kScreenFatigue = QStringLiteral("Practitioner experience/Screen fatigue");
const QString kBlurred = QStringLiteral("Practitioner experience/Blurred boundaries");

using CodingKey = std::tuple<qint64, qint64, qsizetype, qsizetype>;

std::set<CodingKey> codingKeys(const Project& project, CodeId code)
{
    CodingFilter filter;
    filter.codeId = code;
    std::set<CodingKey> keys;
    for (const Coding& c : project.codings(filter)) {
        keys.insert({c.documentId.value, c.coderId.value, c.start, c.end});
    }
    return keys;
}

using CodeTreeActionsTest = WorkbenchFixture;

TEST_F(CodeTreeActionsTest, undoAndRedoFollowCtrlZAndCtrlShiftZ)
{
    const auto [start, end] = turnSpeech(5);
    selectInTranscript(start + 3, start + 40);
    QuickCodeBar* bar = session().quickCodeBar();
    bar->focusInput();
    QTest::keyClicks(bar->input(), QStringLiteral("Screen fatigue"));
    pressKeys(bar->input(), Qt::Key_Return, Qt::NoModifier);
    ASSERT_EQ(storedCodingCount(kScreenFatigue, start + 3, start + 40), 1);
    WorkbenchActions& actions = m_window->actions();
    EXPECT_EQ(actions.undo->text().remove(QLatin1Char('&')),
              QStringLiteral("Undo Apply code “Screen fatigue”"));
    EXPECT_TRUE(actions.undo->isEnabled());
    EXPECT_FALSE(actions.redo->isEnabled());

    QWidget* editor = session().transcript()->editor();
    pressKeys(editor, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(storedCodingCount(kScreenFatigue, start + 3, start + 40), 0);
    EXPECT_TRUE(actions.redo->isEnabled());
    EXPECT_EQ(actions.redo->text().remove(QLatin1Char('&')),
              QStringLiteral("Redo Apply code “Screen fatigue”"));

    pressKeys(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedCodingCount(kScreenFatigue, start + 3, start + 40), 1);
}

TEST_F(CodeTreeActionsTest, droppingACodeOnAnotherAndChoosingMergeMergesAfterConfirmation)
{
    const CodeId source = codeAt(kScreenFatigue);
    const CodeId target = codeAt(kBlurred);
    // Duplicates (same document, coder and range) fold into one when merged.
    std::set<CodingKey> expected = codingKeys(project(), target);
    expected.merge(codingKeys(project(), source));
    const qsizetype sourceCodings = codingKeys(project(), source).size();
    m_answers.chooseAction = 1; // "Merge into …"
    m_answers.confirm = true;
    CodeTreeModel* model = session().codes()->model();
    std::unique_ptr<QMimeData> mime(makeCodesMime({source}));

    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOfCode(target));

    ASSERT_EQ(m_answers.actionChoices.size(), 2);
    EXPECT_TRUE(m_answers.actionChoices[0].contains(QStringLiteral("sub-code")));
    EXPECT_TRUE(
        m_answers.actionChoices[1].contains(QStringLiteral("Merge into “Blurred boundaries”")));
    ASSERT_EQ(m_answers.confirmTexts.size(), 1);
    EXPECT_TRUE(
        m_answers.confirmTexts[0].contains(QStringLiteral("%1 codings move").arg(sourceCodings)))
        << m_answers.confirmTexts[0].toStdString();
    auto stored = reopen();
    EXPECT_FALSE(stored->findCodeByPath(kScreenFatigue).ok());
    EXPECT_EQ(codingKeys(*stored, stored->findCodeByPath(kBlurred)->id), expected);
}

TEST_F(CodeTreeActionsTest, declinedMergeChangesNothing)
{
    m_answers.chooseAction = 1;
    m_answers.confirm = false;
    CodeTreeModel* model = session().codes()->model();
    std::unique_ptr<QMimeData> mime(makeCodesMime({codeAt(kScreenFatigue)}));

    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOfCode(codeAt(kBlurred)));

    EXPECT_EQ(m_answers.confirmTexts.size(), 1);
    EXPECT_TRUE(reopen()->findCodeByPath(kScreenFatigue).ok());
}

TEST_F(CodeTreeActionsTest, droppingACodeOnAnotherAndChoosingMoveNestsIt)
{
    m_answers.chooseAction = 0;
    CodeTreeModel* model = session().codes()->model();
    std::unique_ptr<QMimeData> mime(makeCodesMime({codeAt(kScreenFatigue)}));

    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model->indexOfCode(codeAt(kBlurred)));

    EXPECT_TRUE(reopen()->findCodeByPath(kBlurred + QStringLiteral("/Screen fatigue")).ok());
    EXPECT_TRUE(m_answers.confirmTexts.isEmpty());
}

TEST_F(CodeTreeActionsTest, draggingACodeOntoAThemeLinksIt)
{
    const CodeId code = codeAt(kScreenFatigue);
    const Theme theme = project().themes().first();
    ASSERT_FALSE(project().codesOfTheme(theme.id).contains(code));
    ThemeTreeModel* model = session().themes()->model();
    QTreeView* view = session().themes()->view();
    EXPECT_TRUE(view->acceptDrops());
    std::unique_ptr<QMimeData> mime(makeCodesMime({code}));
    const QModelIndex target = model->indexOfTheme(theme.id);

    ASSERT_TRUE(model->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
    EXPECT_TRUE(model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));

    EXPECT_TRUE(reopen()->codesOfTheme(theme.id).contains(code));
}

TEST_F(CodeTreeActionsTest, removeCodeFromThemeUnlinksTheSelectedCodeRow)
{
    const Theme theme = project().themes().at(1);
    const QList<CodeId> linked = project().codesOfTheme(theme.id);
    ASSERT_FALSE(linked.isEmpty());
    ThemePane* pane = session().themes();
    const QModelIndex themeIndex = pane->model()->indexOfTheme(theme.id);
    QModelIndex codeRow;
    for (int row = 0; row < pane->model()->rowCount(themeIndex); ++row) {
        const QModelIndex index = pane->model()->index(row, 0, themeIndex);
        if (pane->model()->linkedCodeAt(index) == linked.first()) {
            codeRow = index;
        }
    }
    ASSERT_TRUE(codeRow.isValid());
    pane->view()->setCurrentIndex(codeRow);

    pane->removeCurrentCodeFromTheme();

    EXPECT_FALSE(reopen()->codesOfTheme(theme.id).contains(linked.first()));
}

TEST_F(CodeTreeActionsTest, deletingACodeAsksWhenItHasCodingsAndUndoBringsItBack)
{
    CodePane* pane = session().codes();
    pane->selectCode(codeAt(kScreenFatigue));
    m_answers.confirm = true;

    pane->view()->setFocus();
    pressKeys(pane->view(), Qt::Key_Delete, Qt::NoModifier);

    ASSERT_EQ(m_answers.confirmTexts.size(), 1);
    EXPECT_FALSE(reopen()->findCodeByPath(kScreenFatigue).ok());
    m_window->actions().undo->trigger();
    EXPECT_TRUE(reopen()->findCodeByPath(kScreenFatigue).ok());
}

TEST_F(CodeTreeActionsTest, newSubCodeDialogCreatesTheCodeUnderTheSelection)
{
    CodePane* pane = session().codes();
    pane->selectCode(codeAt(QStringLiteral("Practitioner experience")));
    pane->newCode(true);
    auto* dialog = pane->findChild<CodeEditDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->nameEdit()->setText(QStringLiteral("Working from the car"));
    dialog->descriptionEdit()->setPlainText(QStringLiteral("Calls made between visits"));
    dialog->accept();

    auto stored = reopen();
    auto code =
        stored->findCodeByPath(QStringLiteral("Practitioner experience/Working from the car"));
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code->fields.description, QStringLiteral("Calls made between visits"));
    EXPECT_EQ(pane->currentCode(), code->id);
}

TEST_F(CodeTreeActionsTest, editThemeDialogStoresConceptAndStatus)
{
    ThemePane* pane = session().themes();
    const Theme theme = project().themes().first();
    pane->selectTheme(theme.id);
    pane->editCurrentTheme();
    auto* dialog = pane->findChild<ThemeEditDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->conceptEdit()->setPlainText(QStringLiteral("Remote contact changed who is reached"));
    dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(ThemeStatus::Reviewed)));
    dialog->accept();

    const auto stored = reopen()->theme(theme.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->fields.organisingConcept,
              QStringLiteral("Remote contact changed who is reached"));
    EXPECT_EQ(stored->fields.status, ThemeStatus::Reviewed);
}

} // namespace
} // namespace tessera::ui::test
