#include "CodingOperations.h"

#include "project/Project.h"

#include <QObject>

namespace tessera::ui {

Result<CodingId> applyCode(WorkbenchState& state, const TextRange& range, CodeId code)
{
    if (range.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QObject::tr("Select some text in the transcript first, then apply the code."));
    }
    NewCoding coding;
    coding.documentId = range.document;
    coding.codeId = code;
    coding.start = range.start;
    coding.end = range.end;
    auto id = state.project().addCoding(coding);
    if (id) {
        state.noteCodeUsed(code);
    }
    return id;
}

Result<std::pair<CodeId, bool>> findOrCreateCode(WorkbenchState& state, const QString& pathOrName)
{
    Project& project = state.project();
    const QString wanted = pathOrName.trimmed();
    if (wanted.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QObject::tr("Type the name of a code."));
    }
    if (auto byPath = project.findCodeByPath(wanted)) {
        return std::pair{byPath->id, false};
    }
    std::optional<CodeId> byName;
    for (const Code& c : project.codes()) {
        if (c.fields.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            if (byName) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QObject::tr("More than one code is called “%1”. Type its path, e.g. "
                                "Parent/%1.")
                        .arg(wanted));
            }
            byName = c.id;
        }
    }
    if (byName) {
        return std::pair{*byName, false};
    }
    CodeFields fields;
    fields.name = wanted;
    auto created = project.addCode(fields);
    if (!created) {
        return created.error();
    }
    return std::pair{*created, true};
}

Result<CodingId> codeInVivo(WorkbenchState& state, const TextRange& range)
{
    if (range.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         QObject::tr("Select the participant's words to name the new code after."));
    }
    const QString text =
        state.project().documentText(range.document).mid(range.start, range.end - range.start);
    QString name = text.section(QLatin1Char('\n'), 0, 0).simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (name.size() > 60) {
        name = name.left(60).trimmed() + QStringLiteral("…");
    }
    auto code = findOrCreateCode(state, name);
    if (!code) {
        return code.error();
    }
    return applyCode(state, range, code->first);
}

std::optional<TextRange> turnRangeAt(const Project& project, DocumentId document,
                                     qsizetype position)
{
    const QList<Turn> turns = project.turns(document);
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn& t = turns[i];
        // A click on a speaker label belongs to the turn it introduces: the label lies between
        // the previous turn's end and this turn's start.
        const qsizetype previousEnd = i == 0 ? 0 : turns[i - 1].end;
        if (position >= previousEnd && position < t.end) {
            return TextRange{document, t.start, t.end};
        }
    }
    return std::nullopt;
}

TextRange snapToWords(const QString& text, const TextRange& range)
{
    qsizetype start = std::clamp<qsizetype>(range.start, 0, text.size());
    qsizetype end = std::clamp<qsizetype>(range.end, start, text.size());
    const auto isWordChar = [&](qsizetype i) {
        const QChar c = text.at(i);
        return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019) ||
               c == QLatin1Char('-') || c.isSurrogate() || c.category() == QChar::Mark_NonSpacing;
    };
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (start == end) {
        return TextRange{range.document, start, end};
    }
    while (start > 0 && isWordChar(start) && isWordChar(start - 1)) {
        --start;
    }
    while (end < text.size() && isWordChar(end - 1) && isWordChar(end)) {
        ++end;
    }
    return TextRange{range.document, start, end};
}

QString citation(const QString& text, const QString& group, const QString& documentName,
                 const QString& speaker)
{
    const QString where = group.isEmpty() ? documentName : group;
    const QString who = speaker.isEmpty() ? where : where + QStringLiteral(", ") + speaker;
    return QStringLiteral("“%1” (%2)").arg(text.trimmed(), who);
}

} // namespace tessera::ui
