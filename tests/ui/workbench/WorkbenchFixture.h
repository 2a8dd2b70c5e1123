#pragma once

#include "project/Project.h"
#include "workbench/MainWindow.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <ostream>

// GoogleTest would print a QString as UTF-16 code units; show the text. Global namespace, where
// argument-dependent lookup finds it for QString.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace tessera::ui {
class WorkbenchSession;
}

namespace tessera::ui::test {

// Answers the window's questions instead of a user, and remembers what was asked.
struct ScriptedAnswers {
    bool confirm = true;
    int chooseAction = -1;
    std::optional<QString> text;
    std::optional<int> item;
    std::optional<QColor> color;
    QStringList openFiles;
    QString openFile;
    QString saveFile;

    QStringList confirmTexts;  // the questions asked, in order
    QStringList actionChoices; // the last popup's choices
    int questions = 0;
};

// A real MainWindow over a fresh copy of the sample study in a temporary folder, with its own
// settings file and scripted answers, shown and active so shortcuts work.
class WorkbenchFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // A window sharing this fixture's settings file and answers (for restore round-trips).
    std::unique_ptr<MainWindow> makeWindow();
    void showAndActivate(QWidget& window);

    WorkbenchSession& session() const;
    Project& project() const;
    // A second connection to the project file: what is really stored.
    std::unique_ptr<Project> reopen() const;

    DocumentId documentNamed(const QString& name) const;
    CodeId codeAt(const QString& pathOrName) const;
    // Selects [start, end) of the current document in the transcript editor, as a user would
    // with the keyboard, and checks that the view reported it to the shared state.
    void selectInTranscript(qsizetype start, qsizetype end);
    // The speech of turn `index` of the current document.
    std::pair<qsizetype, qsizetype> turnSpeech(int index) const;
    int storedCodingCount(const QString& codePath, std::optional<qsizetype> start = std::nullopt,
                          std::optional<qsizetype> end = std::nullopt) const;
    void pressKeys(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers);

    QTemporaryDir m_dir;
    QString m_projectPath;
    QString m_settingsPath;
    ScriptedAnswers m_answers;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tessera::ui::test
