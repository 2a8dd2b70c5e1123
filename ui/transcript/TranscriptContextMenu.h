#pragma once

#include "CodingIndex.h"
#include "common/WorkbenchState.h"

#include <functional>

class QMenu;
class QWidget;

namespace tessera::ui {

// What the transcript's context menu acts on.
struct TranscriptMenuRequest {
    WorkbenchState* state = nullptr;
    DocumentId document;
    qsizetype position = 0;
    TextRange selection; // empty when nothing is selected
    // The visible codings at `position`, outermost first. Read while building only: the menu's
    // actions keep the ids, because the index is rebuilt when an action changes the codings.
    QList<const CodingDisplay*> codings;
};

// What the menu asks of the view for the actions it cannot do through the Project API alone.
struct TranscriptMenuHandlers {
    std::function<void(const QString&)> error;
    std::function<void()> chooseCode; // the quick-code box for the current selection
    std::function<void(CodingId)> editMemo;
    std::function<void(CodingId)> selectCoding;
    std::function<void(const TextRange&)> selectRange;
    std::function<void()> copy;
};

// The menu NVivo and MAXQDA users expect on a right click: code the selection (recent codes with
// their Ctrl+1..9 shortcuts, another code, in vivo), code the whole turn, and for each coding
// under the mouse: select, remove, key quote, memo, and move its range to the selection.
QMenu* buildTranscriptContextMenu(const TranscriptMenuRequest& request,
                                  const TranscriptMenuHandlers& handlers, QWidget* parent);

} // namespace tessera::ui
