#include "AgreementLevels.h"
#include "agreement/TurnAgreement.h"
#include "project/Project.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera::agreement_input {

namespace {

using agreement::Interval;

// The turns that can be coded: an empty turn has no text for a coding to overlap, and counting
// it would add an agreed "absent" for free.
QList<Turn> codableTurns(const Project& project, DocumentId document)
{
    QList<Turn> turns = project.turns(document);
    turns.removeIf([](const Turn& t) { return t.end <= t.start; });
    return turns;
}

bool touches(const QList<Interval>& coverage, const Turn& turn)
{
    return agreement::coveredWithin(coverage, Interval{turn.start, turn.end}) > 0;
}

// Codings in scope that overlap no turn (a title line, text between turns).
int codingsOutsideTurns(const AgreementInput& input, const QList<ScopedCode>& codes,
                        DocumentId document, const QList<Turn>& turns)
{
    QList<Interval> turnRanges;
    for (const Turn& t : turns) {
        turnRanges << Interval{t.start, t.end};
    }
    turnRanges = agreement::coverage(turnRanges);
    int outside = 0;
    for (int coder = 0; coder < input.coders.size(); ++coder) {
        for (const ScopedCode& code : codes) {
            for (const Coding& c : input.codings(coder, code.id, document)) {
                outside +=
                    agreement::coveredWithin(turnRanges, Interval{c.start, c.end}) == 0 ? 1 : 0;
            }
        }
    }
    return outside;
}

QList<ScopedCode> codesAndDomain(const AgreementInput& input)
{
    QList<ScopedCode> all = input.codes;
    for (const ScopedCode& d : input.domain) {
        const bool listed = std::any_of(all.cbegin(), all.cend(),
                                        [&](const ScopedCode& c) { return c.id == d.id; });
        if (!listed) {
            all << d;
        }
    }
    return all;
}

} // namespace

void addTurnLevel(const Project& project, const AgreementInput& input, AgreementReport& report)
{
    const int coders = int(input.coders.size());
    QList<agreement::PresenceData> presence(input.codes.size());
    agreement::DomainData domain;
    domain.categories = int(input.domain.size());
    int outside = 0;

    for (const ScopedDocument& d : input.documents) {
        const QList<Turn> turns = codableTurns(project, d.id);
        if (turns.isEmpty()) {
            report.notes << u"“%1” has no speaker turns; it is left out of turn-level "
                            u"agreement."_s.arg(d.name);
            continue;
        }
        report.turns += int(turns.size());
        outside += codingsOutsideTurns(input, codesAndDomain(input), d.id, turns);

        for (qsizetype i = 0; i < input.codes.size(); ++i) {
            QList<QList<Interval>> coverage;
            for (int coder = 0; coder < coders; ++coder) {
                coverage << input.coverage(coder, input.codes[i].id, d.id);
            }
            for (const Turn& t : turns) {
                QList<bool> row;
                for (int coder = 0; coder < coders; ++coder) {
                    row << touches(coverage[coder], t);
                }
                presence[i] << row;
            }
        }

        if (input.domain.isEmpty()) {
            continue;
        }
        // coverage[coder][k]: the coder's coverage of domain code k in this document.
        QList<QList<QList<Interval>>> coverage(coders);
        for (int coder = 0; coder < coders; ++coder) {
            for (const ScopedCode& code : input.domain) {
                coverage[coder] << input.coverage(coder, code.id, d.id);
            }
        }
        for (const Turn& t : turns) {
            QList<std::optional<int>> row;
            for (int coder = 0; coder < coders; ++coder) {
                QList<int> applied;
                for (int k = 0; k < input.domain.size(); ++k) {
                    if (touches(coverage[coder][k], t)) {
                        applied << k;
                    }
                }
                // Two codes of a mutually exclusive set: report, and count neither.
                row << (applied.size() == 1 ? std::optional<int>(applied.first()) : std::nullopt);
                if (applied.size() > 1) {
                    DomainConflict conflict{input.coders[coder].id,
                                            input.coders[coder].name,
                                            d.id,
                                            d.name,
                                            t.index,
                                            t.start,
                                            t.end,
                                            {},
                                            {}};
                    for (int k : std::as_const(applied)) {
                        conflict.codes << input.domain[k].id;
                        conflict.paths << input.domain[k].path;
                    }
                    report.conflicts << conflict;
                }
            }
            domain.values << row;
        }
    }

    for (qsizetype i = 0; i < input.codes.size(); ++i) {
        const agreement::PresenceAgreement a = agreement::presenceAgreement(presence[i]);
        CodeAgreement& c = report.perCode[i];
        c.percentAgreement = a.percentAgreement;
        c.cohenKappa = a.cohenKappa;
        c.fleissKappa = a.fleissKappa;
        c.alpha = a.alpha;
        c.units = presence[i].size();
    }
    if (report.domain) {
        const agreement::DomainAgreement a = agreement::domainAgreement(domain);
        report.domain->alpha = a.alpha;
        report.domain->cohenKappa = a.cohenKappa;
        report.domain->fleissKappa = a.fleissKappa;
    }
    if (!report.conflicts.isEmpty()) {
        report.notes << u"%1 time(s) a coder applied two codes of the domain to one turn; those "
                        u"values count as missing (see the conflicts)."_s.arg(
                            report.conflicts.size());
    }
    if (outside > 0) {
        report.notes << u"%1 coding(s) lie outside every speaker turn (a title or text between "
                        u"turns) and are not counted at turn level."_s.arg(outside);
    }
}

} // namespace tessera::agreement_input
