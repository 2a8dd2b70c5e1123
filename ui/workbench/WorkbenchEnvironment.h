#pragma once

#include "UserPrompts.h"

#include <QString>

#include <memory>

class QSettings;

namespace tessera::ui {

// What the window takes from its surroundings, passed in so tests choose each part: where
// settings live, where the sample study is created, and how questions are asked.
struct WorkbenchEnvironment {
    // An INI file for settings (recent projects, window layout); empty = the user's QSettings.
    QString settingsFile;
    // Folder for the sample study; empty = QStandardPaths::AppDataLocation.
    QString sampleDirectory;
    // Informational message boxes (import summaries, error details); tests turn them off and
    // read ErrorReporter instead.
    bool showMessageBoxes = true;
    // Whether opening projects and closing the window update the recent list and the saved
    // layout; off for measuring runs (--quit-when-ready), which must leave no trace.
    bool rememberSession = true;
    UserPrompts prompts = UserPrompts::interactive();

    std::unique_ptr<QSettings> settings() const;
    QString samplePath() const;
};

} // namespace tessera::ui
