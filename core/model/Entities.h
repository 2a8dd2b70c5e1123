#pragma once

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace tessera {

// A typed row id: a CodeId cannot be passed where a DocumentId is expected.
template <typename Tag> struct Id {
    qint64 value = 0;
    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.value, seed); }
};

using DocumentId = Id<struct DocumentTag>;
using GroupId = Id<struct GroupTag>;
using TurnId = Id<struct TurnTag>;
using SpeakerId = Id<struct SpeakerTag>;
using ParticipantId = Id<struct ParticipantTag>;
using CoderId = Id<struct CoderTag>;
using CodeId = Id<struct CodeTag>;
using ThemeId = Id<struct ThemeTag>;
using CodingId = Id<struct CodingTag>;
using JournalEntryId = Id<struct JournalEntryTag>;
using SurveyId = Id<struct SurveyTag>;

struct DocumentGroup {
    GroupId id;
    QString guid;
    QString name; // "Focus group 3"
};

// A transcript. Its text is fetched separately (Project::documentText) because lists of
// documents should not carry megabytes of text.
struct Document {
    DocumentId id;
    QString guid;
    QString name;
    std::optional<GroupId> groupId;
    QString groupName;
    QString sourceName; // file name it was imported from
    QString format;     // "txt", "md", "vtt", "srt", "docx"
    QDateTime importedAt;
    QString contentHash;  // SHA-256 of the text as UTF-8, hex
    qsizetype length = 0; // UTF-16 code units
    int turnCount = 0;
    QString memo;
};

enum class SpeakerRole { Participant, Facilitator };
QString speakerRoleName(SpeakerRole role);
std::optional<SpeakerRole> speakerRoleFromName(const QString& name);

// A speaker label within one document. The same label in two focus groups is two people
// unless both are linked to one Participant.
struct Speaker {
    SpeakerId id;
    DocumentId documentId;
    QString label;
    SpeakerRole role = SpeakerRole::Participant;
    std::optional<ParticipantId> participantId;
};

struct Turn {
    TurnId id;
    DocumentId documentId;
    int index = 0; // 0-based order in the document
    std::optional<SpeakerId> speakerId;
    QString speaker;     // label, for convenience
    qsizetype start = 0; // speech only, UTF-16 [start, end)
    qsizetype end = 0;
    std::optional<qint64> beginMs;
};

// A case: one person across documents, known by a pseudonym only.
struct Participant {
    ParticipantId id;
    QString guid;
    QString pseudonym;
    QString memo;
};

struct Coder {
    CoderId id;
    QString guid;
    QString name;
    QString color;
};

// The definition fields of a code, as a codebook states them.
struct CodeFields {
    QString name;
    QString color; // "#RRGGBB"; empty picks one from the palette
    QString description;
    QString inclusion;
    QString exclusion;
    QString example;
    QString memo;
};

struct Code {
    CodeId id;
    QString guid;
    std::optional<CodeId> parentId;
    CodeFields fields;
    int position = 0;
    int depth = 0; // 0 for top-level codes
    QString path;  // "Parent/Child"
    QDateTime createdAt;
};

enum class ThemeStatus { Candidate, Reviewed, Final };
QString themeStatusName(ThemeStatus status);
std::optional<ThemeStatus> themeStatusFromName(const QString& name);

struct ThemeFields {
    QString name;
    QString organisingConcept; // central organising concept ("concept" is a C++20 keyword)
    ThemeStatus status = ThemeStatus::Candidate;
    QString color; // "#RRGGBB"; empty picks one
    QString memo;
};

struct Theme {
    ThemeId id;
    QString guid;
    std::optional<ThemeId> parentId;
    ThemeFields fields;
    int position = 0;
    int depth = 0;
    QString path;
};

struct Coding {
    CodingId id;
    QString guid;
    DocumentId documentId;
    CodeId codeId;
    CoderId coderId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString memo;
    bool keyQuote = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What to code: the coder defaults to the project's current coder.
struct NewCoding {
    DocumentId documentId;
    CodeId codeId;
    std::optional<CoderId> coderId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString memo;
    bool keyQuote = false;
};

struct CodingFilter {
    std::optional<DocumentId> documentId;
    std::optional<CodeId> codeId;
    bool includeChildCodes = false; // with codeId: also codings of its descendants
    std::optional<CoderId> coderId;
};

// How often a code occurs. `codings` is the number of codings, wherever they are. `documents` and
// `speakers` measure prevalence, so codings located in facilitator turns are left out of them
// unless the project counts facilitators (Project::countsFacilitators). `speakers` counts
// distinct people (a linked participant counts once across documents; an unlinked label counts
// once per document).
struct CodeCounts {
    int codings = 0;
    int documents = 0;
    int speakers = 0;
};

// --- Attributes (case and document variables) ---------------------------------------------
// Attributes describe participants (role, service type, years of practice, survey answers) and
// documents (setting, date). Values are stored as text; the type says how they are checked,
// sorted and offered in a table view.
enum class AttributeScope { Participant, Document };
enum class AttributeType { Text, Number, Date, Category };
QString attributeScopeName(AttributeScope scope); // "participant", "document"
std::optional<AttributeScope> attributeScopeFromName(const QString& name);
QString attributeTypeName(AttributeType type); // "text", "number", "date", "category"
std::optional<AttributeType> attributeTypeFromName(const QString& name);
// Whether `value` is acceptable for the type: any text; a number in C locale ("12", "-3.5");
// an ISO date "yyyy-MM-dd"; any text for a category. The empty value (unset) is always valid.
bool isValidAttributeValue(AttributeType type, const QString& value);

struct AttributeDefinition {
    AttributeScope scope = AttributeScope::Participant;
    QString name; // unique per scope, case-insensitive
    AttributeType type = AttributeType::Text;
    int position = 0;
    // For categories: the values in their natural order (as first met in an imported file, or
    // as the user ordered them). Values outside the list are allowed and sort after it.
    QStringList categories;
    bool multiSelect = false; // values hold several categories separated by ';'
    std::optional<SurveyId> survey; // the survey this question came from, if any
};

// --- Surveys -------------------------------------------------------------------------------
// A survey imported from CSV/XLSX: each respondent is a participant (a case); each closed
// question a categorical participant attribute; each open question a document with one turn
// per respondent, so open answers are coded like transcripts.
enum class QuestionKind { Closed, Open };
QString questionKindName(QuestionKind kind); // "closed", "open"

struct SurveyQuestion {
    QString name;  // the column header; for closed questions also the attribute name
    QuestionKind kind = QuestionKind::Closed;
    bool multiSelect = false;
    int position = 0; // column order in the file
    std::optional<DocumentId> document; // open questions: the document of responses
};

struct Survey {
    SurveyId id;
    QString guid;
    QString name;       // "Practitioner survey"
    QString sourceName; // file name it was imported from
    QDateTime importedAt;
    int respondents = 0;
    QList<SurveyQuestion> questions; // in column order
};

struct JournalEntry {
    JournalEntryId id;
    QString guid;
    QDateTime createdAt;
    QString text;
};

// Colours given to new codes and themes when none is chosen; distinct and readable as
// highlights on a light or dark background.
QString paletteColor(int index);
bool isValidColor(const QString& color);

} // namespace tessera
