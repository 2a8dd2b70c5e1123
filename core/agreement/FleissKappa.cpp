#include "FleissKappa.h"

using namespace Qt::StringLiterals;

namespace tessera::agreement {

AgreementValue fleissKappa(const CategoryCounts& counts)
{
    if (counts.isEmpty()) {
        return undefinedValue(u"no subjects: nothing was rated"_s);
    }
    const qsizetype categories = counts.first().size();
    qint64 raters = -1;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        if (counts[i].size() != categories) {
            return undefinedValue(u"invalid counts: subject %1 has %2 categories, subject 1 has "
                                  u"%3; every subject needs a count for every category"_s.arg(i + 1)
                                      .arg(counts[i].size())
                                      .arg(categories));
        }
        qint64 sum = 0;
        for (qint64 c : counts[i]) {
            if (c < 0) {
                return undefinedValue(
                    u"invalid counts: subject %1 has a negative count"_s.arg(i + 1));
            }
            sum += c;
        }
        if (raters < 0) {
            raters = sum;
        } else if (sum != raters) {
            return undefinedValue(
                u"raters vary: subject %1 has %2 ratings but subject 1 has %3; Fleiss' kappa "
                u"needs every subject rated by the same number of raters (use Krippendorff's "
                u"alpha for missing ratings)"_s.arg(i + 1)
                    .arg(sum)
                    .arg(raters));
        }
    }
    if (raters < 2) {
        return undefinedValue(u"too few raters: each subject has %1 rating(s); Fleiss' kappa "
                              u"needs at least 2 per subject"_s.arg(raters));
    }

    const double n = double(raters);
    const double subjects = double(counts.size());
    double sumP = 0;
    QList<double> categoryTotals(categories, 0.0);
    for (const QList<qint64>& row : counts) {
        double squares = 0;
        for (qsizetype j = 0; j < categories; ++j) {
            squares += double(row[j]) * double(row[j]);
            categoryTotals[j] += double(row[j]);
        }
        sumP += (squares - n) / (n * (n - 1.0));
    }
    const double meanP = sumP / subjects;
    double chance = 0;
    int usedCategories = 0;
    for (double total : std::as_const(categoryTotals)) {
        const double p = total / (subjects * n);
        chance += p * p;
        usedCategories += total > 0 ? 1 : 0;
    }
    if (usedCategories < 2) {
        AgreementValue v = undefinedValue(noVariationReason());
        v.observedDisagreement = 1.0 - meanP;
        v.expectedDisagreement = 0.0;
        return v;
    }
    return fromDisagreements(1.0 - meanP, 1.0 - chance, noVariationReason());
}

} // namespace tessera::agreement
