#pragma once

#include "common/Result.h"
#include "model/Entities.h"

#include <QList>
#include <QString>

namespace tessera {

class Project;

// Where coders' codings of a code differ, for the disagreement review: what each coder did on
// the range, so both versions can be shown side by side and one accepted.
struct CoderCoverage {
    CoderId coder;
    QString coderName;
    bool coded = false;      // the coder coded some of the range with this code
    QList<CodingId> codings; // that coder's codings of the code overlapping the range
};

struct Disagreement {
    CodeId code;
    QString codePath;
    DocumentId document;
    QString documentName;
    qsizetype start = 0; // UTF-16, [start, end)
    qsizetype end = 0;
    QList<int> turns;            // indexes (Turn::index) of the speaker turns the range overlaps
    QList<CoderCoverage> coders; // in the order asked for

    qsizetype length() const { return end - start; }
};

// For each code and document, the maximal ranges where the coders' coverage is not unanimous
// (some coded a character with the code, some did not); neighbouring ranges with different
// subsets of coders form one range, since a reviewer reads them as one passage. Ordered by
// length, largest first (then document order, position, code order).
// codes empty = every code one of the coders applied; documents empty = every document.
// Errors as computeAgreement: fewer than two coders, unknown ids.
Result<QList<Disagreement>> disagreements(const Project& project, const QList<CoderId>& coders,
                                          const QList<CodeId>& codes = {},
                                          const QList<DocumentId>& documents = {});

} // namespace tessera
