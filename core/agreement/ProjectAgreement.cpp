#include "ProjectAgreement.h"

#include "AgreementInput.h"
#include "AgreementLevels.h"
#include "agreement/CharacterAgreement.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// "reason" when all undefined figures share one, else "label: reason; label: reason".
QString joinReasons(const QList<std::pair<QString, const std::optional<AgreementValue>*>>& fields)
{
    QStringList labelled;
    QStringList distinct;
    for (const auto& [label, field] : fields) {
        if (*field && !(*field)->isDefined()) {
            labelled << label + u": "_s + (*field)->undefinedReason;
            if (!distinct.contains((*field)->undefinedReason)) {
                distinct << (*field)->undefinedReason;
            }
        }
    }
    return distinct.size() == 1 ? distinct.first() : labelled.join(u"; "_s);
}

} // namespace

QString agreementUnitName(AgreementOptions::Unit unit)
{
    switch (unit) {
    case AgreementOptions::Unit::Character:
        return u"char"_s;
    case AgreementOptions::Unit::Turn:
        return u"turn"_s;
    case AgreementOptions::Unit::Unitized:
        return u"unitized"_s;
    }
    return {};
}

std::optional<AgreementOptions::Unit> agreementUnitFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"char"_s || n == u"character"_s) {
        return AgreementOptions::Unit::Character;
    }
    if (n == u"turn"_s) {
        return AgreementOptions::Unit::Turn;
    }
    if (n == u"unitized"_s) {
        return AgreementOptions::Unit::Unitized;
    }
    return std::nullopt;
}

QString CodeAgreement::undefinedReason() const
{
    return joinReasons({{u"percent agreement"_s, &percentAgreement},
                        {u"Cohen's kappa"_s, &cohenKappa},
                        {u"Fleiss' kappa"_s, &fleissKappa},
                        {u"alpha"_s, &alpha},
                        {u"u-alpha"_s, &uAlpha}});
}

QString DomainAgreementReport::undefinedReason() const
{
    QList<std::optional<AgreementValue>> perCode;
    for (const CodeValue& v : codeUAlpha) {
        perCode << v.value;
    }
    QList<std::pair<QString, const std::optional<AgreementValue>*>> fields{
        {u"alpha"_s, &alpha},
        {u"Cohen's kappa"_s, &cohenKappa},
        {u"Fleiss' kappa"_s, &fleissKappa},
        {u"u-alpha"_s, &uAlpha},
        {u"|u-alpha"_s, &binaryUAlpha},
        {u"cu-alpha"_s, &cuAlpha}};
    for (qsizetype i = 0; i < perCode.size(); ++i) {
        fields.append({u"(%1)u-alpha"_s.arg(codeUAlpha[i].path), &perCode[i]});
    }
    return joinReasons(fields);
}

Result<AgreementReport> computeAgreement(const Project& project, const AgreementOptions& options)
{
    if (options.unit == AgreementOptions::Unit::Character && options.coders.size() > 2) {
        return makeError(ErrorCode::InvalidInput,
                         u"Character-level agreement compares exactly two coders (%1 given). "
                         u"Compare them two at a time, or use the turn or unitized level, which "
                         u"take any number of coders."_s.arg(options.coders.size()));
    }
    auto input = agreement_input::loadAgreementInput(
        project, {options.coders, options.codes, options.domain, options.documents});
    if (!input) {
        return input.error();
    }

    AgreementReport report;
    report.unit = options.unit;
    for (const Coder& c : std::as_const(input->coders)) {
        report.coderIds << c.id;
        report.coders << c.name;
    }
    for (const auto& d : std::as_const(input->documents)) {
        report.characters += d.length;
    }
    for (const auto& c : std::as_const(input->codes)) {
        CodeAgreement code;
        code.code = c.id;
        code.path = c.path;
        report.perCode << code;
    }
    if (!input->domain.isEmpty()) {
        report.domain = DomainAgreementReport{};
        for (const auto& c : std::as_const(input->domain)) {
            report.domain->codes << c.id;
            report.domain->paths << c.path;
        }
    }
    if (input->codes.isEmpty()) {
        report.notes << u"None of these coders applied any code in these documents."_s;
    }

    switch (options.unit) {
    case AgreementOptions::Unit::Character:
        if (Status s = agreement_input::addCharacterLevel(*input, report); !s) {
            return s.error();
        }
        if (report.domain) {
            report.notes << u"Domains are compared at the turn or unitized level; at character "
                            u"level codes are compared one at a time."_s;
        }
        break;
    case AgreementOptions::Unit::Turn:
        agreement_input::addTurnLevel(project, *input, report);
        break;
    case AgreementOptions::Unit::Unitized:
        agreement_input::addUnitizedLevel(*input, report);
        break;
    }
    return report;
}

namespace agreement_input {

Status addCharacterLevel(const AgreementInput& input, AgreementReport& report)
{
    QList<agreement::BinaryTable> pooled(input.codes.size());
    for (const ScopedDocument& d : input.documents) {
        DocumentAgreement document{d.id, d.name, d.length, {}};
        for (qsizetype i = 0; i < input.codes.size(); ++i) {
            const CodeId code = input.codes[i].id;
            const Result<agreement::BinaryTable> table = agreement::characterTable(
                d.length, input.ranges(0, code, d.id), input.ranges(1, code, d.id));
            if (!table) {
                return makeError(ErrorCode::Corrupt,
                                 u"A coding of “%1” in “%2” does not fit the document: %3 Check "
                                 u"the project file (it may be damaged)."_s.arg(
                                     input.codes[i].path, d.name, table.error().message));
            }
            const agreement::CharacterAgreement a = agreement::characterAgreement(*table);
            document.codes << DocumentCodeAgreement{code, input.codes[i].path, *table,
                                                    a.percentAgreement, a.kappa};
            pooled[i] += *table;
        }
        report.documents << document;
    }
    for (qsizetype i = 0; i < input.codes.size(); ++i) {
        const agreement::CharacterAgreement a = agreement::characterAgreement(pooled[i]);
        CodeAgreement& c = report.perCode[i];
        c.percentAgreement = a.percentAgreement;
        c.cohenKappa = a.kappa;
        c.table = pooled[i];
        c.units = pooled[i].total();
    }
    return {};
}

} // namespace agreement_input

} // namespace tessera
