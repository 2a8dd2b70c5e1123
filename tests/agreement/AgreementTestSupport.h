#pragma once

#include "agreement/Statistic.h"

#include <gtest/gtest.h>

namespace tessera::agreement::test {

// AGREEMENT.md asks for at least 4 decimals; the statistics are exact up to rounding, so hold
// them to far more.
constexpr double kTolerance = 1e-9;

// The value of a defined statistic, with the undefined reason in the failure message otherwise.
inline ::testing::AssertionResult hasValue(const AgreementValue& v, double expected)
{
    if (!v.value) {
        return ::testing::AssertionFailure()
               << "undefined (" << v.undefinedReason.toStdString() << "), expected " << expected;
    }
    if (std::abs(*v.value - expected) > kTolerance) {
        return ::testing::AssertionFailure() << "value " << *v.value << ", expected " << expected
                                             << " (difference " << (*v.value - expected) << ")";
    }
    if (!v.undefinedReason.isEmpty()) {
        return ::testing::AssertionFailure()
               << "defined value carries a reason: " << v.undefinedReason.toStdString();
    }
    return ::testing::AssertionSuccess();
}

// An undefined statistic whose reason starts with `prefix` ("no coding", "no variation", ...).
inline ::testing::AssertionResult isUndefined(const AgreementValue& v, const char* prefix)
{
    if (v.value) {
        return ::testing::AssertionFailure() << "defined as " << *v.value << ", expected undefined";
    }
    if (!v.undefinedReason.startsWith(QString::fromUtf8(prefix))) {
        return ::testing::AssertionFailure() << "reason \"" << v.undefinedReason.toStdString()
                                             << "\" does not start with \"" << prefix << '"';
    }
    return ::testing::AssertionSuccess();
}

} // namespace tessera::agreement::test
