#include "Cli.h"
#include "project/Project.h"
#include "team/CodebookComparison.h"
#include "team/ProjectMerge.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <variant>

namespace tessera::cli {
namespace {

// Merging a colleague's project and codebook review (docs/team-work.md).

const QString kReviewSynopsis =
    QStringLiteral("PROJECT [CODE] [--status proposed|accepted|\"needs discussion\" | --clear]");

constexpr int kCellWidth = 60;

// One line of at most kCellWidth characters, for side-by-side output.
QString cell(const QString& text)
{
    const QString line = text.simplified();
    if (line.isEmpty()) {
        return QStringLiteral("(empty)");
    }
    return line.size() <= kCellWidth ? line : line.left(kCellWidth - 1) + QChar(0x2026);
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// --- merge ----------------------------------------------------------------------------------

QJsonObject mergeJson(const MergeReport& r)
{
    QJsonArray conflicts;
    for (const MergeConflict& c : r.conflicts) {
        conflicts.append(QJsonObject{{QStringLiteral("code"), c.code},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("ours"), c.ours},
                                     {QStringLiteral("theirs"), c.theirs}});
    }
    return QJsonObject{{QStringLiteral("source"), r.source},
                       {QStringLiteral("documents_added"), r.documentsAdded},
                       {QStringLiteral("documents_matched"), r.documentsMatched},
                       {QStringLiteral("codes_added"), r.codesAdded},
                       {QStringLiteral("codes_matched"), r.codesMatched},
                       {QStringLiteral("coders_added"), r.codersAdded},
                       {QStringLiteral("coders_matched"), r.codersMatched},
                       {QStringLiteral("codings_added"), r.codingsAdded},
                       {QStringLiteral("codings_skipped"), r.codingsSkipped},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

QString mergeText(const MergeReport& r, const QString& project)
{
    QStringList lines{
        QStringLiteral("Merged %1 into %2:").arg(QFileInfo(r.source).fileName(), project),
        QStringLiteral("  documents  %1 added, %2 matched by their text")
            .arg(r.documentsAdded)
            .arg(r.documentsMatched),
        QStringLiteral("  codes      %1 added, %2 matched").arg(r.codesAdded).arg(r.codesMatched),
        QStringLiteral("  coders     %1 added, %2 matched").arg(r.codersAdded).arg(r.codersMatched),
        QStringLiteral("  codings    %1 added, %2 already here")
            .arg(r.codingsAdded)
            .arg(r.codingsSkipped)};
    if (!r.conflicts.isEmpty()) {
        lines << QString() << QStringLiteral("Definitions that differ (this project's kept):");
        for (const MergeConflict& c : r.conflicts) {
            lines << QStringLiteral("  %1 — %2").arg(c.code, c.field)
                  << QStringLiteral("    ours:   %1").arg(cell(c.ours))
                  << QStringLiteral("    theirs: %1").arg(cell(c.theirs));
        }
    }
    if (!r.warnings.isEmpty()) {
        lines << QString() << QStringLiteral("Notes:");
        for (const QString& w : r.warnings) {
            lines << QStringLiteral("  - ") + w;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int merge(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    auto report = mergeProjectFile(**project, line.at(1));
    if (!report) {
        return out.fail(report.error());
    }
    return out.print(mergeJson(*report), mergeText(*report, line.at(0)));
}

// --- compare-codebooks ------------------------------------------------------------------------

QJsonArray refsJson(const QList<CodebookCodeRef>& refs)
{
    QJsonArray list;
    for (const CodebookCodeRef& r : refs) {
        list.append(
            QJsonObject{{QStringLiteral("guid"), r.guid}, {QStringLiteral("path"), r.path}});
    }
    return list;
}

QJsonObject comparisonJson(const CodebookComparison& c, const QStringList& warnings)
{
    QJsonArray renamed;
    for (const CodebookRename& r : c.renamed) {
        renamed.append(QJsonObject{{QStringLiteral("guid"), r.guid},
                                   {QStringLiteral("from"), r.from},
                                   {QStringLiteral("to"), r.to}});
    }
    QJsonArray moved;
    for (const CodebookMove& m : c.moved) {
        moved.append(QJsonObject{{QStringLiteral("guid"), m.guid},
                                 {QStringLiteral("from"), m.from},
                                 {QStringLiteral("to"), m.to},
                                 {QStringLiteral("from_parent"), m.fromParent},
                                 {QStringLiteral("to_parent"), m.toParent}});
    }
    QJsonArray changed;
    for (const CodebookChange& ch : c.changed) {
        QJsonArray fields;
        for (const CodebookFieldChange& f : ch.fields) {
            fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                      {QStringLiteral("a"), f.a},
                                      {QStringLiteral("b"), f.b}});
        }
        changed.append(QJsonObject{{QStringLiteral("guid"), ch.guid},
                                   {QStringLiteral("path"), ch.path},
                                   {QStringLiteral("fields"), fields}});
    }
    return QJsonObject{{QStringLiteral("a"), c.a},
                       {QStringLiteral("b"), c.b},
                       {QStringLiteral("codes_a"), c.codesInA},
                       {QStringLiteral("codes_b"), c.codesInB},
                       {QStringLiteral("added"), refsJson(c.added)},
                       {QStringLiteral("removed"), refsJson(c.removed)},
                       {QStringLiteral("renamed"), renamed},
                       {QStringLiteral("moved"), moved},
                       {QStringLiteral("changed"), changed},
                       {QStringLiteral("unchanged"), c.unchanged},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

// "A | B" output: section headings, and rows whose left cells are padded to one width.
class SideBySide {
public:
    void heading(const QString& text, qsizetype count)
    {
        m_lines << Line{QStringLiteral("%1: %2").arg(text).arg(count)};
    }
    void row(const QString& a, const QString& b) { m_lines << Line{std::pair{a, b}}; }
    void note(const QString& text) { m_lines << Line{text}; }

    QString text() const
    {
        qsizetype width = 0;
        for (const Line& l : m_lines) {
            if (const auto* pair = std::get_if<std::pair<QString, QString>>(&l.content)) {
                width = std::max(width, pair->first.size());
            }
        }
        QStringList out;
        for (const Line& l : m_lines) {
            if (const auto* pair = std::get_if<std::pair<QString, QString>>(&l.content)) {
                QString row = QStringLiteral("  ") + pair->first.leftJustified(width) +
                              QStringLiteral(" | ") + pair->second;
                while (row.endsWith(QLatin1Char(' '))) {
                    row.chop(1);
                }
                out << row;
            } else {
                out << std::get<QString>(l.content);
            }
        }
        return out.join(QLatin1Char('\n'));
    }

private:
    struct Line {
        std::variant<QString, std::pair<QString, QString>> content;
    };
    QList<Line> m_lines;
};

QString comparisonText(const CodebookComparison& c, const QStringList& warnings)
{
    SideBySide view;
    const auto codes = [](int n) {
        return n == 1 ? QStringLiteral("1 code") : QStringLiteral("%1 codes").arg(n);
    };
    view.note(QStringLiteral("A: %1 (%2)").arg(c.a, codes(c.codesInA)));
    view.note(QStringLiteral("B: %1 (%2)").arg(c.b, codes(c.codesInB)));
    view.note(QString());
    view.row(QStringLiteral("A"), QStringLiteral("B"));
    view.heading(QStringLiteral("Added in B"), c.added.size());
    for (const CodebookCodeRef& r : c.added) {
        view.row(QStringLiteral("-"), r.path);
    }
    view.heading(QStringLiteral("Removed from A"), c.removed.size());
    for (const CodebookCodeRef& r : c.removed) {
        view.row(r.path, QStringLiteral("-"));
    }
    view.heading(QStringLiteral("Renamed"), c.renamed.size());
    for (const CodebookRename& r : c.renamed) {
        view.row(r.from, r.to);
    }
    view.heading(QStringLiteral("Moved to another parent"), c.moved.size());
    for (const CodebookMove& m : c.moved) {
        view.row(m.from, m.to);
    }
    view.heading(QStringLiteral("Definitions changed"), c.changed.size());
    for (const CodebookChange& ch : c.changed) {
        for (const CodebookFieldChange& f : ch.fields) {
            view.note(QStringLiteral("  %1 — %2").arg(ch.path, f.field));
            view.row(QStringLiteral("  ") + cell(f.a), cell(f.b));
        }
    }
    view.note(QStringLiteral("Unchanged: %1").arg(c.unchanged));
    QString text = view.text();
    for (const QString& w : warnings) {
        text += QStringLiteral("\nNote: ") + w;
    }
    return text;
}

int compareCodebooksCommand(const CommandLine& line, const Output& out)
{
    auto a = readCodebook(line.at(0));
    if (!a) {
        return out.fail(a.error());
    }
    auto b = readCodebook(line.at(1));
    if (!b) {
        return out.fail(b.error());
    }
    const CodebookComparison comparison = compareCodebooks(*a, *b);
    const QStringList warnings = a->warnings + b->warnings;
    return out.print(comparisonJson(comparison, warnings), comparisonText(comparison, warnings));
}

// --- code-review and code-comment -------------------------------------------------------------

QJsonObject reviewJson(const Project& p, const Code& code)
{
    QJsonArray comments;
    for (const CodeComment& c : p.codeComments(code.id)) {
        comments.append(QJsonObject{{QStringLiteral("id"), double(c.id.value)},
                                    {QStringLiteral("coder"), c.coderName},
                                    {QStringLiteral("created_at"), isoTime(c.createdAt)},
                                    {QStringLiteral("text"), c.text}});
    }
    const auto status = p.codeReviewStatus(code.id);
    return QJsonObject{{QStringLiteral("code"), code.path},
                       {QStringLiteral("guid"), code.guid},
                       {QStringLiteral("status"), status ? QJsonValue(codeReviewStatusName(*status))
                                                         : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("comments"), comments}};
}

QString reviewText(const Project& p, const Code& code)
{
    const auto status = p.codeReviewStatus(code.id);
    QStringList lines{QStringLiteral("%1  [%2]")
                          .arg(code.path, status ? codeReviewStatusName(*status)
                                                 : QStringLiteral("not reviewed"))};
    for (const CodeComment& c : p.codeComments(code.id)) {
        lines << QStringLiteral("  #%1 %2, %3: %4")
                     .arg(c.id.value)
                     .arg(c.coderName.isEmpty() ? QStringLiteral("(unknown)") : c.coderName,
                          c.createdAt.toUTC().date().toString(Qt::ISODate), c.text.simplified());
    }
    return lines.join(QLatin1Char('\n'));
}

int codeReview(const CommandLine& line, const Output& out)
{
    const auto statusName = line.optional(QStringLiteral("status"));
    const bool clear = line.has(QStringLiteral("clear"));
    const QString synopsis = synopsisOf(QStringLiteral("code-review"), kReviewSynopsis);
    if ((statusName || clear) && line.positional().size() < 2) {
        return out.usage(QStringLiteral("Name the code whose status to set."), synopsis);
    }
    if (statusName && clear) {
        return out.usage(QStringLiteral("Give either --status or --clear, not both."), synopsis);
    }
    std::optional<CodeReviewStatus> status;
    if (statusName) {
        status = codeReviewStatusFromName(*statusName);
        if (!status) {
            return out.usage(QStringLiteral("Unknown review status “%1”; use proposed, accepted "
                                            "or \"needs discussion\".")
                                 .arg(*statusName),
                             synopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    if (line.positional().size() < 2) {
        QJsonArray list;
        QStringList lines;
        for (const Code& code : p.codes()) {
            list.append(reviewJson(p, code));
            lines << reviewText(p, code);
        }
        return out.print(list, lines.isEmpty() ? QStringLiteral("No codes.")
                                               : lines.join(QLatin1Char('\n')));
    }
    auto code = p.findCodeByPath(line.at(1));
    if (!code) {
        return out.fail(code.error());
    }
    if (statusName || clear) {
        if (auto st = p.setCodeReviewStatus(code->id, status); !st) {
            return out.fail(st.error());
        }
    }
    return out.print(reviewJson(p, *code), reviewText(p, *code));
}

int codeComment(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    auto code = p.findCodeByPath(line.at(1));
    if (!code) {
        return out.fail(code.error());
    }
    std::optional<CoderId> coder;
    if (auto name = line.optional(QStringLiteral("coder"))) {
        auto found = p.findCoder(*name);
        if (!found) {
            return out.fail(found.error());
        }
        coder = found->id;
    }
    auto id = p.addCodeComment(code->id, line.at(2), coder);
    if (!id) {
        return out.fail(id.error());
    }
    const QList<CodeComment> comments = p.codeComments(code->id);
    const auto added = std::find_if(comments.cbegin(), comments.cend(),
                                    [&](const CodeComment& c) { return c.id == *id; });
    const CodeComment comment = added == comments.cend() ? CodeComment{} : *added;
    return out.print(QJsonObject{{QStringLiteral("id"), double(id->value)},
                                 {QStringLiteral("code"), code->path},
                                 {QStringLiteral("coder"), comment.coderName},
                                 {QStringLiteral("created_at"), isoTime(comment.createdAt)},
                                 {QStringLiteral("text"), comment.text}},
                     QStringLiteral("Comment #%1 by %2 on “%3”.")
                         .arg(id->value)
                         .arg(comment.coderName, code->path));
}

} // namespace

QList<Command> reviewCommands()
{
    return {
        {{QStringLiteral("merge"), QStringLiteral("PROJECT OTHER"), 2, 2, {}, {}},
         QStringLiteral("Merge a colleague's project (.tessera or .qdpx) into PROJECT as one "
                        "undoable step: documents matched by text, codes by GUID then path, "
                        "coders by GUID then name; differing definitions listed, ours kept."),
         &merge},
        {{QStringLiteral("compare-codebooks"), QStringLiteral("A B"), 2, 2, {}, {}},
         QStringLiteral("Compare two codebooks (.tessera, .qdc or .qdpx): codes added, removed, "
                        "renamed, moved and with changed definitions, side by side."),
         &compareCodebooksCommand},
        {{QStringLiteral("code-review"),
          kReviewSynopsis,
          1,
          2,
          {QStringLiteral("status")},
          {QStringLiteral("clear")}},
         QStringLiteral("Set (or clear) a code's review status; without options, show the "
                        "review status and comments of one code or of all."),
         &codeReview},
        {{QStringLiteral("code-comment"),
          QStringLiteral("PROJECT CODE TEXT [--coder NAME]"),
          3,
          3,
          {QStringLiteral("coder")},
          {}},
         QStringLiteral("Comment on a code's name or definition (as the current coder unless "
                        "--coder)."),
         &codeComment},
    };
}

} // namespace tessera::cli
