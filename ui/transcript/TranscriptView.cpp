#include "TranscriptView.h"

#include "CodingHighlighter.h"
#include "CodingIndex.h"
#include "CodingStripesMargin.h"
#include "CodingToolTip.h"
#include "SpeakerLabels.h"
#include "TranscriptContextMenu.h"
#include "TranscriptEditor.h"
#include "TranscriptStyle.h"
#include "common/CodingOperations.h"
#include "project/Project.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolTip>

namespace tessera::ui {
namespace {

// Above this many changed ranges one full pass is cheaper than many single-block passes.
constexpr qsizetype kMaxTargetedRanges = 200;

using Appearance = std::tuple<qsizetype, qsizetype, QRgb>;

QHash<qint64, Appearance> appearances(const CodingIndex& index)
{
    QHash<qint64, Appearance> map;
    map.reserve(index.size());
    for (const CodingDisplay& c : index.items()) {
        map.insert(c.coding.id.value, Appearance{c.coding.start, c.coding.end, c.color.rgba()});
    }
    return map;
}

// Sorted, merged [from, to) ranges.
QList<std::pair<qsizetype, qsizetype>> merged(QList<std::pair<qsizetype, qsizetype>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> result;
    for (const auto& r : ranges) {
        if (!result.isEmpty() && r.first <= result.last().second) {
            result.last().second = std::max(result.last().second, r.second);
        } else {
            result << r;
        }
    }
    return result;
}

// Stripes are assigned columns by paragraph: codings in one paragraph may share a line, and
// bars on one line must sit side by side even when their text does not overlap.
CodingIndex::StripeExtent paragraphExtent(const QString& text)
{
    return [&text](const Coding& c) {
        const qsizetype start =
            c.start > 0 ? text.lastIndexOf(QLatin1Char('\n'), c.start - 1) + 1 : 0;
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), std::max(c.start, c.end - 1));
        return std::pair{start, newline < 0 ? text.size() : newline};
    };
}

} // namespace

class TranscriptView::Private {
public:
    Private(TranscriptView& view, WorkbenchState& workbench)
        : q(view), state(workbench), project(workbench.project())
    {
    }

    void load(std::optional<DocumentId> id);
    void reloadLabels(const QString& text);
    void reloadCodings();
    QList<CodingDisplay> visibleCodings() const;
    void restyle();
    void setSelected(std::optional<CodingId> id);
    void selectCoding(CodingId id, bool reveal);
    void selectText(qsizetype start, qsizetype end, bool reveal);
    void reportEditorSelection();
    void finishMouseSelection(bool keepRaw);
    void mirrorStateSelection(const TextRange& range);
    void applyDroppedCodes(const QList<CodeId>& codes);
    void showToolTip(qsizetype position, const QPoint& globalPos);
    TextRange currentSelection() const;

    TranscriptView& q;
    WorkbenchState& state;
    Project& project;
    TranscriptEditor* editor = nullptr;
    CodingStripesMargin* margin = nullptr;
    CodingHighlighter* highlighter = nullptr;
    TranscriptStyle style;

    std::optional<DocumentId> document;
    QList<Turn> turns;
    QList<LabelRegion> labels;
    CodingIndex index;
    std::optional<CodingId> selected;
    bool syncing = false; // set while the view itself moves the editor's selection
};

void TranscriptView::Private::load(std::optional<DocumentId> id)
{
    if (id && !project.document(*id)) {
        id.reset();
    }
    document = id;
    selected.reset();
    highlighter->setSelectedCoding(std::nullopt);
    margin->setSelectedCoding(std::nullopt);
    editor->setFramedRange(std::nullopt, {});
    // Sources first: the highlighter formats the blocks while the text is inserted.
    const QString text = id ? project.documentText(*id) : QString();
    turns = id ? project.turns(*id) : QList<Turn>();
    labels.clear();
    index = CodingIndex();
    if (id) {
        reloadLabels(text);
        index = CodingIndex(visibleCodings(), paragraphExtent(text));
        editor->notifyNextPaint();
    }
    highlighter->setSources(&index, &labels);
    syncing = true;
    editor->loadText(id, text);
    syncing = false;
    margin->setIndex(&index);
}

void TranscriptView::Private::reloadLabels(const QString& text)
{
    QSet<SpeakerId> facilitators;
    for (const Speaker& s : project.speakers(*document)) {
        if (s.role == SpeakerRole::Facilitator) {
            facilitators.insert(s.id);
        }
    }
    labels = findLabelRegions(text, turns, facilitators);
}

QList<CodingDisplay> TranscriptView::Private::visibleCodings() const
{
    CodingFilter filter;
    filter.documentId = document;
    filter.coderId = state.visibleCoder();
    const QList<Coding> codings = project.codings(filter);
    QHash<CodeId, Code> codes;
    for (const Code& c : project.codes()) {
        codes.insert(c.id, c);
    }
    QHash<CoderId, QString> coders;
    for (const Coder& c : project.coders()) {
        coders.insert(c.id, c.name);
    }
    QList<CodingDisplay> result;
    result.reserve(codings.size());
    for (const Coding& coding : codings) {
        const Code code = codes.value(coding.codeId);
        QColor color(code.fields.color);
        if (!color.isValid()) {
            color = QColor(Qt::gray);
        }
        result.append(CodingDisplay{coding, color, code.fields.name, code.path,
                                    coders.value(coding.coderId), 0});
    }
    return result;
}

void TranscriptView::Private::reloadCodings()
{
    if (!document) {
        return;
    }
    const QHash<qint64, Appearance> before = appearances(index);
    index = CodingIndex(visibleCodings(), paragraphExtent(editor->text()));
    const QHash<qint64, Appearance> after = appearances(index);

    // Only the text under codings that appeared, vanished, moved or changed colour is
    // re-formatted: the view neither reloads the text nor loses its scroll position.
    QList<std::pair<qsizetype, qsizetype>> changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto now = after.constFind(it.key());
        if (now == after.cend() || *now != it.value()) {
            changed.append({std::get<0>(it.value()), std::get<1>(it.value())});
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto then = before.constFind(it.key());
        if (then == before.cend() || *then != it.value()) {
            changed.append({std::get<0>(it.value()), std::get<1>(it.value())});
        }
    }
    if (selected && !index.find(*selected)) {
        setSelected(std::nullopt);
    }
    const auto ranges = merged(changed);
    if (ranges.size() > kMaxTargetedRanges) {
        highlighter->rehighlight();
    } else {
        for (const auto& [from, to] : ranges) {
            highlighter->rehighlightRange(from, to);
        }
    }
    margin->setIndex(&index);
    if (selected) {
        setSelected(selected); // its range or colour may have changed
    }
}

void TranscriptView::Private::restyle()
{
    QFont font = q.font();
    if (font.pointSizeF() > 0) {
        // Long reading sessions: a size up from the interface font, never below 11 pt.
        font.setPointSizeF(std::max(font.pointSizeF() + 1.0, 11.0));
    }
    editor->setFont(font);
    // The view's palette: on a theme change the view hears of it before its children do.
    style = TranscriptStyle(q.palette(), font);
    highlighter->setStyle(style);
    margin->setStyle(style);
}

void TranscriptView::Private::setSelected(std::optional<CodingId> id)
{
    const CodingDisplay* old = selected ? index.find(*selected) : nullptr;
    const CodingDisplay* now = id ? index.find(*id) : nullptr;
    selected = now ? id : std::nullopt;
    highlighter->setSelectedCoding(selected);
    if (old) {
        highlighter->rehighlightRange(old->coding.start, old->coding.end);
    }
    if (now) {
        highlighter->rehighlightRange(now->coding.start, now->coding.end);
        editor->setFramedRange(std::pair{now->coding.start, now->coding.end},
                               style.strongColor(now->color));
    } else {
        editor->setFramedRange(std::nullopt, {});
    }
    margin->setSelectedCoding(selected);
}

void TranscriptView::Private::selectCoding(CodingId id, bool reveal)
{
    if (!index.find(id)) {
        // A coding of another document (from retrieval, say): open that document first.
        const auto coding = project.coding(id);
        if (!coding || coding->documentId == document) {
            return;
        }
        state.setCurrentDocument(coding->documentId);
        if (!index.find(id)) {
            return;
        }
    }
    setSelected(id);
    const CodingDisplay* display = index.find(id);
    selectText(display->coding.start, display->coding.end, reveal);
    emit q.codingSelected(id);
}

void TranscriptView::Private::selectText(qsizetype start, qsizetype end, bool reveal)
{
    const qsizetype size = editor->text().size();
    start = std::clamp<qsizetype>(start, 0, size);
    end = std::clamp<qsizetype>(end, start, size);
    syncing = true;
    editor->selectRange(start, end, reveal);
    syncing = false;
    if (document) {
        state.setSelection(TextRange{*document, start, end});
    }
}

TextRange TranscriptView::Private::currentSelection() const
{
    if (!document) {
        return {};
    }
    const QTextCursor cursor = editor->textCursor();
    return TextRange{*document, cursor.selectionStart(), cursor.selectionEnd()};
}

void TranscriptView::Private::reportEditorSelection()
{
    // A mouse selection is reported once, snapped, when the button is released.
    if (syncing || !document || editor->isMouseSelecting()) {
        return;
    }
    state.setSelection(currentSelection());
}

void TranscriptView::Private::finishMouseSelection(bool keepRaw)
{
    if (!document) {
        return;
    }
    const TextRange raw = currentSelection();
    TextRange range = raw;
    if (!keepRaw && !raw.isEmpty()) {
        range = snapToWords(editor->text(), raw);
        if (range != raw) {
            const QTextCursor cursor = editor->textCursor();
            syncing = true;
            editor->selectRange(range.start, range.end, false, cursor.position() > cursor.anchor());
            syncing = false;
        }
    }
    state.setSelection(range);
}

void TranscriptView::Private::mirrorStateSelection(const TextRange& range)
{
    if (syncing || !document || range.document != *document) {
        return;
    }
    const TextRange shown = currentSelection();
    if (range.isEmpty() || range == shown) {
        return;
    }
    syncing = true;
    editor->selectRange(range.start, range.end, true);
    syncing = false;
}

void TranscriptView::Private::applyDroppedCodes(const QList<CodeId>& codes)
{
    const TextRange selection = state.selection();
    if (!document || selection.isEmpty() || selection.document != *document) {
        emit q.errorOccurred(
            tr("Select the words to code first, then drop the code onto the transcript."));
        return;
    }
    for (const CodeId code : codes) {
        if (auto id = applyCode(state, selection, code); !id) {
            emit q.errorOccurred(id.error().message);
            return;
        }
    }
}

void TranscriptView::Private::showToolTip(qsizetype position, const QPoint& globalPos)
{
    const QList<const CodingDisplay*> under =
        position >= 0 ? index.covering(position) : QList<const CodingDisplay*>();
    if (under.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // A small area around the mouse: moving on to other words asks again.
    const QPoint local = editor->viewport()->mapFromGlobal(globalPos);
    QToolTip::showText(globalPos, codingToolTip(under), editor->viewport(),
                       QRect(local - QPoint(6, 6), QSize(12, 12)));
}

TranscriptView::TranscriptView(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), d(std::make_unique<Private>(*this, state))
{
    setAccessibleName(tr("Transcript"));
    d->editor = new TranscriptEditor(this);
    d->margin = new CodingStripesMargin(*d->editor, this);
    d->highlighter = new CodingHighlighter(d->editor->document());
    d->highlighter->setParent(this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->editor, 1);
    layout->addWidget(d->margin);
    d->restyle();

    TranscriptEditor* editor = d->editor;
    connect(editor, &QPlainTextEdit::selectionChanged, this,
            [this] { d->reportEditorSelection(); });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { d->reportEditorSelection(); });
    connect(editor, &TranscriptEditor::mouseSelectionFinished, this,
            [this](bool keepRaw) { d->finishMouseSelection(keepRaw); });
    connect(editor, &TranscriptEditor::leftButtonPressed, this, [this] {
        if (d->selected) {
            d->setSelected(std::nullopt);
        }
    });
    connect(editor, &TranscriptEditor::codesDropped, this,
            [this](const QList<CodeId>& codes) { d->applyDroppedCodes(codes); });
    connect(editor, &TranscriptEditor::toolTipRequested, this,
            [this](qsizetype position, const QPoint& globalPos) {
                d->showToolTip(position, globalPos);
            });
    connect(editor, &TranscriptEditor::contextMenuRequested, this,
            [this](qsizetype position, const QPoint& globalPos) {
                QMenu* menu = createContextMenu(position, d->editor);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    connect(editor, &TranscriptEditor::painted, this, [this] {
        if (d->document) {
            emit documentShown(*d->document);
        }
    });
    // Scrolling, resizing and re-layout all pass through updateRequest.
    connect(editor, &QPlainTextEdit::updateRequest, d->margin, [this] { d->margin->update(); });
    connect(d->margin, &CodingStripesMargin::codingClicked, this,
            [this](CodingId id) { d->selectCoding(id, false); });

    connect(&state, &WorkbenchState::currentDocumentChanged, this,
            [this](std::optional<DocumentId> id) { d->load(id); });
    connect(&state, &WorkbenchState::selectionChanged, this,
            [this](const TextRange& range) { d->mirrorStateSelection(range); });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, [this] { d->reloadCodings(); });
    connect(&state, &WorkbenchState::excerptRequested, this, [this](const TextRange& range) {
        if (range.document != d->document) {
            d->state.setCurrentDocument(range.document);
        }
        if (range.document == d->document) {
            revealRange(range.start, range.end);
        }
    });
    connect(&d->project, &Project::changed, this, [this](ProjectChanges what) {
        if (!d->document) {
            return;
        }
        if (what.testFlag(ProjectChange::Documents) && !d->project.document(*d->document)) {
            d->load(std::nullopt);
            return;
        }
        if (what.testFlag(ProjectChange::Speakers)) {
            d->turns = d->project.turns(*d->document);
            d->reloadLabels(d->editor->text());
            d->highlighter->rehighlight();
        }
        if (what.testAnyFlags(ProjectChange::Codings | ProjectChange::Codes |
                              ProjectChange::Coders)) {
            d->reloadCodings();
        }
    });

    d->load(state.currentDocument());
}

TranscriptView::~TranscriptView()
{
    // QWidget's destructor hides the window, and the editor reacts (focus out, repaint requests)
    // through connections into Private, which is gone by then: end them first.
    disconnect(&d->state, nullptr, this, nullptr);
    disconnect(&d->project, nullptr, this, nullptr);
    delete d->highlighter;
    delete d->margin;
    delete d->editor;
}

void TranscriptView::revealRange(qsizetype start, qsizetype end)
{
    if (!d->document) {
        return;
    }
    d->selectText(start, end, true);
    // The passage's first line in the middle of the screen, so what precedes it is visible too.
    d->editor->centerCursor();
}

void TranscriptView::selectCoding(CodingId id)
{
    d->selectCoding(id, true);
}

std::optional<CodingId> TranscriptView::selectedCoding() const
{
    return d->selected;
}

QList<CodingId> TranscriptView::codingsAt(qsizetype position) const
{
    QList<CodingId> ids;
    for (const CodingDisplay* c : d->index.covering(position)) {
        ids << c->coding.id;
    }
    return ids;
}

QMenu* TranscriptView::createContextMenu(qsizetype position, QWidget* parent)
{
    if (!d->document) {
        auto* menu = new QMenu(parent);
        menu->addAction(tr("No transcript is open"))->setEnabled(false);
        return menu;
    }
    TranscriptMenuRequest request;
    request.state = &d->state;
    request.document = *d->document;
    request.position = position;
    const TextRange selection = d->state.selection();
    if (selection.document == *d->document) {
        request.selection = selection;
    }
    request.codings = d->index.covering(position);

    TranscriptMenuHandlers handlers;
    handlers.error = [this](const QString& message) { emit errorOccurred(message); };
    handlers.chooseCode = [this] { emit quickCodeRequested(); };
    handlers.editMemo = [this](CodingId id) { emit memoEditRequested(id); };
    handlers.selectCoding = [this](CodingId id) { d->selectCoding(id, true); };
    handlers.selectRange = [this](const TextRange& range) {
        d->selectText(range.start, range.end, true);
    };
    handlers.copy = [this] { d->editor->copy(); };
    return buildTranscriptContextMenu(request, handlers, parent);
}

QPlainTextEdit* TranscriptView::editor() const
{
    return d->editor;
}

QWidget* TranscriptView::stripesMargin() const
{
    return d->margin;
}

std::optional<QRect> TranscriptView::stripeRect(CodingId id) const
{
    return d->margin->barRect(id);
}

QMimeData* TranscriptView::createSelectionMimeData() const
{
    return d->editor->selectionMimeData();
}

void TranscriptView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        d->restyle();
        d->highlighter->rehighlight();
    }
}

} // namespace tessera::ui
