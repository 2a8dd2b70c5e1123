#pragma once

#include "agreement/CohenKappa.h"
#include "agreement/Statistic.h"
#include "common/Result.h"
#include "model/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera {

class Project;

using AgreementValue = agreement::AgreementValue;

// Inter-coder agreement of a project, exactly as ../shared/AGREEMENT.md defines it; see
// docs/agreement.md for what each figure means. The statistics themselves live in the pure
// tessera_agreement library; this layer reads codings and turns and shapes the report.
struct AgreementOptions {
    // The unit of analysis.
    //   Character: every character of a document, per code and document, two coders (NVivo's
    //              coding comparison), pooled over documents by summing the 2x2 tables.
    //   Turn:      every speaker turn; a coder applies code X to a turn when any of their codings
    //              of X overlaps the turn's text. Any number of coders.
    //   Unitized:  the documents laid end to end as one continuum (UTF-16 units); each coder's
    //              codings are units with boundaries (Krippendorff's u-alpha family).
    enum class Unit { Character, Turn, Unitized };

    QList<CoderId> coders; // at least two; exactly two at character level
    Unit unit = Unit::Character;
    // The codes reported one by one; empty = the domain's codes when a domain is given, else
    // every code one of the coders applied in the documents (in code-tree order).
    QList<CodeId> codes;
    // A set of mutually exclusive codes (at least two), compared as one categorical variable:
    // turn level (alpha, Cohen, Fleiss) or unitized (u-alpha, |u-alpha, cu-alpha, (k)u-alpha).
    QList<CodeId> domain;
    QList<DocumentId> documents; // empty = every document
};

QString agreementUnitName(AgreementOptions::Unit unit); // "char", "turn", "unitized"
// Accepts "char", "character", "turn" and "unitized" (any case).
std::optional<AgreementOptions::Unit> agreementUnitFromName(const QString& name);

// One code's figures. A field is nullopt when the statistic does not apply to the unit of
// analysis (or to the number of coders); it holds an undefined AgreementValue, with its reason,
// when it applies but cannot be computed.
struct CodeAgreement {
    CodeId code;
    QString path;                                   // "Parent/Child"
    std::optional<AgreementValue> percentAgreement; // character (pooled), turn (mean over pairs)
    std::optional<AgreementValue> cohenKappa;       // character (pooled), turn with 2 coders
    std::optional<AgreementValue> fleissKappa;      // turn with 3+ coders
    std::optional<AgreementValue> alpha;            // turn: Krippendorff's nominal alpha
    std::optional<AgreementValue> uAlpha; // unitized: u-alpha of this code alone against gaps
    std::optional<agreement::BinaryTable> table; // character: the pooled 2x2 table
    qint64 units = 0; // characters, turns, or the continuum's length compared

    // The reasons of the applicable but undefined figures: one reason when they share it,
    // else "Cohen's kappa: …; alpha: …". Empty when every applicable figure is defined.
    QString undefinedReason() const;
};

// Character level, one document and code.
struct DocumentCodeAgreement {
    CodeId code;
    QString path;
    agreement::BinaryTable table;
    AgreementValue percentAgreement;
    AgreementValue cohenKappa;
};

struct DocumentAgreement {
    DocumentId document;
    QString name;
    qint64 length = 0;                  // UTF-16 units
    QList<DocumentCodeAgreement> codes; // in the order of AgreementReport::perCode
};

struct CodeValue {
    CodeId code;
    QString path;
    AgreementValue value;
};

// The domain's figures; fields that do not apply to the unit are nullopt.
struct DomainAgreementReport {
    QList<CodeId> codes;
    QStringList paths;
    std::optional<AgreementValue> alpha;        // turn
    std::optional<AgreementValue> cohenKappa;   // turn, 2 coders
    std::optional<AgreementValue> fleissKappa;  // turn, 3+ coders
    std::optional<AgreementValue> uAlpha;       // unitized
    std::optional<AgreementValue> binaryUAlpha; // unitized: |u-alpha
    std::optional<AgreementValue> cuAlpha;      // unitized
    QList<CodeValue> codeUAlpha;                // unitized: (k)u-alpha per domain code

    QString undefinedReason() const; // as CodeAgreement::undefinedReason
};

// A coder applied two codes of one domain to the same turn. That coder's value for the turn is
// counted as missing (never resolved by picking one) and the conflict is listed here.
struct DomainConflict {
    CoderId coder;
    QString coderName;
    DocumentId document;
    QString documentName;
    int turnIndex = 0; // 0-based, as Turn::index
    qsizetype start = 0;
    qsizetype end = 0;
    QList<CodeId> codes;
    QStringList paths;
};

// Unitized level: two codings of one coder overlap within a domain (or within one code, for the
// per-code u-alpha). Units must not overlap, so the figures they feed are left undefined until
// the codings are fixed; they are not merged, which would change the unit lengths the alphas
// weigh.
struct UnitOverlapError {
    CoderId coder;
    QString coderName;
    DocumentId document;
    QString documentName;
    CodingId first;
    CodingId second;
    QString firstPath;
    QString secondPath;
    qsizetype start = 0; // the overlapping part, document positions
    qsizetype end = 0;
};

struct AgreementReport {
    AgreementOptions::Unit unit = AgreementOptions::Unit::Character;
    QList<CoderId> coderIds;
    QStringList coders; // names, in the order asked for
    QList<CodeAgreement> perCode;
    std::optional<DomainAgreementReport> domain; // when the options name a domain
    QList<DocumentAgreement> documents;          // character level: per document breakdown
    QList<DomainConflict> conflicts;             // turn level with a domain
    QList<UnitOverlapError> overlaps;            // unitized level
    qint64 characters = 0; // total length of the documents compared (the continuum's L)
    int turns = 0;         // turns compared (turn level)
    QStringList notes;     // what was left out and why ("… has no speaker turns")
};

// Errors: fewer than two coders (or not exactly two at character level), a coder, code or
// document that does not exist, a coder listed twice, a domain of fewer than two codes.
Result<AgreementReport> computeAgreement(const Project& project, const AgreementOptions& options);

} // namespace tessera
