#pragma once

#include "common/WorkbenchState.h"

#include <QObject>

namespace tessera::ui {

class ErrorReporter;
class TranscriptView;
class WorkbenchActions;

// The Code menu's keyboard routes: Ctrl+1…Ctrl+9 for the codes used last, in-vivo coding,
// "code this whole turn with the last code", and removing or flagging the selected coding.
// (The quick-code box, drag and drop and the context menus are the other routes.)
class CodingController : public QObject {
    Q_OBJECT

public:
    CodingController(WorkbenchState& state, TranscriptView& transcript, WorkbenchActions& actions,
                     ErrorReporter& reporter, QObject* parent = nullptr);

    void applyRecentCode(int index); // 0-based: Ctrl+1 is 0
    void codeInVivo();
    void codeTurnWithLastCode();
    void removeSelectedCoding();
    void toggleKeyQuote();

private:
    void updateRecentActions();
    // Where the text cursor is when nothing is selected, so "code this turn" needs no drag.
    std::optional<qsizetype> caretPosition() const;

    WorkbenchState& m_state;
    TranscriptView& m_transcript;
    WorkbenchActions& m_actions;
    ErrorReporter& m_reporter;
};

} // namespace tessera::ui
