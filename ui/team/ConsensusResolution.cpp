#include "ConsensusResolution.h"

#include "project/Project.h"

#include <QCoreApplication>
#include <QSet>

namespace tessera::ui {
namespace {

using agreement::Interval;

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::ConsensusResolution", text);
}

// `covered` (sorted, disjoint) cut to [range.start, range.end).
QList<Interval> clipped(const QList<Interval>& covered, const Interval& range)
{
    QList<Interval> inside;
    for (const Interval& i : covered) {
        const Interval part{std::max(i.start, range.start), std::min(i.end, range.end)};
        if (part.length() > 0) {
            inside << part;
        }
    }
    return inside;
}

} // namespace

QString consensusCoderName()
{
    return QStringLiteral("Consensus");
}

std::optional<CoderId> consensusCoder(const Project& project)
{
    const auto coder = project.findCoder(consensusCoderName());
    return coder ? std::optional<CoderId>(coder->id) : std::nullopt;
}

Result<CoderId> ensureConsensusCoder(Project& project)
{
    if (const auto existing = consensusCoder(project)) {
        return *existing;
    }
    return project.addCoder(consensusCoderName());
}

Result<int> acceptVersion(Project& project, const Disagreement& disagreement, int coderIndex)
{
    if (coderIndex < 0 || coderIndex >= disagreement.coders.size()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("No coder %1 in this disagreement.").arg(coderIndex + 1));
    }
    const CoderCoverage& chosen = disagreement.coders[coderIndex];
    QList<Coding> accepted;
    for (const CodingId id : chosen.codings) {
        const auto coding = project.coding(id);
        if (!coding) {
            return makeError(
                ErrorCode::NotFound,
                tr("%1's coding of “%2” in %3 no longer exists; the list was out of "
                   "date and is being refreshed.")
                    .arg(chosen.coderName, disagreement.codePath, disagreement.documentName));
        }
        accepted << *coding;
    }
    if (accepted.isEmpty()) {
        return 0;
    }
    auto consensus = ensureConsensusCoder(project);
    if (!consensus) {
        return consensus.error();
    }
    CodingFilter filter;
    filter.documentId = disagreement.document;
    filter.codeId = disagreement.code;
    filter.coderId = *consensus;
    QSet<std::pair<qsizetype, qsizetype>> existing;
    for (const Coding& coding : project.codings(filter)) {
        existing.insert({coding.start, coding.end});
    }
    QList<NewCoding> added;
    for (const Coding& coding : std::as_const(accepted)) {
        if (existing.contains({coding.start, coding.end})) {
            continue;
        }
        existing.insert({coding.start, coding.end});
        NewCoding copy;
        copy.documentId = coding.documentId;
        copy.codeId = coding.codeId;
        copy.coderId = *consensus;
        copy.start = coding.start;
        copy.end = coding.end;
        added << copy;
    }
    if (added.isEmpty()) {
        return 0;
    }
    auto ids = project.addCodings(
        added, tr("Accept %1's version of “%2”").arg(chosen.coderName, disagreement.codePath));
    if (!ids) {
        return ids.error();
    }
    return int(ids->size());
}

void loadResolutionInput(const Project& project, const QList<CoderId>& coders,
                         std::optional<CoderId> consensus, CodingRanges& ranges,
                         ConsensusCoverage& coverage)
{
    for (const CoderId coder : coders) {
        CodingFilter filter;
        filter.coderId = coder;
        for (const Coding& coding : project.codings(filter)) {
            ranges.insert(coding.id.value, Interval{coding.start, coding.end});
        }
    }
    if (!consensus) {
        return;
    }
    CodingFilter filter;
    filter.coderId = *consensus;
    QHash<std::pair<qint64, qint64>, QList<Interval>> raw;
    for (const Coding& coding : project.codings(filter)) {
        raw[{coding.documentId.value, coding.codeId.value}] << Interval{coding.start, coding.end};
    }
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        coverage.insert(it.key(), agreement::coverage(it.value()));
    }
}

Resolution resolutionOf(const Disagreement& disagreement, const CodingRanges& ranges,
                        const ConsensusCoverage& coverage)
{
    const Interval range{disagreement.start, disagreement.end};
    const QList<Interval> agreed =
        clipped(coverage.value({disagreement.document.value, disagreement.code.value}), range);
    if (agreed.isEmpty()) {
        return {};
    }
    for (int i = 0; i < disagreement.coders.size(); ++i) {
        QList<Interval> theirs;
        for (const CodingId id : disagreement.coders[i].codings) {
            theirs << ranges.value(id.value);
        }
        if (clipped(agreement::coverage(theirs), range) == agreed) {
            return {Resolution::Kind::Accepted, i};
        }
    }
    return {Resolution::Kind::Edited, -1};
}

} // namespace tessera::ui
