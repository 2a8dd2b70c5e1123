#include "MixedFixture.h"
#include "mixed/AnalysisChoices.h"
#include "mixed/AttributeMatrixModel.h"
#include "mixed/ExcerptListModel.h"
#include "mixed/MatrixPanel.h"
#include "mixed/MixedMethodsView.h"
#include "workbench/ExportController.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace tessera::ui::test {
namespace {

class MatrixViewTest : public MixedFixture {
protected:
    void SetUp() override
    {
        MixedFixture::SetUp();
        view().showTab(MixedMethodsView::Tab::Matrix);
        m_panel = view().matrix();
        watch(m_panel->model());
        watch(m_panel->excerpts());
        ASSERT_TRUE(chooseAttribute(m_panel->attributeBox(), QStringLiteral("Team")));
    }

    QModelIndex cellOf(CodeId code, const QString& column) const
    {
        AttributeMatrixModel* model = m_panel->model();
        const AttributeMatrix& matrix = model->matrix();
        for (int row = 0; row < matrix.matrixRows.size(); ++row) {
            if (matrix.matrixRows[row].id != code.value) {
                continue;
            }
            for (int c = 1; c < model->columnCount(); ++c) {
                if (model->columnName(c) == column) {
                    return model->index(row, c);
                }
            }
        }
        ADD_FAILURE() << "no cell " << column.toStdString();
        return {};
    }

    int participantsIn(CodeId code, const QString& column) const
    {
        return cellOf(code, column).data(AttributeMatrixModel::ParticipantsRole).toInt();
    }

    MatrixPanel* m_panel = nullptr;
};

TEST_F(MatrixViewTest, cellsCountParticipantsNotExcerpts)
{
    EXPECT_EQ(participantsIn(m_trust, QStringLiteral("North")), 1); // Nia, twice
    EXPECT_EQ(participantsIn(m_trust, QStringLiteral("South")), 1);
    EXPECT_EQ(participantsIn(m_trust, QStringLiteral("Total")), 2);
    EXPECT_EQ(m_panel->model()->cellAt(cellOf(m_trust, QStringLiteral("North")))->codings.size(),
              2);
}

TEST_F(MatrixViewTest, doubleClickingACellListsItsExcerptsAndActivatingOneShowsIt)
{
    QTableView* table = m_panel->matrixView();
    const QModelIndex north = cellOf(m_trust, QStringLiteral("North"));
    table->scrollTo(north);
    const QPoint centre = table->visualRect(north).center();
    // A double-click is a press, release, double-click event and release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);

    ExcerptListModel* excerpts = m_panel->excerpts();
    ASSERT_EQ(excerpts->rowCount(), 2);
    EXPECT_EQ(excerpts->index(0, ExcerptListModel::TextColumn).data().toString(),
              QStringLiteral("Calls worked."));
    EXPECT_EQ(excerpts->index(1, ExcerptListModel::TextColumn).data().toString(),
              QStringLiteral("Mostly, anyway."));
    EXPECT_EQ(excerpts->index(0, ExcerptListModel::SpeakerColumn).data().toString(),
              QStringLiteral("Nia"));
    EXPECT_TRUE(m_panel->excerptTitle()->text().contains(QStringLiteral("Team = North")));

    m_panel->excerptView()->setFocus();
    m_panel->excerptView()->setCurrentIndex(excerpts->index(1, 0));
    QTest::keyClick(m_panel->excerptView(), Qt::Key_Return);
    EXPECT_EQ(session().currentCentral(), WorkbenchSession::CentralView::Coding);
    EXPECT_EQ(session().state().currentDocument(), m_document);
    const auto [start, end] = rangeOf(m_document, QStringLiteral("Mostly, anyway."));
    EXPECT_TRUE(waitUntil([&, start = start, end = end] {
        const TextRange selection = session().state().selection();
        return selection.start == start && selection.end == end;
    }));
}

TEST_F(MatrixViewTest, theListedCellFollowsNewCodings)
{
    m_panel->showCell(cellOf(m_trust, QStringLiteral("South")));
    ASSERT_EQ(m_panel->excerpts()->rowCount(), 1);
    NewCoding more;
    more.documentId = m_document;
    more.codeId = m_trust;
    std::tie(more.start, more.end) = rangeOf(m_document, QStringLiteral("Not for"));
    // Overlaps Omar's coding: a second excerpt of the same participant.
    more.start += 0;
    ASSERT_TRUE(project().addCoding(more).ok());
    ASSERT_TRUE(waitUntil([this] { return m_panel->excerpts()->rowCount() == 2; }));
    EXPECT_EQ(participantsIn(m_trust, QStringLiteral("South")), 1);
}

TEST_F(MatrixViewTest, facilitatorToggleChangesTheCountsAndIsStored)
{
    // The facilitator is linked to a person of Team North and says something coded "Trust".
    ASSERT_TRUE(project()
                    .applySpeakerLinks({{speakerOf(m_document, QStringLiteral("Facilitator")),
                                         SpeakerRole::Facilitator, QStringLiteral("Fay")}})
                    .ok());
    const ParticipantId fay = project().findParticipant(QStringLiteral("Fay"))->id;
    ASSERT_TRUE(project()
                    .setParticipantAttribute(fay, QStringLiteral("Team"), QStringLiteral("North"))
                    .ok());
    codeText(m_document, m_trust, QStringLiteral("Welcome all."));
    view().refreshAll();
    QAction* toggle = m_window->actions().countFacilitators;
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_EQ(participantsIn(m_trust, QStringLiteral("North")), 1);

    toggle->trigger();
    EXPECT_TRUE(reopen()->countsFacilitators());
    ASSERT_TRUE(
        waitUntil([this] { return participantsIn(m_trust, QStringLiteral("North")) == 2; }));
    EXPECT_TRUE(m_panel->noteLabel()->text().contains(QStringLiteral("Facilitators are counted")));

    // Undo puts the setting and the menu tick back.
    m_window->actions().undo->trigger();
    EXPECT_FALSE(reopen()->countsFacilitators());
    EXPECT_FALSE(toggle->isChecked());
    ASSERT_TRUE(
        waitUntil([this] { return participantsIn(m_trust, QStringLiteral("North")) == 1; }));
}

TEST_F(MatrixViewTest, exportWritesTheMatrixShown)
{
    const QString path = m_dir.filePath(QStringLiteral("matrix.csv"));
    const auto options = m_panel->options();
    ASSERT_TRUE(options.has_value());
    TableExportOptions tables;
    tables.matrix = *options;
    QSignalSpy finished(session().exporter(), &ExportController::finished);
    session().exporter()->exportTableTo(ExportController::Kind::AttributeMatrix, path, tables);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(2).toString().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Trust")));
    EXPECT_TRUE(text.contains(QStringLiteral("North")));
}

TEST_F(MatrixViewTest, anExportWithAnUnknownEndingIsRefused)
{
    TableExportOptions tables;
    tables.matrix = *m_panel->options();
    QSignalSpy finished(session().exporter(), &ExportController::finished);
    session().exporter()->exportTableTo(ExportController::Kind::AttributeMatrix,
                                        m_dir.filePath(QStringLiteral("matrix.xls")), tables);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("matrix.xls"))));
}

} // namespace
} // namespace tessera::ui::test
