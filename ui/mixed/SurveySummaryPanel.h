#pragma once

#include "analysis/SurveySummary.h"
#include "common/WorkbenchState.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace tessera::ui {

// The survey summary tab: for each closed question a small table Category | n | n/N (%),
// headed by the question and its N (respondents who answered: blanks are not in N), as papers
// report them. A survey picker appears when the project has more than one survey.
class SurveySummaryPanel : public QWidget {
    Q_OBJECT

public:
    explicit SurveySummaryPanel(WorkbenchState& state, QWidget* parent = nullptr);

    void refresh();

    QComboBox* surveyBox() const { return m_survey; }
    QPushButton* exportButton() const { return m_export; }
    std::optional<SurveyId> currentSurvey() const;
    const std::optional<SurveySummary>& summary() const { return m_summary; }
    // The heading and table shown for a question; null when not shown.
    QLabel* headingOf(const QString& question) const;
    QTableWidget* tableOf(const QString& question) const;

signals:
    void exportRequested();
    void importRequested();
    void problem(const QString& message);

private:
    void clearQuestions();
    void addQuestion(int index, const QuestionSummary& question);

    WorkbenchState& m_state;
    QLabel* m_surveyLabel;
    QComboBox* m_survey;
    QPushButton* m_export;
    QLabel* m_note;
    QPushButton* m_import;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QGridLayout* m_grid;
    std::optional<SurveySummary> m_summary;
    QHash<QString, std::pair<QLabel*, QTableWidget*>> m_questions;
};

} // namespace tessera::ui
