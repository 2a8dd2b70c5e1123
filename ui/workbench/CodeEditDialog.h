#pragma once

#include "model/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tessera::ui {

class ColorButton;
struct UserPrompts;

// A code's codebook entry: name, colour, description, inclusion and exclusion criteria, an
// example. Opened with open() (window-modal, no nested event loop); the caller reads fields()
// when accepted.
class CodeEditDialog : public QDialog {
    Q_OBJECT

public:
    CodeEditDialog(const UserPrompts& prompts, const CodeFields& fields, const QString& title,
                   QWidget* parent = nullptr);

    CodeFields fields() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    ColorButton* colorButton() const { return m_color; }

private:
    CodeFields m_initial;
    QLineEdit* m_name;
    ColorButton* m_color;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_inclusion;
    QPlainTextEdit* m_exclusion;
    QPlainTextEdit* m_example;
    QDialogButtonBox* m_buttons;
};

} // namespace tessera::ui
