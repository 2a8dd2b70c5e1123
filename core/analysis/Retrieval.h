#pragma once

#include "model/Entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {

class Project;

// A coded passage with everything needed to show or cite it.
struct Excerpt {
    Coding coding;
    QString documentName;
    QString group;
    QString codePath;
    QString coderName;
    int turnIndex = -1; // the first turn the passage overlaps; -1 when it overlaps none
    QString speaker;    // the participant's pseudonym when linked, else the turn's label
    std::optional<SpeakerId> speakerId;
    bool byFacilitator = false;
    std::optional<qint64> beginMs; // the turn's timestamp
    QString text;                  // the coded text, exactly as in the transcript
};

// Read-only queries over a project that combine codings with documents, turns and speakers.
// Built per query: it caches turns and texts only for its own lifetime.
class Retrieval {
public:
    explicit Retrieval(const Project& project);

    QList<Excerpt> excerpts(const QList<Coding>& codings) const;
    QList<Excerpt> excerptsForCode(CodeId code, bool includeChildCodes = false,
                                   std::optional<CoderId> coder = std::nullopt) const;
    // Codings of the theme's codes and of its subthemes' codes, in document order.
    QList<Excerpt> excerptsForTheme(ThemeId theme,
                                    std::optional<CoderId> coder = std::nullopt) const;
    // The codes linked to a theme or any of its subthemes, without repeats.
    QList<CodeId> codesOfThemeTree(ThemeId theme) const;

    // Codings, and the documents and people they come from; passages in facilitator turns are
    // left out of documents and people unless the project counts facilitators.
    CodeCounts countsFor(const QList<Excerpt>& excerpts) const;
    CodeCounts countsForCode(CodeId code, bool includeChildCodes = false) const;
    // Counts for every code in one pass (for code trees and codebooks).
    QHash<CodeId, CodeCounts> countsForAllCodes() const;

    // A key identifying the person behind an excerpt: "p<participant id>" when the speaker is
    // linked to a participant, "s<speaker id>" otherwise; empty when outside any turn.
    static QString personKey(const Excerpt& excerpt,
                             const QHash<qint64, std::optional<qint64>>& links);
    QHash<qint64, std::optional<qint64>> speakerParticipantLinks() const;

private:
    struct DocumentInfo {
        QString name;
        QString group;
        QString text;
        QList<Turn> turns;
    };
    const DocumentInfo& info(DocumentId id) const;

    const Project& m_project;
    mutable QHash<qint64, DocumentInfo> m_documents;
    mutable QHash<qint64, Speaker> m_speakers;
    mutable QHash<qint64, QString> m_participantNames;
    mutable QHash<qint64, QString> m_codePaths;
    mutable QHash<qint64, QString> m_coderNames;
    mutable bool m_loaded = false;
    void loadLookups() const;
};

} // namespace tessera
