// Codebook review in the code edit dialog: the review status and comments are stored at once in
// the project file, each as its own undo step, comments attributed to the current coder.
#include "TeamFixture.h"
#include "project/Project.h"
#include "workbench/CodeEditDialog.h"
#include "workbench/CodePane.h"
#include "workbench/WorkbenchSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <gtest/gtest.h>

namespace tessera::ui::test {
namespace {

class CodeReviewDialogTest : public TeamFixture {
protected:
    // Opens the edit dialog on "Trust" as a user would and attaches its review.
    CodeEditDialog* openOnTrust()
    {
        CodePane* pane = session().codes();
        pane->selectCode(m_trust);
        pane->editCurrentCode();
        auto* dialog = pane->findChild<CodeEditDialog*>();
        if (dialog) {
            dialog->attachReview(project(), m_trust);
        }
        return dialog;
    }
};

TEST_F(CodeReviewDialogTest, statusIsStoredAtOnceAndUndoneInOneStep)
{
    CodeEditDialog* dialog = openOnTrust();
    ASSERT_NE(dialog, nullptr);
    QComboBox* box = dialog->reviewStatusBox();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->currentData().toInt(), -1); // not reviewed yet
    EXPECT_FALSE(reopen()->codeReviewStatus(m_trust).has_value());

    box->setCurrentIndex(box->findData(int(CodeReviewStatus::NeedsDiscussion)));
    EXPECT_EQ(reopen()->codeReviewStatus(m_trust), CodeReviewStatus::NeedsDiscussion);
    box->setCurrentIndex(box->findData(int(CodeReviewStatus::Accepted)));
    EXPECT_EQ(reopen()->codeReviewStatus(m_trust), CodeReviewStatus::Accepted);

    ASSERT_TRUE(project().undo().ok());
    EXPECT_EQ(reopen()->codeReviewStatus(m_trust), CodeReviewStatus::NeedsDiscussion);

    box->setCurrentIndex(box->findData(-1));
    EXPECT_FALSE(reopen()->codeReviewStatus(m_trust).has_value());
    dialog->reject();
}

TEST_F(CodeReviewDialogTest, commentsAreAddedByTheCurrentCoderAndCanBeDeleted)
{
    CodeEditDialog* dialog = openOnTrust();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->commentList()->count(), 0);
    EXPECT_FALSE(dialog->addCommentButton()->isEnabled());

    dialog->commentEdit()->setText(QStringLiteral("  Overlaps with Doubt?  "));
    ASSERT_TRUE(dialog->addCommentButton()->isEnabled());
    dialog->addCommentButton()->click();

    auto stored = reopen()->codeComments(m_trust);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().text, QStringLiteral("Overlaps with Doubt?"));
    EXPECT_EQ(stored.first().coderId, m_a);
    EXPECT_TRUE(dialog->commentEdit()->text().isEmpty());
    ASSERT_EQ(dialog->commentList()->count(), 1);
    EXPECT_TRUE(dialog->commentList()->item(0)->text().contains(QStringLiteral("Overlaps")));

    // Undo removes exactly the comment.
    ASSERT_TRUE(project().undo().ok());
    EXPECT_TRUE(reopen()->codeComments(m_trust).isEmpty());

    dialog->commentEdit()->setText(QStringLiteral("Keep as is"));
    dialog->addCommentButton()->click();
    ASSERT_EQ(reopen()->codeComments(m_trust).size(), 1);
    dialog->commentList()->setCurrentRow(0);
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->text() == CodeEditDialog::tr("Delete Comment")) {
            button->click();
        }
    }
    EXPECT_TRUE(reopen()->codeComments(m_trust).isEmpty());
    EXPECT_EQ(dialog->commentList()->count(), 0);

    // OK leaves the review as stored and the definition untouched.
    dialog->accept();
    EXPECT_EQ(reopen()->code(m_trust)->fields.name, project().code(m_trust)->fields.name);
}

} // namespace
} // namespace tessera::ui::test
