#include "CharacterAgreement.h"

using namespace Qt::StringLiterals;

namespace tessera::agreement {

namespace {

Status checkIntervals(qint64 length, const QList<Interval>& intervals, const QString& whose)
{
    for (const Interval& i : intervals) {
        if (i.start < 0 || i.end > length || i.end < i.start) {
            return makeError(
                ErrorCode::InvalidInput,
                u"The %1 coder's range [%2, %3) does not fit a text of %4 "
                u"characters. Compare codings of the document they belong to."_s.arg(whose)
                    .arg(i.start)
                    .arg(i.end)
                    .arg(length));
        }
    }
    return {};
}

} // namespace

Result<BinaryTable> characterTable(qint64 length, const QList<Interval>& first,
                                   const QList<Interval>& second)
{
    if (length < 0) {
        return makeError(ErrorCode::InvalidInput,
                         u"A text length cannot be negative (got %1)."_s.arg(length));
    }
    if (Status s = checkIntervals(length, first, u"first"_s); !s) {
        return s.error();
    }
    if (Status s = checkIntervals(length, second, u"second"_s); !s) {
        return s.error();
    }
    const QList<Interval> a = coverage(first);
    const QList<Interval> b = coverage(second);
    BinaryTable table;
    table.both = intersectionLength(a, b);
    table.firstOnly = coveredLength(a) - table.both;
    table.secondOnly = coveredLength(b) - table.both;
    table.neither = length - table.both - table.firstOnly - table.secondOnly;
    return table;
}

CharacterAgreement characterAgreement(const BinaryTable& table)
{
    CharacterAgreement result;
    result.table = table;
    if (table.total() == 0) {
        result.percentAgreement = undefinedValue(u"no characters: the text is empty"_s);
        result.kappa = result.percentAgreement;
        return result;
    }
    result.percentAgreement = percentAgreement(table);
    result.kappa = cohenKappa(table);
    if (table.firstYes() == 0 && table.secondYes() == 0) {
        result.kappa.undefinedReason =
            u"no coding: neither coder applied this code, so every character agrees trivially"_s;
    }
    return result;
}

} // namespace tessera::agreement
