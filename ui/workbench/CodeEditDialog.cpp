#include "CodeEditDialog.h"

#include "ColorButton.h"
#include "project/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tessera::ui {
namespace {

QPlainTextEdit* makeField(QWidget* parent, const QString& text, const QString& name,
                          const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3);
    return edit;
}

} // namespace

CodeEditDialog::CodeEditDialog(const UserPrompts& prompts, const CodeFields& fields,
                               const QString& title, QWidget* parent)
    : QDialog(parent), m_initial(fields), m_name(new QLineEdit(fields.name, this)),
      m_color(new ColorButton(prompts, this)),
      m_description(
          makeField(this, fields.description, tr("Description"), tr("What the code captures"))),
      m_inclusion(
          makeField(this, fields.inclusion, tr("Inclusion criteria"), tr("When to apply it"))),
      m_exclusion(makeField(this, fields.exclusion, tr("Exclusion criteria"),
                            tr("When not to apply it (and which code to use instead)"))),
      m_example(makeField(this, fields.example, tr("Example"), tr("A typical passage"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout(this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_name->setAccessibleName(tr("Code name"));
    m_color->setColor(fields.color);
    m_color->setAccessibleName(tr("Code colour"));

    QFormLayout* form = m_form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&olour:"), m_color);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Include when:"), m_inclusion);
    form->addRow(tr("E&xclude when:"), m_exclusion);
    form->addRow(tr("&Example:"), m_example);
    form->addRow(m_buttons);

    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

void CodeEditDialog::attachReview(Project& project, CodeId code)
{
    if (m_project) {
        return; // attached once; a second call would add a second set of rows
    }
    m_project = &project;
    m_code = code;

    m_reviewStatus = new QComboBox(this);
    m_reviewStatus->setAccessibleName(tr("Review status"));
    m_reviewStatus->addItem(tr("Not reviewed"), -1);
    for (const CodeReviewStatus status : {CodeReviewStatus::Proposed, CodeReviewStatus::Accepted,
                                          CodeReviewStatus::NeedsDiscussion}) {
        m_reviewStatus->addItem(codeReviewStatusName(status), int(status));
    }
    const auto current = project.codeReviewStatus(code);
    m_reviewStatus->setCurrentIndex(m_reviewStatus->findData(current ? int(*current) : -1));
    // Connected after the initial selection so opening the dialog stores nothing.
    connect(m_reviewStatus, &QComboBox::currentIndexChanged, this,
            &CodeEditDialog::storeReviewStatus);

    m_comments = new QListWidget(this);
    m_comments->setAccessibleName(tr("Review comments"));
    m_comments->setWordWrap(true);
    m_comments->setMinimumHeight(m_comments->fontMetrics().lineSpacing() * 4);
    m_commentText = new QLineEdit(this);
    m_commentText->setAccessibleName(tr("New comment"));
    m_commentText->setPlaceholderText(tr("A comment on the name or definition"));
    m_addComment = new QPushButton(tr("Add &Comment"), this);
    m_deleteComment = new QPushButton(tr("Delete Comment"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_commentText, 1);
    row->addWidget(m_addComment);
    row->addWidget(m_deleteComment);

    const int beforeButtons = m_form->rowCount() - 1;
    m_form->insertRow(beforeButtons, tr("&Review status:"), m_reviewStatus);
    m_form->insertRow(beforeButtons + 1, tr("Co&mments:"), m_comments);
    m_form->insertRow(beforeButtons + 2, QString(), row);

    const auto updateButtons = [this] {
        m_addComment->setEnabled(!m_commentText->text().trimmed().isEmpty());
        m_deleteComment->setEnabled(m_comments->currentItem() != nullptr);
    };
    connect(m_commentText, &QLineEdit::textChanged, this, updateButtons);
    connect(m_comments, &QListWidget::currentItemChanged, this, updateButtons);
    connect(m_addComment, &QPushButton::clicked, this, &CodeEditDialog::addComment);
    connect(m_commentText, &QLineEdit::returnPressed, this, &CodeEditDialog::addComment);
    connect(m_deleteComment, &QPushButton::clicked, this, &CodeEditDialog::deleteSelectedComment);
    reloadComments();
    updateButtons();
    resize(width(), sizeHint().height());
}

void CodeEditDialog::storeReviewStatus()
{
    const int value = m_reviewStatus->currentData().toInt();
    const std::optional<CodeReviewStatus> status =
        value < 0 ? std::nullopt : std::optional(CodeReviewStatus(value));
    if (auto st = m_project->setCodeReviewStatus(m_code, status); !st) {
        emit problem(st.error().message);
    }
}

void CodeEditDialog::addComment()
{
    const QString text = m_commentText->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    if (auto id = m_project->addCodeComment(m_code, text); !id) {
        emit problem(id.error().message);
        return; // the text stays so nothing typed is lost
    }
    m_commentText->clear();
    reloadComments();
    m_comments->setCurrentRow(m_comments->count() - 1);
}

void CodeEditDialog::deleteSelectedComment()
{
    const QListWidgetItem* item = m_comments->currentItem();
    if (!item) {
        return;
    }
    if (auto st =
            m_project->deleteCodeComment(CodeCommentId(item->data(Qt::UserRole).toLongLong()));
        !st) {
        emit problem(st.error().message);
    }
    reloadComments();
}

void CodeEditDialog::reloadComments()
{
    m_comments->clear();
    const QLocale locale;
    for (const CodeComment& comment : m_project->codeComments(m_code)) {
        const QString who = comment.coderName.isEmpty() ? tr("(unknown coder)") : comment.coderName;
        auto* item = new QListWidgetItem(
            tr("%1, %2: %3")
                .arg(who, locale.toString(comment.createdAt.toLocalTime(), QLocale::ShortFormat),
                     comment.text),
            m_comments);
        item->setData(Qt::UserRole, qlonglong(comment.id.value));
    }
}

CodeFields CodeEditDialog::fields() const
{
    CodeFields fields = m_initial;
    fields.name = m_name->text().trimmed();
    fields.color = m_color->color();
    fields.description = m_description->toPlainText();
    fields.inclusion = m_inclusion->toPlainText();
    fields.exclusion = m_exclusion->toPlainText();
    fields.example = m_example->toPlainText();
    return fields;
}

} // namespace tessera::ui
