#pragma once

#include "io/DataTable.h"
#include "model/Entities.h"
#include "survey/SurveyPlan.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

class ProblemLabel;
class TableFileReader;
struct UserPrompts;

// File ▸ Import Survey: reads a CSV or XLSX file (off the UI thread), shows the plan Tessera
// detected — per column: closed question, open question or left out, multi-select, the reason
// and sample values — with the respondent id column and the survey's name. Changing a column's
// kind or the id column plans again with those overrides (planSurvey options), so what is shown
// is always what Import will do. Import stores the survey as ONE undoable step. Problems with
// the file or the plan are shown in the dialog with what to do; nothing is imported until the
// plan is sound.
class SurveyImportDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, MultiSelectColumn, ReasonColumn, SampleColumn };
    // The choices of a column's kind box, in order.
    enum class Kind { Closed, Open, Ignored };

    SurveyImportDialog(Project& project, const UserPrompts& prompts, QWidget* parent = nullptr);
    ~SurveyImportDialog() override;

    // Reads `path`; the plan appears when it has been read (tableRead()).
    void setFile(const QString& path);
    void chooseFile();

    TableFileReader* reader() const { return m_reader; }
    QTableWidget* planTable() const { return m_table; }
    QComboBox* idBox() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    ProblemLabel* errorLabel() const { return m_error; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    int rowOfColumn(const QString& header) const; // -1 when absent
    // The kind box of a question row; null for the respondent id row.
    QComboBox* kindBox(int row) const;
    // The plan shown, when the last planning succeeded.
    const std::optional<SurveyPlan>& plan() const { return m_plan; }

    void accept() override;

signals:
    void tableRead(bool ok);
    void imported(tessera::SurveyId id, const QString& summary);

private:
    void onRead();
    void replan();
    void showPlan();
    void setKindOverride(const QString& header, Kind kind);
    void chooseIdColumn(int index);
    QString sampleValues(int column) const;

    Project& m_project;
    const UserPrompts& m_prompts;
    TableFileReader* m_reader;
    std::optional<DataTable> m_data;
    std::optional<SurveyPlan> m_plan;
    QHash<QString, Kind> m_overrides; // header -> the kind the user chose
    QString m_idColumn;               // the user's id column; empty = detect
    bool m_nameEdited = false;
    QLineEdit* m_file;
    QLineEdit* m_name;
    QComboBox* m_id;
    QTableWidget* m_table;
    QLabel* m_summary;
    QLabel* m_warnings;
    ProblemLabel* m_error;
    QPushButton* m_import;
};

} // namespace tessera::ui
