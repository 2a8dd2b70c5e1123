#pragma once

#include <QString>

#include <optional>

namespace tessera::agreement {

// One agreement coefficient. Every coefficient here has the form 1 - D_o / D_e (Cohen's and
// Fleiss' kappa too: D = 1 - agreement), so the raw observed and expected disagreements are kept
// beside the value: a reader can check the figure, and an undefined one still shows its parts.
//
// Undefined results carry the reason in words ("no coding: ...", "no variation: ...") and an
// empty `value`; they are never reported as 0, 1 or NaN.
struct AgreementValue {
    std::optional<double> value;
    QString undefinedReason;                    // empty when value is set
    std::optional<double> observedDisagreement; // D_o, when the statistic has one
    std::optional<double> expectedDisagreement; // D_e

    bool isDefined() const { return value.has_value(); }
    // 1 - D_o and 1 - D_e: p_o and p_e of a kappa, P and P_e of Fleiss' kappa.
    std::optional<double> observedAgreement() const;
    std::optional<double> expectedAgreement() const;
};

AgreementValue definedValue(double value);
AgreementValue undefinedValue(const QString& reason);
// 1 - observed / expected; undefined with `reasonWhenNoExpected` when expected is 0 (nothing
// could disagree by chance, so the ratio means nothing).
AgreementValue fromDisagreements(double observed, double expected,
                                 const QString& reasonWhenNoExpected);

// Reasons shared by several statistics, worded once.
QString noVariationReason(); // every coder gave every unit the same value
QString noCodingReason();    // nobody applied the code

} // namespace tessera::agreement
