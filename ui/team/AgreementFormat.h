#pragma once

#include "agreement/ProjectAgreement.h"

#include <QList>
#include <QString>

#include <optional>

namespace tessera::ui {

// How the Agreement tab and its export word the figures, so the window and the file say the
// same: coefficients to three decimals ("0.667"), percent agreement to one ("87.5%"), and an
// undefined figure as "undefined — <reason>", never as 0, 1 or a blank (docs/agreement.md).
QString formatAgreementValue(const AgreementValue& value, bool percent);
// D_o and D_e (or p_o and p_e for a kappa) behind a figure, for a tooltip; empty when neither
// is known.
QString agreementValueDetails(const AgreementValue& value);

// One per-code figure the report holds for its unit and number of coders.
struct FigureColumn {
    QString name;
    std::optional<AgreementValue> CodeAgreement::*field = nullptr;
    bool percent = false;
};
// The figures that apply to the report, in a fixed order: percent agreement, Cohen's kappa,
// Fleiss' kappa, Krippendorff's alpha, u-alpha.
QList<FigureColumn> figureColumns(const AgreementReport& report);

// A domain-level figure: "Krippendorff's alpha", "|u-alpha (coded or not)", "(Code)u-alpha".
struct DomainFigure {
    QString name;
    AgreementValue value;
};
QList<DomainFigure> domainFigures(const DomainAgreementReport& domain);

QString unitName(AgreementOptions::Unit unit); // "Character", "Speaker turn", "Unitized"
// "Unit of analysis: the character — 4,210 characters in 3 documents, pooled over documents".
QString unitOfAnalysis(const AgreementReport& report, int documentCount);
// "Alex Morgan applied two codes of the domain to turn 4 of FG1: A, B"
QString describeConflict(const DomainConflict& conflict);
QString describeOverlap(const UnitOverlapError& overlap);

} // namespace tessera::ui
