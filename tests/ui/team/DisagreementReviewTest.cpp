#include "TeamFixture.h"
#include "agreement/Disagreements.h"
#include "team/AgreementView.h"
#include "team/ComparisonChoices.h"
#include "team/ConsensusResolution.h"
#include "team/DisagreementModel.h"
#include "team/DisagreementPanel.h"
#include "transcript/TranscriptView.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace tessera::ui::test {
namespace {

class DisagreementReviewTest : public TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        view().showTab(AgreementView::Tab::Disagreements);
        watch(model());
    }

    DisagreementPanel& panel() const { return *view().disagreements(); }
    DisagreementModel* model() const { return panel().model(); }

    int rowOf(CodeId code, const QString& text) const
    {
        const auto [start, end] = rangeOf(m_document, text);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Disagreement* d = model()->disagreementAt(row);
            if (d->code == code && d->start == start && d->end == end) {
                return row;
            }
        }
        ADD_FAILURE() << "no disagreement on " << text.toStdString();
        return -1;
    }

    QList<Coding> codingsOf(CoderId coder, CodeId code) const
    {
        CodingFilter filter;
        filter.coderId = coder;
        filter.codeId = code;
        return project().codings(filter);
    }

    void waitForRefresh(QSignalSpy& refreshed)
    {
        ASSERT_TRUE(waitUntil([&] { return refreshed.size() > 0 && !view().isBusy(); }));
    }
};

TEST_F(DisagreementReviewTest, listsTheCoreDisagreementsLargestFirst)
{
    auto expected = disagreements(project(), {m_a, m_b});
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected->size(),
              2); // "Not for our team." (Doubt, B) and "Mostly, anyway." (Trust, A)
    ASSERT_EQ(model()->rowCount(), 2);
    for (int row = 0; row < model()->rowCount(); ++row) {
        const Disagreement* d = model()->disagreementAt(row);
        EXPECT_EQ(d->code, expected->at(row).code);
        EXPECT_EQ(d->start, expected->at(row).start);
        EXPECT_EQ(d->end, expected->at(row).end);
        if (row > 0) {
            EXPECT_GE(model()->disagreementAt(row - 1)->length(), d->length());
        }
    }
    // "Not for our team." (17) before "Mostly, anyway." (15).
    EXPECT_EQ(model()->index(0, DisagreementModel::CodeColumn).data().toString(),
              QStringLiteral("Doubt"));
    EXPECT_EQ(model()->index(0, DisagreementModel::WhereColumn).data().toString().left(6),
              QStringLiteral("turn 3"));
    EXPECT_EQ(model()->index(0, model()->coderColumn(0)).data().toString(),
              QStringLiteral("not coded"));
    EXPECT_EQ(model()->index(0, model()->coderColumn(1)).data().toString(),
              QStringLiteral("coded"));
    EXPECT_EQ(model()->index(0, model()->consensusColumn()).data().toString(),
              QStringLiteral("open"));
    EXPECT_EQ(panel().passage()->toPlainText(), QStringLiteral("Not for our team."));
    ASSERT_EQ(panel().acceptButtons().size(), 2);
    EXPECT_EQ(panel().acceptButtons()[0]->text(), QStringLiteral("Accept A's version"));
    EXPECT_EQ(panel().acceptButtons()[1]->text(), QStringLiteral("Accept B's version"));
}

TEST_F(DisagreementReviewTest, acceptingAsVersionCopiesItsCodingsToConsensusInOneUndoStep)
{
    const int row = rowOf(m_trust, QStringLiteral("Mostly, anyway."));
    ASSERT_GE(row, 0);
    panel().selectRow(row);
    ASSERT_FALSE(consensusCoder(project()).has_value());
    QSignalSpy refreshed(&view(), &AgreementView::refreshed);

    QTest::mouseClick(panel().acceptButtons()[0], Qt::LeftButton);

    const auto consensus = consensusCoder(project());
    ASSERT_TRUE(consensus.has_value());
    const QList<Coding> agreed = codingsOf(*consensus, m_trust);
    ASSERT_EQ(agreed.size(), 1);
    const auto [start, end] = rangeOf(m_document, QStringLiteral("Mostly, anyway."));
    EXPECT_EQ(agreed[0].start, start);
    EXPECT_EQ(agreed[0].end, end);
    EXPECT_EQ(agreed[0].documentId, m_document);
    EXPECT_EQ(reopen()->findCoder(QStringLiteral("Consensus"))->id, *consensus);

    // The list follows: the same disagreement, now resolved with A's version; the new coder is
    // offered for comparison (not ticked: the comparison stays A and B).
    waitForRefresh(refreshed);
    const int after = rowOf(m_trust, QStringLiteral("Mostly, anyway."));
    ASSERT_GE(after, 0);
    EXPECT_EQ(model()->statusText(after), QStringLiteral("A's version"));
    EXPECT_TRUE(model()->index(after, 0).data(DisagreementModel::ResolvedRole).toBool());
    EXPECT_EQ(model()->resolvedCount(), 1);
    EXPECT_EQ(view().choices()->coderList()->count(), 3);
    EXPECT_EQ(view().choices()->coders(), (QList<CoderId>{m_a, m_b}));
    EXPECT_TRUE(panel().summaryLabel()->text().contains(QStringLiteral("1 resolved")));

    // One undo step takes the consensus codings away (the coder itself was its own step).
    EXPECT_TRUE(project().undoText().startsWith(QStringLiteral("Accept A's version")))
        << project().undoText().toStdString();
    ASSERT_TRUE(project().undo().ok());
    EXPECT_TRUE(codingsOf(*consensus, m_trust).isEmpty());
    QSignalSpy again(&view(), &AgreementView::refreshed);
    waitForRefresh(again);
    EXPECT_EQ(model()->resolvedCount(), 0);
}

TEST_F(DisagreementReviewTest, acceptingAgainAddsNothingTwice)
{
    panel().selectRow(rowOf(m_doubt, QStringLiteral("Not for our team.")));
    panel().accept(1);
    refreshView();
    panel().selectRow(rowOf(m_doubt, QStringLiteral("Not for our team.")));
    panel().accept(1);
    EXPECT_EQ(codingsOf(*consensusCoder(project()), m_doubt).size(), 1);
}

TEST_F(DisagreementReviewTest, acceptingTheUncodedVersionAddsNothingAndMarksItResolved)
{
    const int row = rowOf(m_doubt, QStringLiteral("Not for our team."));
    panel().selectRow(row);
    panel().accept(0); // A did not code Doubt there

    EXPECT_FALSE(consensusCoder(project()).has_value());
    const int after = rowOf(m_doubt, QStringLiteral("Not for our team."));
    EXPECT_EQ(model()->statusText(after), QStringLiteral("A's version (not coded)"));
    EXPECT_EQ(model()->resolvedCount(), 1);

    panel().hideResolvedBox()->setChecked(true);
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(model()->disagreementAt(0)->code, m_trust);
}

TEST_F(DisagreementReviewTest, activatingOneShowsItInTheTranscriptWithEveryCodersCodings)
{
    // A looks with "only my codings" on; B's coding must still show for the comparison.
    m_window->actions().onlyMyCodings->trigger();
    ASSERT_TRUE(session().state().onlyMyCodings());
    const int row = rowOf(m_doubt, QStringLiteral("Not for our team."));
    QTableView* table = panel().table();
    const QModelIndex index = model()->index(row, 0);
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);

    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Coding);
    EXPECT_FALSE(session().state().onlyMyCodings());
    EXPECT_FALSE(m_window->actions().onlyMyCodings->isChecked());
    const auto [start, end] = rangeOf(m_document, QStringLiteral("Not for our team."));
    EXPECT_EQ(session().state().selection(), (TextRange{m_document, start, end}));
    const QList<Coding> theirs = codingsOf(m_b, m_doubt);
    ASSERT_EQ(theirs.size(), 1);
    EXPECT_TRUE(session().transcript()->codingsAt(start).contains(theirs[0].id));
}

TEST_F(DisagreementReviewTest, editSelectsThePassageToCodeAsConsensus)
{
    panel().selectRow(rowOf(m_trust, QStringLiteral("Mostly, anyway.")));
    QTest::mouseClick(panel().editButton(), Qt::LeftButton);

    const auto consensus = consensusCoder(project());
    ASSERT_TRUE(consensus.has_value());
    EXPECT_EQ(project().currentCoder()->id, *consensus);
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Coding);
    const auto [start, end] = rangeOf(m_document, QStringLiteral("Mostly, anyway."));
    EXPECT_EQ(session().state().selection(), (TextRange{m_document, start, end}));
}

TEST_F(DisagreementReviewTest, comparingTheConsensusCoderTakesNoResolutions)
{
    panel().selectRow(rowOf(m_trust, QStringLiteral("Mostly, anyway.")));
    panel().accept(0);
    refreshView();
    const CoderId consensus = *consensusCoder(project());
    view().choices()->setCoders({m_b, consensus});
    refreshView();

    EXPECT_EQ(model()->consensusColumn(), -1);
    ASSERT_GT(model()->rowCount(), 0);
    panel().selectRow(0);
    for (QPushButton* button : panel().acceptButtons()) {
        EXPECT_FALSE(button->isEnabled());
    }
}

} // namespace
} // namespace tessera::ui::test
