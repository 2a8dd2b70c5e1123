#include "CandidateThemeDialog.h"

#include "workbench/ColorSwatch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tessera::ui {

CandidateThemeDialog::CandidateThemeDialog(const QList<Theme>& themes,
                                           std::optional<ThemeId> suggestedParent, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_concept(new QPlainTextEdit(this)),
      m_parent(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Candidate Theme"));
    setAccessibleName(windowTitle());
    m_name->setAccessibleName(tr("Theme name"));
    m_concept->setAccessibleName(tr("Central organising concept"));
    m_concept->setPlaceholderText(
        tr("The idea that holds the theme together, in a sentence (Braun & Clarke)"));
    // Tab leaves the field instead of typing a tab: the form stays usable from the keyboard.
    m_concept->setTabChangesFocus(true);
    m_concept->setFixedHeight(m_concept->fontMetrics().lineSpacing() * 4 + 12);
    m_parent->setAccessibleName(tr("Part of theme"));
    m_parent->addItem(tr("(none: a theme of its own)"), QVariant());
    for (const Theme& theme : themes) {
        m_parent->addItem(colorSwatch(theme.fields.color), theme.path, theme.id.value);
    }
    if (suggestedParent) {
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(suggestedParent->value)));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Central organising &concept:"), m_concept);
    form->addRow(tr("&Part of:"), m_parent);
    form->addRow(m_buttons);

    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

ThemeFields CandidateThemeDialog::fields() const
{
    ThemeFields fields;
    fields.name = m_name->text().trimmed();
    fields.organisingConcept = m_concept->toPlainText().trimmed();
    fields.status = ThemeStatus::Candidate;
    return fields;
}

std::optional<ThemeId> CandidateThemeDialog::parentTheme() const
{
    const QVariant id = m_parent->currentData();
    return id.isValid() ? std::optional(ThemeId(id.toLongLong())) : std::nullopt;
}

} // namespace tessera::ui
