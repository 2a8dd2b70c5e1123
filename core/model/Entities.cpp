#include "Entities.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace tessera {

QString speakerRoleName(SpeakerRole role)
{
    return role == SpeakerRole::Facilitator ? QStringLiteral("facilitator")
                                            : QStringLiteral("participant");
}

std::optional<SpeakerRole> speakerRoleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("facilitator")) {
        return SpeakerRole::Facilitator;
    }
    if (n == QLatin1String("participant")) {
        return SpeakerRole::Participant;
    }
    return std::nullopt;
}

QString themeStatusName(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate:
        return QStringLiteral("candidate");
    case ThemeStatus::Reviewed:
        return QStringLiteral("reviewed");
    case ThemeStatus::Final:
        return QStringLiteral("final");
    }
    return QStringLiteral("candidate");
}

std::optional<ThemeStatus> themeStatusFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("candidate")) {
        return ThemeStatus::Candidate;
    }
    if (n == QLatin1String("reviewed")) {
        return ThemeStatus::Reviewed;
    }
    if (n == QLatin1String("final")) {
        return ThemeStatus::Final;
    }
    return std::nullopt;
}

QString attributeScopeName(AttributeScope scope)
{
    return scope == AttributeScope::Document ? QStringLiteral("document")
                                             : QStringLiteral("participant");
}

std::optional<AttributeScope> attributeScopeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("participant")) {
        return AttributeScope::Participant;
    }
    if (n == QLatin1String("document")) {
        return AttributeScope::Document;
    }
    return std::nullopt;
}

QString attributeTypeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Category:
        return QStringLiteral("category");
    }
    return QStringLiteral("text");
}

std::optional<AttributeType> attributeTypeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (AttributeType type : {AttributeType::Text, AttributeType::Number, AttributeType::Date,
                               AttributeType::Category}) {
        if (n == attributeTypeName(type)) {
            return type;
        }
    }
    return std::nullopt;
}

bool isValidAttributeValue(AttributeType type, const QString& value)
{
    if (value.isEmpty()) {
        return true;
    }
    switch (type) {
    case AttributeType::Text:
    case AttributeType::Category:
        return true;
    case AttributeType::Number: {
        // Stricter than QString::toDouble, which also takes "inf", "nan" and surrounding
        // spaces: a number column should sort and sum the same in every program.
        static const QRegularExpression pattern(
            QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"));
        if (!pattern.match(value).hasMatch()) {
            return false;
        }
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && std::isfinite(number);
    }
    case AttributeType::Date: {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        return pattern.match(value).hasMatch() &&
               QDate::fromString(value, QStringLiteral("yyyy-MM-dd")).isValid();
    }
    }
    return false;
}

QString questionKindName(QuestionKind kind)
{
    return kind == QuestionKind::Open ? QStringLiteral("open") : QStringLiteral("closed");
}

QString paletteColor(int index)
{
    // A qualitative palette with enough contrast between neighbours to tell overlapping
    // highlights apart.
    static const char* const kPalette[] = {
        "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F",
        "#BCBD22", "#17BECF", "#393B79", "#637939", "#8C6D31", "#843C39", "#7B4173", "#3182BD"};
    constexpr int size = int(sizeof(kPalette) / sizeof(kPalette[0]));
    return QString::fromLatin1(kPalette[((index % size) + size) % size]);
}

bool isValidColor(const QString& color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

} // namespace tessera
