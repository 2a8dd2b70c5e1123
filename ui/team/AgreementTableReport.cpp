#include "AgreementTableReport.h"

#include "AgreementFormat.h"
#include "common/Environment.h"

#include <QCoreApplication>

namespace tessera::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::AgreementTableReport", text);
}

QString caption(int number, const QString& text)
{
    return tr("Table %1. %2").arg(number).arg(text);
}

bool characterLevel(const AgreementReport& report)
{
    return report.unit == AgreementOptions::Unit::Character && report.coders.size() == 2;
}

QStringList tableHeader(const AgreementReport& report)
{
    return {tr("Both"), tr("%1 only").arg(report.coders.value(0)),
            tr("%1 only").arg(report.coders.value(1)), tr("Neither")};
}

QStringList tableCells(const agreement::BinaryTable& table)
{
    return {QString::number(table.both), QString::number(table.firstOnly),
            QString::number(table.secondOnly), QString::number(table.neither)};
}

ReportTable perCodeTable(const AgreementReport& report, int number)
{
    ReportTable table;
    table.caption = caption(number, tr("Agreement per code (%1 level), %2")
                                        .arg(unitName(report.unit).toLower(),
                                             report.coders.join(QStringLiteral(", "))));
    const QList<FigureColumn> columns = figureColumns(report);
    table.header << tr("Code");
    for (const FigureColumn& column : columns) {
        table.header << column.name;
    }
    const bool character = characterLevel(report);
    if (character) {
        table.header << tableHeader(report);
    }
    for (const CodeAgreement& code : report.perCode) {
        QStringList row{code.path};
        for (const FigureColumn& column : columns) {
            const auto& value = code.*column.field;
            row << (value ? formatAgreementValue(*value, column.percent) : QStringLiteral("—"));
        }
        if (character) {
            row << (code.table ? tableCells(*code.table) : QStringList(4, QStringLiteral("—")));
        }
        table.rows << row;
    }
    if (character) {
        table.note = tr("Both, only one coder, neither: characters, summed over the documents "
                        "(the pooled table the figures come from).");
    }
    return table;
}

ReportTable perDocumentTable(const AgreementReport& report, int number)
{
    ReportTable table;
    table.caption = caption(number, tr("Agreement per document and code (character level)"));
    table.header << tr("Document") << tr("Code") << tr("Percent agreement") << tr("Cohen's kappa")
                 << tableHeader(report);
    for (const DocumentAgreement& document : report.documents) {
        for (const DocumentCodeAgreement& code : document.codes) {
            table.rows << (QStringList{document.name, code.path,
                                       formatAgreementValue(code.percentAgreement, true),
                                       formatAgreementValue(code.cohenKappa, false)} +
                           tableCells(code.table));
        }
    }
    return table;
}

ReportTable domainTable(const DomainAgreementReport& domain, int number)
{
    ReportTable table;
    table.caption = caption(
        number,
        tr("Domain of mutually exclusive codes: %1").arg(domain.paths.join(QStringLiteral(", "))));
    table.header << tr("Figure") << tr("Value");
    for (const DomainFigure& figure : domainFigures(domain)) {
        table.rows << QStringList{figure.name, formatAgreementValue(figure.value, false)};
    }
    return table;
}

ReportTable problemTable(const QString& title, const QStringList& lines, int number)
{
    ReportTable table;
    table.caption = caption(number, title);
    table.header << tr("Problem");
    table.firstColumnIsHeader = false;
    for (const QString& line : lines) {
        table.rows << QStringList{line};
    }
    return table;
}

} // namespace

TableReport agreementTableReport(const AgreementReport& report, const AgreementScope& scope)
{
    TableReport out;
    out.title = scope.projectTitle;
    out.subject = tr("Inter-coder agreement");
    out.generatedAt = Environment::now();
    out.intro << tr("Coders compared: %1.").arg(report.coders.join(QStringLiteral(", ")))
              << unitOfAnalysis(report, int(scope.documents.size()));
    out.intro << (scope.allDocuments
                      ? tr("Documents: all (%1).").arg(scope.documents.join(QStringLiteral(", ")))
                      : tr("Documents: %1.").arg(scope.documents.join(QStringLiteral(", "))));
    if (!scope.codesChosen && !report.domain) {
        out.intro << tr("Codes: every code one of the coders applied; each code is compared on "
                        "its own codings (child codes are not folded in).");
    }
    out.intro << tr("Figures that cannot be computed are reported as undefined, with the "
                    "reason.");
    for (const QString& note : report.notes) {
        out.intro << tr("Note: %1").arg(note);
    }
    int number = 0;
    out.tables << perCodeTable(report, ++number);
    if (characterLevel(report) && !report.documents.isEmpty()) {
        out.tables << perDocumentTable(report, ++number);
    }
    if (report.domain) {
        out.tables << domainTable(*report.domain, ++number);
    }
    if (!report.conflicts.isEmpty()) {
        QStringList lines;
        for (const DomainConflict& conflict : report.conflicts) {
            lines << describeConflict(conflict);
        }
        out.tables << problemTable(tr("Domain conflicts"), lines, ++number);
    }
    if (!report.overlaps.isEmpty()) {
        QStringList lines;
        for (const UnitOverlapError& overlap : report.overlaps) {
            lines << describeOverlap(overlap);
        }
        out.tables << problemTable(tr("Overlapping units"), lines, ++number);
    }
    return out;
}

} // namespace tessera::ui
