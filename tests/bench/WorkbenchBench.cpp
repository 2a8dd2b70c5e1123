// The workbench's speed targets on a 300,000-character, ~1,500-turn transcript with 2,000
// codings over 30 codes: show it within 0.3 s, scroll without stutter, and update every pane
// within 50 ms of applying a code. Run by scripts/bench.sh (offscreen unless QT_QPA_PLATFORM is
// set); medians of repetitions, never asserted.

#include "common/CodingOperations.h"
#include "common/WorkbenchState.h"
#include "io/ImportedDocument.h"
#include "models/CodeTreeModel.h"
#include "models/DocumentTreeModel.h"
#include "models/RetrievalModel.h"
#include "models/ThemeTreeModel.h"
#include "project/Project.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <benchmark/benchmark.h>

#include <memory>

namespace tessera::ui {
namespace {

constexpr qsizetype kTextSize = 300000;
constexpr int kCodes = 30;
constexpr int kCodings = 2000;

const char* const kWords[] = {
    "the",      "families",     "we",     "support",  "online", "during",   "lockdown", "and",
    "it",       "was",          "really", "hard",     "to",     "keep",     "in",       "touch",
    "with",     "young",        "people", "because",  "phones", "data",     "visits",   "café",
    "naïve",    "safeguarding", "team",   "meetings", "felt",   "isolated", "at",       "home",
    "children", "services",     "video",  "calls",    "worked", "better",   "than",     "expected"};

// One project for all runs: building it (2,000 codings) takes longer than what is measured.
struct BenchProject {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    DocumentId document;
    int turns = 0;

    BenchProject()
    {
        project = std::move(Project::create(dir.filePath(QStringLiteral("bench.tessera"))).value());
        QRandomGenerator random(300000);
        ImportedDocument imported;
        imported.text = QStringLiteral("Focus group 7 – synthetic benchmark transcript\n\n");
        int second = 0;
        while (imported.text.size() < kTextSize) {
            second += 5 + int(random.bounded(40));
            const int speaker = int(random.bounded(6));
            const QString speakerName =
                speaker == 0 ? QStringLiteral("Facilitator") : QStringLiteral("P%1").arg(speaker);
            imported.text += QStringLiteral("[%1:%2:%3] %4: ")
                                 .arg(second / 3600, 2, 10, QLatin1Char('0'))
                                 .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(second % 60, 2, 10, QLatin1Char('0'))
                                 .arg(speakerName);
            ImportedTurn turn{speakerName, imported.text.size(), 0, qint64(second) * 1000};
            const int words = 14 + int(random.bounded(30));
            for (int w = 0; w < words; ++w) {
                if (w > 0) {
                    imported.text += QLatin1Char(' ');
                }
                imported.text += QString::fromUtf8(kWords[random.bounded(int(std::size(kWords)))]);
            }
            imported.text += QLatin1Char('.');
            turn.end = imported.text.size();
            imported.turns << turn;
            imported.text += QStringLiteral("\n\n");
        }
        turns = int(imported.turns.size());
        document = project->addDocument(QStringLiteral("Bench"), imported, QStringLiteral("b.txt"))
                       .value();

        QList<CodeId> codes;
        for (int i = 0; i < kCodes; ++i) {
            CodeFields fields;
            fields.name = QStringLiteral("Code %1").arg(i + 1);
            codes << project->addCode(fields).value();
        }
        const CoderId other = project->addCoder(QStringLiteral("Second coder")).value();
        QList<NewCoding> codings;
        for (int i = 0; i < kCodings; ++i) {
            const ImportedTurn& turn = imported.turns[random.bounded(int(imported.turns.size()))];
            NewCoding c;
            c.documentId = document;
            c.codeId = codes[random.bounded(kCodes)];
            if (i % 3 == 0) {
                c.coderId = other;
            }
            if (i % 40 == 0) {
                // Some codings span several turns, as whole-exchange codings do.
                c.start = turn.start;
                c.end = std::min(imported.text.size(), turn.end + 1500);
            } else {
                const qsizetype length = turn.end - turn.start;
                c.start = turn.start + random.bounded(qint64(length / 2));
                c.end = std::min(turn.end, c.start + 20 + random.bounded(qint64(length)));
            }
            // Duplicates (same code, coder and range) are refused: nudge them apart.
            c.end = std::max(c.start + 1, c.end - (i % 7));
            codings << c;
        }
        project->addCodings(codings, QStringLiteral("Benchmark codings")).value();
        firstCode = codes.first();
        ThemeFields theme;
        theme.name = QStringLiteral("Benchmark theme");
        const ThemeId themeId = project->addTheme(theme).value();
        for (int i = 0; i < 10; ++i) {
            (void)project->linkCodeToTheme(codes[i], themeId);
        }
        firstTurnStart = imported.turns.first().start;
    }
    CodeId firstCode;
    qsizetype firstTurnStart = 0;
};

BenchProject& benchProject()
{
    static BenchProject instance;
    return instance;
}

// Shows the document and waits for its first paint.
double showDocument(WorkbenchState& state, TranscriptView& view, DocumentId id)
{
    QEventLoop loop;
    const auto connection =
        QObject::connect(&view, &TranscriptView::documentShown, &loop, [&loop] { loop.quit(); });
    QTimer::singleShot(10000, &loop, [&loop] { loop.quit(); });
    QElapsedTimer timer;
    timer.start();
    state.setCurrentDocument(id);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QObject::disconnect(connection);
    return seconds;
}

void BM_ShowDocument(benchmark::State& bench)
{
    BenchProject& data = benchProject();
    WorkbenchState state(*data.project);
    TranscriptView view(state);
    view.resize(1100, 800);
    view.show();
    QCoreApplication::processEvents();
    for (auto _ : bench) {
        state.setCurrentDocument(std::nullopt);
        QCoreApplication::processEvents();
        bench.SetIterationTime(showDocument(state, view, data.document));
    }
    bench.counters["chars"] = double(data.project->document(data.document)->length);
    bench.counters["turns"] = data.turns;
    bench.counters["codings"] = double(data.project->codings().size());
}
BENCHMARK(BM_ShowDocument)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

// Page by page from top to bottom, each page painted (text, highlights and stripes) before
// the next scroll, as a fast wheel scroll would.
void BM_ScrollThroughDocument(benchmark::State& bench)
{
    BenchProject& data = benchProject();
    WorkbenchState state(*data.project);
    TranscriptView view(state);
    view.resize(1100, 800);
    view.show();
    showDocument(state, view, data.document);
    QScrollBar* bar = view.editor()->verticalScrollBar();
    int pages = 0;
    double slowestPage = 0;
    double totalMs = 0;
    int totalPages = 0;
    for (auto _ : bench) {
        bar->setValue(0);
        view.repaint();
        pages = 0;
        QElapsedTimer timer;
        timer.start();
        while (true) {
            QElapsedTimer page;
            page.start();
            view.repaint();
            slowestPage = std::max(slowestPage, double(page.nsecsElapsed()) / 1e6);
            ++pages;
            if (bar->value() >= bar->maximum()) {
                break;
            }
            bar->setValue(bar->value() + bar->pageStep());
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        bench.SetIterationTime(seconds);
        totalMs += seconds * 1000;
        totalPages += pages;
    }
    bench.counters["pages"] = pages;
    bench.counters["ms_per_page"] = totalPages > 0 ? totalMs / totalPages : 0;
    bench.counters["slowest_page_ms"] = slowestPage;
}
BENCHMARK(BM_ScrollThroughDocument)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// "Only my codings" on and off: every highlight and stripe changes, the text stays.
void BM_ToggleCoderFilter(benchmark::State& bench)
{
    BenchProject& data = benchProject();
    WorkbenchState state(*data.project);
    TranscriptView view(state);
    view.resize(1100, 800);
    view.show();
    showDocument(state, view, data.document);
    bool onlyMine = false;
    for (auto _ : bench) {
        onlyMine = !onlyMine;
        QElapsedTimer timer;
        timer.start();
        state.setOnlyMyCodings(onlyMine);
        view.repaint();
        bench.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
}
BENCHMARK(BM_ToggleCoderFilter)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(6)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// Applying a code with every pane open: document tree, code tree, theme tree, retrieval of the
// applied code (each in a view) and the transcript. Measured from the call until the events it
// caused are processed and the transcript repainted.
void BM_ApplyCodeUpdatesEveryPane(benchmark::State& bench)
{
    BenchProject& data = benchProject();
    WorkbenchState state(*data.project);
    TranscriptView view(state);
    view.resize(1100, 800);
    view.show();
    showDocument(state, view, data.document);
    DocumentTreeModel documents(state);
    CodeTreeModel codes(state);
    ThemeTreeModel themes(state);
    RetrievalModel retrieval(state);
    retrieval.showCode(data.firstCode);
    QTreeView documentView;
    documentView.setModel(&documents);
    QTreeView codeView;
    codeView.setModel(&codes);
    QTreeView themeView;
    themeView.setModel(&themes);
    QTableView retrievalView;
    retrievalView.setModel(&retrieval);
    for (QWidget* w :
         std::initializer_list<QWidget*>{&documentView, &codeView, &themeView, &retrievalView}) {
        w->resize(400, 600);
        w->show();
    }
    QCoreApplication::processEvents();
    // Repetitions share the project, so every iteration of every repetition codes a new range.
    static qsizetype start = data.firstTurnStart;
    for (auto _ : bench) {
        QElapsedTimer timer;
        timer.start();
        const auto coding =
            applyCode(state, TextRange{data.document, start, start + 17}, data.firstCode);
        QCoreApplication::processEvents();
        view.repaint();
        bench.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!coding) {
            bench.SkipWithError(coding.error().message.toStdString().c_str());
            break;
        }
        start += 1;
    }
    bench.counters["retrieval_rows"] = retrieval.rowCount();
}
BENCHMARK(BM_ApplyCodeUpdatesEveryPane)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace
} // namespace tessera::ui

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
