#include "CodebookComparison.h"

#include "project/Project.h"
#include "refi/RefiModel.h"
#include "refi/RefiReader.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace tessera {

namespace {

CodebookCode codebookCode(const QString& guid, const QString& parentGuid, const QString& path,
                          const CodeFields& fields)
{
    return CodebookCode{guid.toUpper(),       fields.name,        path,
                        parentGuid.toUpper(), fields.description, fields.inclusion,
                        fields.exclusion,     fields.example};
}

QString pathOfParent(const CodebookCode& code)
{
    const qsizetype slash = code.path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : code.path.left(slash);
}

// A's code index -> B's code index: by GUID first, then by path among the codes neither side
// has matched yet.
QHash<int, int> matchCodes(const Codebook& a, const Codebook& b)
{
    QHash<QString, int> bByGuid;
    QHash<QString, int> bByPath;
    for (int i = 0; i < b.codes.size(); ++i) {
        bByGuid.insert(b.codes[i].guid, i);
        bByPath.insert(b.codes[i].path.toCaseFolded(), i);
    }
    QHash<int, int> match;
    QSet<int> taken;
    for (int i = 0; i < a.codes.size(); ++i) {
        const auto found = bByGuid.constFind(a.codes[i].guid);
        if (!a.codes[i].guid.isEmpty() && found != bByGuid.cend()) {
            match.insert(i, found.value());
            taken.insert(found.value());
        }
    }
    for (int i = 0; i < a.codes.size(); ++i) {
        if (match.contains(i)) {
            continue;
        }
        const auto found = bByPath.constFind(a.codes[i].path.toCaseFolded());
        if (found != bByPath.cend() && !taken.contains(found.value())) {
            match.insert(i, found.value());
            taken.insert(found.value());
        }
    }
    return match;
}

QList<CodebookFieldChange> fieldChanges(const CodebookCode& a, const CodebookCode& b)
{
    const std::pair<const char*, QString CodebookCode::*> fields[] = {
        {"description", &CodebookCode::description},
        {"inclusion", &CodebookCode::inclusion},
        {"exclusion", &CodebookCode::exclusion},
        {"example", &CodebookCode::example}};
    QList<CodebookFieldChange> changes;
    for (const auto& [name, member] : fields) {
        if (a.*member != b.*member) {
            changes << CodebookFieldChange{QString::fromLatin1(name), a.*member, b.*member};
        }
    }
    return changes;
}

} // namespace

Codebook codebookOf(const Project& project)
{
    Codebook codebook;
    codebook.source = project.filePath();
    QHash<qint64, QString> guids;
    const QList<Code> codes = project.codes();
    for (const Code& c : codes) {
        guids.insert(c.id.value, c.guid);
    }
    for (const Code& c : codes) {
        codebook.codes << codebookCode(
            c.guid, c.parentId ? guids.value(c.parentId->value) : QString(), c.path, c.fields);
    }
    return codebook;
}

Codebook codebookOf(const QList<IncomingCode>& codes, const QString& source)
{
    Codebook codebook;
    codebook.source = source;
    QHash<QString, QString> paths; // GUID -> path
    for (const IncomingCode& c : codes) {
        const QString parentPath = paths.value(c.parentGuid.toUpper());
        const QString path =
            parentPath.isEmpty() ? c.fields.name : parentPath + QLatin1Char('/') + c.fields.name;
        paths.insert(c.guid.toUpper(), path);
        codebook.codes << codebookCode(c.guid, c.parentGuid, path, c.fields);
    }
    return codebook;
}

Result<Codebook> readCodebook(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("qdc")) {
        RefiReadOptions options;
        options.sourceName = info.fileName();
        auto bytes = readRefiFile(path, options.limits.maxEntryBytes);
        if (!bytes) {
            return bytes.error();
        }
        auto refi = readQdc(*bytes, options);
        if (!refi) {
            return refi.error();
        }
        QStringList warnings = refi->warnings;
        Codebook codebook =
            codebookOf(incomingCodesFromRefi(refi->codes, warnings), info.absoluteFilePath());
        codebook.warnings = warnings;
        return codebook;
    }
    // A .qdpx or a project: read as for a merge, and keep the codes.
    auto incoming = readIncomingProject(path);
    if (!incoming) {
        return incoming.error();
    }
    Codebook codebook = codebookOf(incoming->codes, info.absoluteFilePath());
    codebook.warnings = incoming->warnings;
    return codebook;
}

CodebookComparison compareCodebooks(const Codebook& a, const Codebook& b)
{
    CodebookComparison result;
    result.a = a.source;
    result.b = b.source;
    result.codesInA = int(a.codes.size());
    result.codesInB = int(b.codes.size());
    const QHash<int, int> match = matchCodes(a, b);
    QHash<QString, int> aByGuid;
    QHash<QString, int> bByGuid;
    for (int i = 0; i < a.codes.size(); ++i) {
        aByGuid.insert(a.codes[i].guid, i);
    }
    for (int i = 0; i < b.codes.size(); ++i) {
        bByGuid.insert(b.codes[i].guid, i);
    }
    QSet<int> matchedInB;
    for (const int j : match) {
        matchedInB.insert(j);
    }
    for (int i = 0; i < a.codes.size(); ++i) {
        const CodebookCode& ca = a.codes[i];
        if (!match.contains(i)) {
            result.removed << CodebookCodeRef{ca.guid, ca.path};
            continue;
        }
        const CodebookCode& cb = b.codes[match.value(i)];
        bool same = true;
        if (ca.name != cb.name) {
            result.renamed << CodebookRename{cb.guid, ca.path, cb.path};
            same = false;
        }
        // Moved: B's parent is not the code A's parent became (a renamed parent is no move).
        const int parentInA = ca.parentGuid.isEmpty() ? -1 : aByGuid.value(ca.parentGuid, -1);
        const int parentInB = cb.parentGuid.isEmpty() ? -1 : bByGuid.value(cb.parentGuid, -1);
        const int expected = parentInA < 0 ? -1 : match.value(parentInA, -2);
        if (expected != parentInB) {
            result.moved << CodebookMove{cb.guid, ca.path, cb.path, pathOfParent(ca),
                                         pathOfParent(cb)};
            same = false;
        }
        if (const QList<CodebookFieldChange> fields = fieldChanges(ca, cb); !fields.isEmpty()) {
            result.changed << CodebookChange{cb.guid, cb.path, fields};
            same = false;
        }
        result.unchanged += same ? 1 : 0;
    }
    for (int j = 0; j < b.codes.size(); ++j) {
        if (!matchedInB.contains(j)) {
            result.added << CodebookCodeRef{b.codes[j].guid, b.codes[j].path};
        }
    }
    return result;
}

} // namespace tessera
