#pragma once

#include "analysis/ReportBuilder.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera {
class Project;
}

namespace tessera::ui {

// File ▸ Export Theme Summary, before the file name: which themes (a theme brings its
// subthemes), how many quotes per theme (key quotes always come first), memos, timestamps and
// whose codings. Opened with open(); the caller reads options() when accepted.
class ThemeExportDialog : public QDialog {
    Q_OBJECT

public:
    ThemeExportDialog(const Project& project, QWidget* parent = nullptr);

    ThemeReportOptions options() const;

    QTreeWidget* themeTree() const { return m_themes; }
    QSpinBox* quotesBox() const { return m_quotes; }
    QCheckBox* memosBox() const { return m_memos; }
    QCheckBox* timestampsBox() const { return m_timestamps; }
    QComboBox* coderBox() const { return m_coder; }
    // Ticks or clears one theme (its subthemes follow, as with a click).
    void setThemeChecked(ThemeId id, bool checked);

private:
    void collectChosen(QTreeWidgetItem* item, QList<ThemeId>& chosen) const;

    QTreeWidget* m_themes;
    QSpinBox* m_quotes;
    QCheckBox* m_memos;
    QCheckBox* m_timestamps;
    QComboBox* m_coder;
};

} // namespace tessera::ui
