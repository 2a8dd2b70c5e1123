#include "KrippendorffAlpha.h"

#include <map>

using namespace Qt::StringLiterals;

namespace tessera::agreement {

namespace {

// Values one unit holds, by category.
std::map<int, qint64> valueCounts(const QList<std::optional<int>>& unit)
{
    std::map<int, qint64> counts;
    for (const std::optional<int>& v : unit) {
        if (v) {
            ++counts[*v];
        }
    }
    return counts;
}

qint64 valueTotal(const std::map<int, qint64>& counts)
{
    qint64 m = 0;
    for (const auto& [category, count] : counts) {
        m += count;
    }
    return m;
}

} // namespace

qint64 pairableValues(const ReliabilityData& units)
{
    qint64 n = 0;
    for (const auto& unit : units) {
        const qint64 m = valueTotal(valueCounts(unit));
        n += m >= 2 ? m : 0;
    }
    return n;
}

AgreementValue nominalAlpha(const ReliabilityData& units)
{
    // Disagreeing coincidences: sum over units of (ordered pairs of different values) / (m_u-1).
    // For a unit with counts n_uc, the ordered different-value pairs number m_u^2 - sum n_uc^2.
    double disagreeing = 0;
    std::map<int, qint64> totals; // n_c: pairable values per category (an integer)
    qint64 n = 0;
    for (const auto& unit : units) {
        const std::map<int, qint64> counts = valueCounts(unit);
        const qint64 m = valueTotal(counts);
        if (m < 2) {
            continue; // a lone value has nothing to be compared with
        }
        qint64 sameSquares = 0;
        for (const auto& [category, count] : counts) {
            sameSquares += count * count;
            totals[category] += count;
        }
        disagreeing += double(m * m - sameSquares) / double(m - 1);
        n += m;
    }
    if (n == 0) {
        return undefinedValue(u"no pairable values: no unit received values from two or more "
                              u"coders"_s);
    }
    qint64 totalSquares = 0;
    for (const auto& [category, count] : totals) {
        totalSquares += count * count;
    }
    // sum_{c!=k} n_c n_k = n^2 - sum n_c^2, exact in integers.
    const double expectedPairs = double(n) * double(n) - double(totalSquares);
    const double observed = disagreeing / double(n);
    const double expected = expectedPairs / (double(n) * double(n - 1));
    if (totals.size() < 2) {
        AgreementValue v = undefinedValue(noVariationReason());
        v.observedDisagreement = observed;
        v.expectedDisagreement = 0.0;
        return v;
    }
    return fromDisagreements(observed, expected, noVariationReason());
}

} // namespace tessera::agreement
