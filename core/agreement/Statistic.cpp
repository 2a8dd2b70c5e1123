#include "Statistic.h"

using namespace Qt::StringLiterals;

namespace tessera::agreement {

std::optional<double> AgreementValue::observedAgreement() const
{
    return observedDisagreement ? std::optional<double>(1.0 - *observedDisagreement) : std::nullopt;
}

std::optional<double> AgreementValue::expectedAgreement() const
{
    return expectedDisagreement ? std::optional<double>(1.0 - *expectedDisagreement) : std::nullopt;
}

AgreementValue definedValue(double value)
{
    AgreementValue v;
    v.value = value;
    return v;
}

AgreementValue undefinedValue(const QString& reason)
{
    AgreementValue v;
    v.undefinedReason = reason;
    return v;
}

AgreementValue fromDisagreements(double observed, double expected,
                                 const QString& reasonWhenNoExpected)
{
    AgreementValue v;
    v.observedDisagreement = observed;
    v.expectedDisagreement = expected;
    // Expected disagreement is a sum of non-negative terms; anything this close to zero is zero
    // up to rounding, and dividing by it would turn noise into a coefficient.
    if (expected <= 1e-12) {
        v.undefinedReason = reasonWhenNoExpected;
        return v;
    }
    v.value = 1.0 - observed / expected;
    return v;
}

QString noVariationReason()
{
    return u"no variation: every coder gave every unit the same value, so agreement beyond "
           u"chance cannot be measured"_s;
}

QString noCodingReason()
{
    return u"no coding: no coder applied this code"_s;
}

} // namespace tessera::agreement
