#include "team/AgreementPanel.h"

#include "TeamFixture.h"
#include "team/AgreementFormat.h"
#include "team/AgreementView.h"
#include "team/ComparisonChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

namespace tessera::ui::test {
namespace {

class AgreementPanelTest : public TeamFixture {
protected:
    AgreementPanel& panel() const { return *view().agreement(); }
    QTreeWidget& results() const { return *panel().resultsTree(); }

    int columnNamed(const QString& name) const
    {
        for (int c = 0; c < results().columnCount(); ++c) {
            if (results().headerItem()->text(c) == name) {
                return c;
            }
        }
        ADD_FAILURE() << "no column " << name.toStdString();
        return -1;
    }

    QTreeWidgetItem* rowOf(const QString& code) const
    {
        for (int i = 0; i < results().topLevelItemCount(); ++i) {
            if (results().topLevelItem(i)->text(0) == code) {
                return results().topLevelItem(i);
            }
        }
        ADD_FAILURE() << "no row " << code.toStdString();
        return nullptr;
    }

    // Every figure column of every code row reads as the report's value and holds it exactly.
    void expectFigures(const AgreementReport& expected) const
    {
        ASSERT_EQ(results().topLevelItemCount(), expected.perCode.size());
        const QList<FigureColumn> columns = figureColumns(expected);
        ASSERT_FALSE(columns.isEmpty());
        for (const CodeAgreement& code : expected.perCode) {
            QTreeWidgetItem* row = rowOf(code.path);
            ASSERT_NE(row, nullptr);
            for (const FigureColumn& figure : columns) {
                const int column = columnNamed(figure.name);
                ASSERT_GE(column, 0);
                const auto& value = code.*figure.field;
                ASSERT_TRUE(value.has_value()) << figure.name.toStdString();
                EXPECT_EQ(row->text(column), formatAgreementValue(*value, figure.percent))
                    << code.path.toStdString() << " " << figure.name.toStdString();
                const QVariant held = row->data(column, AgreementPanel::ValueRole);
                EXPECT_EQ(held.isValid(), value->isDefined());
                if (value->isDefined()) {
                    EXPECT_EQ(held.toDouble(), *value->value);
                }
            }
        }
    }
};

TEST_F(AgreementPanelTest, characterLevelShowsTheFiguresComputeAgreementGives)
{
    const AgreementReport expected = expectedReport(AgreementOptions::Unit::Character);
    expectFigures(expected);

    // The pooled table of "Trust", counted by hand: A and B both coded "Calls worked well for
    // us." (25 characters), only A "Mostly, anyway." (15).
    QTreeWidgetItem* trust = rowOf(QStringLiteral("Trust"));
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->text(columnNamed(QStringLiteral("Both"))), QStringLiteral("25"));
    EXPECT_EQ(trust->text(columnNamed(QStringLiteral("A only"))), QStringLiteral("15"));
    EXPECT_EQ(trust->text(columnNamed(QStringLiteral("B only"))), QStringLiteral("0"));
    // One document: its row under the code repeats the pooled figures.
    ASSERT_EQ(trust->childCount(), 1);
    EXPECT_EQ(trust->child(0)->text(0), QStringLiteral("Focus group 1"));
    const int kappa = columnNamed(QStringLiteral("Cohen's kappa"));
    EXPECT_EQ(trust->child(0)->text(kappa), trust->text(kappa));
    EXPECT_TRUE(panel().summaryLabel()->text().contains(QStringLiteral("the character")));
    EXPECT_TRUE(panel().exportButton()->isEnabled());
}

TEST_F(AgreementPanelTest, turnLevelShowsAlphaAndKappaForEachCode)
{
    panel().setUnit(AgreementOptions::Unit::Turn);
    refreshView();

    const AgreementReport expected = expectedReport(AgreementOptions::Unit::Turn);
    expectFigures(expected);
    EXPECT_GE(columnNamed(QStringLiteral("Krippendorff's alpha")), 0);
    EXPECT_TRUE(panel().summaryLabel()->text().contains(QStringLiteral("speaker turn")));
}

TEST_F(AgreementPanelTest, aFigureThatCannotBeComputedReadsUndefinedWithItsReason)
{
    view().choices()->setCodes({m_trust, m_unused});
    refreshView();

    const AgreementReport expected =
        expectedReport(AgreementOptions::Unit::Character, {m_trust, m_unused});
    expectFigures(expected);
    QTreeWidgetItem* unused = rowOf(QStringLiteral("Unused"));
    ASSERT_NE(unused, nullptr);
    const QString kappa = unused->text(columnNamed(QStringLiteral("Cohen's kappa")));
    const CodeAgreement& figures = expected.perCode.at(1);
    ASSERT_FALSE(figures.cohenKappa->isDefined());
    EXPECT_EQ(kappa, QStringLiteral("undefined — ") + figures.cohenKappa->undefinedReason);
    EXPECT_FALSE(figures.cohenKappa->undefinedReason.isEmpty());
}

TEST_F(AgreementPanelTest, characterLevelRefusesThreeCodersWithTheCoreMessage)
{
    auto c = project().addCoder(QStringLiteral("C"));
    ASSERT_TRUE(c.ok());
    refreshView();
    view().choices()->setCoders({m_a, m_b, *c});
    refreshView();

    EXPECT_EQ(results().topLevelItemCount(), 0);
    EXPECT_FALSE(panel().exportButton()->isEnabled());
    AgreementOptions options;
    options.coders = {m_a, m_b, *c};
    auto refused = computeAgreement(project(), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(panel().summaryLabel()->text(), refused.error().message);
}

TEST_F(AgreementPanelTest, aDomainIsOfferedOnlyPerTurnOrUnitizedAndShowsItsFigures)
{
    EXPECT_FALSE(panel().domainBox()->isEnabled());
    panel().setUnit(AgreementOptions::Unit::Turn);
    EXPECT_TRUE(panel().domainBox()->isEnabled());
    panel().domainBox()->setChecked(true);
    view().choices()->setCodes({m_trust, m_doubt});
    refreshView();

    AgreementOptions options;
    options.coders = {m_a, m_b};
    options.unit = AgreementOptions::Unit::Turn;
    options.domain = {m_trust, m_doubt};
    auto expected = computeAgreement(project(), options);
    ASSERT_TRUE(expected.ok());
    ASSERT_TRUE(expected->domain.has_value());
    QTreeWidget* domain = panel().domainTree();
    EXPECT_TRUE(domain->isVisibleTo(&panel()));
    const QList<DomainFigure> figures = domainFigures(*expected->domain);
    ASSERT_EQ(domain->topLevelItemCount(), figures.size());
    for (int i = 0; i < figures.size(); ++i) {
        EXPECT_EQ(domain->topLevelItem(i)->text(0), figures[i].name);
        EXPECT_EQ(domain->topLevelItem(i)->text(1), formatAgreementValue(figures[i].value, false));
    }
}

TEST_F(AgreementPanelTest, exportWritesTheSameFiguresAsCsvAndMarkdown)
{
    view().choices()->setCodes({m_trust, m_unused});
    refreshView();
    const AgreementReport expected =
        expectedReport(AgreementOptions::Unit::Character, {m_trust, m_unused});
    const QString trustKappa = formatAgreementValue(*expected.perCode[0].cohenKappa, false);
    const QString unusedKappa = formatAgreementValue(*expected.perCode[1].cohenKappa, false);

    for (const QString& name : {QStringLiteral("agreement.csv"), QStringLiteral("agreement.md")}) {
        const QString path = m_dir.filePath(name);
        QSignalSpy exported(&panel(), &AgreementPanel::exported);
        m_answers.saveFile = path;
        panel().exportInteractively();
        ASSERT_TRUE(exported.wait(10000) || exported.size() == 1) << name.toStdString();
        EXPECT_TRUE(exported.first().at(0).toBool())
            << exported.first().at(2).toString().toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(text.contains(trustKappa)) << text.toStdString();
        EXPECT_TRUE(text.contains(unusedKappa)) << text.toStdString();
        // CSV holds the tables only (their captions name the unit and the coders); Markdown
        // states the comparison first.
        const QString scope = name.endsWith(QStringLiteral(".md"))
                                  ? QStringLiteral("Coders compared: A, B.")
                                  : QStringLiteral("Agreement per code (character level), A, B");
        EXPECT_TRUE(text.contains(scope)) << text.toStdString();
    }
}

TEST_F(AgreementPanelTest, exportRefusesAnUnknownSuffixAndWritesNothing)
{
    const QString path = m_dir.filePath(QStringLiteral("agreement.xyz"));
    QSignalSpy exported(&panel(), &AgreementPanel::exported);
    panel().exportTo(path);
    ASSERT_EQ(exported.size(), 1);
    EXPECT_FALSE(exported.first().at(0).toBool());
    EXPECT_TRUE(exported.first().at(2).toString().contains(QStringLiteral(".csv")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(AgreementPanelTest, codingFollowsIntoTheFiguresWhileTheTabIsShown)
{
    QSignalSpy refreshed(&view(), &AgreementView::refreshed);
    codeAs(m_a, m_doubt, QStringLiteral("Not for our team."));
    ASSERT_TRUE(waitUntil([&] { return refreshed.size() > 0 && !view().isBusy(); }));

    expectFigures(expectedReport(AgreementOptions::Unit::Character));
    QTreeWidgetItem* doubt = rowOf(QStringLiteral("Doubt"));
    ASSERT_NE(doubt, nullptr);
    EXPECT_EQ(doubt->text(columnNamed(QStringLiteral("Percent agreement"))),
              QStringLiteral("100.0%"));
}

} // namespace
} // namespace tessera::ui::test
