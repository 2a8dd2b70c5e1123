#include "ThemeStatusText.h"

#include <QCoreApplication>

namespace tessera::ui {

QString themeStatusTitle(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate:
        return QCoreApplication::translate("ThemeStatus", "Candidate");
    case ThemeStatus::Reviewed:
        return QCoreApplication::translate("ThemeStatus", "Reviewed");
    case ThemeStatus::Final:
        return QCoreApplication::translate("ThemeStatus", "Final");
    }
    return {};
}

QString themeStatusWord(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate:
        return QCoreApplication::translate("ThemeStatus", "candidate");
    case ThemeStatus::Reviewed:
        return QCoreApplication::translate("ThemeStatus", "reviewed");
    case ThemeStatus::Final:
        return QCoreApplication::translate("ThemeStatus", "final");
    }
    return {};
}

std::optional<ThemeStatus> nextThemeStatus(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate:
        return ThemeStatus::Reviewed;
    case ThemeStatus::Reviewed:
        return ThemeStatus::Final;
    case ThemeStatus::Final:
        break;
    }
    return std::nullopt;
}

std::optional<ThemeStatus> previousThemeStatus(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Final:
        return ThemeStatus::Reviewed;
    case ThemeStatus::Reviewed:
        return ThemeStatus::Candidate;
    case ThemeStatus::Candidate:
        break;
    }
    return std::nullopt;
}

} // namespace tessera::ui
