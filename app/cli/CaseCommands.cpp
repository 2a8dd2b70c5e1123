#include "Cli.h"
#include "JsonViews.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace tessera::cli {
namespace {

const QString kLinkSynopsis =
    QStringLiteral("PROJECT DOC [--accept] [--link LABEL=PSEUDONYM ...] [--unlink LABEL ...] "
                   "[--role LABEL=facilitator|participant ...]");

// Attribute columns the participants table shows inline; with more, it counts the values set
// and points to "attributes --values" (survey answers would make the table unreadably wide).
constexpr int kInlineAttributes = 5;
constexpr int kCellWidth = 24;

QString elided(const QString& text)
{
    return text.size() <= kCellWidth ? text : text.left(kCellWidth - 1) + QChar(0x2026);
}

int listParticipants(const CommandLine& line, const Output& out)
{
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    const Project& p = **project;
    QStringList attributeNames;
    for (const AttributeDefinition& d : p.attributes(AttributeScope::Participant)) {
        attributeNames << d.name;
    }
    const bool inlineAttributes = attributeNames.size() <= kInlineAttributes;
    QJsonArray list;
    QList<QStringList> rows;
    for (const Participant& participant : p.participants()) {
        const QJsonObject json = participantJson(p, participant);
        list.append(json);
        QStringList speakers;
        for (const QJsonValue& s : json.value(QStringLiteral("speakers")).toArray()) {
            const QJsonObject speaker = s.toObject();
            speakers << QStringLiteral("%1: %2").arg(
                speaker.value(QStringLiteral("document")).toString(),
                speaker.value(QStringLiteral("label")).toString());
        }
        QStringList row{QString::number(participant.id.value), participant.pseudonym,
                        speakers.isEmpty() ? QStringLiteral("-")
                                           : speakers.join(QStringLiteral("; "))};
        const QJsonObject attributes = json.value(QStringLiteral("attributes")).toObject();
        if (inlineAttributes) {
            for (const QString& name : std::as_const(attributeNames)) {
                row << elided(attributes.value(name).toString());
            }
        } else {
            row << QString::number(attributes.size());
        }
        rows << row;
    }
    if (rows.isEmpty()) {
        return out.print(list, QStringLiteral("No participants."));
    }
    QStringList header{QStringLiteral("ID"), QStringLiteral("Pseudonym"),
                       QStringLiteral("Speakers")};
    QString human;
    if (inlineAttributes) {
        for (const QString& name : std::as_const(attributeNames)) {
            header << elided(name);
        }
        human = alignedTable(header, rows, {0});
    } else {
        header << QStringLiteral("Attributes set");
        human = alignedTable(header, rows, {0, 3}) +
                QStringLiteral("\n\nThe values: tessera-cli attributes %1 --scope participant "
                               "--values (or --json participants).")
                    .arg(line.at(0));
    }
    return out.print(list, human);
}

// "LABEL=VALUE" where LABEL is one of the document's speakers. Labels may hold '=', so every
// split is tried until the left side names a speaker (exact spelling first, then any case).
std::optional<std::pair<Speaker, QString>> speakerAssignment(const QList<Speaker>& speakers,
                                                             const QString& argument)
{
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (qsizetype eq = argument.indexOf(QLatin1Char('=')); eq >= 0;
             eq = argument.indexOf(QLatin1Char('='), eq + 1)) {
            const QString label = argument.left(eq).trimmed();
            for (const Speaker& s : speakers) {
                if (s.label.compare(label, cs) == 0) {
                    return std::pair{s, argument.mid(eq + 1).trimmed()};
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<Speaker> speakerByLabel(const QList<Speaker>& speakers, const QString& label)
{
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const Speaker& s : speakers) {
            if (s.label.compare(label.trimmed(), cs) == 0) {
                return s;
            }
        }
    }
    return std::nullopt;
}

Error unknownSpeaker(const Document& document, const QList<Speaker>& speakers,
                     const QString& argument)
{
    QStringList labels;
    for (const Speaker& s : speakers) {
        labels << s.label;
    }
    return makeError(
        ErrorCode::NotFound,
        QStringLiteral("“%1” names no speaker of “%2”. Its speakers are: %3.")
            .arg(argument, document.name,
                 labels.isEmpty() ? QStringLiteral("none") : labels.join(QStringLiteral(", "))));
}

int printSuggestions(const Project& p, const Document& document, const Output& out)
{
    QJsonArray list;
    QList<QStringList> rows;
    for (const SpeakerLinkSuggestion& s : p.suggestSpeakerLinks(document.id)) {
        list.append(speakerSuggestionJson(s));
        const QString participant = s.pseudonym.isEmpty() ? QStringLiteral("-")
                                    : s.participant       ? QStringLiteral("existing")
                                                          : QStringLiteral("new");
        rows << QStringList{s.label, speakerRoleName(s.role),
                            s.pseudonym.isEmpty() ? QStringLiteral("(not linked)") : s.pseudonym,
                            participant, s.reason};
    }
    if (rows.isEmpty()) {
        return out.print(list, QStringLiteral("“%1” has no speakers.").arg(document.name));
    }
    return out.print(
        list,
        alignedTable({QStringLiteral("Label"), QStringLiteral("Role"), QStringLiteral("Pseudonym"),
                      QStringLiteral("Participant"), QStringLiteral("Reason")},
                     rows) +
            QStringLiteral("\n\nNothing changed. Apply these with --accept; change single "
                           "speakers with --link LABEL=PSEUDONYM, --unlink LABEL or "
                           "--role LABEL=facilitator|participant."));
}

int linkSpeakers(const CommandLine& line, const RepeatedOptions& repeated, const Output& out)
{
    const QString synopsis = QStringLiteral("link-speakers ") + kLinkSynopsis;
    const QStringList links = repeated.value(QStringLiteral("link"));
    const QStringList unlinks = repeated.value(QStringLiteral("unlink"));
    const QStringList roles = repeated.value(QStringLiteral("role"));
    for (const QString& argument : links + roles) {
        if (!argument.contains(QLatin1Char('='))) {
            return out.usage(
                QStringLiteral("“%1” needs the form LABEL=VALUE, e.g. --link \"P3=FG2 P3\".")
                    .arg(argument),
                synopsis);
        }
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    Project& p = **project;
    auto document = p.findDocument(line.at(1));
    if (!document) {
        return out.fail(document.error());
    }
    if (!line.has(QStringLiteral("accept")) && links.isEmpty() && unlinks.isEmpty() &&
        roles.isEmpty()) {
        return printSuggestions(p, *document, out);
    }

    const QList<Speaker> speakers = p.speakers(document->id);
    QMap<qint64, SpeakerLink> chosen; // by speaker id
    if (line.has(QStringLiteral("accept"))) {
        for (const SpeakerLinkSuggestion& s : p.suggestSpeakerLinks(document->id)) {
            chosen.insert(s.speaker.value, SpeakerLink{s.speaker, s.role, s.pseudonym});
        }
    }
    // A speaker changed only by --link/--unlink/--role keeps the rest of its current state.
    const auto linkOf = [&](const Speaker& s) -> SpeakerLink& {
        if (!chosen.contains(s.id.value)) {
            const auto participant =
                s.participantId ? p.participant(*s.participantId) : std::optional<Participant>();
            chosen.insert(
                s.id.value,
                SpeakerLink{s.id, s.role, participant ? participant->pseudonym : QString()});
        }
        return chosen[s.id.value];
    };
    QSet<qint64> linkedHere;
    for (const QString& argument : links) {
        const auto assignment = speakerAssignment(speakers, argument);
        if (!assignment) {
            return out.fail(
                unknownSpeaker(*document, speakers, argument.section(QLatin1Char('='), 0, 0)));
        }
        linkOf(assignment->first).pseudonym = assignment->second;
        linkedHere.insert(assignment->first.id.value);
    }
    for (const QString& label : unlinks) {
        const auto speaker = speakerByLabel(speakers, label);
        if (!speaker) {
            return out.fail(unknownSpeaker(*document, speakers, label));
        }
        if (linkedHere.contains(speaker->id.value)) {
            return out.usage(
                QStringLiteral("“%1” is given to both --link and --unlink.").arg(speaker->label),
                synopsis);
        }
        linkOf(*speaker).pseudonym.clear();
    }
    for (const QString& argument : roles) {
        const qsizetype eq = argument.lastIndexOf(QLatin1Char('='));
        const auto role = speakerRoleFromName(argument.mid(eq + 1).trimmed());
        if (!role) {
            return out.usage(QStringLiteral("Unknown role in “%1”; use facilitator or participant.")
                                 .arg(argument),
                             synopsis);
        }
        const auto speaker = speakerByLabel(speakers, argument.left(eq));
        if (!speaker) {
            return out.fail(unknownSpeaker(*document, speakers, argument.left(eq)));
        }
        linkOf(*speaker).role = *role;
    }
    if (auto st = p.applySpeakerLinks(chosen.values()); !st) {
        return out.fail(st.error());
    }

    QJsonArray list;
    QList<QStringList> rows;
    for (const Speaker& s : p.speakers(document->id)) {
        const auto participant =
            s.participantId ? p.participant(*s.participantId) : std::optional<Participant>();
        const QString pseudonym = participant ? participant->pseudonym : QString();
        list.append(QJsonObject{{QStringLiteral("speaker_id"), double(s.id.value)},
                                {QStringLiteral("label"), s.label},
                                {QStringLiteral("role"), speakerRoleName(s.role)},
                                {QStringLiteral("pseudonym"), nullable(pseudonym)}});
        rows << QStringList{s.label, speakerRoleName(s.role),
                            pseudonym.isEmpty() ? QStringLiteral("(not linked)") : pseudonym};
    }
    return out.print(QJsonObject{{QStringLiteral("document"), document->name},
                                 {QStringLiteral("speakers"), list}},
                     QStringLiteral("Speakers of “%1”:\n").arg(document->name) +
                         alignedTable({QStringLiteral("Label"), QStringLiteral("Role"),
                                       QStringLiteral("Participant")},
                                      rows));
}

int countFacilitators(const CommandLine& line, const Output& out)
{
    std::optional<bool> wanted;
    if (line.positional().size() > 1) {
        const QString state = line.at(1).toLower();
        if (state != QLatin1String("on") && state != QLatin1String("off")) {
            return out.usage(QStringLiteral("Give on or off, not “%1”.").arg(line.at(1)),
                             QStringLiteral("count-facilitators PROJECT [on|off]"));
        }
        wanted = state == QLatin1String("on");
    }
    auto project = openProject(line.at(0));
    if (!project) {
        return out.fail(project.error());
    }
    if (wanted) {
        if (auto st = (*project)->setCountsFacilitators(*wanted); !st) {
            return out.fail(st.error());
        }
    }
    const bool counts = (*project)->countsFacilitators();
    return out.print(QJsonObject{{QStringLiteral("count_facilitators"), counts}},
                     counts ? QStringLiteral("Facilitator turns count in prevalence: on.")
                            : QStringLiteral("Facilitator turns count in prevalence: off "
                                             "(only participants' voices count)."));
}

} // namespace

QList<Command> caseCommands()
{
    return {
        {{QStringLiteral("participants"), QStringLiteral("PROJECT"), 1, 1, {}, {}},
         QStringLiteral("List participants (cases) with their speakers and attributes."),
         &listParticipants},
        {{QStringLiteral("link-speakers"),
          kLinkSynopsis,
          2,
          2,
          {QStringLiteral("link"), QStringLiteral("unlink"), QStringLiteral("role")},
          {QStringLiteral("accept")}},
         QStringLiteral("Show suggested speaker → participant links for a document, or apply "
                        "them (--accept) and single changes; one undoable action."),
         nullptr,
         {QStringLiteral("link"), QStringLiteral("unlink"), QStringLiteral("role")},
         &linkSpeakers},
        {{QStringLiteral("count-facilitators"), QStringLiteral("PROJECT [on|off]"), 1, 2, {}, {}},
         QStringLiteral("Show or set whether facilitator turns count in prevalence (default "
                        "off)."),
         &countFacilitators},
    };
}

} // namespace tessera::cli
