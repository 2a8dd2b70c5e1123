#pragma once

// Internal to the project-level agreement layer: the coders, documents, codes and codings an
// agreement computation (or the disagreement list) works on, read once from the project.

#include "agreement/Intervals.h"
#include "common/Result.h"
#include "model/Entities.h"

#include <QList>
#include <QString>

#include <map>
#include <tuple>

namespace tessera {

class Project;

namespace agreement_input {

struct ScopedDocument {
    DocumentId id;
    QString name;
    qint64 length = 0;
};

struct ScopedCode {
    CodeId id;
    QString path;
};

struct AgreementInput {
    QList<Coder> coders;
    QList<ScopedDocument> documents; // in the project's document order
    QList<ScopedCode> codes;         // the codes reported one by one
    QList<ScopedCode> domain;        // empty when none was asked for

    // One coder's codings of one code in one document, by position.
    const QList<Coding>& codings(int coder, CodeId code, DocumentId document) const;
    // Their ranges as intervals, and the union of those (each character once).
    QList<agreement::Interval> ranges(int coder, CodeId code, DocumentId document) const;
    QList<agreement::Interval> coverage(int coder, CodeId code, DocumentId document) const;

    std::map<std::tuple<int, qint64, qint64>, QList<Coding>> byCoderCodeDocument;
};

struct InputRequest {
    QList<CoderId> coders;
    QList<CodeId> codes;
    QList<CodeId> domain;
    QList<DocumentId> documents;
};

// Checks every id and reads the selected coders' codings in the selected documents. With no
// codes asked for, `codes` becomes the domain or else every code one of the coders applied.
Result<AgreementInput> loadAgreementInput(const Project& project, const InputRequest& request);

} // namespace agreement_input
} // namespace tessera
