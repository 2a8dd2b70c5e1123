#pragma once

#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tessera::ui {

// "New Candidate Theme": a name, the central organising concept (the idea that holds the
// theme together) and, optionally, the theme it belongs to. Opened with open(); the caller
// reads fields() and parentTheme() when accepted.
class CandidateThemeDialog : public QDialog {
    Q_OBJECT

public:
    // `themes` are offered as parents (depth-first, by path); `suggestedParent` is preselected.
    CandidateThemeDialog(const QList<Theme>& themes, std::optional<ThemeId> suggestedParent,
                         QWidget* parent = nullptr);

    ThemeFields fields() const; // status Candidate, colour left for the caller
    std::optional<ThemeId> parentTheme() const;

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* conceptEdit() const { return m_concept; }
    QComboBox* parentBox() const { return m_parent; }

private:
    QLineEdit* m_name;
    QPlainTextEdit* m_concept;
    QComboBox* m_parent;
    QDialogButtonBox* m_buttons;
};

} // namespace tessera::ui
