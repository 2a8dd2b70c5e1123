#include "Entities.h"

#include <QRegularExpression>

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
