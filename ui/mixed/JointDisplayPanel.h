#pragma once

#include "analysis/JointDisplay.h"
#include "common/WorkbenchState.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace tessera::ui {

// The joint display tab (mixed methods): themes or codes as rows with the share of each group's
// participants who voiced them, and under them the survey answers the user ticks, with the
// share of each group's respondents who gave them — all "n/N (p%)", in the columns of one
// grouping attribute and All.
class JointDisplayPanel : public QWidget {
    Q_OBJECT

public:
    explicit JointDisplayPanel(WorkbenchState& state, QWidget* parent = nullptr);

    void refresh();
    // The choices shown, for the export; nullopt without a grouping attribute.
    std::optional<JointDisplayOptions> options() const;

    QComboBox* rowsBox() const { return m_rows; }
    QComboBox* attributeBox() const { return m_attribute; }
    QComboBox* surveyBox() const { return m_survey; }
    QCheckBox* surveyAnswersBox() const { return m_surveyAnswers; }
    QTreeWidget* itemsTree() const { return m_items; }
    QTableWidget* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* noteLabel() const { return m_note; }
    const std::optional<JointDisplay>& display() const { return m_display; }
    // Ticks or clears one survey answer; false when the question or value is not offered.
    bool setItemChecked(const QString& question, const QString& value, bool checked);
    QList<SurveyItem> checkedItems() const;

signals:
    void exportRequested();
    void problem(const QString& message);

private:
    void fillItems();
    void rebuild();

    WorkbenchState& m_state;
    QComboBox* m_rows;
    QComboBox* m_attribute;
    QLabel* m_surveyLabel;
    QComboBox* m_survey;
    QCheckBox* m_surveyAnswers;
    QPushButton* m_export;
    QLabel* m_note;
    QTreeWidget* m_items;
    QTableWidget* m_table;
    std::optional<JointDisplay> m_display;
    bool m_filling = false;
};

} // namespace tessera::ui
