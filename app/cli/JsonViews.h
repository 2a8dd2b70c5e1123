#pragma once

#include "analysis/Retrieval.h"
#include "model/Entities.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {
class Project;
}

namespace tessera::cli {

// The CLI's JSON shapes (documented in the README; keep field names stable).
QJsonObject documentJson(const Project& project, const Document& document);
QJsonObject turnJson(const Turn& turn, const QString& text);
QJsonObject excerptJson(const Excerpt& excerpt);
QJsonArray codeTreeJson(const Project& project);
QJsonArray themeTreeJson(const Project& project);
QJsonValue nullable(const std::optional<qint64>& value);

} // namespace tessera::cli
