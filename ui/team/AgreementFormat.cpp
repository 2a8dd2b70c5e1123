#include "AgreementFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace tessera::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::AgreementFormat", text);
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QString formatAgreementValue(const AgreementValue& value, bool percent)
{
    if (!value.value) {
        return tr("undefined — %1").arg(value.undefinedReason);
    }
    return percent ? QStringLiteral("%1%").arg(*value.value * 100.0, 0, 'f', 1)
                   : number(*value.value);
}

QString agreementValueDetails(const AgreementValue& value)
{
    QStringList parts;
    if (value.observedDisagreement) {
        parts << tr("observed disagreement D_o = %1").arg(number(*value.observedDisagreement));
    }
    if (value.expectedDisagreement) {
        parts << tr("expected disagreement D_e = %1").arg(number(*value.expectedDisagreement));
    }
    return parts.join(QStringLiteral("; "));
}

QList<FigureColumn> figureColumns(const AgreementReport& report)
{
    const QList<FigureColumn> all{{tr("Percent agreement"), &CodeAgreement::percentAgreement, true},
                                  {tr("Cohen's kappa"), &CodeAgreement::cohenKappa, false},
                                  {tr("Fleiss' kappa"), &CodeAgreement::fleissKappa, false},
                                  {tr("Krippendorff's alpha"), &CodeAgreement::alpha, false},
                                  {tr("u-alpha"), &CodeAgreement::uAlpha, false}};
    QList<FigureColumn> shown;
    for (const FigureColumn& column : all) {
        for (const CodeAgreement& code : report.perCode) {
            if (code.*column.field) {
                shown << column;
                break;
            }
        }
    }
    return shown;
}

QList<DomainFigure> domainFigures(const DomainAgreementReport& domain)
{
    const QList<std::pair<QString, const std::optional<AgreementValue>*>> fields{
        {tr("Krippendorff's alpha"), &domain.alpha},
        {tr("Cohen's kappa"), &domain.cohenKappa},
        {tr("Fleiss' kappa"), &domain.fleissKappa},
        {tr("u-alpha (boundaries and codes)"), &domain.uAlpha},
        {tr("|u-alpha (coded or not)"), &domain.binaryUAlpha},
        {tr("cu-alpha (which code, where units overlap)"), &domain.cuAlpha}};
    QList<DomainFigure> figures;
    for (const auto& [name, value] : fields) {
        if (*value) {
            figures.append({name, **value});
        }
    }
    for (const CodeValue& code : domain.codeUAlpha) {
        figures.append({tr("(%1)u-alpha").arg(code.path), code.value});
    }
    return figures;
}

QString unitName(AgreementOptions::Unit unit)
{
    switch (unit) {
    case AgreementOptions::Unit::Character:
        return tr("Character");
    case AgreementOptions::Unit::Turn:
        return tr("Speaker turn");
    case AgreementOptions::Unit::Unitized:
        return tr("Unitized");
    }
    return {};
}

QString unitOfAnalysis(const AgreementReport& report, int documentCount)
{
    const QLocale locale;
    const QString documents = documentCount == 1
                                  ? tr("1 document")
                                  : tr("%1 documents").arg(locale.toString(documentCount));
    switch (report.unit) {
    case AgreementOptions::Unit::Character:
        return tr("Unit of analysis: the character — %1 characters in %2; per code, pooled over "
                  "documents.")
            .arg(locale.toString(report.characters), documents);
    case AgreementOptions::Unit::Turn:
        return tr("Unit of analysis: the speaker turn — %1 turns in %2; a coder applies a code to "
                  "a turn when one of their codings overlaps it.")
            .arg(locale.toString(report.turns), documents);
    case AgreementOptions::Unit::Unitized:
        return tr("Unit of analysis: coded stretches and their boundaries (Krippendorff's "
                  "u-alpha family) — a continuum of %1 characters in %2.")
            .arg(locale.toString(report.characters), documents);
    }
    return {};
}

QString describeConflict(const DomainConflict& conflict)
{
    return tr("%1 applied two codes of the domain to turn %2 of %3 (%4); that value counts as "
              "missing.")
        .arg(conflict.coderName)
        .arg(conflict.turnIndex + 1)
        .arg(conflict.documentName, conflict.paths.join(QStringLiteral(", ")));
}

QString describeOverlap(const UnitOverlapError& overlap)
{
    return tr("%1's codings “%2” and “%3” overlap in %4 (characters %5–%6); units must not "
              "overlap, so the figures they feed are undefined until one is changed.")
        .arg(overlap.coderName, overlap.firstPath, overlap.secondPath, overlap.documentName)
        .arg(overlap.start)
        .arg(overlap.end);
}

} // namespace tessera::ui
