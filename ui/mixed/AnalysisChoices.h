#pragma once

#include "model/Entities.h"

#include <QString>

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidgetItem;

namespace tessera {
class Project;
}

namespace tessera::ui {

// The pickers the analysis tabs share, refilled on every refresh while keeping the user's
// choice when it still exists, and the pieces of layout the tabs have in common.

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
// As above, then shows the box and its label only when there is a survey to choose.
void fillSurveyBox(QComboBox* box, QLabel* label, const Project& project);

// Adds a picker to a row of controls: the label (its mnemonic focuses the box), then the box,
// named for screen readers, a gap apart from the control before. Returns the label, parented
// like the box.
QLabel* addLabelledCombo(QHBoxLayout* row, const QString& label, QComboBox* box,
                         const QString& accessibleName);
// Ends a row of controls with the export button at the far right; `subject` completes "Save
// %1 as Word, …" ("the matrix").
void addExportButton(QHBoxLayout* row, QPushButton* button, const QString& subject);
// A quiet line of explanation under the controls.
void setUpNote(QLabel* note);
// A bold heading showing the user's words as typed.
void setUpHeading(QLabel* heading);
// A table cell the user can select and copy but not edit.
QTableWidgetItem* readOnlyCell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft);

} // namespace tessera::ui
