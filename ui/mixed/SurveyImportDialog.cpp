#include "SurveyImportDialog.h"

#include "cases/ProblemLabel.h"
#include "cases/TableFileReader.h"
#include "project/Project.h"
#include "workbench/UiText.h"
#include "workbench/UserPrompts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

constexpr int kSampleCount = 3;
constexpr int kSampleChars = 28;

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

SurveyImportDialog::SurveyImportDialog(Project& project, const UserPrompts& prompts,
                                       QWidget* parent)
    : QDialog(parent), m_project(project), m_prompts(prompts), m_reader(new TableFileReader(this)),
      m_file(new QLineEdit(this)), m_name(new QLineEdit(this)), m_id(new QComboBox(this)),
      m_table(new QTableWidget(this)), m_summary(new QLabel(this)), m_warnings(new QLabel(this)),
      m_error(new ProblemLabel(this)), m_import(nullptr)
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import Survey"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Each row is a respondent, who becomes a participant. Closed "
                                "questions become attributes you can count and cross with "
                                "themes; open questions become documents whose answers you "
                                "code like transcripts. Check what Tessera detected and change "
                                "a column's kind where it guessed wrong."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file->setReadOnly(true);
    m_file->setAccessibleName(tr("Survey file"));
    fileRow->addWidget(m_file, 1);
    auto* choose = new QPushButton(tr("&Choose File…"), this);
    fileRow->addWidget(choose);
    form->addRow(tr("File:"), fileRow);
    m_name->setAccessibleName(tr("Survey name"));
    m_name->setPlaceholderText(tr("e.g. Practitioner survey"));
    form->addRow(tr("&Name:"), m_name);
    m_id->setAccessibleName(tr("Respondent id column"));
    m_id->setToolTip(tr("The column that identifies each respondent; it becomes the "
                        "participant's pseudonym. Without one, respondents are numbered."));
    form->addRow(tr("Respondent &id:"), m_id);
    layout->addLayout(form);

    m_table->setObjectName(QStringLiteral("surveyPlanTable"));
    m_table->setAccessibleName(tr("Columns of the survey"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Column"), tr("Kind"), tr("Multi-select"), tr("Why"), tr("Sample values")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFocusPolicy(Qt::NoFocus);
    // Rows as high as the kind boxes, the id row included.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    {
        QComboBox sample;
        sample.addItem(tr("Closed question"));
        m_table->verticalHeader()->setDefaultSectionSize(sample.sizeHint().height() + 4);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What will be imported"));
    layout->addWidget(m_summary);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setForegroundRole(QPalette::PlaceholderText);
    m_warnings->hide();
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setText(tr("&Import Survey"));
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, &SurveyImportDialog::chooseFile);
    connect(m_reader, &TableFileReader::finished, this, &SurveyImportDialog::onRead);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_id, &QComboBox::activated, this, &SurveyImportDialog::chooseIdColumn);
    resize(1040, 600);
}

SurveyImportDialog::~SurveyImportDialog() = default;

void SurveyImportDialog::chooseFile()
{
    const QString path = m_prompts.openFile(
        this, tr("Import Survey"), tr("Survey tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void SurveyImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_data.reset();
    m_plan.reset();
    m_overrides.clear();
    m_idColumn.clear();
    m_table->setRowCount(0);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_warnings->hide();
    m_error->setProblem({});
    m_import->setEnabled(false);
    if (!m_nameEdited) {
        m_name->setText(QFileInfo(path).completeBaseName());
    }
    m_reader->read(path);
}

void SurveyImportDialog::onRead()
{
    const Result<DataTable>& table = m_reader->result();
    if (!table) {
        m_summary->clear();
        m_error->setProblem(
            tr("%1\nChoose another file, or save the sheet as CSV (UTF-8) or XLSX and try "
               "again.")
                .arg(table.error().message));
        emit tableRead(false);
        return;
    }
    m_data = *table;
    {
        const QSignalBlocker blocker(m_id);
        m_id->clear();
        m_id->addItem(tr("None: number respondents R001, R002, …"));
        m_id->addItems(m_data->header);
    }
    replan();
    emit tableRead(true);
}

void SurveyImportDialog::chooseIdColumn(int index)
{
    const QString previous =
        m_plan && m_plan->idColumn >= 0 ? m_data->header.value(m_plan->idColumn) : m_idColumn;
    if (index <= 0) {
        // "None": the detected id column must not be detected again; it is not a question
        // either, so it is left out.
        m_idColumn.clear();
        if (!previous.isEmpty()) {
            m_overrides.insert(previous, Kind::Ignored);
        }
    } else {
        m_idColumn = m_data->header.value(index - 1);
        m_overrides.remove(m_idColumn);
    }
    replan();
}

void SurveyImportDialog::setKindOverride(const QString& header, Kind kind)
{
    m_overrides.insert(header, kind);
    if (header == m_idColumn) {
        m_idColumn.clear();
    }
    replan();
}

void SurveyImportDialog::replan()
{
    if (!m_data) {
        return;
    }
    SurveyPlanOptions options;
    options.idColumn = m_idColumn;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        switch (it.value()) {
        case Kind::Closed:
            options.closed << it.key();
            break;
        case Kind::Open:
            options.open << it.key();
            break;
        case Kind::Ignored:
            options.ignored << it.key();
            break;
        }
    }
    // Stable order, so the same choices always plan the same way.
    options.closed.sort();
    options.open.sort();
    options.ignored.sort();
    auto planned = planSurvey(*m_data, options);
    if (!planned) {
        m_plan.reset();
        m_error->setProblem(tr("%1\nChange the id column or the column kinds above; nothing is "
                               "imported until the plan works.")
                                .arg(planned.error().message));
        m_import->setEnabled(false);
        return;
    }
    m_plan = std::move(planned).value();
    m_error->setProblem({});
    showPlan();
}

QString SurveyImportDialog::sampleValues(int column) const
{
    QStringList samples;
    for (const QStringList& row : m_data->rows) {
        const QString cell = row.value(column).simplified();
        if (cell.isEmpty() || samples.contains(cell)) {
            continue;
        }
        samples << cell;
        if (samples.size() == kSampleCount) {
            break;
        }
    }
    for (QString& sample : samples) {
        if (sample.size() > kSampleChars) {
            sample = sample.left(kSampleChars - 1) + QStringLiteral("…");
        }
    }
    return samples.join(QStringLiteral(" · "));
}

void SurveyImportDialog::showPlan()
{
    const SurveyPlan& plan = *m_plan;
    QHash<int, const SurveyColumnPlan*> byColumn;
    for (const SurveyColumnPlan& question : plan.questions) {
        byColumn.insert(question.column, &question);
    }
    {
        const QSignalBlocker blocker(m_id);
        m_id->setCurrentIndex(plan.idColumn + 1);
    }
    m_table->setRowCount(int(m_data->header.size()));
    int closed = 0;
    int open = 0;
    int ignored = 0;
    for (int row = 0; row < m_data->header.size(); ++row) {
        const QString header = m_data->header[row];
        m_table->setItem(row, NameColumn, readOnlyItem(header));
        m_table->setItem(row, SampleColumn, readOnlyItem(sampleValues(row)));
        m_table->removeCellWidget(row, KindColumn);
        if (row == plan.idColumn) {
            auto* kind = readOnlyItem(tr("Respondent id"));
            QFont bold = kind->font();
            bold.setBold(true);
            kind->setFont(bold);
            m_table->setItem(row, KindColumn, kind);
            m_table->setItem(row, MultiSelectColumn, readOnlyItem(QString()));
            m_table->setItem(row, ReasonColumn,
                             readOnlyItem(m_idColumn.isEmpty() ? tr("detected: unique values")
                                                               : tr("chosen as the id column")));
            continue;
        }
        const SurveyColumnPlan* question = byColumn.value(row);
        Kind kind = Kind::Ignored;
        if (question) {
            kind = question->kind == QuestionKind::Closed ? Kind::Closed : Kind::Open;
        }
        (kind == Kind::Closed ? closed : kind == Kind::Open ? open : ignored) += 1;
        m_table->setItem(row, KindColumn, readOnlyItem(QString()));
        auto* box = new QComboBox(m_table);
        box->addItem(tr("Closed question"), int(Kind::Closed));
        box->addItem(tr("Open question"), int(Kind::Open));
        box->addItem(tr("Left out"), int(Kind::Ignored));
        box->setCurrentIndex(int(kind));
        box->setAccessibleName(tr("Kind of %1").arg(header));
        connect(box, &QComboBox::activated, this, [this, header, box](int) {
            setKindOverride(header, Kind(box->currentData().toInt()));
        });
        m_table->setCellWidget(row, KindColumn, box);
        m_table->setItem(row, MultiSelectColumn,
                         readOnlyItem(question && question->multiSelect ? tr("yes") : QString()));
        QString reason;
        if (question) {
            reason = question->reason;
        } else if (m_overrides.value(header, Kind::Closed) == Kind::Ignored) {
            reason = tr("you left it out");
        } else {
            reason = tr("not a question");
        }
        m_table->setItem(row, ReasonColumn, readOnlyItem(reason));
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, qMin(m_table->columnWidth(NameColumn), 260));
    m_table->setColumnWidth(KindColumn, 150);
    m_table->resizeColumnToContents(MultiSelectColumn);
    m_table->setColumnWidth(ReasonColumn, 260);

    m_summary->setText(
        tr("%1 · %2 · %3 · %4 left out")
            .arg(countOf(plan.respondentIds.size(), tr("%1 respondent"), tr("%1 respondents")),
                 countOf(closed, tr("%1 closed question"), tr("%1 closed questions")),
                 countOf(open, tr("%1 open question"), tr("%1 open questions")))
            .arg(ignored));
    const QStringList warnings = m_data->warnings + plan.warnings;
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_import->setEnabled(closed + open > 0);
}

int SurveyImportDialog::rowOfColumn(const QString& header) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn) && m_table->item(row, NameColumn)->text() == header) {
            return row;
        }
    }
    return -1;
}

QComboBox* SurveyImportDialog::kindBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
}

void SurveyImportDialog::accept()
{
    if (!m_data || !m_plan) {
        m_error->setProblem(tr("Choose a survey file whose columns can be planned first."));
        return;
    }
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setProblem(tr("Give the survey a name, e.g. “Practitioner survey”."));
        m_name->setFocus();
        return;
    }
    auto id = m_project.importSurvey(name, *m_data, *m_plan);
    if (!id) {
        m_error->setProblem(id.error().message);
        return;
    }
    int closed = 0;
    for (const SurveyColumnPlan& question : m_plan->questions) {
        closed += question.kind == QuestionKind::Closed ? 1 : 0;
    }
    const int open = int(m_plan->questions.size()) - closed;
    emit imported(
        *id,
        tr("Imported the survey “%1”: %2, %3, %4.")
            .arg(name,
                 countOf(m_plan->respondentIds.size(), tr("%1 respondent"), tr("%1 respondents")),
                 countOf(closed, tr("%1 closed question"), tr("%1 closed questions")),
                 countOf(open, tr("%1 open question"), tr("%1 open questions"))));
    QDialog::accept();
}

} // namespace tessera::ui
