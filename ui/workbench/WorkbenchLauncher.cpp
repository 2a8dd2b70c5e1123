#include "WorkbenchLauncher.h"

#include "CodePane.h"
#include "ErrorReporter.h"
#include "MainWindow.h"
#include "RetrievalPane.h"
#include "WorkbenchSession.h"
#include "board/ThemeBoard.h"
#include "cases/CasesController.h"
#include "cases/CasesView.h"
#include "cases/SpeakerLinkDialog.h"
#include "cases/TableFileReader.h"
#include "mixed/AnalysisChoices.h"
#include "mixed/AttributeMatrixModel.h"
#include "mixed/JointDisplayPanel.h"
#include "mixed/MatrixPanel.h"
#include "mixed/MixedMethodsView.h"
#include "mixed/SurveyImportDialog.h"
#include "project/Project.h"
#include "team/AgreementPanel.h"
#include "team/AgreementView.h"
#include "team/DisagreementPanel.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>

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

// Ticks the first answer of the first two yes/no-like questions (two answers), so a joint
// display picture shows survey rows under the themes.
void tickSampleSurveyItems(JointDisplayPanel& joint)
{
    QTreeWidget* items = joint.itemsTree();
    int ticked = 0;
    for (int q = 0; q < items->topLevelItemCount() && ticked < 2; ++q) {
        if (QTreeWidgetItem* question = items->topLevelItem(q); question->childCount() == 2) {
            question->child(0)->setCheckState(0, Qt::Checked);
            ++ticked;
        }
    }
}

// Lists the excerpts of the cell with the most participants (Total column aside).
void showFullestCell(MatrixPanel& matrix)
{
    AttributeMatrixModel* model = matrix.model();
    QModelIndex fullest;
    int most = 0;
    for (int row = 0; row + 1 < model->rowCount(); ++row) {
        for (int column = 1; column + 1 < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (const int n = index.data(AttributeMatrixModel::ParticipantsRole).toInt();
                n > most) {
                most = n;
                fullest = index;
            }
        }
    }
    if (fullest.isValid()) {
        matrix.showCell(fullest);
    }
}

// Shows the Agreement tab (or its disagreements) with its figures computed.
QString showAgreement(WorkbenchSession& session, bool disagreements, const QString& unit)
{
    AgreementView* view = session.agreement();
    view->showTab(disagreements ? AgreementView::Tab::Disagreements
                                : AgreementView::Tab::Agreement);
    if (!unit.isEmpty()) {
        const auto chosen = agreementUnitFromName(unit);
        if (!chosen) {
            return QStringLiteral("agreement=UNIT takes char, turn or unitized, not “%1”.")
                .arg(unit);
        }
        view->agreement()->setUnit(*chosen);
    }
    view->refreshAndWait();
    if (disagreements) {
        view->disagreements()->selectRow(0);
    } else if (const auto& report = view->agreement()->report()) {
        // The code most coded by either coder, opened on its documents' figures.
        int fullest = -1;
        qint64 most = 0;
        for (int i = 0; i < report->perCode.size(); ++i) {
            const auto& table = report->perCode[i].table;
            if (const qint64 coded = table ? table->total() - table->neither : 0; coded > most) {
                most = coded;
                fullest = i;
            }
        }
        if (QTreeWidgetItem* item = view->agreement()->resultsTree()->topLevelItem(fullest)) {
            item->setExpanded(true);
        }
    }
    return {};
}

// Applies --show-view; returns an error message, empty when done. A dialog it opens becomes
// the screenshot's subject.
QString showView(WorkbenchSession& session, const QString& view, QPointer<QWidget>& subject)
{
    const QString name = view.section(QLatin1Char('='), 0, 0);
    const QString argument = view.section(QLatin1Char('='), 1);
    const QHash<QString, WorkbenchSession::CentralView> tabs = {
        {QStringLiteral("coding"), WorkbenchSession::CentralView::Coding},
        {QStringLiteral("board"), WorkbenchSession::CentralView::ThemeBoard},
        {QStringLiteral("map"), WorkbenchSession::CentralView::ThematicMap},
        {QStringLiteral("cases"), WorkbenchSession::CentralView::Cases},
        {QStringLiteral("cases-documents"), WorkbenchSession::CentralView::Cases},
        {QStringLiteral("survey"), WorkbenchSession::CentralView::MixedMethods},
        {QStringLiteral("joint"), WorkbenchSession::CentralView::MixedMethods},
        {QStringLiteral("matrix"), WorkbenchSession::CentralView::MixedMethods},
        {QStringLiteral("agreement"), WorkbenchSession::CentralView::Agreement},
        {QStringLiteral("disagreements"), WorkbenchSession::CentralView::Agreement}};
    if (name == QLatin1String("link-speakers")) {
        session.casesController()->linkSpeakersOfCurrentDocument();
        subject = session.casesController()->linkDialog();
        return subject ? QString() : QStringLiteral("no document with speakers to link");
    }
    if (name == QLatin1String("import-survey")) {
        session.casesController()->importSurveyFrom(argument);
        SurveyImportDialog* dialog = session.casesController()->surveyDialog();
        dialog->reader()->waitForFinished();
        subject = dialog;
        return {};
    }
    if (!tabs.contains(name)) {
        return QStringLiteral("--show-view takes coding, board, map, cases, cases-documents, "
                              "survey, joint[=ATTRIBUTE], matrix[=ATTRIBUTE], agreement[=UNIT], "
                              "disagreements, link-speakers or import-survey=FILE, not “%1”.")
            .arg(view);
    }
    session.showCentral(tabs.value(name));
    if (name == QLatin1String("cases-documents")) {
        session.cases()->showScope(AttributeScope::Document);
    } else if (name == QLatin1String("cases")) {
        // A chosen participant shows what choosing one does: its memo in the Memo pane.
        const QList<Participant> people = session.project().participants();
        if (!people.isEmpty()) {
            session.cases()->selectOwner(AttributeScope::Participant, people.first().id.value);
        }
    }
    if (name == QLatin1String("agreement") || name == QLatin1String("disagreements")) {
        return showAgreement(session, name == QLatin1String("disagreements"), argument);
    }
    MixedMethodsView* mixed = session.mixedMethods();
    if (name == QLatin1String("joint") || name == QLatin1String("matrix")) {
        const bool joint = name == QLatin1String("joint");
        mixed->showTab(joint ? MixedMethodsView::Tab::Joint : MixedMethodsView::Tab::Matrix);
        mixed->refreshAll();
        QComboBox* attributes =
            joint ? mixed->joint()->attributeBox() : mixed->matrix()->attributeBox();
        if (!argument.isEmpty() && !chooseAttribute(attributes, argument)) {
            return QStringLiteral("There is no attribute “%1”.").arg(argument);
        }
        if (joint) {
            tickSampleSurveyItems(*mixed->joint());
        } else {
            showFullestCell(*mixed->matrix());
        }
    } else if (name == QLatin1String("survey")) {
        mixed->showTab(MixedMethodsView::Tab::Summary);
    }
    return {};
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
    QPointer<QWidget> subject; // a dialog to picture instead of the window
    if (session && !options.showView.isEmpty()) {
        window.show(); // dialogs are placed over a shown window
        if (const QString error = showView(*session, options.showView, subject); !error.isEmpty()) {
            printError(error);
            return 1;
        }
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
    const auto finish = [&window, &options, &exitCode, &subject] {
        if (!options.screenshot.isEmpty()) {
            QTimer::singleShot(
                kScreenshotDelayMs, &window, [&window, &options, &exitCode, &subject] {
                    QWidget* pictured = subject ? subject.data() : &window;
                    if (!pictured->grab().save(options.screenshot)) {
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
