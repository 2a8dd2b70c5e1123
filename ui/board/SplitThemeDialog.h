#pragma once

#include "model/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tessera::ui {

// "Split Theme": which of the theme's codes move to a new sibling theme, and that theme's name
// and central organising concept. The codes' per-theme key quotes go with them
// (Project::splitTheme). Opened with open(); the caller reads the choice when accepted.
class SplitThemeDialog : public QDialog {
    Q_OBJECT

public:
    struct CodeChoice {
        CodeId id;
        QString name;
        QString color;
    };

    SplitThemeDialog(const Theme& theme, const QList<CodeChoice>& codes, QWidget* parent = nullptr);

    QList<CodeId> codesToMove() const;
    ThemeFields newTheme() const; // status Candidate, colour left for the caller

    QListWidget* codeList() const { return m_codes; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* conceptEdit() const { return m_concept; }
    // Ticks the code's box (tests, and "select all" from the keyboard).
    void setCodeChecked(CodeId id, bool checked);

private:
    void updateOk();

    QListWidget* m_codes;
    QLineEdit* m_name;
    QPlainTextEdit* m_concept;
    QDialogButtonBox* m_buttons;
};

} // namespace tessera::ui
