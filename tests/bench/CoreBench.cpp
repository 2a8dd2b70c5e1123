// Speed of the core paths the workbench leans on. Run with scripts/bench.sh (medians of
// repetitions); the machine is shared, so compare ratios between runs, not single numbers.

#include "SyntheticStudy.h"
#include "analysis/Retrieval.h"
#include "io/TranscriptImporter.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace tessera;

namespace {

struct BenchProject {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    DocumentId document;
    QList<CodeId> codes;

    BenchProject(int codeCount, int codingCount)
    {
        project = std::move(Project::create(dir.filePath(QStringLiteral("bench.tessera"))).value());
        const ImportedDocument doc = bench::syntheticTranscript(300'000);
        document = project
                       ->addDocument(QStringLiteral("FG7"), doc, QStringLiteral("bench.txt"),
                                     QStringLiteral("Focus group 7"))
                       .value();
        for (int i = 0; i < codeCount; ++i) {
            CodeFields fields;
            fields.name = QStringLiteral("Code %1").arg(i);
            const std::optional<CodeId> parent =
                i >= 50 ? std::optional<CodeId>(codes[i % 50]) : std::nullopt;
            codes << project->addCode(fields, parent).value();
        }
        QList<NewCoding> codings;
        const qsizetype length = doc.text.size();
        for (int i = 0; i < codingCount; ++i) {
            NewCoding c;
            c.documentId = document;
            c.codeId = codes[i % codes.size()];
            c.start = (qsizetype(i) * 149) % (length - 400);
            c.end = c.start + 40 + (i * 13) % 300;
            codings << c;
        }
        (void)project->addCodings(codings, QStringLiteral("bench codings"));
    }
};

void importTranscript300k(benchmark::State& state)
{
    const QByteArray bytes = [] {
        const ImportedDocument doc = bench::syntheticTranscript(300'000);
        return doc.text.toUtf8();
    }();
    for (auto _ : state) {
        auto doc = importTranscriptBytes(bytes, TranscriptFormat::Txt, QStringLiteral("bench.txt"));
        benchmark::DoNotOptimize(doc);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(importTranscript300k)->Unit(benchmark::kMillisecond);

// The write behind "apply a code": one durable transaction (fsync) plus the undo log.
void applyCodeOnBusyProject(benchmark::State& state)
{
    BenchProject bp(30, 2000);
    qsizetype start = 10;
    for (auto _ : state) {
        NewCoding c;
        c.documentId = bp.document;
        c.codeId = bp.codes[0];
        c.start = start;
        c.end = start + 25;
        start += 31;
        benchmark::DoNotOptimize(bp.project->addCoding(c));
    }
}
BENCHMARK(applyCodeOnBusyProject)->Unit(benchmark::kMillisecond);

// What a code tree refresh costs after each action, for 1,000 codes and 2,000 codings.
void codeTreeRefresh1000Codes(benchmark::State& state)
{
    BenchProject bp(1000, 2000);
    for (auto _ : state) {
        benchmark::DoNotOptimize(bp.project->codes());
        benchmark::DoNotOptimize(bp.project->codeCounts());
    }
}
BENCHMARK(codeTreeRefresh1000Codes)->Unit(benchmark::kMillisecond);

// Loading what the transcript view needs for a 300,000-character document with 2,000 codings.
void loadDocumentForView(benchmark::State& state)
{
    BenchProject bp(30, 2000);
    for (auto _ : state) {
        benchmark::DoNotOptimize(bp.project->documentText(bp.document));
        benchmark::DoNotOptimize(bp.project->turns(bp.document));
        CodingFilter filter;
        filter.documentId = bp.document;
        benchmark::DoNotOptimize(bp.project->codings(filter));
    }
}
BENCHMARK(loadDocumentForView)->Unit(benchmark::kMillisecond);

void undoRedoApplyCode(benchmark::State& state)
{
    BenchProject bp(30, 2000);
    NewCoding c;
    c.documentId = bp.document;
    c.codeId = bp.codes[1];
    c.start = 5;
    c.end = 60;
    (void)bp.project->addCoding(c);
    for (auto _ : state) {
        (void)bp.project->undo();
        (void)bp.project->redo();
    }
}
BENCHMARK(undoRedoApplyCode)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
