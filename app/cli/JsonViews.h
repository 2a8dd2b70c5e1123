#pragma once

#include "analysis/AttributeMatrix.h"
#include "analysis/JointDisplay.h"
#include "analysis/Retrieval.h"
#include "analysis/SurveySummary.h"
#include "model/Entities.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {
class Project;
struct SpeakerLinkSuggestion;
struct AgreementReport;
struct Disagreement;
} // namespace tessera

namespace tessera::cli {

// The CLI's JSON shapes (documented in the README; keep field names stable).
QJsonObject documentJson(const Project& project, const Document& document);
QJsonObject turnJson(const Turn& turn, const QString& text);
QJsonObject excerptJson(const Excerpt& excerpt);
QJsonArray codeTreeJson(const Project& project);
QJsonArray themeTreeJson(const Project& project);
QJsonValue nullable(const std::optional<qint64>& value);
QJsonValue nullable(const QString& value); // null when empty

// Participants, attributes and surveys.
QJsonObject participantJson(const Project& project, const Participant& participant);
QJsonObject speakerSuggestionJson(const SpeakerLinkSuggestion& suggestion);
QJsonObject attributeDefinitionJson(const Project& project, const AttributeDefinition& definition);
QJsonObject surveyJson(const Project& project, const Survey& survey);
QJsonObject surveySummaryJson(const SurveySummary& summary);
QJsonObject matrixJson(const AttributeMatrix& matrix);
QJsonObject jointDisplayJson(const JointDisplay& display, MatrixRows qualitativeRows);
QString matrixRowsName(MatrixRows rows); // "codes", "themes"

// Coders and inter-coder agreement. A figure is a number, or null when it does not apply to the
// unit of analysis or is undefined; "undefined" then gives the reason of each undefined one.
QJsonObject coderJson(const Coder& coder, qsizetype codings, bool current);
QJsonObject agreementJson(const AgreementReport& report);
QJsonObject disagreementJson(const Disagreement& disagreement, const QString& documentText);

} // namespace tessera::cli
