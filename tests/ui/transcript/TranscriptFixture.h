#pragma once

// A real project file in a temporary folder with one hand-built transcript (speaker labels with
// timestamps, an emoji and non-ASCII letters), three codes, two coders, and a TranscriptView
// shown on the offscreen platform. Tests act through the view and check what the project file
// holds by opening it a second time.

#include "common/WorkbenchState.h"
#include "project/Project.h"
#include "transcript/TranscriptView.h"

#include <QPoint>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QAction;
class QMenu;

void PrintTo(const QString& value, std::ostream* os);

namespace tessera::ui {
void PrintTo(const TextRange& range, std::ostream* os);
}

namespace tessera::ui::test {

class TranscriptTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // The transcript's text and the speech of each turn.
    static QString transcriptText();
    qsizetype positionOf(const QString& needle, qsizetype from = 0) const;
    TextRange rangeOf(const QString& needle) const;

    // A second connection to the project file: what was durably stored.
    std::unique_ptr<Project> reopen() const;
    QList<Coding> storedCodings() const;

    // Viewport point over the character at `position` (just right of its left edge).
    QPoint pointAt(qsizetype position) const;
    // Selects [start, end) in the editor as a keyboard/programmatic selection would.
    void selectInEditor(qsizetype start, qsizetype end);
    // True when the highlighter gave the character at `position` a background.
    bool isHighlighted(qsizetype position) const;

    CodingId addCoding(CodeId code, const TextRange& range, std::optional<CoderId> coder = {});

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<WorkbenchState> m_state;
    std::unique_ptr<TranscriptView> m_view;
    DocumentId m_document;
    QList<Turn> m_turns;
    CodeId m_isolation;
    CodeId m_online;
    CodeId m_wellbeing;
    CoderId m_me;
    CoderId m_sam;
};

// Menu lookups by visible text (mnemonic ampersands ignored), searching submenus too.
QAction* findAction(QMenu* menu, const QString& text);
QMenu* findSubMenu(QMenu* menu, const QString& title);

} // namespace tessera::ui::test
