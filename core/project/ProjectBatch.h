#pragma once

#include "io/ImportedDocument.h"
#include "model/Entities.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace tessera {

// New coders, codes, documents and codings that Project::addBatch adds as ONE undoable action:
// what merging a colleague's project adds (core/team/ProjectMerge.h), kept free of where the
// material came from.

// An object a batch refers to: one the project already has, or one the same batch adds (an
// index into the batch's list of that kind).
template <typename IdType> struct BatchRef {
    IdType existing;
    int added = -1;

    static BatchRef of(IdType id) { return BatchRef{id, -1}; }
    static BatchRef newAt(int index) { return BatchRef{IdType(), index}; }
    bool isAdded() const { return added >= 0; }
};

struct BatchCoder {
    QString guid; // empty = a new one
    QString name;
    QString color; // "#RRGGBB"; empty picks one from the palette
};

struct BatchCode {
    QString guid; // empty = a new one
    CodeFields fields;
    // nullopt = top level. A parent the batch adds must come earlier in the batch's list.
    std::optional<BatchRef<CodeId>> parent;
};

struct BatchDocument {
    QString guid; // empty = a new one
    QString name;
    QString groupName; // empty = no group; created when new
    QString sourceName;
    QString format; // "txt", "vtt", "csv", ... as Document::format
    QString text;   // stored as given
    QList<ImportedTurn> turns;
    // Speaker label -> role, for labels whose role should not be guessed from the label.
    QHash<QString, SpeakerRole> speakerRoles;
};

struct BatchCoding {
    BatchRef<DocumentId> document;
    BatchRef<CodeId> code;
    BatchRef<CoderId> coder;
    qsizetype start = 0; // UTF-16 [start, end) in the document's text
    qsizetype end = 0;
    QString memo;
    bool keyQuote = false;
    QString guid;        // empty = a new one
    QDateTime createdAt; // invalid = now
};

struct ProjectBatch {
    QList<BatchCoder> coders;
    QList<BatchCode> codes;
    QList<BatchDocument> documents;
    QList<BatchCoding> codings;

    bool isEmpty() const
    {
        return coders.isEmpty() && codes.isEmpty() && documents.isEmpty() && codings.isEmpty();
    }
};

// The ids the batch's objects got, in the batch's order.
struct BatchIds {
    QList<CoderId> coders;
    QList<CodeId> codes;
    QList<DocumentId> documents;
    QList<CodingId> codings;
};

} // namespace tessera
