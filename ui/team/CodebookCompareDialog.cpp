#include "CodebookCompareDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui {

CodebookCompareDialog::CodebookCompareDialog(const CodebookComparison& comparison, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Compare Codebooks"));
    setAccessibleName(windowTitle());
    const QString a = QFileInfo(comparison.a).fileName();
    const QString b = QFileInfo(comparison.b).fileName();
    m_table->setHorizontalHeaderLabels({tr("Difference"), tr("A: %1").arg(a), tr("B: %1").arg(b)});
    m_table->setAccessibleName(tr("Codebook differences"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    for (const CodebookCodeRef& code : comparison.added) {
        addRow(tr("added"), QString(), code.path);
    }
    for (const CodebookCodeRef& code : comparison.removed) {
        addRow(tr("removed"), code.path, QString());
    }
    for (const CodebookRename& rename : comparison.renamed) {
        addRow(tr("renamed"), rename.from, rename.to);
    }
    for (const CodebookMove& move : comparison.moved) {
        addRow(tr("moved"), move.from, move.to);
    }
    for (const CodebookChange& change : comparison.changed) {
        for (const CodebookFieldChange& field : change.fields) {
            addRow(tr("%1 changed: %2").arg(change.path, field.field), field.a, field.b);
        }
    }
    m_table->resizeRowsToContents();

    const int differences = m_table->rowCount();
    auto* summary = new QLabel(tr("A has %1 code(s), B has %2; %3 unchanged, %4 difference(s).")
                                   .arg(comparison.codesInA)
                                   .arg(comparison.codesInB)
                                   .arg(comparison.unchanged)
                                   .arg(differences),
                               this);
    summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

void CodebookCompareDialog::addRow(const QString& kind, const QString& a, const QString& b)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(kind));
    m_table->setItem(row, 1, new QTableWidgetItem(a));
    m_table->setItem(row, 2, new QTableWidgetItem(b));
}

} // namespace tessera::ui
