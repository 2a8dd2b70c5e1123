#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

#include <memory>
#include <optional>

class QMenu;
class QMimeData;
class QPlainTextEdit;

namespace tessera::ui {

// The transcript a researcher codes in: speaker labels and timestamps styled apart from speech,
// codings as blended highlights, and a coding-stripes margin (one labelled bar per coding in the
// code's colour). Follows WorkbenchState: shows its current document, reports the selection
// (snapped to whole words unless Alt is held), honours the visible-coder filter, and reveals
// passages on excerptRequested. Read-only text: the transcript never changes while coding.
class TranscriptView : public QWidget {
    Q_OBJECT

public:
    explicit TranscriptView(WorkbenchState& state, QWidget* parent = nullptr);
    ~TranscriptView() override;

    // Scrolls to and selects a passage of the current document.
    void revealRange(qsizetype start, qsizetype end);
    void selectCoding(CodingId id);
    std::optional<CodingId> selectedCoding() const;
    // Visible codings covering a position, outermost first.
    QList<CodingId> codingsAt(qsizetype position) const;
    // The context menu for a text position (built fresh; the caller owns it). Exposed for tests.
    QMenu* createContextMenu(qsizetype position, QWidget* parent);

    QPlainTextEdit* editor() const;
    QWidget* stripesMargin() const;

    // Where a coding's stripe is drawn, in stripesMargin() coordinates; nullopt when the coding
    // is hidden or scrolled out of view. Exposed for tests.
    std::optional<QRect> stripeRect(CodingId id) const;
    // The drag payload for the current text selection (kTextRangeMime + text/plain); the caller
    // owns it. A drag of the selection carries the same.
    QMimeData* createSelectionMimeData() const;

signals:
    void codingSelected(tessera::CodingId id);
    void memoEditRequested(tessera::CodingId id);
    void quickCodeRequested();
    void errorOccurred(const QString& message);
    // Emitted after a document has been laid out and painted once (start-up timing, tests).
    void documentShown(tessera::DocumentId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tessera::ui
