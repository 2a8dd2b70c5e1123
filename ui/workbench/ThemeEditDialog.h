#pragma once

#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tessera::ui {

class ColorButton;
struct UserPrompts;

// A theme's name, central organising concept, status (candidate → reviewed → final) and
// colour. Opened with open(); the caller reads fields() when accepted.
class ThemeEditDialog : public QDialog {
    Q_OBJECT

public:
    ThemeEditDialog(const UserPrompts& prompts, const ThemeFields& fields, const QString& title,
                    QWidget* parent = nullptr);

    ThemeFields fields() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* conceptEdit() const { return m_concept; }
    QComboBox* statusBox() const { return m_status; }

private:
    ThemeFields m_initial;
    QLineEdit* m_name;
    QPlainTextEdit* m_concept;
    QComboBox* m_status;
    ColorButton* m_color;
    QDialogButtonBox* m_buttons;
};

} // namespace tessera::ui
