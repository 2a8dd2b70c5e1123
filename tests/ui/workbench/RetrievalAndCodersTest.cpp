#include "WorkbenchFixture.h"
#include "models/CodeTreeModel.h"
#include "models/RetrievalModel.h"
#include "transcript/TranscriptView.h"
#include "workbench/CodePane.h"
#include "workbench/CoderPicker.h"
#include "workbench/RetrievalPane.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>

namespace tessera::ui::test {
namespace {

const QString kDigitalPoverty = QStringLiteral("Access and connectivity/Digital poverty");

class RetrievalAndCodersTest : public WorkbenchFixture {
protected:
    // Opens a code's excerpts the keyboard way: select it in the code tree and press Enter.
    void openExcerptsOf(const QString& path)
    {
        CodePane* codes = session().codes();
        codes->selectCode(codeAt(path));
        codes->view()->setFocus();
        pressKeys(codes->view(), Qt::Key_Return, Qt::NoModifier);
    }

    RetrievalModel& retrieval() const { return *session().retrieval()->model(); }
};

TEST_F(RetrievalAndCodersTest, enterOnACodeListsItsExcerpts)
{
    openExcerptsOf(kDigitalPoverty);

    CodingFilter filter;
    filter.codeId = codeAt(kDigitalPoverty);
    EXPECT_EQ(retrieval().rowCount(), reopen()->codings(filter).size());
    EXPECT_TRUE(
        session().retrieval()->titleLabel()->text().contains(QStringLiteral("Digital poverty")));
}

TEST_F(RetrievalAndCodersTest, activatingAnExcerptJumpsToItsDocumentAndSelectsIt)
{
    openExcerptsOf(kDigitalPoverty);
    const DocumentId shown = *session().state().currentDocument();
    int row = 0;
    while (row < retrieval().rowCount() && retrieval().rangeAt(row).document == shown) {
        ++row;
    }
    ASSERT_LT(row, retrieval().rowCount()) << "the sample has excerpts in several documents";
    const TextRange range = retrieval().rangeAt(row);
    QTableView* table = session().retrieval()->view();
    table->setFocus();
    table->setCurrentIndex(retrieval().index(row, RetrievalModel::TextColumn));

    pressKeys(table, Qt::Key_Return, Qt::NoModifier);

    EXPECT_EQ(session().state().currentDocument(), range.document);
    EXPECT_EQ(session().state().selection(), range);
    const QTextCursor cursor = session().transcript()->editor()->textCursor();
    EXPECT_EQ(cursor.selectionStart(), range.start);
    EXPECT_EQ(cursor.selectionEnd(), range.end);
}

TEST_F(RetrievalAndCodersTest, ctrlCCopiesTheSelectedExcerptsWithAttribution)
{
    openExcerptsOf(kDigitalPoverty);
    QTableView* table = session().retrieval()->view();
    table->setFocus();
    table->selectRow(0);
    table->selectionModel()->select(retrieval().index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);

    pressKeys(table, Qt::Key_C, Qt::ControlModifier);

    EXPECT_EQ(QApplication::clipboard()->text(),
              retrieval().citationAt(0) + QStringLiteral("\n\n") + retrieval().citationAt(1));
    EXPECT_TRUE(retrieval().citationAt(0).startsWith(QStringLiteral("“")));
}

TEST_F(RetrievalAndCodersTest, onlyMyCodingsHidesTheOtherCodersWork)
{
    openExcerptsOf(kDigitalPoverty);
    const Coder me = *project().currentCoder();
    QSet<QString> coders;
    for (int row = 0; row < retrieval().rowCount(); ++row) {
        coders << retrieval().index(row, RetrievalModel::CoderColumn).data().toString();
    }
    ASSERT_GT(coders.size(), 1) << "the sample has two coders";
    // A passage only the other coder coded, in the document on screen.
    const DocumentId document = *session().state().currentDocument();
    CodingFilter filter;
    filter.documentId = document;
    std::optional<Coding> theirs;
    for (const Coding& c : project().codings(filter)) {
        if (c.coderId != me.id) {
            theirs = c;
        }
    }
    ASSERT_TRUE(theirs.has_value());
    EXPECT_TRUE(session().transcript()->codingsAt(theirs->start).contains(theirs->id));

    m_window->actions().onlyMyCodings->trigger();

    EXPECT_TRUE(session().state().onlyMyCodings());
    EXPECT_FALSE(session().transcript()->codingsAt(theirs->start).contains(theirs->id));
    ASSERT_GT(retrieval().rowCount(), 0);
    for (int row = 0; row < retrieval().rowCount(); ++row) {
        EXPECT_EQ(retrieval().index(row, RetrievalModel::CoderColumn).data().toString(), me.name);
    }

    m_window->actions().onlyMyCodings->trigger();
    EXPECT_TRUE(session().transcript()->codingsAt(theirs->start).contains(theirs->id));
}

TEST_F(RetrievalAndCodersTest, choosingACoderInThePickerStoresTheCurrentCoder)
{
    QComboBox* combo = session().coderPicker()->comboBox();
    const Coder me = *project().currentCoder();
    int other = -1;
    for (int i = 0; i < combo->count(); ++i) {
        const qint64 id = combo->itemData(i).toLongLong();
        if (id > 0 && id != me.id.value) {
            other = i;
        }
    }
    ASSERT_GE(other, 0);
    combo->setCurrentIndex(other);
    emit combo->activated(other);

    EXPECT_EQ(reopen()->currentCoder()->id.value, combo->itemData(other).toLongLong());
}

TEST_F(RetrievalAndCodersTest, newCoderFromThePickerIsAddedAndBecomesCurrent)
{
    QComboBox* combo = session().coderPicker()->comboBox();
    m_answers.text = QStringLiteral("Jo Rahman");
    m_answers.color = QColor(QStringLiteral("#2a9d8f"));
    const int newCoder = combo->count() - 1;
    ASSERT_EQ(combo->itemData(newCoder).toLongLong(), -1);

    emit combo->activated(newCoder);

    auto stored = reopen();
    auto coder = stored->findCoder(QStringLiteral("Jo Rahman"));
    ASSERT_TRUE(coder.ok());
    EXPECT_EQ(coder->color.toLower(), QStringLiteral("#2a9d8f"));
    EXPECT_EQ(stored->currentCoder()->id, coder->id);
    EXPECT_EQ(combo->currentText(), QStringLiteral("Jo Rahman"));
}

} // namespace
} // namespace tessera::ui::test
