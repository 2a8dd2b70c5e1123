#pragma once

#include "AgreementTableReport.h"
#include "agreement/ProjectAgreement.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera::ui {

struct UserPrompts;

// The Agreement tab's figures: the unit of analysis, whether the ticked codes form a domain,
// one row per code (at character level with a row per document under it, and the pooled 2×2
// table), the domain's figures, and what was left out or could not be computed. Undefined
// figures read "undefined — reason". Export… writes the same tables as CSV, Markdown, HTML,
// Word, OpenDocument or PDF, off the UI thread.
class AgreementPanel : public QWidget {
    Q_OBJECT

public:
    // Figure cells hold the exact value here (a double), or nothing when undefined.
    static constexpr int ValueRole = Qt::UserRole + 1;

    AgreementPanel(const UserPrompts& prompts, QWidget* parent = nullptr);
    ~AgreementPanel() override;

    AgreementOptions::Unit unit() const;
    void setUnit(AgreementOptions::Unit unit);
    // Whether the ticked codes are compared as one domain of mutually exclusive codes (turn and
    // unitized levels only).
    bool domainMode() const;

    void showPending();
    void showReport(const AgreementReport& report, const AgreementScope& scope);
    // No figures, and why ("Tick at least two coders…", a computeAgreement error).
    void showMessage(const QString& message);
    const std::optional<AgreementReport>& report() const { return m_report; }

    // Where Export… suggests saving ("…/agreement.csv").
    void setExportDirectory(const QString& directory) { m_exportDirectory = directory; }
    void exportInteractively();
    // Writes the shown figures to `path` (format from the suffix); returns at once, exported()
    // tells how it went.
    void exportTo(const QString& path);
    bool isExporting() const;

    QComboBox* unitBox() const { return m_unit; }
    QCheckBox* domainBox() const { return m_domain; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* summaryLabel() const { return m_summary; }
    QTreeWidget* resultsTree() const { return m_results; }
    QTreeWidget* domainTree() const { return m_domainFigures; }
    QLabel* notesLabel() const { return m_notes; }

signals:
    void optionsChanged();
    void statusMessage(const QString& message);
    void problem(const QString& message);
    void exported(bool ok, const QString& path, const QString& message);

private:
    void updateDomainBox();
    void fillResults(const AgreementReport& report);
    void fillDomain(const AgreementReport& report);
    void fillNotes(const AgreementReport& report);
    void exportFinished();

    const UserPrompts& m_prompts;
    QComboBox* m_unit;
    QCheckBox* m_domain;
    QPushButton* m_export;
    QLabel* m_summary;
    QTreeWidget* m_results;
    QLabel* m_domainTitle;
    QTreeWidget* m_domainFigures;
    QLabel* m_notes;
    std::optional<AgreementReport> m_report;
    AgreementScope m_scope;
    QString m_exportDirectory;
    QFutureWatcher<QString>* m_exportWatcher;
    QString m_exportPath;
};

} // namespace tessera::ui
