#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace tessera::ui {

// What `tessera` was asked to do on its command line (parsed in app/gui/main.cpp).
struct LaunchOptions {
    QString project;  // open this project; the welcome page when empty
    QString document; // then show this document (id or name)
    // Exit 0 as soon as the window has shown the transcript (or painted, without a
    // document); print the error and exit 1 for a bad project or document. For timing
    // start-up from outside; leaves settings untouched.
    bool quitWhenReady = false;
    // Developer options for documentation screenshots.
    QString screenshot; // save a picture of the window here once it is ready, then exit
    QString showCode;   // select this code (path or name) and list its excerpts
    // The tab shown in the middle: "coding", "board", "map", "cases", "cases-documents",
    // "survey", "joint[=ATTRIBUTE]" (ticks the first answer of the first two two-answer
    // survey questions), "matrix[=ATTRIBUTE]" (lists the excerpts of the fullest cell),
    // "agreement[=UNIT]" (char, turn or unitized), "disagreements" (the largest chosen); or a
    // dialog, which the screenshot then shows: "link-speakers" (the shown document's speakers),
    // "import-survey=FILE".
    QString showView;
    QString showTheme;     // choose this theme (path or name) on the board and in the Themes pane
    QStringList hideDocks; // close these panes: documents, codes, themes, retrieval, memo, journal
    QSize windowSize;      // initial window size
};

// Runs the desktop application inside the QApplication that main() created; returns the exit
// code.
int runWorkbench(const LaunchOptions& options);

} // namespace tessera::ui
