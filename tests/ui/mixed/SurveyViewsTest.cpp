#include "MixedFixture.h"
#include "mixed/AnalysisChoices.h"
#include "mixed/JointDisplayPanel.h"
#include "mixed/MixedMethodsView.h"
#include "mixed/SurveySummaryPanel.h"
#include "workbench/ExportController.h"
#include "workbench/WorkbenchSession.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

namespace tessera::ui::test {
namespace {

class SurveyViewsTest : public MixedFixture {
protected:
    void SetUp() override
    {
        MixedFixture::SetUp();
        importSurvey();
        view().refreshAll();
        // The sample study has a survey of its own: choose this one.
        for (QComboBox* box : {view().summary()->surveyBox(), view().joint()->surveyBox()}) {
            box->setCurrentIndex(box->findText(QStringLiteral("Staff survey")));
            ASSERT_EQ(box->currentText(), QStringLiteral("Staff survey"));
        }
    }

    // Category -> "n/N (%)" as the question's table shows it.
    QHash<QString, QString> labelsOf(const QString& question) const
    {
        QHash<QString, QString> labels;
        QTableWidget* table = view().summary()->tableOf(question);
        EXPECT_NE(table, nullptr) << question.toStdString();
        for (int row = 0; table && row < table->rowCount(); ++row) {
            labels.insert(table->item(row, 0)->text(), table->item(row, 2)->text());
        }
        return labels;
    }
};

TEST_F(SurveyViewsTest, summaryShowsNWithoutBlanksAndExactLabels)
{
    view().showTab(MixedMethodsView::Tab::Summary);
    SurveySummaryPanel* summary = view().summary();
    ASSERT_TRUE(summary->summary().has_value());
    ASSERT_NE(summary->headingOf(QStringLiteral("Confident")), nullptr);
    EXPECT_EQ(summary->headingOf(QStringLiteral("Confident"))->text(),
              QStringLiteral("Confident (N = 4)"));
    EXPECT_EQ(summary->headingOf(QStringLiteral("Office"))->text(),
              QStringLiteral("Office (N = 5)"));
    EXPECT_EQ(labelsOf(QStringLiteral("Office")),
              (QHash<QString, QString>{{QStringLiteral("North"), QStringLiteral("2/5 (40.0%)")},
                                       {QStringLiteral("South"), QStringLiteral("3/5 (60.0%)")}}));
    EXPECT_EQ(labelsOf(QStringLiteral("Confident")),
              (QHash<QString, QString>{{QStringLiteral("Yes"), QStringLiteral("3/4 (75.0%)")},
                                       {QStringLiteral("No"), QStringLiteral("1/4 (25.0%)")}}));
    // Multi-select: each option over those who chose anything.
    EXPECT_EQ(labelsOf(QStringLiteral("Uses")),
              (QHash<QString, QString>{{QStringLiteral("Phone"), QStringLiteral("3/4 (75.0%)")},
                                       {QStringLiteral("Laptop"), QStringLiteral("2/4 (50.0%)")}}));
    // Several surveys: a picker.
    EXPECT_EQ(summary->surveyBox()->isVisible(), project().surveys().size() > 1);
}

TEST_F(SurveyViewsTest, summaryFollowsAnAnswerChangedElsewhere)
{
    view().showTab(MixedMethodsView::Tab::Summary);
    auto s4 = project().findParticipant(QStringLiteral("S4"));
    ASSERT_TRUE(s4.ok());
    ASSERT_TRUE(
        project()
            .setParticipantAttribute(s4->id, QStringLiteral("Confident"), QStringLiteral("No"))
            .ok());
    ASSERT_TRUE(waitUntil([this] {
        return labelsOf(QStringLiteral("Confident")).value(QStringLiteral("No")) ==
               QStringLiteral("2/5 (40.0%)");
    }));
    EXPECT_EQ(view().summary()->headingOf(QStringLiteral("Confident"))->text(),
              QStringLiteral("Confident (N = 5)"));
}

TEST_F(SurveyViewsTest, jointDisplayAddsTickedSurveyAnswersPerGroup)
{
    view().showTab(MixedMethodsView::Tab::Joint);
    JointDisplayPanel* joint = view().joint();
    ASSERT_TRUE(chooseAttribute(joint->attributeBox(), QStringLiteral("Office")));
    ASSERT_TRUE(joint->setItemChecked(QStringLiteral("Confident"), QStringLiteral("Yes"), true));
    ASSERT_TRUE(joint->display().has_value());

    QTableWidget* table = joint->table();
    QHash<QString, int> columns; // header -> column
    for (int column = 0; column < table->columnCount(); ++column) {
        columns.insert(table->horizontalHeaderItem(column)->text(), column);
    }
    ASSERT_TRUE(columns.contains(QStringLiteral("North")));
    ASSERT_TRUE(columns.contains(QStringLiteral("South")));
    // "All" comes last, after the values (and "(not set)" for people without one).
    EXPECT_EQ(columns.value(QStringLiteral("All"), -1), table->columnCount() - 1);
    int surveyRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().trimmed() == QStringLiteral("Confident = Yes")) {
            surveyRow = row;
        }
    }
    ASSERT_GE(surveyRow, 0);
    EXPECT_EQ(table->item(surveyRow, columns.value(QStringLiteral("North")))->text(),
              QStringLiteral("1/2 (50.0%)"));
    EXPECT_EQ(table->item(surveyRow, columns.value(QStringLiteral("South")))->text(),
              QStringLiteral("2/2 (100.0%)"));
    EXPECT_EQ(table->item(surveyRow, columns.value(QStringLiteral("All")))->text(),
              QStringLiteral("3/4 (75.0%)"));

    // The choice travels to the export.
    const auto options = joint->options();
    ASSERT_TRUE(options.has_value());
    EXPECT_EQ(options->items.size(), 1);
    EXPECT_EQ(options->matrix.attribute, QStringLiteral("Office"));
}

TEST_F(SurveyViewsTest, summaryExportWritesTheSameLabels)
{
    view().showTab(MixedMethodsView::Tab::Summary);
    m_answers.saveFile = m_dir.filePath(QStringLiteral("summary.md"));
    QSignalSpy finished(session().exporter(), &ExportController::finished);
    view().summary()->exportButton()->click();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(2).toString().toStdString();
    QFile file(m_answers.saveFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("3/4 (75.0%)")));
    EXPECT_TRUE(text.contains(QStringLiteral("2/5 (40.0%)")));
}

} // namespace
} // namespace tessera::ui::test
