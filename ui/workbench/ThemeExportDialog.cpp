#include "ThemeExportDialog.h"

#include "ColorSwatch.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace tessera::ui {
namespace {

constexpr int kThemeIdRole = Qt::UserRole + 1;

} // namespace

ThemeExportDialog::ThemeExportDialog(const Project& project, QWidget* parent)
    : QDialog(parent), m_themes(new QTreeWidget(this)), m_quotes(new QSpinBox(this)),
      m_memos(new QCheckBox(tr("Include theme &memos"), this)),
      m_timestamps(new QCheckBox(tr("Include &timestamps after quotes"), this)),
      m_coder(new QComboBox(this))
{
    setWindowTitle(tr("Export Theme Summary"));
    setAccessibleName(windowTitle());
    const ThemeReportOptions defaults;

    m_themes->setAccessibleName(tr("Themes to include"));
    m_themes->setHeaderHidden(true);
    m_themes->setRootIsDecorated(true);
    m_themes->setUniformRowHeights(true);
    QHash<qint64, QTreeWidgetItem*> items;
    for (const Theme& theme : project.themes()) {
        QTreeWidgetItem* parentItem = theme.parentId ? items.value(theme.parentId->value) : nullptr;
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_themes);
        item->setText(0, theme.fields.name);
        item->setIcon(0, colorSwatch(theme.fields.color));
        item->setData(0, kThemeIdRole, theme.id.value);
        // A parent shows whether all, some or none of its subthemes are in.
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Checked);
        items.insert(theme.id.value, item);
    }
    m_themes->expandAll();

    m_quotes->setAccessibleName(tr("Quotes per theme"));
    // -1 is the report's "no limit"; the box shows it in words.
    m_quotes->setRange(-1, 100);
    m_quotes->setSpecialValueText(tr("All quotes"));
    m_quotes->setValue(defaults.maxQuotesPerTheme);
    m_quotes->setToolTip(tr("Key quotes always come first and are always included; further "
                            "quotes fill up to this number."));
    m_memos->setChecked(defaults.includeMemos);
    m_timestamps->setChecked(defaults.includeTimestamps);
    m_coder->setAccessibleName(tr("Whose codings"));
    m_coder->addItem(tr("All coders"), QVariant());
    for (const Coder& coder : project.coders()) {
        m_coder->addItem(colorSwatch(coder.color), coder.name, coder.id.value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("T&hemes:"), m_themes);
    form->addRow(tr("&Quotes per theme:"), m_quotes);
    form->addRow(QString(), m_memos);
    form->addRow(QString(), m_timestamps);
    form->addRow(tr("&Codings of:"), m_coder);
    form->addRow(buttons);
    const auto updateOk = [this, buttons] {
        bool any = false;
        for (int i = 0; i < m_themes->topLevelItemCount(); ++i) {
            any = any || m_themes->topLevelItem(i)->checkState(0) != Qt::Unchecked;
        }
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(any || m_themes->topLevelItemCount() == 0);
    };
    connect(m_themes, &QTreeWidget::itemChanged, this, updateOk);
    updateOk();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 560);
}

void ThemeExportDialog::setThemeChecked(ThemeId id, bool checked)
{
    for (QTreeWidgetItemIterator it(m_themes); *it; ++it) {
        if ((*it)->data(0, kThemeIdRole).toLongLong() == id.value) {
            (*it)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void ThemeExportDialog::collectChosen(QTreeWidgetItem* item, QList<ThemeId>& chosen) const
{
    switch (item->checkState(0)) {
    case Qt::Checked:
        // A chosen theme brings all its subthemes (ThemeReportOptions::themes).
        chosen << ThemeId(item->data(0, kThemeIdRole).toLongLong());
        return;
    case Qt::PartiallyChecked:
        for (int i = 0; i < item->childCount(); ++i) {
            collectChosen(item->child(i), chosen);
        }
        return;
    case Qt::Unchecked:
        return;
    }
}

ThemeReportOptions ThemeExportDialog::options() const
{
    ThemeReportOptions options;
    bool everything = true;
    QList<ThemeId> chosen;
    for (int i = 0; i < m_themes->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_themes->topLevelItem(i);
        everything = everything && item->checkState(0) == Qt::Checked;
        collectChosen(item, chosen);
    }
    // Empty means every theme, including any created while the dialog was open.
    options.themes = everything ? QList<ThemeId>() : chosen;
    options.maxQuotesPerTheme = m_quotes->value();
    options.includeMemos = m_memos->isChecked();
    options.includeTimestamps = m_timestamps->isChecked();
    if (const QVariant coder = m_coder->currentData(); coder.isValid()) {
        options.coder = CoderId(coder.toLongLong());
    }
    return options;
}

} // namespace tessera::ui
