#pragma once

#include "model/Entities.h"

#include <QString>

#include <optional>

class QComboBox;

namespace tessera {
class Project;
}

namespace tessera::ui {

// The pickers the analysis tabs share, refilled on every refresh while keeping the user's
// choice when it still exists.

struct AttributeChoice {
    AttributeScope scope = AttributeScope::Participant;
    QString name;
    friend bool operator==(const AttributeChoice&, const AttributeChoice&) = default;
};

// Participant attributes (the case's own first, then survey questions), then document
// attributes marked "(document)". Without a previous choice, the first category attribute is
// chosen (the case's own before a survey's), else the first. Returns false when there is no
// attribute at all.
bool fillAttributeBox(QComboBox* box, const Project& project, bool withDocumentAttributes);
std::optional<AttributeChoice> chosenAttribute(const QComboBox* box);
// Chooses an attribute by name (case-insensitive); false when it is not offered.
bool chooseAttribute(QComboBox* box, const QString& name);

// The project's surveys by name, keeping the previous choice; the first one otherwise.
void fillSurveyBox(QComboBox* box, const Project& project);
std::optional<SurveyId> chosenSurvey(const QComboBox* box);

} // namespace tessera::ui
