#include "CasesFixture.h"
#include "cases/CasesController.h"
#include "cases/ProblemLabel.h"
#include "cases/SpeakerLinkBar.h"
#include "cases/SpeakerLinkDialog.h"
#include "workbench/DocumentPane.h"
#include "workbench/ErrorReporter.h"
#include "workbench/ImportController.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

namespace tessera::ui::test {
namespace {

class SpeakerLinkTest : public CasesFixture {
protected:
    void SetUp() override
    {
        CasesFixture::SetUp();
        m_document = addTranscript(QStringLiteral("Focus group 9"),
                                   {{QStringLiteral("Facilitator"), QStringLiteral("Welcome.")},
                                    {QStringLiteral("P1"), QStringLiteral("Calls worked.")},
                                    {QStringLiteral("P2"), QStringLiteral("Not for us.")},
                                    {QStringLiteral("P1"), QStringLiteral("Mostly, anyway.")}},
                                   QStringLiteral("Focus group 9"));
        auto existing = project().addParticipant(QStringLiteral("Dana"));
        ASSERT_TRUE(existing.ok());
        session().state().setCurrentDocument(m_document);
    }

    SpeakerLinkDialog* openDialog()
    {
        m_window->actions().linkSpeakers->trigger();
        SpeakerLinkDialog* dialog = session().casesController()->linkDialog();
        EXPECT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog && dialog->isVisible());
        return dialog;
    }

    std::optional<QString> storedPseudonymOf(const QString& label) const
    {
        auto stored = reopen();
        for (const Speaker& speaker : stored->speakers(m_document)) {
            if (speaker.label == label && speaker.participantId) {
                return stored->participant(*speaker.participantId)->pseudonym;
            }
        }
        return std::nullopt;
    }

    DocumentId m_document;
};

TEST_F(SpeakerLinkTest, dialogListsSpeakersWithTurnsRolesAndSuggestions)
{
    SpeakerLinkDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->table()->rowCount(), 3);
    const int p1 = dialog->rowOfLabel(QStringLiteral("P1"));
    const int facilitator = dialog->rowOfLabel(QStringLiteral("Facilitator"));
    ASSERT_GE(p1, 0);
    ASSERT_GE(facilitator, 0);
    EXPECT_EQ(dialog->table()->item(p1, SpeakerLinkDialog::TurnsColumn)->text(),
              QStringLiteral("2"));
    EXPECT_EQ(dialog->roleBox(facilitator)->currentData().toInt(), int(SpeakerRole::Facilitator));
    EXPECT_EQ(dialog->roleBox(p1)->currentData().toInt(), int(SpeakerRole::Participant));
    // A numbered label is a new person per focus group: the suggestion carries the group.
    EXPECT_TRUE(dialog->participantBox(p1)->currentText().contains(QStringLiteral("P1")));
    EXPECT_NE(dialog->participantBox(p1)->currentText(), QStringLiteral("P1"));
    EXPECT_FALSE(dialog->table()->item(p1, SpeakerLinkDialog::ReasonColumn)->text().isEmpty());
    // Existing pseudonyms are offered.
    EXPECT_GE(dialog->participantBox(p1)->findText(QStringLiteral("Dana")), 0);
}

TEST_F(SpeakerLinkTest, okAppliesEveryLinkAsOneUndoStep)
{
    SpeakerLinkDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    const int p1 = dialog->rowOfLabel(QStringLiteral("P1"));
    const int p2 = dialog->rowOfLabel(QStringLiteral("P2"));
    dialog->participantBox(p1)->setCurrentText(QStringLiteral("Dana"));
    dialog->participantBox(p2)->setCurrentText(QStringLiteral("Eli"));
    const QString undoBefore = project().undoText();

    dialog->accept();

    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P1")), QStringLiteral("Dana"));
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P2")), QStringLiteral("Eli"));
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("Facilitator")), std::nullopt);
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("Linked 2 speakers")));

    m_window->actions().undo->trigger();
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P1")), std::nullopt);
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P2")), std::nullopt);
    EXPECT_EQ(project().undoText(), undoBefore);
    EXPECT_FALSE(reopen()->findParticipant(QStringLiteral("Eli")).ok());
    m_window->actions().redo->trigger();
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P1")), QStringLiteral("Dana"));
    EXPECT_EQ(storedPseudonymOf(QStringLiteral("P2")), QStringLiteral("Eli"));
}

TEST_F(SpeakerLinkTest, refusedLinksAreShownInTheDialogAndChangeNothing)
{
    SpeakerLinkDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    // The document (and so its speakers) goes while the dialog is open: the batch is refused.
    ASSERT_TRUE(project().deleteDocument(m_document).ok());
    const QString before = project().undoText();

    dialog->accept();

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorLabel()->problem().isEmpty());
    EXPECT_EQ(project().undoText(), before);
    EXPECT_FALSE(reopen()->findParticipant(QStringLiteral("Eli")).ok());
    dialog->reject();
}

TEST_F(SpeakerLinkTest, documentContextMenuRouteOpensTheDialogForThatDocument)
{
    emit session().documents()->linkSpeakersRequested(m_document);
    SpeakerLinkDialog* dialog = session().casesController()->linkDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->document(), m_document);
    dialog->reject();
}

TEST_F(SpeakerLinkTest, importedTranscriptsAreOfferedInTheMessageBarWithoutBlockingTheImport)
{
    const QString file = writeFile(QStringLiteral("Focus group 10.txt"),
                                   "Facilitator: Hello.\nP1: Calls.\nP2: Texts.\nP3: Both.\n");
    QSignalSpy finished(session().importer(), &ImportController::finished);
    session().importer()->importFiles({file});
    ASSERT_TRUE(finished.wait(20000));
    const DocumentId imported = documentNamed(QStringLiteral("Focus group 10"));
    // The import is complete before anything is asked.
    EXPECT_EQ(reopen()->document(imported)->turnCount, 4);
    SpeakerLinkBar* bar = session().speakerLinkBar();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->offered(), imported);
    EXPECT_TRUE(bar->messageLabel()->text().contains(QStringLiteral("3 speakers")));
    EXPECT_EQ(session().casesController()->linkDialog(), nullptr);

    bar->linkButton()->click();
    SpeakerLinkDialog* dialog = session().casesController()->linkDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->document(), imported);
    dialog->accept(); // the suggestions as they are
    EXPECT_FALSE(bar->isVisible());
    auto stored = reopen();
    int linked = 0;
    for (const Speaker& speaker : stored->speakers(imported)) {
        linked += speaker.participantId ? 1 : 0;
    }
    EXPECT_EQ(linked, 3);
}

} // namespace
} // namespace tessera::ui::test
