#pragma once

#include "agreement/Disagreements.h"
#include "agreement/Intervals.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {
class Project;
}

namespace tessera::ui {

// Disagreements are resolved into a coder of their own, "Consensus": the agreed version of the
// coding lives beside each coder's, so the coders' work (and their agreement figures) stays as
// it was, and the consensus can be compared, exported or merged like any coder's.
QString consensusCoderName(); // "Consensus"
std::optional<CoderId> consensusCoder(const Project& project);
// The Consensus coder, added when the project has none (an undoable action of its own).
Result<CoderId> ensureConsensusCoder(Project& project);

// Copies the codings `coderIndex` (an index of disagreement.coders) made of the disagreement's
// code overlapping its range to the Consensus coder — whole codings, not clipped to the range —
// as ONE undoable action. Codings the Consensus coder already has (same code and range) are
// skipped. Returns how many were added: 0 when that coder coded nothing there (their version
// is "not coded") or the consensus already holds it all.
Result<int> acceptVersion(Project& project, const Disagreement& disagreement, int coderIndex);

// Where the Consensus coder stands on one disagreement.
struct Resolution {
    enum class Kind {
        Open,     // the consensus codes nothing of the code there
        Accepted, // the consensus codes exactly what one coder coded within the range
        Edited,   // the consensus codes something there that matches no coder's version
    };
    Kind kind = Kind::Open;
    int coder = -1; // Accepted: index in Disagreement::coders (the first that matches)
    friend bool operator==(const Resolution&, const Resolution&) = default;
};

// The ranges of the codings a disagreement names, by coding id; and the consensus coder's
// codings of one document and code, as intervals.
using CodingRanges = QHash<qint64, agreement::Interval>;
using ConsensusCoverage = QHash<std::pair<qint64, qint64>, QList<agreement::Interval>>;
// Reads what resolutionOf needs with one query per coder (the worker calls it on its own
// connection). `consensus` empty: no consensus coverage.
void loadResolutionInput(const Project& project, const QList<CoderId>& coders,
                         std::optional<CoderId> consensus, CodingRanges& ranges,
                         ConsensusCoverage& coverage);
// Compares the consensus coverage with each coder's, both clipped to the disagreement's range.
Resolution resolutionOf(const Disagreement& disagreement, const CodingRanges& ranges,
                        const ConsensusCoverage& coverage);

} // namespace tessera::ui
