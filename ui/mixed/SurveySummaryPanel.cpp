#include "SurveySummaryPanel.h"

#include "AnalysisChoices.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

// Questions side by side: a survey has a dozen, each a short table.
constexpr int kColumns = 2;

} // namespace

SurveySummaryPanel::SurveySummaryPanel(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_survey(new QComboBox(this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_note(new QLabel(this)),
      m_import(new QPushButton(tr("&Import Survey…"), this)), m_scroll(new QScrollArea(this)),
      m_content(new QWidget), m_grid(new QGridLayout(m_content))
{
    setObjectName(QStringLiteral("surveySummaryPanel"));
    setAccessibleName(tr("Survey summary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto* controls = new QHBoxLayout;
    m_survey->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_surveyLabel = addLabelledCombo(controls, tr("&Survey:"), m_survey, tr("Survey"));
    addExportButton(controls, m_export, tr("these tables"));
    layout->addLayout(controls);

    auto* empty = new QHBoxLayout;
    setUpNote(m_note);
    empty->addWidget(m_note, 1);
    empty->addWidget(m_import);
    layout->addLayout(empty);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(14);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_survey, &QComboBox::currentIndexChanged, this, &SurveySummaryPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &SurveySummaryPanel::exportRequested);
    connect(m_import, &QPushButton::clicked, this, &SurveySummaryPanel::importRequested);
}

std::optional<SurveyId> SurveySummaryPanel::currentSurvey() const
{
    return chosenSurvey(m_survey);
}

QLabel* SurveySummaryPanel::headingOf(const QString& question) const
{
    return m_questions.value(question).first;
}

QTableWidget* SurveySummaryPanel::tableOf(const QString& question) const
{
    return m_questions.value(question).second;
}

void SurveySummaryPanel::clearQuestions()
{
    m_questions.clear();
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        m_grid->setRowStretch(row, 0);
    }
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void SurveySummaryPanel::refresh()
{
    const Project& project = m_state.project();
    fillSurveyBox(m_survey, m_surveyLabel, project);
    clearQuestions();
    m_summary.reset();
    const auto survey = currentSurvey();
    m_export->setEnabled(false);
    m_import->setVisible(!survey);
    if (!survey) {
        m_note->setText(tr("No survey yet. Import one (File ▸ Import Survey…) to see how many "
                           "respondents gave each answer, here and beside your themes."));
        m_note->show();
        return;
    }
    auto summary = summariseSurvey(project, *survey);
    if (!summary) {
        m_note->setText(summary.error().message);
        m_note->show();
        emit problem(summary.error().message);
        return;
    }
    m_summary = std::move(summary).value();
    const auto record = project.survey(*survey);
    QString note =
        tr("%1 · %2 from %3. N counts the respondents who answered a question; "
           "blank answers are not counted.")
            .arg(m_summary->survey,
                 countOf(m_summary->respondents, tr("%1 respondent"), tr("%1 respondents")),
                 record ? record->sourceName : QString());
    if (m_summary->questions.isEmpty()) {
        note += QLatin1Char(' ') + tr("This survey has no closed questions to count.");
    }
    m_note->setText(note);
    m_note->show();
    for (int i = 0; i < m_summary->questions.size(); ++i) {
        addQuestion(i, m_summary->questions[i]);
    }
    m_grid->setRowStretch(int(m_summary->questions.size() + kColumns - 1) / kColumns, 1);
    m_export->setEnabled(!m_summary->questions.isEmpty());
}

void SurveySummaryPanel::addQuestion(int index, const QuestionSummary& question)
{
    auto* box = new QWidget(m_content);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* heading = new QLabel(box);
    setUpHeading(heading);
    heading->setText(tr("%1 (N = %2)").arg(question.question).arg(question.answered));
    layout->addWidget(heading);
    if (question.multiSelect) {
        auto* several = new QLabel(tr("Several answers allowed: N is those who chose any, so "
                                      "percentages can add up to more than 100%."),
                                   box);
        setUpNote(several);
        layout->addWidget(several);
    }

    auto* table = new QTableWidget(int(question.categories.size()), 3, box);
    table->setAccessibleName(tr("Answers to %1").arg(question.question));
    table->setHorizontalHeaderLabels({tr("Category"), tr("n"), tr("n/N (%)")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setWordWrap(false);
    for (int row = 0; row < question.categories.size(); ++row) {
        const CategoryCount& category = question.categories[row];
        table->setItem(row, 0, readOnlyCell(category.value));
        table->setItem(row, 1, readOnlyCell(QString::number(category.n), Qt::AlignRight));
        table->setItem(row, 2, readOnlyCell(category.label, Qt::AlignRight));
    }
    QHeaderView* columns = table->horizontalHeader();
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    columns->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
    int height = columns->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    table->setFixedHeight(height + 2);
    layout->addWidget(table);
    m_grid->addWidget(box, index / kColumns, index % kColumns, Qt::AlignTop);
    m_questions.insert(question.question, {heading, table});
}

} // namespace tessera::ui
