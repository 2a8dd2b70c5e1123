#include "CohenKappa.h"

using namespace Qt::StringLiterals;

namespace tessera::agreement {

BinaryTable& BinaryTable::operator+=(const BinaryTable& other)
{
    both += other.both;
    firstOnly += other.firstOnly;
    secondOnly += other.secondOnly;
    neither += other.neither;
    return *this;
}

ContingencyTable toContingency(const BinaryTable& table)
{
    return {{table.both, table.firstOnly}, {table.secondOnly, table.neither}};
}

AgreementValue cohenKappa(const ContingencyTable& table)
{
    const qsizetype k = table.size();
    qint64 total = 0;
    for (qsizetype i = 0; i < k; ++i) {
        if (table[i].size() != k) {
            return undefinedValue(u"invalid table: row %1 has %2 cells, the table has %3 rows; a "
                                  u"contingency table must be square"_s.arg(i + 1)
                                      .arg(table[i].size())
                                      .arg(k));
        }
        for (qsizetype j = 0; j < k; ++j) {
            if (table[i][j] < 0) {
                return undefinedValue(
                    u"invalid table: cell (%1, %2) is negative"_s.arg(i + 1).arg(j + 1));
            }
            total += table[i][j];
        }
    }
    if (total == 0) {
        return undefinedValue(u"no units: the table is empty"_s);
    }
    qint64 diagonal = 0;
    QList<qint64> rows(k, 0);
    QList<qint64> columns(k, 0);
    for (qsizetype i = 0; i < k; ++i) {
        diagonal += table[i][i];
        for (qsizetype j = 0; j < k; ++j) {
            rows[i] += table[i][j];
            columns[j] += table[i][j];
        }
    }
    const double n = double(total);
    double chance = 0;
    bool oneCategory = false; // both coders put every unit in the same category: p_e = 1
    for (qsizetype i = 0; i < k; ++i) {
        chance += double(rows[i]) * double(columns[i]);
        oneCategory = oneCategory || (rows[i] == total && columns[i] == total);
    }
    const double observed = 1.0 - double(diagonal) / n;
    const double expected = 1.0 - chance / (n * n);
    if (oneCategory) {
        AgreementValue v = undefinedValue(noVariationReason());
        v.observedDisagreement = observed;
        v.expectedDisagreement = 0.0;
        return v;
    }
    return fromDisagreements(observed, expected, noVariationReason());
}

AgreementValue cohenKappa(const BinaryTable& table)
{
    return cohenKappa(toContingency(table));
}

AgreementValue percentAgreement(const BinaryTable& table)
{
    if (table.total() <= 0) {
        return undefinedValue(u"no units: nothing to compare"_s);
    }
    const double agreement = double(table.both + table.neither) / double(table.total());
    AgreementValue v = definedValue(agreement);
    v.observedDisagreement = 1.0 - agreement;
    return v;
}

} // namespace tessera::agreement
