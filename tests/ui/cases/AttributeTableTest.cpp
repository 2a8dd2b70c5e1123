#include "CasesFixture.h"
#include "cases/AttributeDefinitionDialog.h"
#include "cases/AttributeSortProxy.h"
#include "cases/AttributeTableModel.h"
#include "cases/CasesView.h"
#include "cases/ProblemLabel.h"
#include "workbench/ErrorReporter.h"
#include "workbench/MemoPane.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

namespace tessera::ui::test {
namespace {

class AttributeTableTest : public CasesFixture {
protected:
    void SetUp() override
    {
        CasesFixture::SetUp();
        for (const QString& name :
             {QStringLiteral("Ada"), QStringLiteral("Ben"), QStringLiteral("Cy")}) {
            auto id = project().addParticipant(name);
            ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
            m_people << *id;
        }
        define(QStringLiteral("Caseload"), AttributeType::Number);
        define(QStringLiteral("Started"), AttributeType::Date);
        define(QStringLiteral("Team"), AttributeType::Category,
               {QStringLiteral("North"), QStringLiteral("South")});
        m_window->actions().showCases->trigger();
        m_view = session().cases();
        watch(m_view->model(AttributeScope::Participant));
        watch(m_view->proxy(AttributeScope::Participant));
        watch(m_view->model(AttributeScope::Document));
    }

    void define(const QString& name, AttributeType type, const QStringList& categories = {})
    {
        AttributeDefinition definition;
        definition.name = name;
        definition.type = type;
        definition.categories = categories;
        ASSERT_TRUE(project().defineAttribute(definition).ok());
    }

    // The view's index of a participant's cell in an attribute column.
    QModelIndex cell(ParticipantId who, const QString& attribute) const
    {
        AttributeTableModel* model = m_view->model(AttributeScope::Participant);
        const QModelIndex source =
            model->index(model->rowOf(who.value), model->columnOf(attribute));
        return m_view->proxy(AttributeScope::Participant)->mapFromSource(source);
    }

    QWidget* startEditing(const QModelIndex& index) const
    {
        QTableView* table = m_view->view(AttributeScope::Participant);
        table->setFocus();
        table->setCurrentIndex(index);
        table->edit(index);
        QWidget* editor = table->indexWidget(index);
        EXPECT_NE(editor, nullptr);
        return editor;
    }

    // Enter commits the edit; the delegate closes its editor on the next turn of the loop.
    static void commit(QWidget* editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    QString stored(ParticipantId who, const QString& attribute) const
    {
        return reopen()->participantAttributes(who).value(attribute);
    }

    QList<ParticipantId> m_people;
    CasesView* m_view = nullptr;
};

TEST_F(AttributeTableTest, tablesShowParticipantsDocumentsAndOneColumnPerAttribute)
{
    AttributeTableModel* model = m_view->model(AttributeScope::Participant);
    EXPECT_EQ(model->rowCount(), project().participants().size());
    EXPECT_GE(model->columnOf(QStringLiteral("Caseload")),
              AttributeTableModel::FirstAttributeColumn);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Pseudonym"));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Linked speakers"));
    EXPECT_EQ(m_view->model(AttributeScope::Document)->rowCount(), project().documents().size());
}

TEST_F(AttributeTableTest, editingANumberCellStoresItAsOneUndoStep)
{
    QWidget* editor = startEditing(cell(m_people[0], QStringLiteral("Caseload")));
    auto* line = qobject_cast<QLineEdit*>(editor);
    ASSERT_NE(line, nullptr);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("12.5"));
    commit(line);

    EXPECT_EQ(stored(m_people[0], QStringLiteral("Caseload")), QStringLiteral("12.5"));
    EXPECT_EQ(cell(m_people[0], QStringLiteral("Caseload")).data().toString(),
              QStringLiteral("12.5"));
    m_window->actions().undo->trigger();
    EXPECT_EQ(stored(m_people[0], QStringLiteral("Caseload")), QString());
}

TEST_F(AttributeTableTest, anInvalidNumberIsRefusedWithAMessageAndTheCellKeepsItsValue)
{
    ASSERT_TRUE(
        project()
            .setParticipantAttribute(m_people[1], QStringLiteral("Caseload"), QStringLiteral("7"))
            .ok());
    QWidget* editor = startEditing(cell(m_people[1], QStringLiteral("Caseload")));
    auto* line = qobject_cast<QLineEdit*>(editor);
    ASSERT_NE(line, nullptr);
    // Letters never get in; a half-typed number does, and the core refuses it.
    line->clear();
    QTest::keyClicks(line, QStringLiteral("abc"));
    EXPECT_EQ(line->text(), QString());
    QTest::keyClicks(line, QStringLiteral("1e"));
    commit(line);

    EXPECT_EQ(stored(m_people[1], QStringLiteral("Caseload")), QStringLiteral("7"));
    EXPECT_EQ(cell(m_people[1], QStringLiteral("Caseload")).data().toString(), QStringLiteral("7"));
    EXPECT_FALSE(m_window->reporter().lastProblem().isEmpty());

    // The model refuses the same way when given text directly.
    EXPECT_FALSE(
        m_view->proxy(AttributeScope::Participant)
            ->setData(cell(m_people[1], QStringLiteral("Caseload")), QStringLiteral("many")));
    EXPECT_EQ(stored(m_people[1], QStringLiteral("Caseload")), QStringLiteral("7"));
}

TEST_F(AttributeTableTest, dateAndCategoryCellsGetEditorsOfTheirType)
{
    QWidget* editor = startEditing(cell(m_people[0], QStringLiteral("Started")));
    auto* date = qobject_cast<QDateEdit*>(editor);
    ASSERT_NE(date, nullptr);
    date->setDate(QDate(2021, 3, 4));
    commit(date);
    EXPECT_EQ(stored(m_people[0], QStringLiteral("Started")), QStringLiteral("2021-03-04"));

    editor = startEditing(cell(m_people[0], QStringLiteral("Team")));
    auto* combo = qobject_cast<QComboBox*>(editor);
    ASSERT_NE(combo, nullptr);
    EXPECT_GE(combo->findText(QStringLiteral("South")), 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("South")));
    commit(combo);
    EXPECT_EQ(stored(m_people[0], QStringLiteral("Team")), QStringLiteral("South"));
}

TEST_F(AttributeTableTest, renamingThePseudonymCellRenamesTheParticipant)
{
    QWidget* editor = startEditing(cell(m_people[2], QStringLiteral("Caseload"))
                                       .siblingAtColumn(AttributeTableModel::NameColumn));
    auto* line = qobject_cast<QLineEdit*>(editor);
    ASSERT_NE(line, nullptr);
    line->setText(QStringLiteral("Cyan"));
    commit(line);
    EXPECT_EQ(reopen()->participant(m_people[2])->pseudonym, QStringLiteral("Cyan"));
}

TEST_F(AttributeTableTest, numberColumnsSortAsNumbersWithBlanksLast)
{
    const QStringList values = {QStringLiteral("9"), QStringLiteral("100"), QStringLiteral("10")};
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(project()
                        .setParticipantAttribute(m_people[i], QStringLiteral("Caseload"), values[i])
                        .ok());
    }
    AttributeSortProxy* proxy = m_view->proxy(AttributeScope::Participant);
    const int column =
        m_view->model(AttributeScope::Participant)->columnOf(QStringLiteral("Caseload"));
    m_view->view(AttributeScope::Participant)->sortByColumn(column, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString value = proxy->index(row, column).data().toString();
        if (!value.isEmpty()) {
            order << value;
        } else {
            EXPECT_GE(row, 3) << "a blank sorted before a number";
        }
    }
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100")}));

    m_view->filterBox()->setText(QStringLiteral("ben"));
    ASSERT_EQ(proxy->rowCount(), 1);
    EXPECT_EQ(proxy->index(0, 0).data().toString(), QStringLiteral("Ben"));
}

TEST_F(AttributeTableTest, addAttributeDialogDefinesItAndRefusesADuplicateName)
{
    m_view->addAttributeAction()->trigger();
    AttributeDefinitionDialog* dialog = m_view->definitionDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->nameEdit()->setText(QStringLiteral("team"));
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible()); // "Team" exists (names ignore case)
    EXPECT_FALSE(dialog->errorLabel()->text().isEmpty());

    dialog->nameEdit()->setText(QStringLiteral("Setting"));
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(int(AttributeType::Category)));
    dialog->categoriesEdit()->setPlainText(QStringLiteral("Office\nHome\n\nOffice"));
    dialog->accept();
    const auto stored = reopen()->attribute(AttributeScope::Participant, QStringLiteral("Setting"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->type, AttributeType::Category);
    EXPECT_EQ(stored->categories, (QStringList{QStringLiteral("Office"), QStringLiteral("Home")}));
    EXPECT_GE(m_view->model(AttributeScope::Participant)->columnOf(QStringLiteral("Setting")), 0);
}

TEST_F(AttributeTableTest, deleteAttributeAsksThenDeletesTheColumnsValues)
{
    ASSERT_TRUE(
        project()
            .setParticipantAttribute(m_people[0], QStringLiteral("Team"), QStringLiteral("North"))
            .ok());
    m_view->view(AttributeScope::Participant)
        ->setCurrentIndex(cell(m_people[0], QStringLiteral("Team")));
    m_answers.confirm = false;
    m_view->deleteAttributeAction()->trigger();
    ASSERT_EQ(m_answers.confirmTexts.size(), 1);
    EXPECT_TRUE(m_answers.confirmTexts[0].contains(QStringLiteral("1 participant")));
    EXPECT_TRUE(
        reopen()->attribute(AttributeScope::Participant, QStringLiteral("Team")).has_value());

    m_answers.confirm = true;
    m_view->deleteAttributeAction()->trigger();
    EXPECT_FALSE(
        reopen()->attribute(AttributeScope::Participant, QStringLiteral("Team")).has_value());
    EXPECT_EQ(m_view->model(AttributeScope::Participant)->columnOf(QStringLiteral("Team")), -1);
}

TEST_F(AttributeTableTest, addParticipantAndChoosingARowPointsTheMemoAtIt)
{
    m_answers.text = QStringLiteral("Dee");
    m_view->addParticipantAction()->trigger();
    auto dee = reopen()->findParticipant(QStringLiteral("Dee"));
    ASSERT_TRUE(dee.ok());
    // The new row is chosen, so the memo pane edits Dee's memo.
    EXPECT_EQ(session().memo()->target(),
              (MemoTarget{MemoTarget::Kind::Participant, dee->id.value}));
    QTest::keyClicks(session().memo()->editor(), QStringLiteral("Joined late."));
    ASSERT_TRUE(session().memo()->save());
    EXPECT_EQ(reopen()->participant(dee->id)->memo, QStringLiteral("Joined late."));
}

} // namespace
} // namespace tessera::ui::test
