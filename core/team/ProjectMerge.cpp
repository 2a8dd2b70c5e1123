#include "ProjectMerge.h"

#include "project/Project.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace tessera {

namespace {

QString folded(const QString& name)
{
    return name.toCaseFolded();
}

// The same hash Tessera stores for a document (Document::contentHash).
QString contentHash(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool splitsPair(const QString& text, qsizetype position)
{
    return position > 0 && position < text.size() && text.at(position - 1).isHighSurrogate() &&
           text.at(position).isLowSurrogate();
}

template <typename IdType> QString refKey(const BatchRef<IdType>& ref)
{
    return ref.isAdded() ? QStringLiteral("a%1").arg(ref.added)
                         : QStringLiteral("e%1").arg(ref.existing.value);
}

template <typename Value>
std::optional<Value> lookup(const QHash<QString, Value>& hash, const QString& key)
{
    const auto found = hash.constFind(key);
    return found == hash.cend() ? std::nullopt : std::optional<Value>(found.value());
}

class Planner {
public:
    Planner(const Project& project, const IncomingProject& incoming)
        : m_project(project), m_incoming(incoming)
    {
        m_plan.report.source = incoming.sourcePath;
        m_otherName = QFileInfo(incoming.sourcePath).fileName();
    }

    MergePlan plan()
    {
        planCoders();
        planCodes();
        planDocuments();
        planCodings();
        MergeReport& report = m_plan.report;
        report.warnings = m_incoming.warnings + report.warnings;
        if (!m_incoming.notMerged.isEmpty()) {
            report.warnings << QStringLiteral("Not merged from %1 (a merge brings documents, "
                                              "codes, coders and codings): %2.")
                                   .arg(m_otherName,
                                        m_incoming.notMerged.join(QStringLiteral(", ")));
        }
        return m_plan;
    }

private:
    void planCoders()
    {
        QHash<QString, CoderId> byGuid;
        QHash<QString, CoderId> byName;
        for (const Coder& c : m_project.coders()) {
            byGuid.insert(c.guid.toUpper(), c.id);
            byName.insert(folded(c.name), c.id);
        }
        for (const IncomingCoder& in : m_incoming.coders) {
            BatchRef<CoderId> ref;
            const QString guid = in.guid.toUpper();
            if (!guid.isEmpty() && byGuid.contains(guid)) {
                ref = BatchRef<CoderId>::of(byGuid.value(guid));
            } else if (byName.contains(folded(in.name))) {
                ref = BatchRef<CoderId>::of(byName.value(folded(in.name)));
            } else if (m_coderByName.contains(folded(in.name))) {
                ref = m_coderByName.value(folded(in.name)); // the same name twice in the file
            } else {
                ref = BatchRef<CoderId>::newAt(int(m_plan.batch.coders.size()));
                m_plan.batch.coders
                    << BatchCoder{guid, in.name, isValidColor(in.color) ? in.color : QString()};
                ++m_plan.report.codersAdded;
            }
            if (!ref.isAdded()) {
                ++m_plan.report.codersMatched;
            }
            if (!guid.isEmpty()) {
                m_coderByGuid.insert(guid, ref);
            }
            m_coderByName.insert(folded(in.name), ref);
        }
    }

    void compareDefinitions(const Code& ours, const CodeFields& theirs)
    {
        const std::pair<const char*, QString CodeFields::*> fields[] = {
            {"description", &CodeFields::description},
            {"inclusion", &CodeFields::inclusion},
            {"exclusion", &CodeFields::exclusion},
            {"example", &CodeFields::example}};
        for (const auto& [name, member] : fields) {
            if (ours.fields.*member != theirs.*member) {
                m_plan.report.conflicts << MergeConflict{ours.path, QString::fromLatin1(name),
                                                         ours.fields.*member, theirs.*member};
            }
        }
    }

    void planCodes()
    {
        const QList<Code> local = m_project.codes();
        QHash<QString, Code> byGuid;
        QHash<QString, Code> byParentAndName; // "<parent id>/<folded name>"
        for (const Code& c : local) {
            byGuid.insert(c.guid.toUpper(), c);
            byParentAndName.insert(QStringLiteral("%1/%2")
                                       .arg(c.parentId ? c.parentId->value : 0)
                                       .arg(folded(c.fields.name)),
                                   c);
        }
        QHash<QString, QString> incomingPaths; // GUID -> path in the other file
        for (const IncomingCode& in : m_incoming.codes) {
            const QString guid = in.guid.toUpper();
            std::optional<BatchRef<CodeId>> parent;
            QString path = in.fields.name;
            if (!in.parentGuid.isEmpty()) {
                const QString parentGuid = in.parentGuid.toUpper();
                if (m_codeByGuid.contains(parentGuid)) {
                    parent = m_codeByGuid.value(parentGuid);
                    path = incomingPaths.value(parentGuid) + QLatin1Char('/') + in.fields.name;
                } else {
                    m_plan.report.warnings
                        << QStringLiteral("The code “%1” in %2 names a parent that is not in the "
                                          "file; it was merged at the top level.")
                               .arg(in.fields.name, m_otherName);
                }
            }
            incomingPaths.insert(guid, path);
            std::optional<Code> match;
            if (byGuid.contains(guid)) {
                match = byGuid.value(guid);
                if (match->path.compare(path, Qt::CaseInsensitive) != 0) {
                    m_plan.report.warnings
                        << QStringLiteral("The code “%1” is “%2” in %3 (same GUID); it keeps its "
                                          "place and name here.")
                               .arg(match->path, path, m_otherName);
                }
            } else if (!parent || !parent->isAdded()) {
                const qint64 parentId = parent ? parent->existing.value : 0;
                const QString key =
                    QStringLiteral("%1/%2").arg(parentId).arg(folded(in.fields.name));
                if (byParentAndName.contains(key)) {
                    match = byParentAndName.value(key);
                }
            }
            BatchRef<CodeId> ref;
            if (match) {
                ref = BatchRef<CodeId>::of(match->id);
                compareDefinitions(*match, in.fields);
                ++m_plan.report.codesMatched;
            } else {
                CodeFields fields = in.fields;
                if (!isValidColor(fields.color)) {
                    fields.color.clear();
                }
                ref = BatchRef<CodeId>::newAt(int(m_plan.batch.codes.size()));
                m_plan.batch.codes << BatchCode{guid, fields, parent};
                ++m_plan.report.codesAdded;
            }
            m_codeByGuid.insert(guid, ref);
        }
    }

    // A document name this project does not use yet: "FG1", else "FG1 (from other.tessera)",
    // "FG1 (from other.tessera 2)" ...
    QString freeDocumentName(const QString& name, const QSet<QString>& taken) const
    {
        if (!taken.contains(folded(name))) {
            return name;
        }
        const QString from = QFileInfo(m_incoming.sourcePath).fileName();
        QString candidate = QStringLiteral("%1 (from %2)").arg(name, from);
        for (int n = 2; taken.contains(folded(candidate)); ++n) {
            candidate = QStringLiteral("%1 (from %2 %3)").arg(name, from).arg(n);
        }
        return candidate;
    }

    void planDocuments()
    {
        QHash<QString, QList<Document>> byHash;
        QSet<QString> guids;
        QSet<QString> names;
        for (const Document& d : m_project.documents()) {
            byHash[d.contentHash].append(d);
            guids.insert(d.guid.toUpper());
            names.insert(folded(d.name));
        }
        QHash<QString, BatchRef<DocumentId>> added; // hash -> a document this merge adds
        for (const IncomingDocument& in : m_incoming.documents) {
            const QString guid = in.guid.toUpper();
            const QString hash = contentHash(in.text);
            m_texts.insert(guid, in.text);
            const QList<Document> same = byHash.value(hash);
            if (!same.isEmpty()) {
                // Prefer the document that is the same object, then the one of the same name.
                Document chosen = same.first();
                for (const Document& d : same) {
                    if (d.guid.compare(guid, Qt::CaseInsensitive) == 0) {
                        chosen = d;
                        break;
                    }
                    if (d.name.compare(in.name, Qt::CaseInsensitive) == 0) {
                        chosen = d;
                    }
                }
                m_documentByGuid.insert(guid, BatchRef<DocumentId>::of(chosen.id));
                ++m_plan.report.documentsMatched;
                continue;
            }
            if (added.contains(hash)) {
                m_documentByGuid.insert(guid, added.value(hash));
                m_plan.report.warnings
                    << QStringLiteral("“%1” in %2 has the same text as another of its documents; "
                                      "their codings were merged into one document.")
                           .arg(in.name, m_otherName);
                continue;
            }
            BatchDocument document;
            document.guid = guids.contains(guid) ? QString() : guid;
            document.name = freeDocumentName(in.name, names);
            if (document.name != in.name) {
                m_plan.report.warnings
                    << QStringLiteral("“%1” from %2 was added as “%3”: this project already has a "
                                      "document called “%1” with a different text.")
                           .arg(in.name, m_otherName, document.name);
            }
            document.groupName = in.groupName;
            document.sourceName = in.sourceName;
            document.format = in.format.isEmpty() ? QStringLiteral("txt") : in.format;
            document.text = in.text;
            document.turns = in.turns;
            document.speakerRoles = in.speakerRoles;
            names.insert(folded(document.name));
            if (!document.guid.isEmpty()) {
                guids.insert(document.guid);
            }
            const auto ref = BatchRef<DocumentId>::newAt(int(m_plan.batch.documents.size()));
            m_plan.batch.documents << document;
            added.insert(hash, ref);
            m_documentByGuid.insert(guid, ref);
            ++m_plan.report.documentsAdded;
        }
    }

    void planCodings()
    {
        QSet<QString> existing; // "<document> <code> <coder> <start> <end>" by id
        QSet<QString> guids;
        for (const Coding& c : m_project.codings()) {
            existing.insert(QStringLiteral("e%1 e%2 e%3 %4 %5")
                                .arg(c.documentId.value)
                                .arg(c.codeId.value)
                                .arg(c.coderId.value)
                                .arg(c.start)
                                .arg(c.end));
            guids.insert(c.guid.toUpper());
        }
        int unresolved = 0;
        int outside = 0;
        for (const IncomingCoding& in : m_incoming.codings) {
            const auto document = lookup(m_documentByGuid, in.documentGuid.toUpper());
            const auto code = lookup(m_codeByGuid, in.codeGuid.toUpper());
            const auto coder = in.coderGuid.isEmpty()
                                   ? lookup(m_coderByName, folded(in.coderName))
                                   : lookup(m_coderByGuid, in.coderGuid.toUpper());
            if (!document || !code || !coder) {
                ++unresolved;
                continue;
            }
            const QString text = m_texts.value(in.documentGuid.toUpper());
            if (in.start < 0 || in.end > text.size() || in.start >= in.end ||
                splitsPair(text, in.start) || splitsPair(text, in.end)) {
                ++outside;
                continue;
            }
            const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                                    .arg(refKey(*document), refKey(*code), refKey(*coder))
                                    .arg(in.start)
                                    .arg(in.end);
            if (existing.contains(key)) {
                ++m_plan.report.codingsSkipped;
                continue;
            }
            existing.insert(key);
            BatchCoding coding;
            coding.document = *document;
            coding.code = *code;
            coding.coder = *coder;
            coding.start = in.start;
            coding.end = in.end;
            coding.memo = in.memo;
            coding.keyQuote = in.keyQuote;
            coding.createdAt = in.createdAt;
            const QString guid = in.guid.toUpper();
            coding.guid = guids.contains(guid) ? QString() : guid;
            guids.insert(guid);
            m_plan.batch.codings << coding;
            ++m_plan.report.codingsAdded;
        }
        if (unresolved > 0) {
            m_plan.report.warnings << QStringLiteral("%1 coding(s) in %2 name a document, code or "
                                                     "coder the file does not hold; they were "
                                                     "left out.")
                                          .arg(unresolved)
                                          .arg(m_otherName);
        }
        if (outside > 0) {
            m_plan.report.warnings << QStringLiteral("%1 coding(s) in %2 lie outside their "
                                                     "document's text; they were left out.")
                                          .arg(outside)
                                          .arg(m_otherName);
        }
    }

    const Project& m_project;
    const IncomingProject& m_incoming;
    QString m_otherName;
    MergePlan m_plan;
    QHash<QString, BatchRef<CoderId>> m_coderByGuid;
    QHash<QString, BatchRef<CoderId>> m_coderByName; // folded name
    QHash<QString, BatchRef<CodeId>> m_codeByGuid;
    QHash<QString, BatchRef<DocumentId>> m_documentByGuid;
    QHash<QString, QString> m_texts; // incoming document GUID -> text
};

} // namespace

MergePlan planMerge(const Project& project, const IncomingProject& incoming)
{
    return Planner(project, incoming).plan();
}

Result<MergeReport> mergeIncoming(Project& project, const IncomingProject& incoming)
{
    MergePlan plan = planMerge(project, incoming);
    const QString label = QObject::tr("Merge “%1”").arg(QFileInfo(incoming.sourcePath).fileName());
    if (auto ids = project.addBatch(plan.batch, label); !ids) {
        return makeError(
            ids.error().code,
            QStringLiteral("Merging %1 failed: %2").arg(incoming.sourcePath, ids.error().message));
    }
    return plan.report;
}

Result<MergeReport> mergeProjectFile(Project& project, const QString& otherPath)
{
    const QFileInfo other(otherPath);
    const QString own = QFileInfo(project.filePath()).canonicalFilePath();
    if (other.exists() && other.canonicalFilePath() == own) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is this project itself; merging it into itself would "
                                        "change nothing. Name a colleague's copy instead.")
                             .arg(other.absoluteFilePath()));
    }
    auto incoming = readIncomingProject(otherPath);
    if (!incoming) {
        return incoming.error();
    }
    return mergeIncoming(project, *incoming);
}

} // namespace tessera
