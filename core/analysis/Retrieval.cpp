#include "Retrieval.h"

#include "project/Project.h"

#include <QSet>

#include <algorithm>

namespace tessera {

Retrieval::Retrieval(const Project& project) : m_project(project) {}

void Retrieval::loadLookups() const
{
    if (m_loaded) {
        return;
    }
    m_loaded = true;
    for (const Speaker& s : m_project.allSpeakers()) {
        m_speakers.insert(s.id.value, s);
    }
    for (const Participant& p : m_project.participants()) {
        m_participantNames.insert(p.id.value, p.pseudonym);
    }
    for (const Code& c : m_project.codes()) {
        m_codePaths.insert(c.id.value, c.path);
    }
    for (const Coder& c : m_project.coders()) {
        m_coderNames.insert(c.id.value, c.name);
    }
}

const Retrieval::DocumentInfo& Retrieval::info(DocumentId id) const
{
    auto it = m_documents.find(id.value);
    if (it == m_documents.end()) {
        DocumentInfo doc;
        if (auto d = m_project.document(id)) {
            doc.name = d->name;
            doc.group = d->groupName;
        }
        doc.text = m_project.documentText(id);
        doc.turns = m_project.turns(id);
        it = m_documents.insert(id.value, doc);
    }
    return it.value();
}

QList<Excerpt> Retrieval::excerpts(const QList<Coding>& codings) const
{
    loadLookups();
    QList<Excerpt> list;
    list.reserve(codings.size());
    for (const Coding& c : codings) {
        const DocumentInfo& doc = info(c.documentId);
        Excerpt e;
        e.coding = c;
        e.documentName = doc.name;
        e.group = doc.group;
        e.codePath = m_codePaths.value(c.codeId.value);
        e.coderName = m_coderNames.value(c.coderId.value);
        e.text = doc.text.mid(c.start, c.end - c.start);
        // Turns are sorted and disjoint: the first one ending after the passage's start is the
        // only candidate for its first overlap.
        const auto turn =
            std::upper_bound(doc.turns.cbegin(), doc.turns.cend(), c.start,
                             [](qsizetype pos, const Turn& t) { return pos < t.end; });
        if (turn != doc.turns.cend() && turn->start < c.end) {
            e.turnIndex = turn->index;
            e.beginMs = turn->beginMs;
            e.speaker = turn->speaker;
            if (turn->speakerId) {
                e.speakerId = turn->speakerId;
                const Speaker s = m_speakers.value(turn->speakerId->value);
                e.byFacilitator = s.role == SpeakerRole::Facilitator;
                if (s.participantId) {
                    e.speaker = m_participantNames.value(s.participantId->value, e.speaker);
                }
            }
        }
        list << e;
    }
    return list;
}

QList<Excerpt> Retrieval::excerptsForCode(CodeId code, bool includeChildCodes,
                                          std::optional<CoderId> coder) const
{
    CodingFilter filter;
    filter.codeId = code;
    filter.includeChildCodes = includeChildCodes;
    filter.coderId = coder;
    return excerpts(m_project.codings(filter));
}

QList<CodeId> Retrieval::codesOfThemeTree(ThemeId theme) const
{
    const QList<Theme> all = m_project.themes();
    QSet<qint64> inTree{theme.value};
    // themes() is depth-first, so a parent is always seen before its children.
    for (const Theme& t : all) {
        if (t.parentId && inTree.contains(t.parentId->value)) {
            inTree.insert(t.id.value);
        }
    }
    QList<CodeId> codes;
    QSet<qint64> seen;
    for (const Theme& t : all) {
        if (!inTree.contains(t.id.value)) {
            continue;
        }
        for (CodeId c : m_project.codesOfTheme(t.id)) {
            if (!seen.contains(c.value)) {
                seen.insert(c.value);
                codes << c;
            }
        }
    }
    return codes;
}

QList<Excerpt> Retrieval::excerptsForTheme(ThemeId theme, std::optional<CoderId> coder) const
{
    QList<Coding> all;
    for (CodeId code : codesOfThemeTree(theme)) {
        CodingFilter filter;
        filter.codeId = code;
        filter.coderId = coder;
        all << m_project.codings(filter);
    }
    std::sort(all.begin(), all.end(), [](const Coding& a, const Coding& b) {
        return std::tie(a.documentId, a.start, a.end, a.id) <
               std::tie(b.documentId, b.start, b.end, b.id);
    });
    return excerpts(all);
}

QHash<qint64, std::optional<qint64>> Retrieval::speakerParticipantLinks() const
{
    loadLookups();
    QHash<qint64, std::optional<qint64>> links;
    for (auto it = m_speakers.cbegin(); it != m_speakers.cend(); ++it) {
        links.insert(it.key(), it->participantId ? std::optional<qint64>(it->participantId->value)
                                                 : std::nullopt);
    }
    return links;
}

QString Retrieval::personKey(const Excerpt& excerpt,
                             const QHash<qint64, std::optional<qint64>>& links)
{
    if (!excerpt.speakerId) {
        return {};
    }
    if (const auto participant = links.value(excerpt.speakerId->value)) {
        return QStringLiteral("p%1").arg(*participant);
    }
    return QStringLiteral("s%1").arg(excerpt.speakerId->value);
}

CodeCounts Retrieval::countsFor(const QList<Excerpt>& excerpts) const
{
    const auto links = speakerParticipantLinks();
    const bool withFacilitators = m_project.countsFacilitators();
    QSet<qint64> documents;
    QSet<QString> people;
    for (const Excerpt& e : excerpts) {
        if (e.byFacilitator && !withFacilitators) {
            continue; // a coding, but not prevalence (Project::codeCounts does the same)
        }
        documents.insert(e.coding.documentId.value);
        const QString person = personKey(e, links);
        if (!person.isEmpty()) {
            people.insert(person);
        }
    }
    return CodeCounts{int(excerpts.size()), int(documents.size()), int(people.size())};
}

CodeCounts Retrieval::countsForCode(CodeId code, bool includeChildCodes) const
{
    return countsFor(excerptsForCode(code, includeChildCodes));
}

QHash<CodeId, CodeCounts> Retrieval::countsForAllCodes() const
{
    QHash<CodeId, CodeCounts> counts = m_project.codeCounts();
    for (const Code& code : m_project.codes()) {
        if (!counts.contains(code.id)) {
            counts.insert(code.id, CodeCounts{});
        }
    }
    return counts;
}

} // namespace tessera
