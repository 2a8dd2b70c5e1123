#include "RefiImporter.h"
#include "project/Project.h"
#include "refi/RefiConventions.h"
#include "refi/RefiGuid.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tessera::refi_detail {

namespace {

const QChar kDivisionSlash(0x2215);

// Names Tessera itself gives the notes it writes; their text is the memo as it was.
bool isTesseraNoteName(const QString& name)
{
    return name.isEmpty() || name.startsWith(u"Memo: "_s) || name.startsWith(u"Coding memo: "_s) ||
           name.startsWith(u"Journal "_s);
}

QString noteText(const RefiNote& note)
{
    const QString text = note.text.trimmed().isEmpty() ? note.description : note.text;
    return isTesseraNoteName(note.name) ? text : note.name + u'\n' + text;
}

// "#RRGGBB" as Tessera stores colours; "#RGB" widened; anything else empty (a palette colour).
QString projectColor(const QString& color)
{
    static const QRegularExpression shortForm(u"^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$"_s);
    if (const auto match = shortForm.match(color.trimmed()); match.hasMatch()) {
        return u"#%1%1%2%2%3%3"_s.arg(match.captured(1), match.captured(2), match.captured(3))
            .toUpper();
    }
    return isValidColor(color.trimmed()) ? color.trimmed().toUpper() : QString();
}

// `name`, or "name (2)", "name (3)" ... whichever `taken` does not hold (case-insensitively).
QString uniqueAmong(const QString& name, const QSet<QString>& taken)
{
    QString candidate = name;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n) {
        candidate = u"%1 (%2)"_s.arg(name).arg(n);
    }
    return candidate;
}

} // namespace

QString cleanName(const QString& name, const QString& fallback, bool* changed)
{
    static const QRegularExpression control(u"[\\x00-\\x1F\\x7F]+"_s);
    QString clean = name;
    clean.replace(control, u" "_s);
    clean.replace(u'/', kDivisionSlash);
    clean = clean.trimmed();
    if (clean.isEmpty()) {
        clean = fallback;
    }
    if (changed) {
        *changed = clean != name;
    }
    return clean;
}

QList<RefiCode> nestBackslashNames(const QList<RefiCode>& codes)
{
    QList<RefiCode> result;
    for (const RefiCode& code : codes) {
        QStringList parts = code.name.split(u'\\', Qt::SkipEmptyParts);
        if (parts.size() < 2 || !code.children.isEmpty()) {
            result.append(code);
            continue;
        }
        QList<RefiCode>* level = &result;
        QString path;
        while (parts.size() > 1) {
            const QString part = parts.takeFirst();
            path += part + u'\\';
            auto found = std::find_if(level->begin(), level->end(),
                                      [&](const RefiCode& c) { return c.name == part; });
            if (found == level->end()) {
                RefiCode parent;
                parent.guid = derivedRefiGuid(u"taguette-parent:"_s + path);
                parent.name = part;
                level->append(parent);
                found = level->end() - 1;
            }
            level = &found->children;
        }
        RefiCode leaf = code;
        leaf.name = parts.first();
        level->append(leaf);
    }
    return result;
}

RefiImporter::RefiImporter(Project& project, RefiImportReport& report)
    : m_project(project), m_report(report)
{
}

void RefiImporter::warn(const QString& message)
{
    if (!m_said.contains(message)) {
        m_said.insert(message);
        m_report.warnings.append(message);
    }
}

void RefiImporter::setNotes(const QList<RefiNote>& notes)
{
    for (const RefiNote& note : notes) {
        if (!m_notes.contains(note.guid)) {
            m_notes.insert(note.guid, note);
            m_noteOrder.append(note.guid);
        }
    }
}

QString RefiImporter::memoFrom(const QStringList& noteRefs)
{
    QStringList texts;
    for (const QString& guid : noteRefs) {
        const auto note = m_notes.constFind(guid);
        if (note == m_notes.constEnd()) {
            warn(u"A memo reference points to a note the file does not contain (%1); it was "
                 "ignored."_s.arg(guid));
            continue;
        }
        if (m_usedNotes.contains(guid)) {
            continue;
        }
        m_usedNotes.insert(guid);
        texts.append(noteText(*note));
        ++m_report.memosImported;
    }
    return texts.join(u"\n\n"_s);
}

std::optional<CoderId> RefiImporter::coderOf(const QString& userGuid) const
{
    const auto found = m_coders.constFind(userGuid);
    if (found != m_coders.constEnd()) {
        return *found;
    }
    return m_defaultCoder;
}

Status RefiImporter::importUsers(const QList<RefiUser>& users, const QString& creatingUser)
{
    int index = 0;
    for (const RefiUser& user : users) {
        ++index;
        if (m_coders.contains(user.guid)) {
            continue;
        }
        const QString name = cleanName(user.name, u"User %1"_s.arg(index));
        std::optional<CoderId> coder;
        for (const Coder& existing : m_project.coders()) {
            if (existing.guid.compare(user.guid, Qt::CaseInsensitive) == 0) {
                coder = existing.id;
                m_report.matched.append(u"coder “%1” (same GUID)"_s.arg(existing.name));
            } else if (!coder && existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                coder = existing.id;
                m_report.matched.append(u"coder “%1” (same name)"_s.arg(existing.name));
            }
        }
        if (!coder) {
            auto added = m_project.addCoder(name, {}, projectGuid(user.guid));
            if (!added) {
                return added.error();
            }
            coder = *added;
            ++m_report.codersAdded;
        }
        m_coders.insert(user.guid, *coder);
    }
    if (m_coders.contains(creatingUser)) {
        m_defaultCoder = m_coders.value(creatingUser);
    } else if (!users.isEmpty()) {
        m_defaultCoder = m_coders.value(users.first().guid);
    } else if (const auto current = m_project.currentCoder()) {
        m_defaultCoder = current->id;
    }
    return {};
}

Status RefiImporter::importCodes(const QList<RefiCode>& codes)
{
    if (auto st = importCodeList(codes, std::nullopt, QString()); !st) {
        return st;
    }
    if (m_folderCodes > 0) {
        warn(u"%1 code(s) were folders in the file (not codable); in Tessera they are ordinary "
             "codes, and export writes them as codable."_s.arg(m_folderCodes));
    }
    return {};
}

Status RefiImporter::importCodeList(const QList<RefiCode>& codes, std::optional<CodeId> parent,
                                    const QString& parentPath)
{
    const QList<Code> existing = m_project.codes();
    QSet<QString> siblingNames;
    for (const Code& code : existing) {
        if (code.parentId == parent) {
            siblingNames.insert(code.fields.name.toCaseFolded());
        }
    }
    for (const RefiCode& refi : codes) {
        bool renamed = false;
        const QString name = cleanName(refi.name, u"Unnamed code"_s, &renamed);
        const QString path = parentPath.isEmpty() ? name : parentPath + u'/' + name;
        std::optional<Code> match;
        QString how;
        for (const Code& code : existing) {
            if (code.guid.compare(refi.guid, Qt::CaseInsensitive) == 0) {
                match = code;
                how = u"same GUID"_s;
                break;
            }
        }
        if (!match && !m_codes.contains(refi.guid)) {
            for (const Code& code : existing) {
                if (code.path == path && !m_codes.values().contains(code.id)) {
                    match = code;
                    how = u"same path"_s;
                    break;
                }
            }
        }
        CodeId id;
        if (match) {
            id = match->id;
            m_report.matched.append(u"code “%1” (%2)"_s.arg(match->path, how));
        } else {
            const QString unique = uniqueAmong(name, siblingNames);
            if (unique != name || renamed) {
                warn(u"The code “%1” was renamed “%2”: Tessera needs sibling codes to have "
                     "different names and keeps “/” for paths."_s.arg(refi.name, unique));
            }
            const CodeDefinitionText definition = parseCodeDescription(refi.description);
            CodeFields fields;
            fields.name = unique;
            fields.color = projectColor(refi.color);
            fields.description = definition.description;
            fields.inclusion = definition.inclusion;
            fields.exclusion = definition.exclusion;
            fields.example = definition.example;
            fields.memo = memoFrom(refi.noteRefs);
            // A GUID the file uses twice gets a new one the second time.
            const QString guid = m_codes.contains(refi.guid) ? QString() : projectGuid(refi.guid);
            if (guid.isEmpty()) {
                warn(u"The file uses the GUID %1 for more than one code; the later ones got new "
                     "GUIDs."_s.arg(refi.guid));
            }
            auto added = m_project.addCode(fields, parent, guid);
            if (!added) {
                return added.error();
            }
            id = *added;
            siblingNames.insert(unique.toCaseFolded());
            ++m_report.codesAdded;
            m_folderCodes += refi.isCodable ? 0 : 1;
        }
        if (!m_codes.contains(refi.guid)) {
            m_codes.insert(refi.guid, id);
        }
        const auto code = m_project.code(id);
        if (auto st = importCodeList(refi.children, id, code ? code->path : path); !st) {
            return st;
        }
    }
    return {};
}

Status RefiImporter::importThemes(const QList<RefiSet>& sets)
{
    QList<RefiSet> pending;
    QSet<QString> pendingGuids;
    for (const RefiSet& set : sets) {
        if (!set.memberCodes.isEmpty() || set.memberSources.isEmpty()) {
            pending.append(set);
            pendingGuids.insert(set.guid);
        }
    }
    const QList<Theme> existing = m_project.themes();
    // Parents first: a set whose parent theme is still pending waits for the next pass.
    while (!pending.isEmpty()) {
        QList<RefiSet> later;
        for (const RefiSet& set : std::as_const(pending)) {
            const ThemeSetText text = parseThemeDescription(set.description);
            if (!text.parentGuid.isEmpty() && !m_themes.contains(text.parentGuid) &&
                pendingGuids.contains(text.parentGuid) && text.parentGuid != set.guid) {
                later.append(set);
                continue;
            }
            const std::optional<ThemeId> parent =
                m_themes.contains(text.parentGuid)
                    ? std::optional<ThemeId>(m_themes.value(text.parentGuid))
                    : std::nullopt;
            std::optional<ThemeId> id;
            for (const Theme& theme : existing) {
                if (theme.guid.compare(set.guid, Qt::CaseInsensitive) == 0) {
                    id = theme.id;
                    m_report.matched.append(u"theme “%1” (same GUID)"_s.arg(theme.path));
                }
            }
            if (!id) {
                QSet<QString> siblings;
                for (const Theme& theme : m_project.themes()) {
                    if (theme.parentId == parent) {
                        siblings.insert(theme.fields.name.toCaseFolded());
                    }
                }
                ThemeFields fields;
                fields.name = uniqueAmong(cleanName(set.name, u"Unnamed theme"_s), siblings);
                fields.organisingConcept = text.organisingConcept;
                fields.status = themeStatusFromName(text.status).value_or(ThemeStatus::Candidate);
                fields.color = projectColor(text.color);
                fields.memo = memoFrom(set.memberNotes);
                auto added = m_project.addTheme(fields, parent, projectGuid(set.guid));
                if (!added) {
                    return added.error();
                }
                id = *added;
                ++m_report.themesAdded;
            }
            m_themes.insert(set.guid, *id);
            for (const QString& codeGuid : set.memberCodes) {
                if (!m_codes.contains(codeGuid)) {
                    warn(u"The set “%1” names a code the file does not contain (%2); that link "
                         "was skipped."_s.arg(set.name, codeGuid));
                    continue;
                }
                const CodeId code = m_codes.value(codeGuid);
                if (m_project.themesOfCode(code).contains(*id)) {
                    continue;
                }
                if (auto st = m_project.linkCodeToTheme(code, *id); !st) {
                    return st;
                }
            }
        }
        if (later.size() == pending.size()) {
            // A cycle of parents: import the rest without their parent.
            for (RefiSet& set : later) {
                set.description = parseThemeDescription(set.description).organisingConcept;
            }
        }
        pending = later;
    }
    return {};
}

} // namespace tessera::refi_detail
