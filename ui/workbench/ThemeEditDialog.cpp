#include "ThemeEditDialog.h"

#include "ColorButton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tessera::ui {

ThemeEditDialog::ThemeEditDialog(const UserPrompts& prompts, const ThemeFields& fields,
                                 const QString& title, QWidget* parent)
    : QDialog(parent), m_initial(fields), m_name(new QLineEdit(fields.name, this)),
      m_concept(new QPlainTextEdit(fields.organisingConcept, this)), m_status(new QComboBox(this)),
      m_color(new ColorButton(prompts, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_name->setAccessibleName(tr("Theme name"));
    m_concept->setAccessibleName(tr("Central organising concept"));
    m_concept->setPlaceholderText(
        tr("The idea that holds the theme together, in a sentence (Braun & Clarke)"));
    m_concept->setTabChangesFocus(true);
    m_status->setAccessibleName(tr("Theme status"));
    m_status->addItem(tr("Candidate"), int(ThemeStatus::Candidate));
    m_status->addItem(tr("Reviewed"), int(ThemeStatus::Reviewed));
    m_status->addItem(tr("Final"), int(ThemeStatus::Final));
    m_status->setCurrentIndex(m_status->findData(int(fields.status)));
    m_color->setColor(fields.color);
    m_color->setAccessibleName(tr("Theme colour"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Central organising &concept:"), m_concept);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("C&olour:"), m_color);
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

ThemeFields ThemeEditDialog::fields() const
{
    ThemeFields fields = m_initial;
    fields.name = m_name->text().trimmed();
    fields.organisingConcept = m_concept->toPlainText().trimmed();
    fields.status = ThemeStatus(m_status->currentData().toInt());
    fields.color = m_color->color();
    return fields;
}

} // namespace tessera::ui
