#include "CasesFixture.h"
#include "cases/AttributeTableModel.h"
#include "cases/CasesView.h"
#include "workbench/ErrorReporter.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QSignalSpy>

namespace tessera::ui::test {
namespace {

class AttributeImportTest : public CasesFixture {
protected:
    void SetUp() override
    {
        CasesFixture::SetUp();
        for (const QString& name : {QStringLiteral("Ada"), QStringLiteral("Ben")}) {
            auto id = project().addParticipant(name);
            ASSERT_TRUE(id.ok());
            m_people << *id;
        }
    }

    bool importThroughTheMenu(const QString& path)
    {
        m_answers.openFile = path;
        QSignalSpy finished(session().cases(), &CasesView::importFinished);
        m_window->actions().importAttributes->trigger();
        EXPECT_TRUE(finished.count() > 0 || finished.wait(20000));
        return !finished.isEmpty() && finished.first().at(0).toBool();
    }

    QList<ParticipantId> m_people;
};

TEST_F(AttributeImportTest, importFromTheFileMenuSetsMatchedRowsAndReportsTheRest)
{
    const QString path = writeFile(QStringLiteral("people.csv"), "Pseudonym,Office,Caseload\n"
                                                                 "Ada,North,12\n"
                                                                 "Nobody,South,4\n"
                                                                 "Ben,South,9\n");
    QSignalSpy reports(&m_window->reporter(), &ErrorReporter::reportShown);

    ASSERT_TRUE(importThroughTheMenu(path));

    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Cases);
    auto stored = reopen();
    EXPECT_EQ(stored->participantAttributes(m_people[0]).value(QStringLiteral("Office")),
              QStringLiteral("North"));
    EXPECT_EQ(stored->participantAttributes(m_people[1]).value(QStringLiteral("Caseload")),
              QStringLiteral("9"));
    EXPECT_FALSE(stored->findParticipant(QStringLiteral("Nobody")).ok());

    const auto& report = session().cases()->lastImportReport();
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->participantsUpdated, 2);
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_TRUE(report->problems[0].contains(QStringLiteral("Nobody")));

    // The report names the counts and the refused row.
    ASSERT_EQ(reports.count(), 1);
    const QString details = reports.first().at(1).toString();
    EXPECT_TRUE(details.contains(QStringLiteral("Nobody")));
    EXPECT_TRUE(m_window->reporter().lastMessage().contains(QStringLiteral("2 participants")));
    // The new columns are in the table.
    EXPECT_GE(
        session().cases()->model(AttributeScope::Participant)->columnOf(QStringLiteral("Office")),
        AttributeTableModel::FirstAttributeColumn);
}

TEST_F(AttributeImportTest, anUnreadableFileIsReportedAndChangesNothing)
{
    const QString path =
        writeFile(QStringLiteral("broken.csv"), "Pseudonym,Office\n\"Ada,North\nBen,South\n");
    const QString undoBefore = project().undoText();

    EXPECT_FALSE(importThroughTheMenu(path));

    EXPECT_EQ(project().undoText(), undoBefore);
    EXPECT_FALSE(
        reopen()->attribute(AttributeScope::Participant, QStringLiteral("Office")).has_value());
    EXPECT_TRUE(m_window->reporter().lastProblem().contains(QStringLiteral("line")));
}

} // namespace
} // namespace tessera::ui::test
