#include "AgreementInput.h"

#include "project/Project.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tessera::agreement_input {

namespace {

Result<QList<Coder>> resolveCoders(const Project& project, const QList<CoderId>& ids)
{
    if (ids.size() < 2) {
        return makeError(ErrorCode::InvalidInput,
                         u"Agreement compares at least two coders; %1 given. Choose two or more "
                         u"coders who coded the same documents."_s.arg(ids.size()));
    }
    QList<Coder> coders;
    for (CoderId id : ids) {
        const std::optional<Coder> coder = project.coder(id);
        if (!coder) {
            return makeError(ErrorCode::NotFound,
                             u"No coder with id %1 in this project (it may have been deleted). "
                             u"Choose the coders again."_s.arg(id.value));
        }
        for (const Coder& earlier : std::as_const(coders)) {
            if (earlier.id == id) {
                return makeError(ErrorCode::InvalidInput,
                                 u"Coder “%1” is listed twice; agreement compares different "
                                 u"coders."_s.arg(coder->name));
            }
        }
        coders << *coder;
    }
    return coders;
}

Result<QList<ScopedCode>> resolveCodes(const QHash<qint64, Code>& all, const QList<CodeId>& ids,
                                       const QString& what)
{
    QList<ScopedCode> codes;
    QSet<qint64> seen;
    for (CodeId id : ids) {
        const auto it = all.constFind(id.value);
        if (it == all.cend()) {
            return makeError(ErrorCode::NotFound,
                             u"No code with id %1 in this project (asked for in the %2). It may "
                             u"have been deleted; choose the codes again."_s.arg(id.value)
                                 .arg(what));
        }
        if (!seen.contains(id.value)) { // asking twice for one code is harmless
            seen.insert(id.value);
            codes << ScopedCode{id, it->path};
        }
    }
    return codes;
}

Result<QList<ScopedDocument>> resolveDocuments(const Project& project,
                                               const QList<DocumentId>& wanted)
{
    QList<ScopedDocument> documents;
    QSet<qint64> found;
    for (const Document& d : project.documents()) {
        if (wanted.isEmpty() || wanted.contains(d.id)) {
            documents << ScopedDocument{d.id, d.name, d.length};
            found.insert(d.id.value);
        }
    }
    for (DocumentId id : wanted) {
        if (!found.contains(id.value)) {
            return makeError(ErrorCode::NotFound,
                             u"No document with id %1 in this project (it may have been "
                             u"deleted). Choose the documents again."_s.arg(id.value));
        }
    }
    return documents;
}

} // namespace

const QList<Coding>& AgreementInput::codings(int coder, CodeId code, DocumentId document) const
{
    static const QList<Coding> none;
    const auto it = byCoderCodeDocument.find({coder, code.value, document.value});
    return it == byCoderCodeDocument.end() ? none : it->second;
}

QList<agreement::Interval> AgreementInput::ranges(int coder, CodeId code, DocumentId document) const
{
    QList<agreement::Interval> intervals;
    for (const Coding& c : codings(coder, code, document)) {
        intervals << agreement::Interval{c.start, c.end};
    }
    return intervals;
}

QList<agreement::Interval> AgreementInput::coverage(int coder, CodeId code,
                                                    DocumentId document) const
{
    return agreement::coverage(ranges(coder, code, document));
}

Result<AgreementInput> loadAgreementInput(const Project& project, const InputRequest& request)
{
    AgreementInput input;
    auto coders = resolveCoders(project, request.coders);
    if (!coders) {
        return coders.error();
    }
    input.coders = *coders;

    QHash<qint64, Code> allCodes;
    const QList<Code> tree = project.codes();
    for (const Code& c : tree) {
        allCodes.insert(c.id.value, c);
    }
    auto codes = resolveCodes(allCodes, request.codes, u"codes"_s);
    if (!codes) {
        return codes.error();
    }
    auto domain = resolveCodes(allCodes, request.domain, u"domain"_s);
    if (!domain) {
        return domain.error();
    }
    if (domain->size() == 1) {
        return makeError(ErrorCode::InvalidInput,
                         u"A domain is a set of at least two mutually exclusive codes; only "
                         u"“%1” was given. For one code, ask for it as a code instead."_s.arg(
                             domain->first().path));
    }
    input.domain = *domain;
    auto documents = resolveDocuments(project, request.documents);
    if (!documents) {
        return documents.error();
    }
    input.documents = *documents;

    QSet<qint64> inScope;
    for (const ScopedDocument& d : std::as_const(input.documents)) {
        inScope.insert(d.id.value);
    }
    QSet<qint64> applied;
    for (int i = 0; i < input.coders.size(); ++i) {
        CodingFilter filter;
        filter.coderId = input.coders[i].id;
        for (const Coding& c : project.codings(filter)) {
            if (inScope.contains(c.documentId.value) && c.end > c.start) {
                input.byCoderCodeDocument[{i, c.codeId.value, c.documentId.value}] << c;
                applied.insert(c.codeId.value);
            }
        }
    }

    if (!codes->isEmpty()) {
        input.codes = *codes;
    } else if (!input.domain.isEmpty()) {
        input.codes = input.domain;
    } else {
        for (const Code& c : tree) {
            if (applied.contains(c.id.value)) {
                input.codes << ScopedCode{c.id, c.path};
            }
        }
    }
    return input;
}

} // namespace tessera::agreement_input
