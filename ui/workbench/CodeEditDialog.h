#pragma once

#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ColorButton;
struct UserPrompts;

// A code's codebook entry: name, colour, description, inclusion and exclusion criteria, an
// example. Opened with open() (window-modal, no nested event loop); the caller reads fields()
// when accepted. For an existing code, attachReview() adds the codebook review: the team's
// review status and comments, each change stored at once as its own undo step (they are team
// discussion, not part of the definition that OK/Cancel governs).
class CodeEditDialog : public QDialog {
    Q_OBJECT

public:
    CodeEditDialog(const UserPrompts& prompts, const CodeFields& fields, const QString& title,
                   QWidget* parent = nullptr);

    CodeFields fields() const;
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    ColorButton* colorButton() const { return m_color; }

    // Shows `code`'s review status and comments from `project`, which must outlive the dialog.
    void attachReview(Project& project, CodeId code);
    QComboBox* reviewStatusBox() const { return m_reviewStatus; }
    QListWidget* commentList() const { return m_comments; }
    QLineEdit* commentEdit() const { return m_commentText; }
    QPushButton* addCommentButton() const { return m_addComment; }

signals:
    void problem(const QString& message);

private:
    void storeReviewStatus();
    void addComment();
    void deleteSelectedComment();
    void reloadComments();

    CodeFields m_initial;
    QLineEdit* m_name;
    ColorButton* m_color;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_inclusion;
    QPlainTextEdit* m_exclusion;
    QPlainTextEdit* m_example;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form;
    Project* m_project = nullptr;
    CodeId m_code;
    QComboBox* m_reviewStatus = nullptr;
    QListWidget* m_comments = nullptr;
    QLineEdit* m_commentText = nullptr;
    QPushButton* m_addComment = nullptr;
    QPushButton* m_deleteComment = nullptr;
};

} // namespace tessera::ui
