#include "CodeEditDialog.h"

#include "ColorButton.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
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
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_name->setAccessibleName(tr("Code name"));
    m_color->setColor(fields.color);
    m_color->setAccessibleName(tr("Code colour"));

    auto* form = new QFormLayout(this);
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
