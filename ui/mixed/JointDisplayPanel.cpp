#include "JointDisplayPanel.h"

#include "AnalysisChoices.h"
#include "analysis/SurveySummary.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

constexpr int kQuestionRole = Qt::UserRole + 1;

} // namespace

JointDisplayPanel::JointDisplayPanel(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_rows(new QComboBox(this)),
      m_attribute(new QComboBox(this)), m_survey(new QComboBox(this)),
      m_surveyAnswers(new QCheckBox(tr("Include survey &answers in theme rows"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_note(new QLabel(this)),
      m_items(new QTreeWidget(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("jointDisplayPanel"));
    setAccessibleName(tr("Joint display"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto* controls = new QHBoxLayout;
    m_rows->addItem(tr("Themes"), int(MatrixRows::Themes));
    m_rows->addItem(tr("Codes"), int(MatrixRows::Codes));
    addLabelledCombo(controls, tr("&Rows:"), m_rows, tr("Rows"));
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelledCombo(controls, tr("&Group by:"), m_attribute, tr("Group by attribute"));
    m_surveyLabel = addLabelledCombo(controls, tr("&Survey:"), m_survey, tr("Survey"));
    controls->addSpacing(12);
    m_surveyAnswers->setObjectName(QStringLiteral("jointIncludeSurveyAnswers"));
    m_surveyAnswers->setToolTip(tr("Theme and code rows cover the focus-group transcripts; tick "
                                   "to count respondents' coded open answers as well"));
    controls->addWidget(m_surveyAnswers);
    addExportButton(controls, m_export, tr("the joint display"));
    layout->addLayout(controls);

    setUpNote(m_note);
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_items->setObjectName(QStringLiteral("jointSurveyItems"));
    m_items->setAccessibleName(tr("Survey answers to show"));
    m_items->setHeaderLabel(tr("Survey answers to add as rows"));
    m_items->setRootIsDecorated(true);
    splitter->addWidget(m_items);
    m_table->setObjectName(QStringLiteral("jointDisplayTable"));
    m_table->setAccessibleName(tr("Joint display"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({230, 1000});
    layout->addWidget(splitter, 1);

    connect(m_rows, &QComboBox::currentIndexChanged, this, &JointDisplayPanel::rebuild);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &JointDisplayPanel::rebuild);
    connect(m_survey, &QComboBox::currentIndexChanged, this, [this] {
        fillItems();
        rebuild();
    });
    connect(m_items, &QTreeWidget::itemChanged, this, [this] {
        if (!m_filling) {
            rebuild();
        }
    });
    connect(m_surveyAnswers, &QCheckBox::toggled, this, &JointDisplayPanel::rebuild);
    connect(m_export, &QPushButton::clicked, this, &JointDisplayPanel::exportRequested);
}

void JointDisplayPanel::refresh()
{
    const Project& project = m_state.project();
    fillAttributeBox(m_attribute, project, true);
    fillSurveyBox(m_survey, m_surveyLabel, project);
    fillItems();
    rebuild();
}

void JointDisplayPanel::fillItems()
{
    const QList<SurveyItem> checked = checkedItems();
    m_filling = true;
    m_items->clear();
    const auto survey = chosenSurvey(m_survey);
    auto summary = survey ? summariseSurvey(m_state.project(), *survey)
                          : Result<SurveySummary>(makeError(ErrorCode::NotFound, {}));
    if (summary) {
        for (const QuestionSummary& question : summary->questions) {
            auto* parent = new QTreeWidgetItem(m_items, {question.question});
            parent->setFlags(Qt::ItemIsEnabled);
            parent->setToolTip(0, question.question);
            for (const CategoryCount& category : question.categories) {
                auto* item = new QTreeWidgetItem(parent, {category.value});
                item->setData(0, kQuestionRole, question.question);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                bool on = false;
                for (const SurveyItem& was : checked) {
                    on = on || (was.question == question.question && was.value == category.value);
                }
                item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
            }
            parent->setExpanded(true);
        }
    }
    m_items->setVisible(survey.has_value());
    m_filling = false;
}

QList<SurveyItem> JointDisplayPanel::checkedItems() const
{
    QList<SurveyItem> items;
    for (int q = 0; q < m_items->topLevelItemCount(); ++q) {
        const QTreeWidgetItem* question = m_items->topLevelItem(q);
        for (int v = 0; v < question->childCount(); ++v) {
            const QTreeWidgetItem* value = question->child(v);
            if (value->checkState(0) == Qt::Checked) {
                items.append({question->text(0), value->text(0)});
            }
        }
    }
    return items;
}

bool JointDisplayPanel::setItemChecked(const QString& question, const QString& value, bool checked)
{
    for (int q = 0; q < m_items->topLevelItemCount(); ++q) {
        QTreeWidgetItem* parent = m_items->topLevelItem(q);
        if (parent->text(0) != question) {
            continue;
        }
        for (int v = 0; v < parent->childCount(); ++v) {
            if (parent->child(v)->text(0) == value) {
                parent->child(v)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

std::optional<JointDisplayOptions> JointDisplayPanel::options() const
{
    const auto attribute = chosenAttribute(m_attribute);
    if (!attribute) {
        return std::nullopt;
    }
    JointDisplayOptions options;
    options.matrix.rows = MatrixRows(m_rows->currentData().toInt());
    options.matrix.scope = attribute->scope;
    options.matrix.attribute = attribute->name;
    options.matrix.coder = m_state.visibleCoder();
    options.includeSurveyAnswers = m_surveyAnswers->isChecked();
    options.survey = chosenSurvey(m_survey);
    if (options.survey) {
        options.items = checkedItems();
    }
    return options;
}

void JointDisplayPanel::rebuild()
{
    m_display.reset();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_export->setEnabled(false);
    const auto chosen = options();
    if (!chosen) {
        m_note->setText(tr("Define a participant attribute to group by (Participants & "
                           "Attributes tab), or import a survey."));
        return;
    }
    auto display = buildJointDisplay(m_state.project(), *chosen);
    if (!display) {
        m_note->setText(display.error().message);
        emit problem(display.error().message);
        return;
    }
    m_display = std::move(display).value();
    const JointDisplay& d = *m_display;
    m_table->setColumnCount(int(d.columns.size()) + 1);
    m_table->setHorizontalHeaderLabels(
        QStringList{chosen->matrix.rows == MatrixRows::Themes ? tr("Theme") : tr("Code")} +
        d.columns);
    m_table->setRowCount(int(d.rows.size()));
    const QColor surveyShade = palette().color(QPalette::AlternateBase);
    QStringList parents; // the path of the row above at each depth
    for (int row = 0; row < d.rows.size(); ++row) {
        const JointRow& r = d.rows[row];
        const bool survey = r.kind == JointRow::Kind::Survey;
        // Rows carry paths; indentation already shows the parent, so show the last part.
        QString shown = r.name;
        parents.resize(r.depth + 1);
        if (!survey && r.depth > 0 && r.name.startsWith(parents[r.depth - 1] + QLatin1Char('/'))) {
            shown = r.name.mid(parents[r.depth - 1].size() + 1);
        }
        parents[r.depth] = r.name;
        auto* name = readOnlyCell(QString(r.depth * 4, QLatin1Char(' ')) + shown, Qt::AlignLeft);
        QFont font = name->font();
        font.setBold(!survey && r.depth == 0);
        font.setItalic(survey);
        name->setFont(font);
        name->setToolTip(survey ? tr("Survey: respondents in the column who gave this answer, "
                                     "of those who answered")
                                : tr("%1\nParticipants in the column who voiced this, of those "
                                     "who speak")
                                      .arg(r.name));
        m_table->setItem(row, 0, name);
        for (int column = 0; column < r.cells.size(); ++column) {
            m_table->setItem(row, column + 1, readOnlyCell(r.cells[column].label, Qt::AlignRight));
        }
        if (survey) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (QTableWidgetItem* item = m_table->item(row, column)) {
                    item->setBackground(surveyShade);
                }
            }
        }
    }
    m_table->resizeColumnsToContents();
    // Long theme names are elided (the tooltip has them) so the group columns and All fit.
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 380));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_export->setEnabled(!d.rows.isEmpty());
    QString note = tr("Themes and codes: participants with each %1 who voiced them, of those "
                      "who speak. Survey rows: respondents who gave the answer, of those who "
                      "answered.")
                       .arg(chosen->matrix.attribute);
    if (!chosen->survey) {
        note += QLatin1Char(' ') + tr("Import a survey to add its answers as rows.");
    } else if (chosen->items.isEmpty()) {
        note += QLatin1Char(' ') + tr("Tick survey answers on the left to add them as rows.");
    }
    m_note->setText(note);
}

} // namespace tessera::ui
