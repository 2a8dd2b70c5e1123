#pragma once

#include "model/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ProblemLabel;

// "Add Attribute": name, type and — for a category — its values in order, one per line.
// Accepting defines the attribute through the Project (one undoable step); a refusal (a name
// already used) is shown in the dialog, which stays open. Opened with open().
class AttributeDefinitionDialog : public QDialog {
    Q_OBJECT

public:
    AttributeDefinitionDialog(Project& project, AttributeScope scope, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* typeBox() const { return m_type; }
    QPlainTextEdit* categoriesEdit() const { return m_categories; }
    QCheckBox* multiSelectBox() const { return m_multiSelect; }
    ProblemLabel* errorLabel() const { return m_error; }

    AttributeDefinition definition() const;
    void accept() override;

signals:
    void defined(const QString& name);

private:
    void updateCategoryFields();

    Project& m_project;
    AttributeScope m_scope;
    QLineEdit* m_name;
    QComboBox* m_type;
    QPlainTextEdit* m_categories;
    QCheckBox* m_multiSelect;
    ProblemLabel* m_error;
};

} // namespace tessera::ui
