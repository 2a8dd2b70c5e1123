#include "RefiConventions.h"

#include "RefiGuid.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

const QString kInclusion = u"Inclusion criteria:"_s;
const QString kExclusion = u"Exclusion criteria:"_s;
const QString kExample = u"Example:"_s;
const QString kSpeakerLabels = u"Speaker labels:"_s;
const QString kStatusKey = u"Theme status"_s;
const QString kColourKey = u"Theme colour"_s;
const QString kParentKey = u"Parent theme"_s;

// Joins non-empty paragraphs with a blank line.
QString paragraphs(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept.append(part);
        }
    }
    return kept.join(u"\n\n"_s);
}

QString section(const QString& heading, const QString& text)
{
    return text.trimmed().isEmpty() ? QString() : heading + u'\n' + text.trimmed();
}

// Index of the first line that is exactly `heading` and starts a paragraph, or -1.
qsizetype headingLine(const QStringList& lines, const QString& heading, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == heading && (i == 0 || lines.at(i - 1).trimmed().isEmpty())) {
            return i;
        }
    }
    return -1;
}

QString joinLines(const QStringList& lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from).join(u'\n').trimmed();
}

} // namespace

QString composeCodeDescription(const CodeDefinitionText& d)
{
    if (d.inclusion.trimmed().isEmpty() && d.exclusion.trimmed().isEmpty() &&
        d.example.trimmed().isEmpty()) {
        return d.description;
    }
    return paragraphs({d.description.trimmed(), section(kInclusion, d.inclusion),
                       section(kExclusion, d.exclusion), section(kExample, d.example)});
}

CodeDefinitionText parseCodeDescription(const QString& text)
{
    const QStringList lines = text.split(u'\n');
    struct Found {
        qsizetype line;
        QString* target;
    };
    CodeDefinitionText d;
    QList<Found> found;
    for (const auto& [heading, target] :
         {std::pair{kInclusion, &d.inclusion}, std::pair{kExclusion, &d.exclusion},
          std::pair{kExample, &d.example}}) {
        const qsizetype line = headingLine(lines, heading);
        if (line >= 0) {
            found.append({line, target});
        }
    }
    if (found.isEmpty()) {
        d.description = text;
        return d;
    }
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.line < b.line; });
    d.description = joinLines(lines, 0, found.first().line);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const qsizetype end = i + 1 < found.size() ? found.at(i + 1).line : lines.size();
        *found.at(i).target = joinLines(lines, found.at(i).line + 1, end);
    }
    return d;
}

QString composeThemeDescription(const ThemeSetText& theme)
{
    QStringList meta;
    if (!theme.status.isEmpty()) {
        meta << kStatusKey + u": "_s + theme.status;
    }
    if (!theme.color.isEmpty()) {
        meta << kColourKey + u": "_s + theme.color;
    }
    if (!theme.parentGuid.isEmpty()) {
        meta << u"%1: %2 (%3)"_s.arg(kParentKey, theme.parentName, theme.parentGuid);
    }
    return paragraphs({theme.organisingConcept.trimmed(), meta.join(u'\n')});
}

ThemeSetText parseThemeDescription(const QString& text)
{
    ThemeSetText theme;
    const qsizetype split = text.lastIndexOf(u"\n\n"_s);
    const QString last = split < 0 ? text : text.mid(split + 2);
    static const QRegularExpression keyValue(u"^(Theme status|Theme colour|Parent theme): (.*)$"_s);
    static const QRegularExpression parent(u"\\(([0-9A-Fa-f-]{36})\\)\\s*$"_s);
    const QStringList lines = last.trimmed().split(u'\n');
    ThemeSetText parsed;
    for (const QString& line : lines) {
        const auto match = keyValue.match(line.trimmed());
        if (!match.hasMatch()) {
            theme.organisingConcept = text;
            return theme; // an ordinary description
        }
        const QString value = match.captured(2).trimmed();
        if (match.captured(1) == kStatusKey) {
            parsed.status = value.toLower();
        } else if (match.captured(1) == kColourKey) {
            parsed.color = value.toUpper();
        } else if (const auto guid = parent.match(value); guid.hasMatch()) {
            parsed.parentGuid = normalizeRefiGuid(guid.captured(1));
            parsed.parentName = value.left(guid.capturedStart(0)).trimmed();
        }
    }
    parsed.isTheme = true;
    parsed.organisingConcept = split < 0 ? QString() : text.left(split).trimmed();
    return parsed;
}

QString composeAttributeDescription(const AttributeVariableText& attribute)
{
    QString text = u"Tessera %1 attribute: %2"_s.arg(
        attribute.participantScope ? u"participant"_s : u"document"_s, attribute.type);
    if (attribute.multiSelect) {
        text += u" (multiple choice)"_s;
    }
    if (!attribute.categories.isEmpty()) {
        text += u"\nCategories:\n"_s + attribute.categories.join(u'\n');
    }
    return text;
}

AttributeVariableText parseAttributeDescription(const QString& text)
{
    AttributeVariableText attribute;
    static const QRegularExpression header(
        u"^Tessera (participant|document) attribute: (text|number|date|category)"
        "( \\(multiple choice\\))?$"_s);
    const QStringList lines = text.trimmed().split(u'\n');
    const auto match = header.match(lines.first().trimmed());
    if (!match.hasMatch()) {
        return attribute;
    }
    attribute.recognised = true;
    attribute.participantScope = match.captured(1) == u"participant"_s;
    attribute.type = match.captured(2);
    attribute.multiSelect = !match.captured(3).isEmpty();
    if (lines.size() > 1 && lines.at(1).trimmed() == u"Categories:"_s) {
        for (const QString& line : lines.mid(2)) {
            if (!line.trimmed().isEmpty()) {
                attribute.categories.append(line.trimmed());
            }
        }
    }
    return attribute;
}

QString composeCaseDescription(const CaseText& text)
{
    QStringList labels;
    for (const auto& [document, label] : text.speakerLabels) {
        labels << document + u": "_s + label;
    }
    return paragraphs({text.memo.trimmed(),
                       labels.isEmpty() ? QString() : kSpeakerLabels + u'\n' + labels.join(u'\n')});
}

CaseText parseCaseDescription(const QString& text)
{
    CaseText parsed;
    const QStringList lines = text.split(u'\n');
    const qsizetype heading = headingLine(lines, kSpeakerLabels);
    if (heading < 0) {
        parsed.memo = text;
        return parsed;
    }
    parsed.memo = joinLines(lines, 0, heading);
    for (const QString& line : lines.mid(heading + 1)) {
        const qsizetype colon = line.lastIndexOf(u": "_s);
        if (colon > 0) {
            parsed.speakerLabels.append(
                {line.left(colon).trimmed(), line.mid(colon + 2).trimmed()});
        }
    }
    return parsed;
}

} // namespace tessera
