#include "Cli.h"
#include "JsonViews.h"
#include "agreement/Disagreements.h"
#include "agreement/ProjectAgreement.h"
#include "project/Project.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <tuple>

namespace tessera::cli {
namespace {

const QString kAgreementSynopsis = QStringLiteral(
    "PROJECT --coders A,B[,C...] [--unit char|turn|unitized] [--codes C1,C2 | --domain "
    "C1,C2,...] [--docs D1,...] [--by-document]");
const QString kDisagreementsSynopsis =
    QStringLiteral("PROJECT --coders A,B[,C...] [--codes C1,...] [--docs D1,...]");

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

// Document names in human tables: a survey question's document name can be a whole sentence.
QString elided(const QString& name)
{
    constexpr qsizetype kWidth = 40;
    return name.size() <= kWidth ? name : name.left(kWidth - 1) + QChar(0x2026);
}

// What the coders, codes and documents options name, resolved against the project. Names are
// matched ignoring case; an unknown one is refused with the valid ones listed.
struct Scope {
    QList<CoderId> coders;
    QList<CodeId> codes;
    QList<CodeId> domain;
    QList<DocumentId> documents;
    QStringList documentNames; // empty = every document
};

Result<QList<CoderId>> codersNamed(const Project& p, const QString& file, const QStringList& values)
{
    QStringList known;
    for (const Coder& c : p.coders()) {
        known << c.name;
    }
    QList<CoderId> ids;
    for (const QString& name : namesFromLists(values, known)) {
        auto coder = p.findCoder(name);
        if (!coder) {
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("No coder “%1” in %2. Its coders are: %3 (add one "
                                            "with “coder-add”).")
                                 .arg(name, file, known.join(QStringLiteral(", "))));
        }
        ids << coder->id;
    }
    return ids;
}

// A code by path ("Parent/Child"), or by name when exactly one code has it.
Result<QList<CodeId>> codesNamed(const Project& p, const QString& file, const QStringList& values,
                                 const QString& option)
{
    const QList<Code> codes = p.codes();
    QStringList paths;
    for (const Code& c : codes) {
        paths << c.path;
    }
    QList<CodeId> ids;
    for (const QString& name : namesFromLists(values, paths)) {
        if (auto code = p.findCodeByPath(name)) {
            ids << code->id;
            continue;
        }
        QList<CodeId> named;
        for (const Code& c : codes) {
            if (c.fields.name.compare(name, Qt::CaseInsensitive) == 0) {
                named << c.id;
            }
        }
        if (named.size() != 1) {
            return makeError(
                ErrorCode::NotFound,
                QStringLiteral("--%1: %2 “%3” in %4. Give a code path; the codes are: %5.")
                    .arg(option,
                         named.isEmpty() ? QStringLiteral("no code")
                                         : QStringLiteral("more than one code is called"),
                         name, file,
                         paths.isEmpty() ? QStringLiteral("none")
                                         : paths.join(QStringLiteral(", "))));
        }
        ids << named.first();
    }
    return ids;
}

Result<Scope> scopeOf(const Project& p, const QString& file, const RepeatedOptions& repeated)
{
    Scope scope;
    auto coders = codersNamed(p, file, repeated.value(QStringLiteral("coders")));
    if (!coders) {
        return coders.error();
    }
    scope.coders = *coders;
    auto codes =
        codesNamed(p, file, repeated.value(QStringLiteral("codes")), QStringLiteral("codes"));
    if (!codes) {
        return codes.error();
    }
    scope.codes = *codes;
    auto domain =
        codesNamed(p, file, repeated.value(QStringLiteral("domain")), QStringLiteral("domain"));
    if (!domain) {
        return domain.error();
    }
    scope.domain = *domain;
    QStringList known;
    for (const Document& d : p.documents()) {
        known << d.name;
    }
    for (const QString& name : namesFromLists(repeated.value(QStringLiteral("docs")), known)) {
        auto document = p.findDocument(name);
        if (!document) {
            return makeError(
                ErrorCode::NotFound,
                QStringLiteral("--docs: no document “%1” in %2. Its documents are: %3.")
                    .arg(name, file,
                         known.isEmpty() ? QStringLiteral("none")
                                         : known.join(QStringLiteral(", "))));
        }
        scope.documents << document->id;
        scope.documentNames << document->name;
    }
    return scope;
}

// Comparing coders is the team's explicit choice, so agreement ignores blind coding; it says so,
// since the report shows everyone's work to whoever runs it.
void noteBlindCoding(const Project& p, const QString& file, const Output& out)
{
    if (p.blindCoding()) {
        out.warn(QStringLiteral("note: blind coding is on in %1; this compares the coders' "
                                "codings all the same. Turn it off with “blind %1 off” once the "
                                "team has chosen to compare.")
                     .arg(file));
    }
}

QString formatValue(const AgreementValue& v, bool percent)
{
    if (!v.value) {
        return QStringLiteral("undefined (%1)").arg(v.undefinedReason);
    }
    return percent ? QStringLiteral("%1%").arg(*v.value * 100.0, 0, 'f', 1)
                   : QString::number(*v.value, 'f', 3);
}

QString formatValue(const std::optional<AgreementValue>& v, bool percent = false)
{
    return v ? formatValue(*v, percent) : QStringLiteral("-");
}

QString unitHeader(const AgreementReport& r, const QStringList& documentNames)
{
    const QLocale c = QLocale::c();
    const QString documents = documentNames.isEmpty() ? QStringLiteral("all documents")
                                                      : documentNames.join(QStringLiteral(", "));
    switch (r.unit) {
    case AgreementOptions::Unit::Character:
        return QStringLiteral("Unit of analysis: the character (%1 characters in %2; per code, "
                              "pooled over documents)")
            .arg(c.toString(r.characters), documents);
    case AgreementOptions::Unit::Turn:
        return QStringLiteral("Unit of analysis: the speaker turn (%1 turns in %2; a coder applies "
                              "a code to a turn when a coding overlaps it)")
            .arg(c.toString(r.turns))
            .arg(documents);
    case AgreementOptions::Unit::Unitized:
        return QStringLiteral("Unit of analysis: unitized (coded stretches and their boundaries "
                              "over a continuum of %1 characters: %2)")
            .arg(c.toString(r.characters), documents);
    }
    return {};
}

// The per-code table shows the figures that apply to this unit and number of coders.
QString perCodeTable(const AgreementReport& r)
{
    using Field = std::optional<AgreementValue> CodeAgreement::*;
    const QList<std::tuple<QString, Field, bool>> fields{
        {QStringLiteral("Agreement"), &CodeAgreement::percentAgreement, true},
        {QStringLiteral("Cohen's kappa"), &CodeAgreement::cohenKappa, false},
        {QStringLiteral("Fleiss' kappa"), &CodeAgreement::fleissKappa, false},
        {QStringLiteral("Krippendorff's alpha"), &CodeAgreement::alpha, false},
        {QStringLiteral("u-alpha"), &CodeAgreement::uAlpha, false}};
    QStringList header{QStringLiteral("Code")};
    QList<std::tuple<QString, Field, bool>> shown;
    for (const auto& f : fields) {
        for (const CodeAgreement& c : r.perCode) {
            if (c.*std::get<1>(f)) {
                shown << f;
                header << std::get<0>(f);
                break;
            }
        }
    }
    const bool character = r.unit == AgreementOptions::Unit::Character && r.coders.size() == 2;
    if (character) {
        header << QStringLiteral("Both") << r.coders[0] + QStringLiteral(" only")
               << r.coders[1] + QStringLiteral(" only") << QStringLiteral("Neither");
    }
    QList<QStringList> rows;
    for (const CodeAgreement& c : r.perCode) {
        QStringList row{c.path};
        for (const auto& [name, field, percent] : shown) {
            row << formatValue(c.*field, percent);
        }
        if (character && c.table) {
            row << QString::number(c.table->both) << QString::number(c.table->firstOnly)
                << QString::number(c.table->secondOnly) << QString::number(c.table->neither);
        }
        rows << row;
    }
    QList<int> right;
    for (int i = 1; i < header.size(); ++i) {
        right << i;
    }
    return alignedTable(header, rows, right);
}

QString perDocumentTable(const AgreementReport& r)
{
    QList<QStringList> rows;
    for (const DocumentAgreement& d : r.documents) {
        for (const DocumentCodeAgreement& c : d.codes) {
            rows << QStringList{elided(d.name),
                                c.path,
                                formatValue(c.percentAgreement, true),
                                formatValue(c.cohenKappa, false),
                                QString::number(c.table.both),
                                QString::number(c.table.firstOnly),
                                QString::number(c.table.secondOnly),
                                QString::number(c.table.neither)};
        }
    }
    return alignedTable({QStringLiteral("Document"), QStringLiteral("Code"),
                         QStringLiteral("Agreement"), QStringLiteral("Cohen's kappa"),
                         QStringLiteral("Both"), r.coders.value(0) + QStringLiteral(" only"),
                         r.coders.value(1) + QStringLiteral(" only"), QStringLiteral("Neither")},
                        rows, {2, 3, 4, 5, 6, 7});
}

QStringList domainLines(const DomainAgreementReport& d)
{
    QStringList lines{QStringLiteral("Domain (mutually exclusive codes): %1")
                          .arg(d.paths.join(QStringLiteral(", ")))};
    const QList<std::pair<QString, const std::optional<AgreementValue>*>> fields{
        {QStringLiteral("Krippendorff's alpha"), &d.alpha},
        {QStringLiteral("Cohen's kappa"), &d.cohenKappa},
        {QStringLiteral("Fleiss' kappa"), &d.fleissKappa},
        {QStringLiteral("u-alpha"), &d.uAlpha},
        {QStringLiteral("|u-alpha (coded or not)"), &d.binaryUAlpha},
        {QStringLiteral("cu-alpha (which code, where units overlap)"), &d.cuAlpha}};
    for (const auto& [name, value] : fields) {
        if (*value) {
            lines << QStringLiteral("  %1: %2").arg(name, formatValue(*value));
        }
    }
    for (const CodeValue& v : d.codeUAlpha) {
        lines << QStringLiteral("  (%1)u-alpha: %2").arg(v.path, formatValue(v.value, false));
    }
    return lines;
}

QString agreementText(const AgreementReport& r, const QStringList& documentNames, bool byDocument)
{
    QStringList lines{
        QStringLiteral("Inter-coder agreement: %1").arg(r.coders.join(QStringLiteral(", "))),
        unitHeader(r, documentNames), QString()};
    if (r.perCode.isEmpty()) {
        lines << QStringLiteral("No codes to compare.");
    } else {
        lines << perCodeTable(r);
    }
    if (r.domain) {
        lines << QString() << domainLines(*r.domain);
    }
    if (byDocument && !r.documents.isEmpty()) {
        lines << QString() << QStringLiteral("By document:") << perDocumentTable(r);
    }
    if (!r.conflicts.isEmpty()) {
        lines << QString()
              << QStringLiteral("Conflicts (a coder applied two codes of the domain to one turn; "
                                "that value counts as missing):");
        for (const DomainConflict& c : r.conflicts) {
            lines << QStringLiteral("  %1, %2 turn %3: %4")
                         .arg(c.coderName, c.documentName)
                         .arg(c.turnIndex)
                         .arg(c.paths.join(QStringLiteral(", ")));
        }
    }
    if (!r.overlaps.isEmpty()) {
        lines << QString()
              << QStringLiteral("Overlapping units (one coder's codings overlap; fix them and "
                                "compute again):");
        for (const UnitOverlapError& o : r.overlaps) {
            lines << QStringLiteral("  %1, %2 %3:%4: codings %5 (%6) and %7 (%8)")
                         .arg(o.coderName, o.documentName)
                         .arg(o.start)
                         .arg(o.end)
                         .arg(o.first.value)
                         .arg(o.firstPath)
                         .arg(o.second.value)
                         .arg(o.secondPath);
        }
    }
    for (const QString& note : r.notes) {
        lines << QStringLiteral("Note: ") + note;
    }
    return lines.join(QLatin1Char('\n'));
}

int showAgreement(const CommandLine& line, const RepeatedOptions& repeated, const Output& out)
{
    const QString synopsis = synopsisOf(QStringLiteral("agreement"), kAgreementSynopsis);
    if (!line.has(QStringLiteral("coders"))) {
        return out.usage(QStringLiteral("Give the coders to compare: --coders A,B."), synopsis);
    }
    if (line.has(QStringLiteral("codes")) && line.has(QStringLiteral("domain"))) {
        return out.usage(QStringLiteral("Give --codes or --domain, not both: a domain's codes "
                                        "are reported one by one as well."),
                         synopsis);
    }
    AgreementOptions options;
    if (auto unit = line.optional(QStringLiteral("unit"))) {
        const auto parsed = agreementUnitFromName(*unit);
        if (!parsed) {
            return out.usage(
                QStringLiteral("--unit takes char, turn or unitized (not “%1”).").arg(*unit),
                synopsis);
        }
        options.unit = *parsed;
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    const QString file = fileNameOf(line.at(0));
    auto scope = scopeOf(p, file, repeated);
    if (!scope) {
        return out.fail(scope.error());
    }
    options.coders = scope->coders;
    options.codes = scope->codes;
    options.domain = scope->domain;
    options.documents = scope->documents;
    noteBlindCoding(p, file, out);
    auto report = computeAgreement(p, options);
    if (!report) {
        return out.fail(report.error());
    }
    QJsonObject json = agreementJson(*report);
    json.insert(QStringLiteral("documents"),
                scope->documentNames.isEmpty() ? QJsonValue()
                                               : QJsonArray::fromStringList(scope->documentNames));
    return out.print(json, agreementText(*report, scope->documentNames,
                                         line.has(QStringLiteral("by-document"))));
}

QString coverageCell(const CoderCoverage& c)
{
    if (!c.coded) {
        return QStringLiteral("-");
    }
    QStringList ids;
    for (CodingId id : c.codings) {
        ids << QStringLiteral("#%1").arg(id.value);
    }
    return QStringLiteral("coded ") + ids.join(QStringLiteral(" "));
}

int showDisagreements(const CommandLine& line, const RepeatedOptions& repeated, const Output& out)
{
    if (!line.has(QStringLiteral("coders"))) {
        return out.usage(QStringLiteral("Give the coders to compare: --coders A,B."),
                         synopsisOf(QStringLiteral("disagreements"), kDisagreementsSynopsis));
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    const QString file = fileNameOf(line.at(0));
    auto scope = scopeOf(p, file, repeated);
    if (!scope) {
        return out.fail(scope.error());
    }
    noteBlindCoding(p, file, out);
    auto found = disagreements(p, scope->coders, scope->codes, scope->documents);
    if (!found) {
        return out.fail(found.error());
    }
    QHash<qint64, QString> texts;
    QJsonArray list;
    QList<QStringList> rows;
    QStringList coderNames;
    for (const Disagreement& d : std::as_const(*found)) {
        if (!texts.contains(d.document.value)) {
            texts.insert(d.document.value, p.documentText(d.document));
        }
        const QString text = texts.value(d.document.value);
        list.append(disagreementJson(d, text));
        QStringList turns;
        for (int t : d.turns) {
            turns << QString::number(t);
        }
        QStringList row{QString::number(d.length()), elided(d.documentName),
                        QStringLiteral("%1:%2").arg(d.start).arg(d.end),
                        turns.isEmpty() ? QStringLiteral("-") : turns.join(QLatin1Char(',')),
                        d.codePath};
        coderNames.clear();
        for (const CoderCoverage& c : d.coders) {
            row << coverageCell(c);
            coderNames << c.coderName;
        }
        row << text.mid(d.start, d.length()).simplified().left(60);
        rows << row;
    }
    if (rows.isEmpty()) {
        return out.print(list, QStringLiteral("No disagreements: the coders coded the same "
                                              "characters with each code."));
    }
    const QStringList header =
        QStringList{QStringLiteral("Length"), QStringLiteral("Document"), QStringLiteral("Range"),
                    QStringLiteral("Turns"), QStringLiteral("Code")} +
        coderNames + QStringList{QStringLiteral("Text")};
    return out.print(list, QStringLiteral("%1 disagreement(s), largest first:\n").arg(rows.size()) +
                               alignedTable(header, rows, {0}));
}

int printCoders(const Project& p, const Output& out)
{
    const auto current = p.currentCoder();
    QJsonArray list;
    QList<QStringList> rows;
    for (const Coder& c : p.coders()) {
        CodingFilter filter;
        filter.coderId = c.id;
        const qsizetype codings = p.codings(filter).size();
        const bool isCurrent = current && current->id == c.id;
        list.append(coderJson(c, codings, isCurrent));
        rows << QStringList{QString::number(c.id.value), c.name, c.color, QString::number(codings),
                            isCurrent ? QStringLiteral("current") : QString()};
    }
    return out.print(list,
                     alignedTable({QStringLiteral("ID"), QStringLiteral("Name"),
                                   QStringLiteral("Colour"), QStringLiteral("Codings"), QString()},
                                  rows, {0, 3}) +
                         QStringLiteral("\nBlind coding: %1")
                             .arg(p.blindCoding() ? QStringLiteral("on") : QStringLiteral("off")));
}

int listCoders(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    if (auto name = line.optional(QStringLiteral("current"))) {
        auto coder = p.findCoder(*name);
        if (!coder) {
            return out.fail(coder.error());
        }
        if (auto st = p.setCurrentCoder(coder->id); !st) {
            return out.fail(st.error());
        }
    }
    return printCoders(p, out);
}

int addCoder(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    auto id = p.addCoder(line.at(1).trimmed(), line.value(QStringLiteral("color")));
    if (!id) {
        return out.fail(id.error());
    }
    if (line.has(QStringLiteral("current"))) {
        if (auto st = p.setCurrentCoder(*id); !st) {
            return out.fail(st.error());
        }
    }
    const Coder coder = *p.coder(*id);
    const bool current = line.has(QStringLiteral("current"));
    return out.print(coderJson(coder, 0, current),
                     QStringLiteral("Added coder “%1” (%2)%3")
                         .arg(coder.name, coder.color,
                              current ? QStringLiteral(", now the current coder") : QString()));
}

int blindCoding(const CommandLine& line, const Output& out)
{
    std::optional<bool> wanted;
    if (line.positional().size() > 1) {
        const QString state = line.at(1).toLower();
        if (state != QLatin1String("on") && state != QLatin1String("off")) {
            return out.usage(QStringLiteral("Say on or off (not “%1”).").arg(line.at(1)),
                             QStringLiteral("blind PROJECT [on|off]"));
        }
        wanted = state == QLatin1String("on");
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    if (wanted) {
        if (auto st = p.setBlindCoding(*wanted); !st) {
            return out.fail(st.error());
        }
    }
    const bool on = p.blindCoding();
    const auto current = p.currentCoder();
    return out.print(
        QJsonObject{{QStringLiteral("blind_coding"), on}},
        on ? QStringLiteral("Blind coding is on: each coder sees only their own codings (the "
                            "current coder is %1).")
                 .arg(current ? current->name : QStringLiteral("not set"))
           : QStringLiteral("Blind coding is off: everyone's codings are shown."));
}

} // namespace

QList<Command> teamCommands()
{
    const QSet<QString> listOptions{QStringLiteral("coders"), QStringLiteral("codes"),
                                    QStringLiteral("docs")};
    return {
        {{QStringLiteral("coders"),
          QStringLiteral("PROJECT [--current NAME]"),
          1,
          1,
          {QStringLiteral("current")},
          {}},
         QStringLiteral("The coders with their codings; --current NAME makes NAME the coder new "
                        "codings are attributed to."),
         &listCoders},
        {{QStringLiteral("coder-add"),
          QStringLiteral("PROJECT NAME [--color #RRGGBB] [--current]"),
          2,
          2,
          {QStringLiteral("color")},
          {QStringLiteral("current")}},
         QStringLiteral("Add a coder (a team member)."),
         &addCoder},
        {{QStringLiteral("blind"), QStringLiteral("PROJECT [on|off]"), 1, 2, {}, {}},
         QStringLiteral("Show or set blind coding: each coder sees only their own codings."),
         &blindCoding},
        {{QStringLiteral("agreement"),
          kAgreementSynopsis,
          1,
          1,
          listOptions + QSet<QString>{QStringLiteral("unit"), QStringLiteral("domain")},
          {QStringLiteral("by-document")}},
         QStringLiteral("Inter-coder agreement per code (and over a domain of mutually exclusive "
                        "codes) at the character, turn or unitized level."),
         nullptr,
         listOptions + QSet<QString>{QStringLiteral("domain")},
         &showAgreement},
        {{QStringLiteral("disagreements"), kDisagreementsSynopsis, 1, 1, listOptions, {}},
         QStringLiteral("Where the coders' codings of a code differ, largest first, with who coded "
                        "what."),
         nullptr,
         listOptions,
         &showDisagreements},
    };
}

} // namespace tessera::cli
