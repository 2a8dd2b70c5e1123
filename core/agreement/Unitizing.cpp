#include "Unitizing.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera::agreement {

namespace {

constexpr int kGap = 0; // value index of a gap; code c has value index c + 1

// A coder's partition of the continuum: units and the gaps between them, in order.
struct Section {
    qint64 start = 0;
    qint64 end = 0;
    int value = kGap;
};

// A square matrix over value indexes.
class Matrix {
public:
    explicit Matrix(int size) : m_size(size), m_cells(size * size, 0.0) {}
    double& at(int c, int k) { return m_cells[c * m_size + k]; }
    double at(int c, int k) const { return m_cells[c * m_size + k]; }
    int size() const { return m_size; }
    double row(int c) const
    {
        double sum = 0;
        for (int k = 0; k < m_size; ++k) {
            sum += at(c, k);
        }
        return sum;
    }
    double offDiagonal() const
    {
        double sum = 0;
        for (int c = 0; c < m_size; ++c) {
            for (int k = 0; k < m_size; ++k) {
                sum += c != k ? at(c, k) : 0.0;
            }
        }
        return sum;
    }

private:
    int m_size;
    QList<double> m_cells;
};

QList<Unit> sortedUnits(QList<Unit> units)
{
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    });
    return units;
}

QList<Section> sectionsOf(const QList<Unit>& sorted, qint64 length, bool collapse)
{
    QList<Section> sections;
    qint64 at = 0;
    for (const Unit& u : sorted) {
        if (u.start > at) {
            sections << Section{at, u.start, kGap};
        }
        sections << Section{u.start, u.end, collapse ? 1 : u.code + 1};
        at = u.end;
    }
    if (at < length) {
        sections << Section{at, length, kGap};
    }
    return sections;
}

// Observed coincidences l_ck and the S_c sums of one partition per coder.
struct Coincidences {
    Matrix l;
    QList<double> s;  // S_c: l^2 per unit, l per gap (gaps are divisible, units are not)
    double total = 0; // l.. = mL
};

Coincidences observe(const QList<QList<Section>>& coders, int values, qint64 length)
{
    const qsizetype m = coders.size();
    Coincidences result{Matrix(values), QList<double>(values, 0.0), double(m) * double(length)};
    for (qsizetype i = 0; i < m; ++i) {
        for (const Section& g : coders[i]) {
            const double l = double(g.end - g.start);
            result.s[g.value] += g.value == kGap ? l : l * l;
        }
        // Both lists partition [0, L): walk them together, always advancing the one ending first.
        for (qsizetype j = 0; j < m; ++j) {
            if (j == i) {
                continue;
            }
            qsizetype a = 0;
            qsizetype b = 0;
            while (a < coders[i].size() && b < coders[j].size()) {
                const Section& g = coders[i][a];
                const Section& h = coders[j][b];
                const qint64 overlap = std::min(g.end, h.end) - std::max(g.start, h.start);
                if (overlap > 0) {
                    result.l.at(g.value, h.value) += double(overlap) / double(m - 1);
                }
                if (g.end <= h.end) {
                    ++a;
                } else {
                    ++b;
                }
            }
        }
    }
    return result;
}

// e_ck = (l_c. l_.k - [c=k] S_c) / (l.. - S/l..) over the value indexes in [first, size).
Matrix expected(const Matrix& l, const QList<double>& s, int first, double total)
{
    double sumS = 0;
    for (int c = first; c < l.size(); ++c) {
        sumS += s[c];
    }
    const double denominator = total - sumS / total;
    Matrix e(l.size());
    if (denominator <= 0) {
        return e; // no expected disagreement: the callers report the value as undefined
    }
    for (int c = first; c < l.size(); ++c) {
        for (int k = first; k < l.size(); ++k) {
            e.at(c, k) = (l.row(c) * l.row(k) - (c == k ? s[c] : 0.0)) / denominator;
        }
    }
    return e;
}

int valuesPresent(const Matrix& l)
{
    int present = 0;
    for (int c = 0; c < l.size(); ++c) {
        present += l.row(c) > 0 ? 1 : 0;
    }
    return present;
}

QString nothingCodedReason()
{
    return u"nothing coded: no coder placed any unit on the continuum"_s;
}

// u-alpha of one partition per coder (|u-alpha when codes were collapsed).
AgreementValue uAlphaOf(const Coincidences& c, bool anyUnit)
{
    if (!anyUnit) {
        return undefinedValue(nothingCodedReason());
    }
    if (valuesPresent(c.l) < 2) {
        AgreementValue v = undefinedValue(
            u"no variation: every coder coded the whole continuum with the same code"_s);
        v.observedDisagreement = 0.0;
        v.expectedDisagreement = 0.0;
        return v;
    }
    const Matrix e = expected(c.l, c.s, kGap, c.total);
    return fromDisagreements(c.l.offDiagonal() / c.total, e.offDiagonal() / c.total,
                             noVariationReason());
}

// Codes only: l* is the coded x coded block of l; S*_c sums, over units g of code c, the squared
// part of g each other coder's units overlap, divided by m - 1 (the paper's equation 10).
struct CodedBlock {
    Matrix l;
    QList<double> s;
    double total = 0;
};

CodedBlock codedBlock(const Matrix& l, const QList<QList<Unit>>& sorted)
{
    const qsizetype m = sorted.size();
    CodedBlock block{Matrix(l.size()), QList<double>(l.size(), 0.0), 0.0};
    for (int c = 1; c < l.size(); ++c) {
        for (int k = 1; k < l.size(); ++k) {
            block.l.at(c, k) = l.at(c, k);
            block.total += l.at(c, k);
        }
    }
    QList<QList<Interval>> covered;
    for (const QList<Unit>& units : sorted) {
        QList<Interval> intervals;
        for (const Unit& u : units) {
            intervals << Interval{u.start, u.end};
        }
        covered << coverage(intervals);
    }
    for (qsizetype i = 0; i < m; ++i) {
        for (const Unit& g : sorted[i]) {
            for (qsizetype j = 0; j < m; ++j) {
                if (j != i) {
                    const double p = double(coveredWithin(covered[j], Interval{g.start, g.end}));
                    block.s[g.code + 1] += p * p / double(m - 1);
                }
            }
        }
    }
    return block;
}

AgreementValue cuAlphaOf(const CodedBlock& b, const Matrix& e, bool anyUnit)
{
    if (!anyUnit) {
        return undefinedValue(nothingCodedReason());
    }
    if (b.total <= 0) {
        return undefinedValue(u"no overlapping units: no two coders' units overlap, so there is "
                              u"no stretch on which to compare their codes"_s);
    }
    if (valuesPresent(b.l) < 2) {
        AgreementValue v = undefinedValue(
            u"no variation: wherever coders' units overlap, every coder used the same code"_s);
        v.observedDisagreement = 0.0;
        v.expectedDisagreement = 0.0;
        return v;
    }
    return fromDisagreements(b.l.offDiagonal() / b.total, e.offDiagonal() / b.total,
                             noVariationReason());
}

// (k)u-alpha = 1 - (e*_k. / l*_k.) (l*_k. - l*_kk) / (e*_k. - e*_kk).
AgreementValue codeUAlphaOf(const CodedBlock& b, const Matrix& e, int value, bool coded)
{
    if (!coded) {
        return undefinedValue(noCodingReason());
    }
    const double lRow = b.l.row(value);
    if (lRow <= 0) {
        return undefinedValue(u"no overlapping units: no other coder's unit overlaps a unit of "
                              u"this code"_s);
    }
    const double eRow = e.row(value);
    const double observed = (lRow - b.l.at(value, value)) / lRow;
    const double expectedShare = eRow > 0 ? (eRow - e.at(value, value)) / eRow : 0.0;
    return fromDisagreements(
        observed, expectedShare,
        u"no variation: where units of this code overlap other coders' units, no other code "
        u"occurs"_s);
}

Status validate(const UnitizedData& data)
{
    if (data.coders.size() < 2) {
        return makeError(
            ErrorCode::InvalidInput,
            u"Unitizing agreement needs at least two coders (got %1)."_s.arg(data.coders.size()));
    }
    if (data.length < 0 || data.codes < 0) {
        return makeError(ErrorCode::InvalidInput,
                         u"The continuum length and the number of codes cannot be negative."_s);
    }
    for (qsizetype i = 0; i < data.coders.size(); ++i) {
        for (qsizetype n = 0; n < data.coders[i].size(); ++n) {
            const Unit& u = data.coders[i][n];
            if (u.start < 0 || u.end > data.length || u.end <= u.start) {
                return makeError(ErrorCode::InvalidInput,
                                 u"Unit %1 of coder %2, [%3, %4), is empty or outside the "
                                 u"continuum [0, %5)."_s.arg(n + 1)
                                     .arg(i + 1)
                                     .arg(u.start)
                                     .arg(u.end)
                                     .arg(data.length));
            }
            if (u.code < 0 || u.code >= data.codes) {
                return makeError(ErrorCode::InvalidInput,
                                 u"Unit %1 of coder %2 has code %3; the domain has codes 0 to "
                                 u"%4."_s.arg(n + 1)
                                     .arg(i + 1)
                                     .arg(u.code)
                                     .arg(data.codes - 1));
            }
        }
    }
    const QList<UnitOverlap> overlaps = overlappingUnits(data);
    if (!overlaps.isEmpty()) {
        QStringList listed;
        for (const UnitOverlap& o : overlaps.mid(0, 5)) {
            listed << u"coder %1, units %2 and %3 overlap on [%4, %5)"_s.arg(o.coder + 1)
                          .arg(o.first + 1)
                          .arg(o.second + 1)
                          .arg(o.overlap.start)
                          .arg(o.overlap.end);
        }
        return makeError(ErrorCode::InvalidInput,
                         u"A coder's units overlap within the domain (%1 case(s): %2%3). Each "
                         u"coder must give every stretch at most one code of the domain; fix "
                         u"those codings and compute again."_s.arg(overlaps.size())
                             .arg(listed.join(u"; "_s), overlaps.size() > 5 ? u"; …"_s : u""_s));
    }
    return {};
}

} // namespace

QList<UnitOverlap> overlappingUnits(const UnitizedData& data)
{
    QList<UnitOverlap> overlaps;
    for (qsizetype i = 0; i < data.coders.size(); ++i) {
        const QList<Unit>& units = data.coders[i];
        QList<int> order(units.size());
        for (int n = 0; n < units.size(); ++n) {
            order[n] = n;
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return units[a].start < units[b].start ||
                   (units[a].start == units[b].start && units[a].end < units[b].end);
        });
        for (qsizetype a = 0; a < order.size(); ++a) {
            const Unit& u = units[order[a]];
            for (qsizetype b = a + 1; b < order.size() && units[order[b]].start < u.end; ++b) {
                const Unit& w = units[order[b]];
                const qint64 end = std::min(u.end, w.end);
                if (end > w.start) {
                    overlaps << UnitOverlap{int(i), order[a], order[b], Interval{w.start, end}};
                }
            }
        }
    }
    return overlaps;
}

Result<UnitizingResult> unitizingAlphas(const UnitizedData& data)
{
    if (Status s = validate(data); !s) {
        return s.error();
    }
    UnitizingResult result;
    if (data.length == 0) {
        const AgreementValue empty = undefinedValue(u"empty continuum: there is no text"_s);
        result.uAlpha = result.binaryUAlpha = result.cuAlpha = empty;
        result.codeUAlpha = QList<AgreementValue>(data.codes, empty);
        return result;
    }
    QList<QList<Unit>> sorted;
    QList<QList<Section>> sections;
    QList<QList<Section>> collapsed;
    QList<bool> codeUsed(data.codes, false);
    bool anyUnit = false;
    for (const QList<Unit>& units : data.coders) {
        sorted << sortedUnits(units);
        sections << sectionsOf(sorted.last(), data.length, false);
        collapsed << sectionsOf(sorted.last(), data.length, true);
        for (const Unit& u : units) {
            codeUsed[u.code] = true;
            anyUnit = true;
        }
    }
    const Coincidences all = observe(sections, data.codes + 1, data.length);
    result.uAlpha = uAlphaOf(all, anyUnit);
    result.binaryUAlpha = uAlphaOf(observe(collapsed, 2, data.length), anyUnit);

    const CodedBlock block = codedBlock(all.l, sorted);
    const Matrix e =
        block.total > 0 ? expected(block.l, block.s, 1, block.total) : Matrix(block.l.size());
    result.cuAlpha = cuAlphaOf(block, e, anyUnit);
    for (int k = 0; k < data.codes; ++k) {
        result.codeUAlpha << codeUAlphaOf(block, e, k + 1, codeUsed[k]);
    }
    return result;
}

} // namespace tessera::agreement
