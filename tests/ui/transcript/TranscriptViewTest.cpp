#include "TranscriptFixture.h"
#include "io/ImportedDocument.h"
#include "sample/SampleStudy.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

namespace tessera::ui::test {
namespace {

QTextCharFormat formatAt(QPlainTextEdit* editor, qsizetype position)
{
    const QTextBlock block = editor->document()->findBlock(int(position));
    const int inBlock = int(position) - block.position();
    QTextCharFormat merged;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            merged.merge(range.format);
        }
    }
    return merged;
}

TEST_F(TranscriptTest, showsTheDocumentTextUnchanged)
{
    EXPECT_EQ(m_view->editor()->toPlainText(), m_project->documentText(m_document));
    EXPECT_EQ(m_view->editor()->toPlainText(), transcriptText());
    EXPECT_TRUE(m_view->editor()->isReadOnly());
    EXPECT_FALSE(m_view->editor()->accessibleName().isEmpty());
    EXPECT_FALSE(m_view->stripesMargin()->accessibleName().isEmpty());
}

TEST_F(TranscriptTest, emitsDocumentShownAfterThePaint)
{
    m_state->setCurrentDocument(std::nullopt);
    EXPECT_TRUE(m_view->editor()->toPlainText().isEmpty());
    QSignalSpy shown(m_view.get(), &TranscriptView::documentShown);
    m_state->setCurrentDocument(m_document);
    ASSERT_TRUE(shown.count() > 0 || shown.wait(5000));
    EXPECT_EQ(shown.first().first().value<DocumentId>(), m_document);
}

TEST_F(TranscriptTest, speakerLabelsAndTimestampsAreStyledApartFromSpeech)
{
    const qsizetype label = positionOf(QStringLiteral("P1:"));
    const qsizetype time = positionOf(QStringLiteral("00:00:29"));
    const qsizetype speech = positionOf(QStringLiteral("felt"));
    const QTextCharFormat labelFormat = formatAt(m_view->editor(), label);
    const QTextCharFormat timeFormat = formatAt(m_view->editor(), time);
    const QTextCharFormat speechFormat = formatAt(m_view->editor(), speech);
    EXPECT_GE(labelFormat.fontWeight(), int(QFont::DemiBold));
    EXPECT_TRUE(labelFormat.hasProperty(QTextFormat::ForegroundBrush));
    EXPECT_TRUE(timeFormat.fontFixedPitch());
    EXPECT_NE(timeFormat.foreground().color(), labelFormat.foreground().color());
    EXPECT_FALSE(speechFormat.hasProperty(QTextFormat::FontWeight));
    // The title above the first label is not a label.
    EXPECT_FALSE(formatAt(m_view->editor(), positionOf(QStringLiteral("Café study")))
                     .hasProperty(QTextFormat::FontWeight));
}

TEST_F(TranscriptTest, mouseSelectionIsSnappedToWholeWords)
{
    QWidget* viewport = m_view->editor()->viewport();
    // From inside "isolated" to inside "home" (the emoji lies between).
    const qsizetype from = positionOf(QStringLiteral("isolated")) + 3;
    const qsizetype to = positionOf(QStringLiteral("home")) + 2;
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(from));
    QTest::mouseMove(viewport, pointAt(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointAt(to));
    EXPECT_EQ(m_state->selection(), rangeOf(QStringLiteral("isolated 😀 at home")));
    const QTextCursor cursor = m_view->editor()->textCursor();
    EXPECT_EQ(cursor.selectionStart(), m_state->selection().start);
    EXPECT_EQ(cursor.selectionEnd(), m_state->selection().end);
}

TEST_F(TranscriptTest, mouseSelectionWithAltKeepsTheRawRange)
{
    QWidget* viewport = m_view->editor()->viewport();
    const qsizetype from = positionOf(QStringLiteral("isolated")) + 3;
    const qsizetype to = positionOf(QStringLiteral("home")) + 2;
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, pointAt(from));
    QTest::mouseMove(viewport, pointAt(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, pointAt(to));
    EXPECT_EQ(m_state->selection(), (TextRange{m_document, from, to}));
}

TEST_F(TranscriptTest, keyboardSelectionIsReported)
{
    const qsizetype start = positionOf(QStringLiteral("naïve"));
    QTextCursor cursor(m_view->editor()->document());
    cursor.setPosition(int(start));
    m_view->editor()->setTextCursor(cursor);
    m_view->editor()->setFocus();
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(m_view->editor(), Qt::Key_Right, Qt::ShiftModifier);
    }
    EXPECT_EQ(m_state->selection(), rangeOf(QStringLiteral("naïve")));
}

TEST_F(TranscriptTest, excerptRequestSelectsAndRevealsThePassage)
{
    const TextRange range = rangeOf(QStringLiteral("we met online"));
    m_state->requestExcerpt(range);
    const QTextCursor cursor = m_view->editor()->textCursor();
    EXPECT_EQ(cursor.selectionStart(), range.start);
    EXPECT_EQ(cursor.selectionEnd(), range.end);
    EXPECT_EQ(m_state->selection(), range);
}

TEST_F(TranscriptTest, excerptOfAnotherDocumentOpensIt)
{
    ImportedDocument other;
    other.text = QStringLiteral("P9: Another transcript entirely.");
    other.turns << ImportedTurn{QStringLiteral("P9"), 4, other.text.size(), std::nullopt};
    const DocumentId second =
        *m_project->addDocument(QStringLiteral("FG2"), other, QStringLiteral("fg2.txt"));
    const qsizetype at = other.text.indexOf(QStringLiteral("transcript"));
    m_state->requestExcerpt(TextRange{second, at, at + 10});
    EXPECT_EQ(m_state->currentDocument(), second);
    EXPECT_EQ(m_view->editor()->toPlainText(), other.text);
    EXPECT_EQ(m_view->editor()->textCursor().selectedText(), QStringLiteral("transcript"));
}

TEST_F(TranscriptTest, hoverTooltipListsTheCodingsAtThePosition)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    const CodingId id = addCoding(m_isolation, range);
    ASSERT_TRUE(m_project->setCodingMemo(id, QStringLiteral("Lockdown at home")));
    QWidget* viewport = m_view->editor()->viewport();
    const QPoint point = pointAt(range.start + 3);
    QHelpEvent help(QEvent::ToolTip, point, viewport->mapToGlobal(point));
    QCoreApplication::sendEvent(viewport, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Isolation")));
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Lockdown at home")));
    QToolTip::hideText();
}

TEST_F(TranscriptTest, codingChangesRefreshHighlightsWithoutReloadingOrScrolling)
{
    // A transcript long enough to scroll.
    ImportedDocument big;
    for (int i = 0; i < 400; ++i) {
        const QString label =
            QStringLiteral("[00:%1:00] P%2: ").arg(i % 60, 2, 10, QLatin1Char('0')).arg(i % 5);
        const QString speech = QStringLiteral("Turn %1 talks about services and support.").arg(i);
        big.text += label;
        big.turns << ImportedTurn{QStringLiteral("P%1").arg(i % 5), big.text.size(),
                                  big.text.size() + speech.size(), std::nullopt};
        big.text += speech + QStringLiteral("\n\n");
    }
    const DocumentId id =
        *m_project->addDocument(QStringLiteral("Long"), big, QStringLiteral("l.txt"));
    m_state->setCurrentDocument(id);
    QCoreApplication::processEvents();
    QScrollBar* bar = m_view->editor()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 100);
    bar->setValue(bar->maximum() / 2);
    QCoreApplication::processEvents();
    const qsizetype first = m_view->editor()->cursorForPosition(QPoint(5, 5)).position();
    QTextCursor selection(m_view->editor()->document());
    selection.setPosition(int(first) + 2);
    selection.setPosition(int(first) + 8, QTextCursor::KeepAnchor);
    m_view->editor()->setTextCursor(selection);
    bar->setValue(bar->maximum() / 2);
    const int scroll = bar->value();
    // Reloading the text would recreate the blocks and drop their user data.
    QTextBlock marked = m_view->editor()->document()->findBlock(int(first));
    marked.setUserData(new QTextBlockUserData);

    NewCoding coding;
    coding.documentId = id;
    coding.codeId = m_online;
    coding.start = first;
    coding.end = first + 20;
    ASSERT_TRUE(m_project->addCoding(coding));
    QCoreApplication::processEvents();

    EXPECT_EQ(bar->value(), scroll);
    EXPECT_NE(m_view->editor()->document()->findBlock(int(first)).userData(), nullptr);
    EXPECT_EQ(m_view->editor()->textCursor().selectionStart(), first + 2);
    EXPECT_EQ(m_view->editor()->textCursor().selectionEnd(), first + 8);
    const QTextBlock block = m_view->editor()->document()->findBlock(int(first + 5));
    bool highlighted = false;
    for (const auto& range : block.layout()->formats()) {
        highlighted = highlighted || range.format.background().style() != Qt::NoBrush;
    }
    EXPECT_TRUE(highlighted);
}

TEST_F(TranscriptTest, opensEveryDocumentOfTheSampleStudy)
{
    QTemporaryDir dir;
    auto sample = createSampleStudy(dir.filePath(QStringLiteral("sample.tessera")));
    ASSERT_TRUE(sample) << sample.error().message.toStdString();
    WorkbenchState state(**sample);
    TranscriptView view(state);
    view.resize(700, 500);
    view.show();
    for (const Document& document : (*sample)->documents()) {
        QSignalSpy shown(&view, &TranscriptView::documentShown);
        state.setCurrentDocument(document.id);
        EXPECT_EQ(view.editor()->toPlainText(), (*sample)->documentText(document.id));
        EXPECT_TRUE(shown.count() > 0 || shown.wait(5000)) << document.name.toStdString();
        CodingFilter filter;
        filter.documentId = document.id;
        const QList<Coding> codings = (*sample)->codings(filter);
        for (const Coding& c : codings) {
            EXPECT_TRUE(view.codingsAt(c.start).contains(c.id));
        }
    }
}

} // namespace
} // namespace tessera::ui::test
