#include "TurnAgreement.h"

#include "CohenKappa.h"
#include "FleissKappa.h"

using namespace Qt::StringLiterals;

namespace tessera::agreement {

namespace {

// Coders per unit; undefined reason when units disagree on it or there are too few.
QString coderCountProblem(const QList<QList<std::optional<int>>>& values, qsizetype& coders)
{
    coders = values.isEmpty() ? 0 : values.first().size();
    for (qsizetype t = 0; t < values.size(); ++t) {
        if (values[t].size() != coders) {
            return u"invalid data: unit %1 has %2 coder slots, unit 1 has %3"_s.arg(t + 1)
                .arg(values[t].size())
                .arg(coders);
        }
    }
    if (values.isEmpty()) {
        return u"no units: there are no turns to compare"_s;
    }
    if (coders < 2) {
        return u"too few coders: agreement needs at least two"_s;
    }
    return {};
}

QList<QList<std::optional<int>>> toValues(const PresenceData& presence)
{
    QList<QList<std::optional<int>>> values;
    values.reserve(presence.size());
    for (const QList<bool>& turn : presence) {
        QList<std::optional<int>> row;
        row.reserve(turn.size());
        for (bool present : turn) {
            row << std::optional<int>(present ? 1 : 0);
        }
        values << row;
    }
    return values;
}

qsizetype missingUnits(const QList<QList<std::optional<int>>>& values)
{
    qsizetype missing = 0;
    for (const auto& unit : values) {
        for (const auto& v : unit) {
            if (!v) {
                ++missing;
                break;
            }
        }
    }
    return missing;
}

AgreementValue twoCoderKappa(const QList<QList<std::optional<int>>>& values, int categories)
{
    ContingencyTable table(categories, QList<qint64>(categories, 0));
    for (const auto& unit : values) {
        ++table[*unit[0]][*unit[1]];
    }
    return cohenKappa(table);
}

AgreementValue manyCoderKappa(const QList<QList<std::optional<int>>>& values, int categories)
{
    CategoryCounts counts;
    counts.reserve(values.size());
    for (const auto& unit : values) {
        QList<qint64> row(categories, 0);
        for (const auto& v : unit) {
            ++row[*v];
        }
        counts << row;
    }
    return fleissKappa(counts);
}

QString missingReason(qsizetype units, const QString& statistic)
{
    return u"missing values: %1 turn(s) lack a value from at least one coder; %2 needs every "
           u"coder's value on every turn (Krippendorff's alpha allows missing values)"_s.arg(units)
               .arg(statistic);
}

} // namespace

AgreementValue meanPairwiseAgreement(const QList<QList<std::optional<int>>>& values)
{
    qsizetype coders = 0;
    if (const QString problem = coderCountProblem(values, coders); !problem.isEmpty()) {
        return undefinedValue(problem);
    }
    double sum = 0;
    int pairs = 0;
    for (qsizetype i = 0; i < coders; ++i) {
        for (qsizetype j = i + 1; j < coders; ++j) {
            qsizetype agreed = 0;
            for (const auto& unit : values) {
                agreed += (unit[i] && unit[j] && *unit[i] == *unit[j]) ? 1 : 0;
            }
            sum += double(agreed) / double(values.size());
            ++pairs;
        }
    }
    AgreementValue v = definedValue(sum / pairs);
    v.observedDisagreement = 1.0 - *v.value;
    return v;
}

PresenceAgreement presenceAgreement(const PresenceData& presence)
{
    const QList<QList<std::optional<int>>> values = toValues(presence);
    PresenceAgreement result;
    qsizetype coders = 0;
    if (const QString problem = coderCountProblem(values, coders); !problem.isEmpty()) {
        result.percentAgreement = undefinedValue(problem);
        result.alpha = result.percentAgreement;
        if (coders == 2) {
            result.cohenKappa = result.percentAgreement;
        } else if (coders > 2) {
            result.fleissKappa = result.percentAgreement;
        }
        return result;
    }
    result.percentAgreement = meanPairwiseAgreement(values);
    result.alpha = nominalAlpha(values);
    if (coders == 2) {
        result.cohenKappa = twoCoderKappa(values, 2);
    } else {
        result.fleissKappa = manyCoderKappa(values, 2);
    }
    // "Absent" everywhere is the commonest way to have no variation; say so plainly.
    bool anyPresent = false;
    for (const QList<bool>& turn : presence) {
        anyPresent = anyPresent || turn.contains(true);
    }
    if (!anyPresent) {
        const QString reason = u"no coding: no coder applied this code to any turn"_s;
        for (AgreementValue* v : {&result.alpha, result.cohenKappa ? &*result.cohenKappa : nullptr,
                                  result.fleissKappa ? &*result.fleissKappa : nullptr}) {
            if (v && !v->isDefined()) {
                v->undefinedReason = reason;
            }
        }
    }
    return result;
}

DomainAgreement domainAgreement(const DomainData& data)
{
    DomainAgreement result;
    qsizetype coders = 0;
    if (const QString problem = coderCountProblem(data.values, coders); !problem.isEmpty()) {
        result.alpha = undefinedValue(problem);
        if (coders == 2) {
            result.cohenKappa = result.alpha;
        } else if (coders > 2) {
            result.fleissKappa = result.alpha;
        }
        return result;
    }
    for (qsizetype t = 0; t < data.values.size(); ++t) {
        for (const auto& v : data.values[t]) {
            if (v && (*v < 0 || *v >= data.categories)) {
                result.alpha = undefinedValue(
                    u"invalid data: turn %1 has value %2 outside the %3 domain categories"_s
                        .arg(t + 1)
                        .arg(*v)
                        .arg(data.categories));
                (coders == 2 ? result.cohenKappa : result.fleissKappa) = result.alpha;
                return result;
            }
        }
    }
    result.alpha = nominalAlpha(data.values);
    const qsizetype missing = missingUnits(data.values);
    if (coders == 2) {
        result.cohenKappa = missing > 0 ? undefinedValue(missingReason(missing, u"Cohen's kappa"_s))
                                        : twoCoderKappa(data.values, data.categories);
    } else {
        result.fleissKappa = missing > 0
                                 ? undefinedValue(missingReason(missing, u"Fleiss' kappa"_s))
                                 : manyCoderKappa(data.values, data.categories);
    }
    return result;
}

} // namespace tessera::agreement
