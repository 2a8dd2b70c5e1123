#pragma once

#include "model/Entities.h"

#include <QList>
#include <QObject>

#include <optional>

namespace tessera {
class Project;
}

namespace tessera::ui {

// A range of one document's text, in UTF-16 positions [start, end).
struct TextRange {
    DocumentId document;
    qsizetype start = 0;
    qsizetype end = 0;
    bool isEmpty() const { return !document.isValid() || end <= start; }
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// What the panes of the workbench share: the open project, the document on screen, the text
// selection, which coders' codings are visible, and the codes used last. Passed to every model
// and view (no singletons); views stay in sync through its signals and Project::changed.
//
// Blind coding (Project::blindCoding) is enforced here, where every pane asks whose codings to
// show: while it is on, visibleCoder() is always the current coder, whatever "only my codings"
// says. The user's own choice is kept and applies again when blind coding is turned off.
class WorkbenchState : public QObject {
    Q_OBJECT

public:
    explicit WorkbenchState(Project& project, QObject* parent = nullptr);

    Project& project() const { return m_project; }

    std::optional<DocumentId> currentDocument() const { return m_document; }
    void setCurrentDocument(std::optional<DocumentId> document);

    // The transcript selection (empty when nothing is selected).
    TextRange selection() const { return m_selection; }
    void setSelection(const TextRange& selection);

    // Only the current coder's codings are shown (and counted) when true: the user's choice,
    // or blind coding.
    bool onlyMyCodings() const { return m_onlyMine || m_blind; }
    // The user's own choice, remembered while blind coding overrides it.
    bool onlyMyCodingsChosen() const { return m_onlyMine; }
    void setOnlyMyCodings(bool onlyMine);
    // The coder whose codings are visible, or nullopt for everyone's.
    std::optional<CoderId> visibleCoder() const;
    // The project's blind-coding setting, as last signalled by Project::changed.
    bool blindCoding() const { return m_blind; }

    // Most recently used first; at most kMaxRecentCodes; deleted codes drop out.
    static constexpr int kMaxRecentCodes = 9;
    QList<CodeId> recentCodes() const;
    void noteCodeUsed(CodeId code);

    // Asks the transcript to show and select a passage (retrieval "jump to").
    void requestExcerpt(const TextRange& range) { emit excerptRequested(range); }

signals:
    void currentDocumentChanged(std::optional<tessera::DocumentId> document);
    void selectionChanged(const tessera::ui::TextRange& selection);
    void codingVisibilityChanged();
    void blindCodingChanged(bool on);
    void recentCodesChanged();
    void excerptRequested(const tessera::ui::TextRange& range);

private:
    Project& m_project;
    std::optional<DocumentId> m_document;
    TextRange m_selection;
    bool m_onlyMine = false;
    bool m_blind = false;
    QList<CodeId> m_recent;
};

} // namespace tessera::ui
