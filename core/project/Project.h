#pragma once

#include "common/Result.h"
#include "io/DataTable.h"
#include "io/ImportedDocument.h"
#include "model/CodeReview.h"
#include "model/Entities.h"
#include "project/ProjectBatch.h"
#include "survey/SurveyPlan.h"

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QPointF>

#include <memory>

namespace tessera {

class Database;
class UndoLog;

// What an action changed, so views refresh only what they show.
enum class ProjectChange {
    None = 0,
    Settings = 1 << 0,  // title, project memo, current coder
    Documents = 1 << 1, // documents, groups, their memos and attributes
    Speakers = 1 << 2,  // speakers, turns, participants
    Coders = 1 << 3,
    Codes = 1 << 4,  // the code tree and definitions
    Themes = 1 << 5, // the theme tree and code-theme links
    Codings = 1 << 6,
    Journal = 1 << 7,
    Map = 1 << 8,        // thematic map node positions
    Attributes = 1 << 9, // attribute definitions and values (participants and documents)
    Surveys = 1 << 10,   // survey records (their documents and participants signal too)
};
Q_DECLARE_FLAGS(ProjectChanges, ProjectChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(ProjectChanges)

// A proposed speaker → participant link, shown for confirmation.
struct SpeakerLinkSuggestion {
    SpeakerId speaker;
    QString label;
    SpeakerRole role = SpeakerRole::Participant;
    std::optional<ParticipantId> participant; // an existing participant, when one matches
    QString pseudonym;                        // the existing one's, or a proposed new one
    QString reason;                           // "same name as an existing participant", ...
};

// A confirmed link: empty pseudonym = not linked to any participant.
struct SpeakerLink {
    SpeakerId speaker;
    SpeakerRole role = SpeakerRole::Participant;
    QString pseudonym;
};

struct AttributeImportOptions {
    // Which kind of row key the first column holds; nullopt = decide per row (a pseudonym
    // first, then a document name; a key matching both is reported as ambiguous).
    std::optional<AttributeScope> scope;
    bool createParticipants = false; // unknown keys become new participants instead of unmatched
};

struct AttributeImportReport {
    int participantsUpdated = 0;
    int documentsUpdated = 0;
    int valuesSet = 0;
    QStringList attributesCreated; // "Role (category)"
    QStringList participantsCreated;
    QStringList problems; // one line per unmatched or invalid row: "row 4 (line 5): no
                          // participant or document called “P9”"
};

// One open project file: the API the CLI and the GUI share (DESIGN.md, Data flow).
//
// Every mutating call is one SQLite transaction — durable when it returns, and undoable.
// A call that fails changes nothing. Reads never fail on a healthy file; they return empty
// results for unknown ids.
class Project : public QObject {
    Q_OBJECT

public:
    ~Project() override;

    // Creates a new project file; refuses an existing path. Its first (current) coder is named
    // after the system user unless `firstCoder` gives a name (and a GUID and colour to keep:
    // a REFI-QDA import makes the file's creating user the first coder).
    static Result<std::unique_ptr<Project>> create(const QString& path, const QString& title = {},
                                                   const Coder& firstCoder = {});
    // Opens an existing project; refuses files that are not projects, are damaged or newer,
    // leaving them untouched. Older projects are upgraded after a backup copy.
    static Result<std::unique_ptr<Project>> open(const QString& path);

    QString filePath() const;

    // --- Project ---------------------------------------------------------------------------
    QString title() const;
    Status setTitle(const QString& title);
    QString memo() const;
    Status setMemo(const QString& memo);

    // --- Documents ---------------------------------------------------------------------------
    // Stores an imported transcript with its speakers and turns. The name must be unique in
    // the project; the group is created when new. Speakers called Facilitator, Moderator or
    // Interviewer get the facilitator role.
    // `guid` keeps a given GUID (REFI-QDA import keeps the file's, upper-case, not in use yet);
    // empty = a new one. The same holds for the `guid` of the other add* calls.
    Result<DocumentId> addDocument(const QString& name, const ImportedDocument& imported,
                                   const QString& sourceName, const QString& groupName = {},
                                   const QString& guid = {});
    QList<Document> documents() const;
    std::optional<Document> document(DocumentId id) const;
    // By numeric id or exact (case-insensitive) name.
    Result<Document> findDocument(const QString& idOrName) const;
    QString documentText(DocumentId id) const;
    Status renameDocument(DocumentId id, const QString& name);
    Status setDocumentGroup(DocumentId id, const QString& groupName); // empty = no group
    Status setDocumentMemo(DocumentId id, const QString& memo);
    Status deleteDocument(DocumentId id); // with its turns, speakers and codings
    QList<DocumentGroup> groups() const;

    QList<Turn> turns(DocumentId id) const;
    QList<Speaker> speakers(DocumentId id) const;
    QList<Speaker> allSpeakers() const;
    Status setSpeakerRole(SpeakerId id, SpeakerRole role);

    // --- Participants (cases) ----------------------------------------------------------------
    Result<ParticipantId> addParticipant(const QString& pseudonym, const QString& guid = {});
    QList<Participant> participants() const;
    std::optional<Participant> participant(ParticipantId id) const;
    // By numeric id or pseudonym (case-insensitive).
    Result<Participant> findParticipant(const QString& idOrPseudonym) const;
    Status renameParticipant(ParticipantId id, const QString& pseudonym);
    // Unlinks its speakers and removes its attributes; its turns and codings stay.
    Status deleteParticipant(ParticipantId id);
    Status linkSpeakerToParticipant(SpeakerId speaker, std::optional<ParticipantId> participant);
    Status setParticipantMemo(ParticipantId id, const QString& memo);
    QList<Speaker> speakersOfParticipant(ParticipantId id) const;

    // Suggested links for a document's speakers (the "Link speakers" dialog pre-fills these).
    // A label equal to an existing pseudonym suggests that participant, unless the label is
    // generic ("P3", "Speaker 2", "Participant 4", "R12": numbered labels are reused in every
    // focus group, so they are different people); generic labels suggest a new pseudonym
    // prefixed by the document's group or name ("FG2 P3"). Facilitator-looking labels suggest
    // the facilitator role. Already linked speakers suggest their current participant.
    QList<SpeakerLinkSuggestion> suggestSpeakerLinks(DocumentId document) const;
    // Applies confirmed links as ONE undoable action: sets each speaker's role, links it to the
    // participant with that pseudonym (created when new), or unlinks it (empty pseudonym).
    // All or nothing: an unknown speaker refuses the whole batch.
    Status applySpeakerLinks(const QList<SpeakerLink>& links);

    // Whether facilitator turns count in prevalence (documents, groups, participants in code
    // counts, reports, matrices). Off by default: prevalence is about participants' voices.
    bool countsFacilitators() const;
    Status setCountsFacilitators(bool count);

    // --- Attributes ------------------------------------------------------------------------------
    QList<AttributeDefinition> attributes(AttributeScope scope) const; // by position
    std::optional<AttributeDefinition> attribute(AttributeScope scope, const QString& name) const;
    // Creates an attribute or changes its type/categories; refuses a type existing values do
    // not fit (the message names the first offending value and whose it is).
    Status defineAttribute(const AttributeDefinition& definition);
    Status renameAttribute(AttributeScope scope, const QString& name, const QString& newName);
    Status deleteAttribute(AttributeScope scope, const QString& name); // with its values
    // Sets one value (empty clears it). The attribute must exist and the value fit its type.
    Status setParticipantAttribute(ParticipantId id, const QString& name, const QString& value);
    Status setDocumentAttribute(DocumentId id, const QString& name, const QString& value);
    QHash<QString, QString> participantAttributes(ParticipantId id) const; // name -> value
    QHash<QString, QString> documentAttributes(DocumentId id) const;
    // Every value of one scope at once: owner id -> (name -> value), for tables and matrices.
    QHash<qint64, QHash<QString, QString>> attributeValues(AttributeScope scope) const;
    // Imports a table whose first column names a participant (pseudonym) or a document (name)
    // and whose other columns are attributes (defined when new, type inferred: number, date,
    // category for few distinct values, else text). Matched rows are applied as ONE action;
    // unmatched or invalid rows are reported and change nothing. Fails (changing nothing) only
    // when the table itself is unusable.
    Result<AttributeImportReport> importAttributes(const DataTable& table,
                                                   const AttributeImportOptions& options = {});

    // --- Surveys ---------------------------------------------------------------------------------
    // Imports a survey as ONE undoable action, named `name` (unique; refuses an existing one):
    // each row a respondent (a participant with the respondent id as pseudonym, or the existing
    // participant of that pseudonym), closed questions as category attributes (categories in
    // first-met order, multi-select kept as ';'-joined values), open questions as one document
    // each ("<survey>: <question>", grouped under the survey's name) with one turn per
    // respondent who answered, the speaker linked to the respondent.
    Result<SurveyId> importSurvey(const QString& name, const DataTable& table,
                                  const SurveyPlan& plan);
    QList<Survey> surveys() const;
    std::optional<Survey> survey(SurveyId id) const;
    // By numeric id or name; an empty name finds the only survey (error when none or several).
    Result<Survey> findSurvey(const QString& idOrName) const;
    // The respondents of a survey, in file order.
    QList<ParticipantId> surveyRespondents(SurveyId id) const;
    // Deletes the survey record, its open-question documents and the closed-question attribute
    // definitions and values; respondents stay as participants.
    Status deleteSurvey(SurveyId id);

    // --- Coders ------------------------------------------------------------------------------
    Result<CoderId> addCoder(const QString& name, const QString& color = {},
                             const QString& guid = {});
    QList<Coder> coders() const;
    std::optional<Coder> coder(CoderId id) const;
    Result<Coder> findCoder(const QString& name) const;
    // The coder new codings are attributed to. A new project has one coder named after the
    // system user (or "Coder 1").
    std::optional<Coder> currentCoder() const;
    Status setCurrentCoder(CoderId id);
    // Blind coding: while on, each coder sees only their own codings (the GUI's views, the
    // CLI's "codings"), so coders work independently until the team chooses to compare.
    // Agreement and disagreement figures still compare everyone: comparing is that choice.
    // A project setting (off by default), undoable like any other.
    bool blindCoding() const;
    Status setBlindCoding(bool on);

    // --- Codes ---------------------------------------------------------------------------------
    Result<CodeId> addCode(const CodeFields& fields, std::optional<CodeId> parent = std::nullopt,
                           const QString& guid = {});
    QList<Code> codes() const; // depth-first: each parent before its children, siblings by position
    std::optional<Code> code(CodeId id) const;
    Result<Code> findCodeByPath(const QString& path) const; // "Parent/Child"
    Status renameCode(CodeId id, const QString& name);
    Status updateCode(CodeId id, const CodeFields& fields); // name included
    // Moves a code under a new parent (nullopt = top level) at a sibling position (-1 = last).
    Status moveCode(CodeId id, std::optional<CodeId> newParent, int position = -1);
    // Merges `source` into `target`: codings move over (a coding that would duplicate one of the
    // target's is folded into it, memos joined, key-quote kept), children and theme links move,
    // empty definition fields of the target are filled from the source; the source is deleted.
    Status mergeCodes(CodeId source, CodeId target);
    // Deletes a code, its descendants, their codings and theme links.
    Status deleteCode(CodeId id);

    // --- Themes --------------------------------------------------------------------------------
    Result<ThemeId> addTheme(const ThemeFields& fields,
                             std::optional<ThemeId> parent = std::nullopt,
                             const QString& guid = {});
    QList<Theme> themes() const; // depth-first
    std::optional<Theme> theme(ThemeId id) const;
    // By path "Parent/Child" or by a name that is unique among all themes.
    Result<Theme> findTheme(const QString& pathOrName) const;
    Status updateTheme(ThemeId id, const ThemeFields& fields);
    Status moveTheme(ThemeId id, std::optional<ThemeId> newParent, int position = -1);
    Status deleteTheme(ThemeId id); // with its subthemes and links (codes stay)
    Status linkCodeToTheme(CodeId code, ThemeId theme);
    Status unlinkCodeFromTheme(CodeId code, ThemeId theme);
    QList<CodeId> codesOfTheme(ThemeId theme) const; // directly linked
    QList<ThemeId> themesOfCode(CodeId code) const;
    // Codes linked to no theme (the theme board's "not yet in a theme" list), in tree order.
    QList<CodeId> unthemedCodes() const;

    // --- Theme development (reflexive TA: themes are split, merged and reviewed) -----------
    // Merges `source` into `target`: its code links, subthemes (same-named ones merged in turn)
    // and per-theme key quotes move to the target; an empty concept of the target is filled from
    // the source, memos are joined; source deleted. Refuses merging into itself or a subtheme.
    Status mergeThemes(ThemeId source, ThemeId target);
    // Splits a theme: a new sibling theme (same parent) takes `codesToMove` (unlinked from the
    // original) and their per-theme key quotes. One undoable action.
    Result<ThemeId> splitTheme(ThemeId theme, const QList<CodeId>& codesToMove,
                               const ThemeFields& newTheme);
    // Key quotes chosen for one theme (a passage can carry one theme and not another). The
    // coding's code must be linked to the theme or one of its subthemes.
    Status setThemeKeyQuote(ThemeId theme, CodingId coding, bool key);
    // The theme's own key quotes in reading order, while their code is still in the theme.
    QList<CodingId> themeKeyQuotes(ThemeId theme) const;

    // --- Thematic map layout -------------------------------------------------------------------
    // Stored node positions by node key ("theme:<GUID>" or "code:<GUID>", see core/map).
    QHash<QString, QPointF> mapPositions() const;
    // Stores positions (one undoable action; keys absent from `positions` keep theirs).
    Status setMapPositions(const QHash<QString, QPointF>& positions);
    Status clearMapPositions(); // back to the automatic layout

    // --- Codings -------------------------------------------------------------------------------
    Result<CodingId> addCoding(const NewCoding& coding);
    // Several codings as ONE action (one undo step); all or nothing.
    Result<QList<CodingId>> addCodings(const QList<NewCoding>& codings, const QString& label);
    QList<Coding> codings(const CodingFilter& filter = {}) const;
    std::optional<Coding> coding(CodingId id) const;
    Status removeCoding(CodingId id);
    Status setCodingRange(CodingId id, qsizetype start, qsizetype end);
    Status setCodingMemo(CodingId id, const QString& memo);
    Status setKeyQuote(CodingId id, bool keyQuote);

    // --- Statistics (one SQL query each; views call them on every change) -------------------
    // Per code: codings, documents and distinct speakers (the person of the first turn a coding
    // overlaps: a linked participant counts once across documents). Codes without codings are
    // absent. Only one coder's codings when `coder` is set.
    QHash<CodeId, CodeCounts> codeCounts(std::optional<CoderId> coder = std::nullopt) const;
    QHash<DocumentId, int>
    codingCountsByDocument(std::optional<CoderId> coder = std::nullopt) const;

    // --- Journal -------------------------------------------------------------------------------
    Result<JournalEntryId> addJournalEntry(const QString& text, const QDateTime& when = {});
    QList<JournalEntry> journal() const; // oldest first
    Status updateJournalEntry(JournalEntryId id, const QString& text);
    Status deleteJournalEntry(JournalEntryId id);

    // --- Codebook review (docs/team-work.md) ------------------------------------------------
    // Where the team stands on a code; nullopt clears it (not reviewed yet). Setting the status
    // a code already has changes nothing (no undo step).
    Status setCodeReviewStatus(CodeId code, std::optional<CodeReviewStatus> status);
    std::optional<CodeReviewStatus> codeReviewStatus(CodeId code) const;
    QHash<CodeId, CodeReviewStatus> codeReviewStatuses() const; // every code that has one
    // A comment on a code's name or definition, by `coder` (nullopt = the current coder).
    Result<CodeCommentId> addCodeComment(CodeId code, const QString& text,
                                         std::optional<CoderId> coder = std::nullopt);
    QList<CodeComment> codeComments(CodeId code) const; // oldest first
    QList<CodeComment> allCodeComments() const;         // by code id, then oldest first
    Status deleteCodeComment(CodeCommentId id);

    // Adds new coders, codes, documents (with their speakers and turns) and codings as ONE
    // undoable action labelled `label`, all or nothing: merging a colleague's project
    // (core/team/ProjectMerge.h). Refuses names, GUIDs or codings the project already has,
    // ranges outside their text, and references to objects that do not exist.
    Result<BatchIds> addBatch(const ProjectBatch& batch, const QString& label);

    // --- Undo ----------------------------------------------------------------------------------
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const; // "Apply code “Isolation”"
    QString redoText() const;
    Status undo();
    Status redo();

signals:
    void changed(tessera::ProjectChanges what);

private:
    explicit Project(std::unique_ptr<Database> db);
    Status initialise();

    // Runs `body` as one undoable action in one transaction; emits changed() on success.
    template <typename Body> auto action(const QString& label, Body&& body) -> decltype(body());
    Status finishAction(const QString& label, qint64 mark);
    ProjectChanges changesFor(const QSet<QString>& tables) const;

    Status checkCodingRange(DocumentId document, qsizetype start, qsizetype end) const;
    Result<GroupId> groupForName(const QString& name);
    Status deleteCodeTree(CodeId id);
    Status deleteThemeTree(ThemeId id);
    QString setting(const QString& key) const;
    Status putSetting(const QString& key, const QString& value);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<UndoLog> m_undo;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::ProjectChanges)
