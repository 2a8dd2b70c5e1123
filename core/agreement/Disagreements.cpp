#include "Disagreements.h"

#include "AgreementInput.h"
#include "project/Project.h"

#include <algorithm>
#include <map>

namespace tessera {

namespace {

using agreement::Interval;
using agreement_input::AgreementInput;
using agreement_input::ScopedCode;
using agreement_input::ScopedDocument;

// Maximal ranges where between 1 and m-1 of the m coverages hold a position.
QList<Interval> nonUnanimous(const QList<QList<Interval>>& coverages)
{
    // +1 where a coverage interval starts, -1 where it ends: the running sum is how many coders
    // cover the stretch up to the next boundary.
    std::map<qint64, int> change;
    for (const QList<Interval>& coverage : coverages) {
        for (const Interval& i : coverage) {
            ++change[i.start];
            --change[i.end];
        }
    }
    const int all = int(coverages.size());
    QList<Interval> ranges;
    int covering = 0;
    qint64 from = 0;
    for (const auto& [at, delta] : change) {
        if (covering > 0 && covering < all && at > from) {
            if (!ranges.isEmpty() && ranges.last().end == from) {
                ranges.last().end = at; // touching: one passage for the reviewer
            } else {
                ranges << Interval{from, at};
            }
        }
        covering += delta;
        from = at;
    }
    return ranges;
}

QList<int> turnsOverlapping(const QList<Turn>& turns, const Interval& range)
{
    QList<int> indexes;
    for (const Turn& t : turns) {
        if (Interval{t.start, t.end}.overlaps(range)) {
            indexes << t.index;
        }
    }
    return indexes;
}

} // namespace

Result<QList<Disagreement>> disagreements(const Project& project, const QList<CoderId>& coders,
                                          const QList<CodeId>& codes,
                                          const QList<DocumentId>& documents)
{
    auto input = agreement_input::loadAgreementInput(project, {coders, codes, {}, documents});
    if (!input) {
        return input.error();
    }
    struct Ordered {
        Disagreement disagreement;
        int documentOrder = 0;
        int codeOrder = 0;
    };
    QList<Ordered> found;
    for (int d = 0; d < input->documents.size(); ++d) {
        const ScopedDocument& document = input->documents[d];
        QList<Turn> turns; // read only for documents with disagreements
        for (int k = 0; k < input->codes.size(); ++k) {
            const ScopedCode& code = input->codes[k];
            QList<QList<Interval>> coverages;
            for (int coder = 0; coder < input->coders.size(); ++coder) {
                coverages << input->coverage(coder, code.id, document.id);
            }
            const QList<Interval> ranges = nonUnanimous(coverages);
            if (!ranges.isEmpty() && turns.isEmpty()) {
                turns = project.turns(document.id);
            }
            for (const Interval& range : ranges) {
                Disagreement x{code.id,
                               code.path,
                               document.id,
                               document.name,
                               range.start,
                               range.end,
                               turnsOverlapping(turns, range),
                               {}};
                for (int coder = 0; coder < input->coders.size(); ++coder) {
                    CoderCoverage who{
                        input->coders[coder].id, input->coders[coder].name, false, {}};
                    for (const Coding& c : input->codings(coder, code.id, document.id)) {
                        if (Interval{c.start, c.end}.overlaps(range)) {
                            who.codings << c.id;
                        }
                    }
                    who.coded = !who.codings.isEmpty();
                    x.coders << who;
                }
                found << Ordered{x, d, k};
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Ordered& a, const Ordered& b) {
        if (a.disagreement.length() != b.disagreement.length()) {
            return a.disagreement.length() > b.disagreement.length();
        }
        if (a.documentOrder != b.documentOrder) {
            return a.documentOrder < b.documentOrder;
        }
        if (a.disagreement.start != b.disagreement.start) {
            return a.disagreement.start < b.disagreement.start;
        }
        return a.codeOrder < b.codeOrder;
    });
    QList<Disagreement> list;
    list.reserve(found.size());
    for (const Ordered& o : std::as_const(found)) {
        list << o.disagreement;
    }
    return list;
}

} // namespace tessera
