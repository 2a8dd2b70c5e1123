#include "AgreementLevels.h"
#include "agreement/Unitizing.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tessera::agreement_input {

namespace {

// Documents are laid end to end in the project's document order; each coding becomes a unit at
// its document's offset. Units never cross documents, so the order does not change any alpha.
struct Continuum {
    qint64 length = 0;
    QList<qint64> offsets; // per input document
};

Continuum layOut(const AgreementInput& input)
{
    Continuum c;
    for (const ScopedDocument& d : input.documents) {
        c.offsets << c.length;
        c.length += d.length;
    }
    return c;
}

// The units of a set of codes, with the coding behind each unit (same indexes).
struct Units {
    agreement::UnitizedData data;
    QList<QList<Coding>> codings; // per coder
    QList<QList<int>> documents;  // per coder: index into input.documents
};

Units unitsOf(const AgreementInput& input, const Continuum& continuum,
              const QList<ScopedCode>& codes)
{
    Units units;
    units.data.length = continuum.length;
    units.data.codes = int(codes.size());
    for (int coder = 0; coder < input.coders.size(); ++coder) {
        QList<agreement::Unit> list;
        QList<Coding> sources;
        QList<int> documents;
        for (int d = 0; d < input.documents.size(); ++d) {
            for (int k = 0; k < codes.size(); ++k) {
                for (const Coding& c : input.codings(coder, codes[k].id, input.documents[d].id)) {
                    list << agreement::Unit{continuum.offsets[d] + c.start,
                                            continuum.offsets[d] + c.end, k};
                    sources << c;
                    documents << d;
                }
            }
        }
        units.data.coders << list;
        units.codings << sources;
        units.documents << documents;
    }
    return units;
}

QString pathOf(const AgreementInput& input, CodeId code)
{
    for (const ScopedCode& c : input.codes + input.domain) {
        if (c.id == code) {
            return c.path;
        }
    }
    return {};
}

// Lists the overlaps of `units` in the report (each pair of codings once) and returns how many
// there were.
qsizetype reportOverlaps(const AgreementInput& input, const Continuum& continuum,
                         const Units& units, AgreementReport& report,
                         QSet<QPair<qint64, qint64>>& listed)
{
    const QList<agreement::UnitOverlap> overlaps = agreement::overlappingUnits(units.data);
    for (const agreement::UnitOverlap& o : overlaps) {
        const Coding& first = units.codings[o.coder][o.first];
        const Coding& second = units.codings[o.coder][o.second];
        const QPair<qint64, qint64> key{std::min(first.id.value, second.id.value),
                                        std::max(first.id.value, second.id.value)};
        if (listed.contains(key)) {
            continue;
        }
        listed.insert(key);
        const int d = units.documents[o.coder][o.first];
        const qint64 offset = continuum.offsets[d];
        report.overlaps << UnitOverlapError{input.coders[o.coder].id,
                                            input.coders[o.coder].name,
                                            input.documents[d].id,
                                            input.documents[d].name,
                                            first.id,
                                            second.id,
                                            pathOf(input, first.codeId),
                                            pathOf(input, second.codeId),
                                            o.overlap.start - offset,
                                            o.overlap.end - offset};
    }
    return overlaps.size();
}

AgreementValue overlapsValue(qsizetype count)
{
    return agreement::undefinedValue(
        u"overlapping units: %1 pair(s) of one coder's codings overlap (listed with the report); "
        u"a coder's units must not overlap, so fix those codings and compute again"_s.arg(count));
}

} // namespace

void addUnitizedLevel(const AgreementInput& input, AgreementReport& report)
{
    const Continuum continuum = layOut(input);
    QSet<QPair<qint64, qint64>> listed;

    // Each code on its own: its units against the gaps, whatever other codes say.
    for (qsizetype i = 0; i < input.codes.size(); ++i) {
        const Units units = unitsOf(input, continuum, {input.codes[i]});
        CodeAgreement& c = report.perCode[i];
        c.units = continuum.length;
        if (const qsizetype overlaps = reportOverlaps(input, continuum, units, report, listed)) {
            c.uAlpha = overlapsValue(overlaps);
            continue;
        }
        const Result<agreement::UnitizingResult> r = agreement::unitizingAlphas(units.data);
        c.uAlpha = r.ok() ? r->uAlpha : agreement::undefinedValue(r.error().message);
    }

    if (!report.domain) {
        return;
    }
    DomainAgreementReport& domain = *report.domain;
    const auto undefinedEverywhere = [&](const AgreementValue& value) {
        domain.uAlpha = domain.binaryUAlpha = domain.cuAlpha = value;
        for (const ScopedCode& code : input.domain) {
            domain.codeUAlpha << CodeValue{code.id, code.path, value};
        }
    };
    const Units units = unitsOf(input, continuum, input.domain);
    if (const qsizetype overlaps = reportOverlaps(input, continuum, units, report, listed)) {
        undefinedEverywhere(overlapsValue(overlaps));
        return;
    }
    const Result<agreement::UnitizingResult> r = agreement::unitizingAlphas(units.data);
    if (!r) {
        undefinedEverywhere(agreement::undefinedValue(r.error().message));
        return;
    }
    domain.uAlpha = r->uAlpha;
    domain.binaryUAlpha = r->binaryUAlpha;
    domain.cuAlpha = r->cuAlpha;
    for (qsizetype k = 0; k < input.domain.size(); ++k) {
        domain.codeUAlpha << CodeValue{input.domain[k].id, input.domain[k].path, r->codeUAlpha[k]};
    }
}

} // namespace tessera::agreement_input
