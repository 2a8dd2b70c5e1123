#include "mixed/SurveyImportDialog.h"

#include "cases/CasesController.h"
#include "cases/ProblemLabel.h"
#include "cases/TableFileReader.h"
#include "ui/cases/CasesFixture.h"
#include "workbench/ErrorReporter.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace tessera::ui::test {
namespace {

class SurveyImportDialogTest : public CasesFixture {
protected:
    SurveyImportDialog* openOn(const QByteArray& csv)
    {
        m_answers.openFile = writeFile(QStringLiteral("team survey.csv"), csv);
        m_window->actions().importSurvey->trigger();
        SurveyImportDialog* dialog = session().casesController()->surveyDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            dialog->reader()->waitForFinished();
        }
        return dialog;
    }

    static std::optional<QuestionKind> kindOf(const SurveyImportDialog& dialog, const QString& name)
    {
        for (const SurveyColumnPlan& question : dialog.plan()->questions) {
            if (question.name == name) {
                return question.kind;
            }
        }
        return std::nullopt;
    }

    static void choose(QComboBox* box, int index)
    {
        box->setCurrentIndex(index);
        emit box->activated(index); // as a click in the list does
    }

    static QByteArray survey()
    {
        return "ID,Team,Comment\n"
               "A1,North,This is a long free text answer that is certainly longer than sixty "
               "characters\n"
               "A2,South,Another fairly long answer that goes on and on beyond the sixty character "
               "mark\n"
               "A3,North,Short\n"
               "A4,South,A third answer that is rather long too so that it reads as free text\n";
    }
};

TEST_F(SurveyImportDialogTest, showsTheDetectedPlanWithReasonsAndSamples)
{
    SurveyImportDialog* dialog = openOn(survey());
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->plan().has_value());
    EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("team survey"));
    EXPECT_EQ(dialog->idBox()->currentText(), QStringLiteral("ID"));
    EXPECT_EQ(kindOf(*dialog, QStringLiteral("Team")), QuestionKind::Closed);
    EXPECT_EQ(kindOf(*dialog, QStringLiteral("Comment")), QuestionKind::Open);
    const int team = dialog->rowOfColumn(QStringLiteral("Team"));
    ASSERT_GE(team, 0);
    EXPECT_EQ(dialog->kindBox(team)->currentIndex(), int(SurveyImportDialog::Kind::Closed));
    EXPECT_EQ(dialog->planTable()->item(team, SurveyImportDialog::SampleColumn)->text(),
              QStringLiteral("North · South"));
    EXPECT_FALSE(
        dialog->planTable()->item(team, SurveyImportDialog::ReasonColumn)->text().isEmpty());
    EXPECT_EQ(dialog->kindBox(dialog->rowOfColumn(QStringLiteral("ID"))), nullptr);
    EXPECT_TRUE(dialog->summaryLabel()->text().startsWith(QStringLiteral("4 respondents")));
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, overridingAColumnPlansAgainWithTheOverride)
{
    SurveyImportDialog* dialog = openOn(survey());
    ASSERT_NE(dialog, nullptr);
    choose(dialog->kindBox(dialog->rowOfColumn(QStringLiteral("Team"))),
           int(SurveyImportDialog::Kind::Open));
    EXPECT_EQ(kindOf(*dialog, QStringLiteral("Team")), QuestionKind::Open);
    choose(dialog->kindBox(dialog->rowOfColumn(QStringLiteral("Comment"))),
           int(SurveyImportDialog::Kind::Ignored));
    EXPECT_EQ(kindOf(*dialog, QStringLiteral("Comment")), std::nullopt);
    // Rebuilt rows show the plan, not a stale choice.
    EXPECT_EQ(dialog->kindBox(dialog->rowOfColumn(QStringLiteral("Team")))->currentIndex(),
              int(SurveyImportDialog::Kind::Open));

    // No id column: respondents are numbered.
    choose(dialog->idBox(), 0);
    ASSERT_TRUE(dialog->plan().has_value());
    EXPECT_EQ(dialog->plan()->idColumn, -1);
    EXPECT_EQ(dialog->plan()->respondentIds.value(0), QStringLiteral("R001"));
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, aPlanErrorIsShownInlineAndBlocksImport)
{
    SurveyImportDialog* dialog = openOn(survey());
    ASSERT_NE(dialog, nullptr);
    // Team repeats its values: it cannot identify respondents.
    choose(dialog->idBox(), dialog->idBox()->findText(QStringLiteral("Team")));
    EXPECT_FALSE(dialog->plan().has_value());
    EXPECT_FALSE(dialog->errorLabel()->problem().isEmpty());
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    choose(dialog->idBox(), dialog->idBox()->findText(QStringLiteral("ID")));
    EXPECT_TRUE(dialog->plan().has_value());
    EXPECT_TRUE(dialog->errorLabel()->problem().isEmpty());
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, anUnreadableFileIsExplainedInTheDialog)
{
    SurveyImportDialog* dialog = openOn("ID,Team\n\"A1,North\nA2,South\n");
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->plan().has_value());
    EXPECT_TRUE(dialog->errorLabel()->problem().contains(QStringLiteral("line")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, importStoresTheSurveyAsOneUndoStep)
{
    SurveyImportDialog* dialog = openOn(survey());
    ASSERT_NE(dialog, nullptr);
    dialog->nameEdit()->setText(QStringLiteral("Team survey"));
    const QString undoBefore = project().undoText();
    dialog->accept();

    EXPECT_FALSE(dialog->isVisible());
    auto stored = reopen()->findSurvey(QStringLiteral("Team survey"));
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->respondents, 4);
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("4 respondents")));
    // The window shows the new survey's summary.
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::MixedMethods);

    m_window->actions().undo->trigger();
    EXPECT_FALSE(reopen()->findSurvey(QStringLiteral("Team survey")).ok());
    EXPECT_EQ(project().undoText(), undoBefore);
}

} // namespace
} // namespace tessera::ui::test
