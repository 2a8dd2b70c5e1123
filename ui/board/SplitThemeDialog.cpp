#include "SplitThemeDialog.h"

#include "workbench/ColorSwatch.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace tessera::ui {
namespace {

constexpr int kCodeIdRole = Qt::UserRole + 1;

} // namespace

SplitThemeDialog::SplitThemeDialog(const Theme& theme, const QList<CodeChoice>& codes,
                                   QWidget* parent)
    : QDialog(parent), m_codes(new QListWidget(this)), m_name(new QLineEdit(this)),
      m_concept(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Split Theme “%1”").arg(theme.fields.name));
    setAccessibleName(windowTitle());
    auto* intro = new QLabel(tr("Tick the codes that move to the new theme. It is created next to "
                                "“%1” as a candidate theme; the codes' key quotes go with them.")
                                 .arg(theme.fields.name),
                             this);
    intro->setWordWrap(true);
    m_codes->setAccessibleName(tr("Codes to move"));
    for (const CodeChoice& code : codes) {
        auto* item = new QListWidgetItem(colorSwatch(code.color), code.name, m_codes);
        item->setData(kCodeIdRole, code.id.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_name->setAccessibleName(tr("New theme name"));
    m_concept->setAccessibleName(tr("New theme's central organising concept"));
    m_concept->setTabChangesFocus(true);
    m_concept->setPlaceholderText(tr("What holds the new theme together (optional for now)"));
    m_concept->setFixedHeight(m_concept->fontMetrics().lineSpacing() * 3 + 12);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Split"));

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Codes to move:"), m_codes);
    form->addRow(tr("New theme &name:"), m_name);
    form->addRow(tr("Central organising &concept:"), m_concept);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SplitThemeDialog::updateOk);
    connect(m_codes, &QListWidget::itemChanged, this, &SplitThemeDialog::updateOk);
    updateOk();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void SplitThemeDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_name->text().trimmed().isEmpty() && !codesToMove().isEmpty());
}

void SplitThemeDialog::setCodeChecked(CodeId id, bool checked)
{
    for (int row = 0; row < m_codes->count(); ++row) {
        QListWidgetItem* item = m_codes->item(row);
        if (item->data(kCodeIdRole).toLongLong() == id.value) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QList<CodeId> SplitThemeDialog::codesToMove() const
{
    QList<CodeId> codes;
    for (int row = 0; row < m_codes->count(); ++row) {
        const QListWidgetItem* item = m_codes->item(row);
        if (item->checkState() == Qt::Checked) {
            codes << CodeId(item->data(kCodeIdRole).toLongLong());
        }
    }
    return codes;
}

ThemeFields SplitThemeDialog::newTheme() const
{
    ThemeFields fields;
    fields.name = m_name->text().trimmed();
    fields.organisingConcept = m_concept->toPlainText().trimmed();
    fields.status = ThemeStatus::Candidate;
    return fields;
}

} // namespace tessera::ui
