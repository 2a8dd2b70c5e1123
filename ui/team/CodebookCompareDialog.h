#pragma once

#include "team/CodebookComparison.h"

#include <QDialog>

class QTableWidget;

namespace tessera::ui {

// Two codebooks side by side (docs/team-work.md, "Comparing codebooks"): one row per
// difference — added, removed, renamed, moved, changed definition — with what A has and what
// B has. Read-only; opened with open().
class CodebookCompareDialog : public QDialog {
    Q_OBJECT

public:
    explicit CodebookCompareDialog(const CodebookComparison& comparison, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    void addRow(const QString& kind, const QString& a, const QString& b);

    QTableWidget* m_table;
};

} // namespace tessera::ui
