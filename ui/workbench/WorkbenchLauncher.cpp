#include "WorkbenchLauncher.h"

#include "CodePane.h"
#include "ErrorReporter.h"
#include "MainWindow.h"
#include "RetrievalPane.h"
#include "WorkbenchSession.h"
#include "board/ThemeBoard.h"
#include "project/Project.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace tessera::ui {
namespace {

// How long a measuring run may take before it gives up: far beyond any real start-up, only
// there so a broken display never leaves a script waiting for ever.
constexpr int kReadyTimeoutMs = 120000;
// A screenshot waits a moment after the first paint for late layout (header sizes, stripes).
constexpr int kScreenshotDelayMs = 700;

void printError(const QString& message)
{
    std::fprintf(stderr, "tessera: %s\n", message.toLocal8Bit().constData());
}

// Tells when the window has painted for the first time.
class FirstPaintWatcher : public QObject {
public:
    FirstPaintWatcher(QWidget& window, std::function<void()> onPaint)
        : QObject(&window), m_window(window), m_onPaint(std::move(onPaint))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_onPaint && watched->isWidgetType() &&
            (watched == &m_window || m_window.isAncestorOf(static_cast<QWidget*>(watched)))) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, std::exchange(m_onPaint, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget& m_window;
    std::function<void()> m_onPaint;
};

std::optional<CodeId> findCode(const Project& project, const QString& pathOrName)
{
    if (auto code = project.findCodeByPath(pathOrName)) {
        return code->id;
    }
    for (const Code& code : project.codes()) {
        if (code.fields.name.compare(pathOrName, Qt::CaseInsensitive) == 0) {
            return code.id;
        }
    }
    return std::nullopt;
}

} // namespace

int runWorkbench(const LaunchOptions& options)
{
    const bool measuring = options.quitWhenReady || !options.screenshot.isEmpty();
    WorkbenchEnvironment environment;
    environment.rememberSession = !measuring;
    environment.showMessageBoxes = !measuring;
    MainWindow window(std::move(environment));
    if (options.windowSize.isValid()) {
        window.resize(options.windowSize);
    }

    std::optional<DocumentId> wanted;
    if (!options.project.isEmpty()) {
        auto project = Project::open(options.project);
        if (!project) {
            if (measuring) {
                printError(project.error().message);
                return 1;
            }
            window.reporter().showFailure(QApplication::translate("tessera", "Cannot Open Project"),
                                          project.error().message);
        } else {
            window.attachProject(std::move(project).value());
        }
    }
    WorkbenchSession* session = window.session();
    if (session && !options.document.isEmpty()) {
        auto document = session->project().findDocument(options.document);
        if (!document) {
            if (measuring) {
                printError(document.error().message);
                return 1;
            }
            window.reporter().showProblem(document.error().message);
        } else {
            wanted = document->id;
            session->state().setCurrentDocument(document->id);
        }
    }
    if (session && !options.showCode.isEmpty()) {
        const auto code = findCode(session->project(), options.showCode);
        if (!code) {
            printError(QStringLiteral("There is no code “%1”.").arg(options.showCode));
            return 1;
        }
        session->codes()->selectCode(*code);
        session->retrieval()->showCode(*code, false);
    }
    if (session && !options.showTheme.isEmpty()) {
        auto theme = session->project().findTheme(options.showTheme);
        if (!theme) {
            printError(theme.error().message);
            return 1;
        }
        session->board()->selectTheme(theme->id);
    }
    if (session && !options.showView.isEmpty()) {
        const QHash<QString, WorkbenchSession::CentralView> views = {
            {QStringLiteral("coding"), WorkbenchSession::CentralView::Coding},
            {QStringLiteral("board"), WorkbenchSession::CentralView::ThemeBoard},
            {QStringLiteral("map"), WorkbenchSession::CentralView::ThematicMap}};
        if (!views.contains(options.showView)) {
            printError(QStringLiteral("--show-view takes coding, board or map, not “%1”.")
                           .arg(options.showView));
            return 1;
        }
        session->showCentral(views.value(options.showView));
    }
    for (const QString& pane : options.hideDocks) {
        auto* dock = window.findChild<QDockWidget*>(pane + QStringLiteral("Dock"));
        if (!dock) {
            printError(QStringLiteral("There is no pane “%1”.").arg(pane));
            return 1;
        }
        dock->hide();
    }

    int exitCode = 0;
    const auto finish = [&window, &options, &exitCode] {
        if (!options.screenshot.isEmpty()) {
            QTimer::singleShot(kScreenshotDelayMs, &window, [&window, &options, &exitCode] {
                if (!window.grab().save(options.screenshot)) {
                    printError(QStringLiteral("could not write %1")
                                   .arg(QDir::toNativeSeparators(options.screenshot)));
                    exitCode = 1;
                }
                QCoreApplication::exit(exitCode);
            });
            return;
        }
        QCoreApplication::exit(0);
    };
    if (measuring) {
        if (wanted && session) {
            QObject::connect(session->transcript(), &TranscriptView::documentShown, &window,
                             [wanted, finish](DocumentId shown) {
                                 if (shown == *wanted) {
                                     finish();
                                 }
                             });
        } else {
            new FirstPaintWatcher(window, finish);
        }
        QTimer::singleShot(kReadyTimeoutMs, &window, [] {
            printError(QStringLiteral("the window did not become ready; giving up."));
            QCoreApplication::exit(1);
        });
    }
    window.show();
    return QApplication::exec();
}

} // namespace tessera::ui
