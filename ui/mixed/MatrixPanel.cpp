#include "MatrixPanel.h"

#include "AnalysisChoices.h"
#include "AttributeMatrixModel.h"
#include "ExcerptListModel.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera::ui {

MatrixPanel::MatrixPanel(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_rows(new QComboBox(this)),
      m_attribute(new QComboBox(this)), m_export(new QPushButton(tr("E&xport…"), this)),
      m_note(new QLabel(this)), m_model(new AttributeMatrixModel(this)),
      m_view(new QTableView(this)), m_excerptTitle(new QLabel(this)),
      m_excerpts(new ExcerptListModel(this)), m_excerptView(new QTableView(this))
{
    setObjectName(QStringLiteral("matrixPanel"));
    setAccessibleName(tr("Code by attribute matrix"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto* controls = new QHBoxLayout;
    m_rows->addItem(tr("Codes"), int(MatrixRows::Codes));
    m_rows->addItem(tr("Themes"), int(MatrixRows::Themes));
    addLabelledCombo(controls, tr("&Rows:"), m_rows, tr("Rows"));
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelledCombo(controls, tr("&Columns:"), m_attribute, tr("Columns: attribute"));
    addExportButton(controls, m_export, tr("the matrix"));
    layout->addLayout(controls);

    setUpNote(m_note);
    layout->addWidget(m_note);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view->setObjectName(QStringLiteral("matrixTable"));
    m_view->setAccessibleName(tr("Matrix: participants per code and attribute value"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(70);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setShowGrid(true);
    splitter->addWidget(m_view);

    auto* drill = new QWidget(splitter);
    auto* drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 4, 0, 0);
    setUpHeading(m_excerptTitle);
    m_excerptTitle->setText(tr("Double-click a cell to read the excerpts behind it."));
    drillLayout->addWidget(m_excerptTitle);
    m_excerptView->setObjectName(QStringLiteral("matrixExcerpts"));
    m_excerptView->setAccessibleName(tr("Excerpts of the chosen cell"));
    m_excerptView->setModel(m_excerpts);
    m_excerptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_excerptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_excerptView->setAlternatingRowColors(true);
    m_excerptView->verticalHeader()->hide();
    m_excerptView->horizontalHeader()->setStretchLastSection(true);
    m_excerptView->setColumnWidth(ExcerptListModel::DocumentColumn, 170);
    m_excerptView->setColumnWidth(ExcerptListModel::SpeakerColumn, 110);
    m_excerptView->setColumnWidth(ExcerptListModel::CodeColumn, 200);
    m_excerptView->setColumnWidth(ExcerptListModel::CoderColumn, 110);
    m_excerptView->setWordWrap(false);
    drillLayout->addWidget(m_excerptView, 1);
    splitter->addWidget(drill);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_rows, &QComboBox::currentIndexChanged, this, &MatrixPanel::refresh);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        m_shownCell.reset();
        refresh();
    });
    connect(m_export, &QPushButton::clicked, this, &MatrixPanel::exportRequested);
    // activated: a double-click (or one click where the desktop activates on single click)
    // and Enter.
    connect(m_view, &QTableView::activated, this, &MatrixPanel::showCell);
    connect(m_excerptView, &QTableView::activated, this,
            [this](const QModelIndex& index) { jumpTo(index.row()); });
}

std::optional<MatrixOptions> MatrixPanel::options() const
{
    const auto attribute = chosenAttribute(m_attribute);
    if (!attribute) {
        return std::nullopt;
    }
    MatrixOptions options;
    options.rows = MatrixRows(m_rows->currentData().toInt());
    options.scope = attribute->scope;
    options.attribute = attribute->name;
    options.coder = m_state.visibleCoder();
    return options;
}

void MatrixPanel::refresh()
{
    const Project& project = m_state.project();
    const bool any = fillAttributeBox(m_attribute, project, true);
    const auto chosen = options();
    m_export->setEnabled(false);
    if (!any || !chosen) {
        m_model->clear();
        m_excerpts->setExcerpts({});
        m_note->setText(tr("Define an attribute (Participants & Attributes tab) or import a survey "
                           "to see how many participants of each kind said something coded."));
        return;
    }
    auto matrix = buildAttributeMatrix(project, *chosen);
    if (!matrix) {
        m_model->clear();
        m_note->setText(matrix.error().message);
        emit problem(matrix.error().message);
        return;
    }
    m_model->setMatrix(*matrix);
    m_export->setEnabled(true);
    QStringList note;
    note << tr("Each cell counts participants with that %1 who said something coded; the "
               "last row gives how many participants have each value.")
                .arg(chosen->attribute);
    note << (project.countsFacilitators() ? tr("Facilitators are counted.")
                                          : tr("Facilitators are not counted."));
    if (chosen->coder) {
        note << tr("Only the current coder's codings.");
    }
    if (matrix->unlinkedSpeakers > 0) {
        note << tr("%1 with coded speech are not linked to participants and are not counted "
                   "(Document ▸ Link Speakers…).")
                    .arg(countOf(matrix->unlinkedSpeakers, tr("%1 speaker"), tr("%1 speakers")));
    }
    m_note->setText(note.join(QLatin1Char(' ')));
    m_view->resizeColumnsToContents();

    // Keep listing the same cell, whose excerpts may just have changed.
    if (m_shownCell) {
        for (int row = 0; row < matrix->matrixRows.size(); ++row) {
            if (matrix->matrixRows[row].id != m_shownCell->first) {
                continue;
            }
            for (int column = 1; column < m_model->columnCount(); ++column) {
                if (m_model->columnName(column) == m_shownCell->second) {
                    showCell(m_model->index(row, column));
                    return;
                }
            }
        }
        m_shownCell.reset();
        m_excerpts->setExcerpts({});
        m_excerptTitle->setText(tr("Double-click a cell to read the excerpts behind it."));
    }
}

void MatrixPanel::showCell(const QModelIndex& index)
{
    const MatrixCell* cell = m_model->cellAt(index);
    if (!cell) {
        return;
    }
    const Project& project = m_state.project();
    QList<Coding> codings;
    codings.reserve(cell->codings.size());
    for (const CodingId id : cell->codings) {
        if (const auto coding = project.coding(id)) {
            codings << *coding;
        }
    }
    m_excerpts->setExcerpts(Retrieval(project).excerpts(codings));
    m_shownCell = {m_model->matrix().matrixRows[index.row()].id,
                   m_model->columnName(index.column())};
    const bool total = index.column() == m_model->columnCount() - 1;
    const QString where =
        total ? tr("all participants")
              : tr("%1 = %2").arg(m_model->matrix().attribute, m_model->columnName(index.column()));
    m_excerptTitle->setText(
        tr("%1 · %2 · %3, %4")
            .arg(m_model->rowName(index.row()), where,
                 countOf(cell->participants, tr("%1 participant"), tr("%1 participants")),
                 countOf(m_excerpts->rowCount(), tr("%1 excerpt"), tr("%1 excerpts"))));
    m_view->setCurrentIndex(index);
}

void MatrixPanel::jumpTo(int excerptRow)
{
    const TextRange range = m_excerpts->rangeAt(excerptRow);
    if (range.isEmpty()) {
        return;
    }
    m_state.setCurrentDocument(range.document);
    m_state.requestExcerpt(range);
}

} // namespace tessera::ui
