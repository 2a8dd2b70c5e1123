#include "TranscriptFixture.h"
#include "common/MimeTypes.h"

#include <QAction>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

namespace tessera::ui::test {
namespace {

// The context menu's actions, triggered as a click would.
class TranscriptCodingTest : public TranscriptTest {
protected:
    std::unique_ptr<QMenu> menuAt(qsizetype position)
    {
        return std::unique_ptr<QMenu>(m_view->createContextMenu(position, m_view.get()));
    }

    void select(const TextRange& range)
    {
        selectInEditor(range.start, range.end);
        ASSERT_EQ(m_state->selection(), range);
    }

    void dropCodes(const QList<CodeId>& codes, const QPoint& at)
    {
        // As a real drag: the enter makes the viewport the drop target, then the drop.
        std::unique_ptr<QMimeData> mime(makeCodesMime(codes, QStringLiteral("codes")));
        QWidget* viewport = m_view->editor()->viewport();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        EXPECT_TRUE(drop.isAccepted());
        EXPECT_EQ(drop.dropAction(), Qt::CopyAction);
    }
};

TEST_F(TranscriptCodingTest, applyCodeFromTheMenuUsesRecentCodesWithShortcuts)
{
    m_state->noteCodeUsed(m_online);
    m_state->noteCodeUsed(m_isolation); // most recent first: Isolation = Ctrl+1
    const TextRange range = rangeOf(QStringLiteral("really isolated and alone"));
    select(range);
    auto menu = menuAt(range.start);
    QMenu* apply = findSubMenu(menu.get(), QStringLiteral("Apply code"));
    ASSERT_NE(apply, nullptr);
    QAction* isolation = findAction(apply, QStringLiteral("Isolation"));
    ASSERT_NE(isolation, nullptr);
    EXPECT_EQ(isolation->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    EXPECT_EQ(findAction(apply, QStringLiteral("Online work"))->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_2));
    isolation->trigger();

    const QList<Coding> stored = storedCodings();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].codeId, m_isolation);
    EXPECT_EQ(stored[0].coderId, m_me);
    EXPECT_EQ(stored[0].start, range.start);
    EXPECT_EQ(stored[0].end, range.end);
    EXPECT_TRUE(isHighlighted(range.start + 2));
    EXPECT_FALSE(isHighlighted(range.end + 1));
    EXPECT_EQ(m_view->codingsAt(range.start), QList<CodingId>{stored[0].id});
}

TEST_F(TranscriptCodingTest, chooseCodeAsksForTheQuickCodeBox)
{
    select(rangeOf(QStringLiteral("naïve")));
    QSignalSpy quick(m_view.get(), &TranscriptView::quickCodeRequested);
    auto menu = menuAt(positionOf(QStringLiteral("naïve")));
    QMenu* apply = findSubMenu(menu.get(), QStringLiteral("Apply code"));
    ASSERT_NE(apply, nullptr);
    findAction(apply, QStringLiteral("Choose code…"))->trigger();
    EXPECT_EQ(quick.count(), 1);
}

TEST_F(TranscriptCodingTest, withoutASelectionTheMenuOffersNoCodingOfIt)
{
    selectInEditor(positionOf(QStringLiteral("home")), positionOf(QStringLiteral("home")));
    auto menu = menuAt(positionOf(QStringLiteral("home")));
    EXPECT_EQ(findSubMenu(menu.get(), QStringLiteral("Apply code")), nullptr);
    EXPECT_EQ(findAction(menu.get(), QStringLiteral("Code in vivo")), nullptr);
    EXPECT_NE(findSubMenu(menu.get(), QStringLiteral("Code this whole turn")), nullptr);
}

TEST_F(TranscriptCodingTest, codeInVivoNamesTheCodeAfterTheWords)
{
    const TextRange range = rangeOf(QStringLiteral("isolated 😀 at home"));
    select(range);
    auto menu = menuAt(range.start);
    findAction(menu.get(), QStringLiteral("Code in vivo"))->trigger();

    const auto project = reopen();
    const auto code = project->findCodeByPath(QStringLiteral("isolated 😀 at home"));
    ASSERT_TRUE(code);
    CodingFilter filter;
    filter.codeId = code->id;
    const QList<Coding> codings = project->codings(filter);
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings[0].start, range.start);
    EXPECT_EQ(codings[0].end, range.end);
}

TEST_F(TranscriptCodingTest, codeThisWholeTurnCodesExactlyTheSpeech)
{
    m_state->noteCodeUsed(m_wellbeing);
    // Right-click on the speaker label: it belongs to the turn it introduces.
    auto menu = menuAt(positionOf(QStringLiteral("P2:")));
    QMenu* whole = findSubMenu(menu.get(), QStringLiteral("Code this whole turn"));
    ASSERT_NE(whole, nullptr);
    findAction(whole, QStringLiteral("Wellbeing"))->trigger();

    const QList<Coding> stored = storedCodings();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].codeId, m_wellbeing);
    EXPECT_EQ(stored[0].start, m_turns[2].start);
    EXPECT_EQ(stored[0].end, m_turns[2].end);
    EXPECT_EQ(transcriptText().mid(stored[0].start, stored[0].end - stored[0].start),
              QStringLiteral("The café was closed; we met online instead."));
}

TEST_F(TranscriptCodingTest, chooseCodeForTheWholeTurnSelectsItFirst)
{
    QSignalSpy quick(m_view.get(), &TranscriptView::quickCodeRequested);
    auto menu = menuAt(positionOf(QStringLiteral("helped")));
    QMenu* whole = findSubMenu(menu.get(), QStringLiteral("Code this whole turn"));
    findAction(whole, QStringLiteral("Choose code…"))->trigger();
    EXPECT_EQ(quick.count(), 1);
    EXPECT_EQ(m_state->selection(), (TextRange{m_document, m_turns[3].start, m_turns[3].end}));
}

TEST_F(TranscriptCodingTest, codesDroppedOnTheViewCodeTheSelection)
{
    const TextRange range = rangeOf(QStringLiteral("we met online instead"));
    select(range);
    dropCodes({m_online, m_wellbeing}, pointAt(positionOf(QStringLiteral("Welcome"))));

    const QList<Coding> stored = storedCodings();
    ASSERT_EQ(stored.size(), 2);
    for (const Coding& c : stored) {
        EXPECT_EQ(c.start, range.start);
        EXPECT_EQ(c.end, range.end);
    }
    EXPECT_EQ(m_state->recentCodes().first(), m_wellbeing);
    EXPECT_EQ(m_view->codingsAt(range.start).size(), 2);
}

TEST_F(TranscriptCodingTest, codesDroppedWithoutASelectionReportAnError)
{
    QSignalSpy errors(m_view.get(), &TranscriptView::errorOccurred);
    dropCodes({m_online}, pointAt(positionOf(QStringLiteral("Welcome"))));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_TRUE(storedCodings().isEmpty());
}

TEST_F(TranscriptCodingTest, draggingTheSelectionCarriesItsRangeAndText)
{
    const TextRange range = rangeOf(QStringLiteral("Über-helpful"));
    select(range);
    std::unique_ptr<QMimeData> mime(m_view->createSelectionMimeData());
    ASSERT_TRUE(mime);
    EXPECT_EQ(textRangeFromMime(mime.get()), std::optional<TextRange>(range));
    EXPECT_EQ(mime->text(), QStringLiteral("Über-helpful"));
    EXPECT_TRUE(m_view->editor()->viewport()->acceptDrops());
}

TEST_F(TranscriptCodingTest, removeCodingFromTheMenu)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    addCoding(m_isolation, range);
    auto menu = menuAt(range.start + 1);
    QAction* remove = findAction(menu.get(), QStringLiteral("Remove coding “Isolation”"));
    ASSERT_NE(remove, nullptr);
    remove->trigger();
    EXPECT_TRUE(storedCodings().isEmpty());
    EXPECT_FALSE(isHighlighted(range.start + 1));
    EXPECT_TRUE(m_view->codingsAt(range.start + 1).isEmpty());
}

TEST_F(TranscriptCodingTest, keyQuoteIsMarkedAndUnmarkedFromTheMenu)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    addCoding(m_isolation, range);
    findAction(menuAt(range.start).get(), QStringLiteral("Mark as key quote"))->trigger();
    EXPECT_TRUE(storedCodings().first().keyQuote);
    auto menu = menuAt(range.start);
    EXPECT_EQ(findAction(menu.get(), QStringLiteral("Mark as key quote")), nullptr);
    findAction(menu.get(), QStringLiteral("Unmark key quote"))->trigger();
    EXPECT_FALSE(storedCodings().first().keyQuote);
}

TEST_F(TranscriptCodingTest, setRangeToSelectionMovesTheCoding)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    const CodingId id = addCoding(m_isolation, range);
    const TextRange wider = rangeOf(QStringLiteral("at home, really isolated and alone"));
    select(wider);
    findAction(menuAt(range.start).get(), QStringLiteral("Set range to selection"))->trigger();
    const auto stored = reopen()->coding(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->start, wider.start);
    EXPECT_EQ(stored->end, wider.end);
    EXPECT_TRUE(isHighlighted(wider.start));
}

TEST_F(TranscriptCodingTest, editMemoAsksTheWindowAndSeveralCodingsGetSubmenus)
{
    const TextRange outer = rangeOf(QStringLiteral("I felt isolated 😀 at home"));
    const TextRange inner = rangeOf(QStringLiteral("isolated"));
    const CodingId outerId = addCoding(m_wellbeing, outer);
    const CodingId innerId = addCoding(m_isolation, inner, m_sam);
    EXPECT_EQ(m_view->codingsAt(inner.start), (QList<CodingId>{outerId, innerId}));

    QSignalSpy memo(m_view.get(), &TranscriptView::memoEditRequested);
    auto menu = menuAt(inner.start);
    QMenu* isolation = findSubMenu(menu.get(), QStringLiteral("Isolation — Sam"));
    ASSERT_NE(isolation, nullptr);
    findAction(isolation, QStringLiteral("Edit memo…"))->trigger();
    ASSERT_EQ(memo.count(), 1);
    EXPECT_EQ(memo.first().first().value<CodingId>(), innerId);
}

TEST_F(TranscriptCodingTest, failedActionsReportTheCoreMessage)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    addCoding(m_isolation, range);
    m_state->noteCodeUsed(m_isolation);
    select(range);
    QSignalSpy errors(m_view.get(), &TranscriptView::errorOccurred);
    findAction(findSubMenu(menuAt(range.start).get(), QStringLiteral("Apply code")),
               QStringLiteral("Isolation"))
        ->trigger();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_FALSE(errors.first().first().toString().isEmpty());
    EXPECT_EQ(storedCodings().size(), 1);
}

TEST_F(TranscriptCodingTest, clickingAStripeSelectsItsCoding)
{
    const TextRange outer = rangeOf(QStringLiteral("I felt isolated 😀 at home"));
    const TextRange inner = rangeOf(QStringLiteral("really isolated"));
    const CodingId outerId = addCoding(m_wellbeing, outer);
    const CodingId innerId = addCoding(m_isolation, inner);
    QCoreApplication::processEvents();

    const auto outerBar = m_view->stripeRect(outerId);
    const auto innerBar = m_view->stripeRect(innerId);
    ASSERT_TRUE(outerBar && innerBar);
    EXPECT_TRUE(m_view->stripesMargin()->rect().contains(*outerBar));

    QSignalSpy selected(m_view.get(), &TranscriptView::codingSelected);
    QTest::mouseClick(m_view->stripesMargin(), Qt::LeftButton, {}, innerBar->center());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().first().value<CodingId>(), innerId);
    EXPECT_EQ(m_view->selectedCoding(), innerId);
    EXPECT_EQ(m_state->selection(), inner);

    // Clicking in the text drops the coding selection.
    QTest::mouseClick(m_view->editor()->viewport(), Qt::LeftButton, {},
                      pointAt(positionOf(QStringLiteral("Welcome"))));
    EXPECT_EQ(m_view->selectedCoding(), std::nullopt);
}

TEST_F(TranscriptCodingTest, overlappingStripesSitSideBySide)
{
    const CodingId a = addCoding(m_wellbeing, rangeOf(QStringLiteral("I felt isolated")));
    const CodingId b = addCoding(m_isolation, rangeOf(QStringLiteral("isolated 😀 at home")));
    const CodingId c = addCoding(m_online, rangeOf(QStringLiteral("The café")));
    QCoreApplication::processEvents();
    const auto barA = m_view->stripeRect(a);
    const auto barB = m_view->stripeRect(b);
    const auto barC = m_view->stripeRect(c);
    ASSERT_TRUE(barA && barB && barC);
    EXPECT_FALSE(barA->intersects(*barB));
    EXPECT_EQ(barA->left(), barC->left()); // no overlap: the column is reused
    EXPECT_LT(barA->bottom(), barC->top());
}

TEST_F(TranscriptCodingTest, onlyMyCodingsHidesOtherCodersHighlightsAndStripes)
{
    const TextRange mine = rangeOf(QStringLiteral("naïve"));
    const TextRange theirs = rangeOf(QStringLiteral("really isolated"));
    const CodingId myCoding = addCoding(m_isolation, mine);
    const CodingId samCoding = addCoding(m_isolation, theirs, m_sam);
    QCoreApplication::processEvents();
    EXPECT_TRUE(isHighlighted(theirs.start));
    EXPECT_TRUE(m_view->stripeRect(samCoding));

    m_state->setOnlyMyCodings(true);
    QCoreApplication::processEvents();
    EXPECT_FALSE(isHighlighted(theirs.start));
    EXPECT_TRUE(isHighlighted(mine.start));
    EXPECT_FALSE(m_view->stripeRect(samCoding));
    EXPECT_TRUE(m_view->stripeRect(myCoding));
    EXPECT_TRUE(m_view->codingsAt(theirs.start).isEmpty());

    m_state->setOnlyMyCodings(false);
    EXPECT_TRUE(isHighlighted(theirs.start));
}

TEST_F(TranscriptCodingTest, undoAndRedoRefreshTheHighlights)
{
    const TextRange range = rangeOf(QStringLiteral("we met online"));
    select(range);
    m_state->noteCodeUsed(m_online);
    findAction(findSubMenu(menuAt(range.start).get(), QStringLiteral("Apply code")),
               QStringLiteral("Online work"))
        ->trigger();
    EXPECT_TRUE(isHighlighted(range.start));

    ASSERT_TRUE(m_project->undo());
    EXPECT_FALSE(isHighlighted(range.start));
    EXPECT_TRUE(m_view->codingsAt(range.start).isEmpty());
    EXPECT_TRUE(storedCodings().isEmpty());

    ASSERT_TRUE(m_project->redo());
    EXPECT_TRUE(isHighlighted(range.start));
    EXPECT_EQ(storedCodings().size(), 1);
}

TEST_F(TranscriptCodingTest, codeColourChangesRepaintTheHighlight)
{
    const TextRange range = rangeOf(QStringLiteral("really isolated"));
    addCoding(m_isolation, range);
    const auto background = [&] {
        const QTextBlock block = m_view->editor()->document()->findBlock(int(range.start));
        for (const auto& r : block.layout()->formats()) {
            if (range.start - block.position() >= r.start &&
                range.start - block.position() < r.start + r.length &&
                r.format.background().style() != Qt::NoBrush) {
                return r.format.background().color();
            }
        }
        return QColor();
    };
    const QColor before = background();
    CodeFields fields = m_project->code(m_isolation)->fields;
    fields.color = QStringLiteral("#000075");
    ASSERT_TRUE(m_project->updateCode(m_isolation, fields));
    EXPECT_NE(background(), before);
}

} // namespace
} // namespace tessera::ui::test
