#include "WorkbenchFixture.h"

#include "sample/SampleStudy.h"
#include "transcript/TranscriptView.h"
#include "workbench/WorkbenchSession.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>

namespace tessera::ui::test {

void WorkbenchFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_projectPath = m_dir.filePath(QStringLiteral("sample.tessera"));
    m_settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        auto created = createSampleStudy(m_projectPath);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    m_window = makeWindow();
    showAndActivate(*m_window);
    ASSERT_TRUE(m_window->openProject(m_projectPath));
    ASSERT_NE(m_window->session(), nullptr);
}

void WorkbenchFixture::TearDown()
{
    m_window.reset();
}

std::unique_ptr<MainWindow> WorkbenchFixture::makeWindow()
{
    WorkbenchEnvironment environment;
    environment.settingsFile = m_settingsPath;
    environment.sampleDirectory = m_dir.filePath(QStringLiteral("sample"));
    environment.showMessageBoxes = false;
    ScriptedAnswers* answers = &m_answers;
    UserPrompts& prompts = environment.prompts;
    prompts.confirm = [answers](QWidget*, const QString&, const QString& text, const QString&) {
        ++answers->questions;
        answers->confirmTexts << text;
        return answers->confirm;
    };
    prompts.chooseAction = [answers](QWidget*, const QPoint&, const QStringList& choices) {
        ++answers->questions;
        answers->actionChoices = choices;
        return answers->chooseAction;
    };
    prompts.askText = [answers](QWidget*, const QString&, const QString&, const QString&) {
        ++answers->questions;
        return answers->text;
    };
    prompts.askItem = [answers](QWidget*, const QString&, const QString&, const QStringList&) {
        ++answers->questions;
        return answers->item;
    };
    prompts.askColor = [answers](QWidget*, const QColor&, const QString&) {
        ++answers->questions;
        return answers->color;
    };
    prompts.openFiles = [answers](QWidget*, const QString&, const QString&) {
        ++answers->questions;
        return answers->openFiles;
    };
    prompts.openFile = [answers](QWidget*, const QString&, const QString&) {
        ++answers->questions;
        return answers->openFile;
    };
    prompts.saveFile = [answers](QWidget*, const QString&, const QString&, const QString&) {
        ++answers->questions;
        return answers->saveFile;
    };
    return std::make_unique<MainWindow>(std::move(environment));
}

void WorkbenchFixture::showAndActivate(QWidget& window)
{
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

WorkbenchSession& WorkbenchFixture::session() const
{
    return *m_window->session();
}

Project& WorkbenchFixture::project() const
{
    return session().project();
}

std::unique_ptr<Project> WorkbenchFixture::reopen() const
{
    auto project = Project::open(m_projectPath);
    EXPECT_TRUE(project.ok()) << project.error().message.toStdString();
    return project ? std::move(project).value() : nullptr;
}

DocumentId WorkbenchFixture::documentNamed(const QString& name) const
{
    auto document = project().findDocument(name);
    EXPECT_TRUE(document.ok()) << name.toStdString();
    return document ? document->id : DocumentId();
}

CodeId WorkbenchFixture::codeAt(const QString& pathOrName) const
{
    if (auto code = project().findCodeByPath(pathOrName)) {
        return code->id;
    }
    for (const Code& code : project().codes()) {
        if (code.fields.name == pathOrName) {
            return code.id;
        }
    }
    ADD_FAILURE() << "no code " << pathOrName.toStdString();
    return CodeId();
}

void WorkbenchFixture::selectInTranscript(qsizetype start, qsizetype end)
{
    QPlainTextEdit* editor = session().transcript()->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    const TextRange selection = session().state().selection();
    ASSERT_EQ(selection.document, *session().state().currentDocument());
    ASSERT_EQ(selection.start, start);
    ASSERT_EQ(selection.end, end);
}

std::pair<qsizetype, qsizetype> WorkbenchFixture::turnSpeech(int index) const
{
    const QList<Turn> turns = project().turns(*session().state().currentDocument());
    EXPECT_LT(index, turns.size());
    return {turns.value(index).start, turns.value(index).end};
}

int WorkbenchFixture::storedCodingCount(const QString& codePath, std::optional<qsizetype> start,
                                        std::optional<qsizetype> end) const
{
    auto stored = reopen();
    if (!stored) {
        return -1;
    }
    auto code = stored->findCodeByPath(codePath);
    if (!code) {
        return 0;
    }
    CodingFilter filter;
    filter.codeId = code->id;
    int count = 0;
    for (const Coding& coding : stored->codings(filter)) {
        if ((!start || coding.start == *start) && (!end || coding.end == *end)) {
            ++count;
        }
    }
    return count;
}

void WorkbenchFixture::pressKeys(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(target, key, modifiers);
    QApplication::processEvents();
}

} // namespace tessera::ui::test
