#include "TeamFixture.h"
#include "models/RetrievalModel.h"
#include "team/AgreementView.h"
#include "transcript/TranscriptView.h"
#include "workbench/RetrievalPane.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QPushButton>
#include <QTest>

namespace tessera::ui::test {
namespace {

class BlindCodingTest : public TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        m_window->actions().showCoding->trigger();
        session().state().setCurrentDocument(m_document);
        CodingFilter filter;
        filter.coderId = m_b;
        filter.codeId = m_trust;
        m_theirs = project().codings(filter).value(0);
        ASSERT_TRUE(m_theirs.id.isValid());
        filter.coderId = m_a;
        m_mine = project().codings(filter).value(0);
        ASSERT_TRUE(m_mine.id.isValid());
        // Both coded "Calls worked well for us.": both codings show there.
        ASSERT_TRUE(transcriptShows(m_theirs));
    }

    bool transcriptShows(const Coding& coding) const
    {
        return session().transcript()->codingsAt(coding.start).contains(coding.id);
    }

    QStringList retrievalCoders() const
    {
        session().retrieval()->showCode(m_trust, false);
        const RetrievalModel& model = *session().retrieval()->model();
        QStringList coders;
        for (int row = 0; row < model.rowCount(); ++row) {
            coders << model.index(row, RetrievalModel::CoderColumn).data().toString();
        }
        return coders;
    }

    QAction& blind() const { return *m_window->actions().blindCoding; }
    QAction& onlyMine() const { return *m_window->actions().onlyMyCodings; }

    Coding m_theirs;
    Coding m_mine;
};

TEST_F(BlindCodingTest, blindCodingShowsEachCoderOnlyTheirOwnCodingsAndLocksTheFilter)
{
    ASSERT_TRUE(retrievalCoders().contains(QStringLiteral("B")));
    blind().trigger();

    EXPECT_TRUE(reopen()->blindCoding());
    EXPECT_TRUE(blind().isChecked());
    EXPECT_TRUE(session().state().onlyMyCodings());
    EXPECT_EQ(session().state().visibleCoder(), m_a);
    EXPECT_FALSE(transcriptShows(m_theirs));
    EXPECT_TRUE(transcriptShows(m_mine));
    const QStringList coders = retrievalCoders();
    ASSERT_FALSE(coders.isEmpty());
    EXPECT_EQ(coders.count(QStringLiteral("A")), coders.size());
    // The toggle shows the filter on, cannot be turned off, and says why.
    EXPECT_TRUE(onlyMine().isChecked());
    EXPECT_FALSE(onlyMine().isEnabled());
    EXPECT_TRUE(onlyMine().toolTip().contains(QStringLiteral("Blind coding is on")));
    // The user's own choice ("everyone") is kept for later.
    EXPECT_FALSE(session().state().onlyMyCodingsChosen());
}

TEST_F(BlindCodingTest, switchingCoderWhileBlindShowsTheNewCodersCodingsOnly)
{
    blind().trigger();
    ASSERT_TRUE(project().setCurrentCoder(m_b).ok());

    EXPECT_EQ(session().state().visibleCoder(), m_b);
    EXPECT_TRUE(transcriptShows(m_theirs));
    EXPECT_FALSE(transcriptShows(m_mine));
}

TEST_F(BlindCodingTest, turningBlindCodingOffRestoresWhatTheUserHadChosen)
{
    blind().trigger();
    blind().trigger();

    EXPECT_FALSE(reopen()->blindCoding());
    EXPECT_FALSE(session().state().onlyMyCodings());
    EXPECT_TRUE(transcriptShows(m_theirs));
    EXPECT_TRUE(onlyMine().isEnabled());
    EXPECT_FALSE(onlyMine().isChecked());
    EXPECT_FALSE(onlyMine().toolTip().contains(QStringLiteral("Blind coding")));
    EXPECT_TRUE(retrievalCoders().contains(QStringLiteral("B")));

    // "Only mine" chosen before blind coding is still chosen after it.
    onlyMine().trigger();
    blind().trigger();
    blind().trigger();
    EXPECT_TRUE(onlyMine().isChecked());
    EXPECT_TRUE(session().state().onlyMyCodings());
    EXPECT_FALSE(transcriptShows(m_theirs));
}

TEST_F(BlindCodingTest, undoingBlindCodingUnlocksTheFilter)
{
    blind().trigger();
    ASSERT_TRUE(project().undo().ok());

    EXPECT_FALSE(blind().isChecked());
    EXPECT_TRUE(onlyMine().isEnabled());
    EXPECT_TRUE(transcriptShows(m_theirs));
}

TEST_F(BlindCodingTest, theAgreementTabWaitsUntilTheTeamChoosesToCompare)
{
    blind().trigger();
    m_window->actions().showAgreement->trigger();
    view().refreshAndWait();

    ASSERT_TRUE(view().showsBlindNotice());
    EXPECT_TRUE(view().blindNotice()->isVisible());
    QPushButton* compare = view().compareNowButton();
    EXPECT_EQ(compare->text().remove(QLatin1Char('&')),
              QStringLiteral("Compare now (turn blind coding off)"));

    QTest::mouseClick(compare, Qt::LeftButton);

    EXPECT_FALSE(reopen()->blindCoding());
    EXPECT_FALSE(blind().isChecked());
    ASSERT_TRUE(waitUntil([this] { return !view().showsBlindNotice() && !view().isBusy(); }));
    EXPECT_TRUE(onlyMine().isEnabled());
}

TEST_F(BlindCodingTest, aProjectSavedBlindOpensBlind)
{
    blind().trigger();
    m_window->closeProject();
    EXPECT_TRUE(onlyMine().isChecked() == false);
    ASSERT_TRUE(m_window->openProject(m_projectPath));

    EXPECT_TRUE(blind().isChecked());
    EXPECT_TRUE(session().state().onlyMyCodings());
    EXPECT_TRUE(onlyMine().isChecked());
    EXPECT_FALSE(onlyMine().isEnabled());
}

} // namespace
} // namespace tessera::ui::test
