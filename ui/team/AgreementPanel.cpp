#include "AgreementPanel.h"

#include "AgreementFormat.h"
#include "common/AtomicFile.h"
#include "report/ReportWriters.h"
#include "workbench/UserPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace tessera::ui {
namespace {

// Problems listed on screen before "and N more"; the export lists them all.
constexpr int kShownProblems = 5;

void setFigure(QTreeWidgetItem* item, int column, const AgreementValue& value, bool percent)
{
    item->setText(column, formatAgreementValue(value, percent));
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (value.value) {
        item->setData(column, AgreementPanel::ValueRole, *value.value);
    } else {
        QFont italic = item->font(column);
        italic.setItalic(true);
        item->setFont(column, italic);
    }
    QStringList tip{item->text(column)};
    if (const QString details = agreementValueDetails(value); !details.isEmpty()) {
        tip << details;
    }
    item->setToolTip(column, tip.join(QLatin1Char('\n')));
}

void setCount(QTreeWidgetItem* item, int column, qint64 count)
{
    item->setText(column, QLocale().toString(count));
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

QString listed(const QStringList& lines)
{
    QStringList shown = lines.mid(0, kShownProblems);
    if (lines.size() > kShownProblems) {
        shown << QCoreApplication::translate("tessera::ui::AgreementPanel",
                                             "… and %1 more (Export… lists them all).")
                     .arg(lines.size() - kShownProblems);
    }
    return shown.join(QLatin1Char('\n'));
}

} // namespace

AgreementPanel::AgreementPanel(const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_prompts(prompts), m_unit(new QComboBox(this)),
      m_domain(new QCheckBox(tr("Ticked codes form a &domain (mutually exclusive)"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_summary(new QLabel(this)),
      m_results(new QTreeWidget(this)), m_domainTitle(new QLabel(this)),
      m_domainFigures(new QTreeWidget(this)), m_notes(new QLabel(this)),
      m_exportWatcher(new QFutureWatcher<QString>(this))
{
    setObjectName(QStringLiteral("agreementPanel"));
    setAccessibleName(tr("Inter-coder agreement"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto* controls = new QHBoxLayout;
    m_unit->addItem(tr("Character (two coders)"), int(AgreementOptions::Unit::Character));
    m_unit->addItem(tr("Speaker turn"), int(AgreementOptions::Unit::Turn));
    m_unit->addItem(tr("Unitized (u-alpha family)"), int(AgreementOptions::Unit::Unitized));
    m_unit->setAccessibleName(tr("Unit of analysis"));
    m_unit->setToolTip(tr("What is compared: every character, every speaker turn, or the coded "
                          "stretches with their boundaries (docs/agreement.md)"));
    auto* unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    controls->addWidget(unitLabel);
    controls->addWidget(m_unit);
    controls->addSpacing(12);
    m_domain->setObjectName(QStringLiteral("agreementDomain"));
    controls->addWidget(m_domain);
    controls->addStretch(1);
    m_export->setToolTip(tr("Save the figures as CSV, Markdown, HTML, Word, OpenDocument or PDF"));
    m_export->setEnabled(false);
    controls->addWidget(m_export);
    layout->addLayout(controls);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_results->setObjectName(QStringLiteral("agreementResults"));
    m_results->setAccessibleName(tr("Agreement per code"));
    m_results->setRootIsDecorated(true);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(false);
    splitter->addWidget(m_results);

    auto* domainBox = new QWidget(splitter);
    auto* domainLayout = new QVBoxLayout(domainBox);
    domainLayout->setContentsMargins(0, 4, 0, 0);
    m_domainTitle->setTextFormat(Qt::PlainText);
    m_domainTitle->setWordWrap(true);
    QFont bold = m_domainTitle->font();
    bold.setBold(true);
    m_domainTitle->setFont(bold);
    domainLayout->addWidget(m_domainTitle);
    m_domainFigures->setObjectName(QStringLiteral("agreementDomainFigures"));
    m_domainFigures->setAccessibleName(tr("Agreement over the domain"));
    m_domainFigures->setRootIsDecorated(false);
    m_domainFigures->setHeaderLabels({tr("Figure"), tr("Value")});
    domainLayout->addWidget(m_domainFigures, 1);
    splitter->addWidget(domainBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    domainBox->hide();

    m_notes->setObjectName(QStringLiteral("agreementNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_notes);

    updateDomainBox();
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateDomainBox();
        emit optionsChanged();
    });
    connect(m_domain, &QCheckBox::toggled, this, &AgreementPanel::optionsChanged);
    connect(m_export, &QPushButton::clicked, this, &AgreementPanel::exportInteractively);
    connect(m_exportWatcher, &QFutureWatcher<QString>::finished, this,
            &AgreementPanel::exportFinished);
}

AgreementPanel::~AgreementPanel()
{
    m_exportWatcher->waitForFinished();
}

AgreementOptions::Unit AgreementPanel::unit() const
{
    return AgreementOptions::Unit(m_unit->currentData().toInt());
}

void AgreementPanel::setUnit(AgreementOptions::Unit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
}

bool AgreementPanel::domainMode() const
{
    return m_domain->isEnabled() && m_domain->isChecked();
}

void AgreementPanel::updateDomainBox()
{
    const bool character = unit() == AgreementOptions::Unit::Character;
    m_domain->setEnabled(!character);
    m_domain->setToolTip(
        character ? tr("A domain is compared per speaker turn or unitized, not per character")
                  : tr("Compare the ticked codes as one variable whose values exclude each other "
                       "(at least two codes): alpha over the domain, or the u-alpha family"));
}

void AgreementPanel::showPending()
{
    m_summary->setText(tr("Computing agreement…"));
}

void AgreementPanel::showMessage(const QString& message)
{
    m_report.reset();
    m_results->clear();
    m_results->setHeaderLabels({tr("Code")});
    m_domainFigures->parentWidget()->hide();
    m_summary->setText(message);
    m_notes->clear();
    m_export->setEnabled(false);
}

void AgreementPanel::showReport(const AgreementReport& report, const AgreementScope& scope)
{
    m_report = report;
    m_scope = scope;
    m_summary->setText(tr("%1 · %2").arg(report.coders.join(QStringLiteral(", ")),
                                         unitOfAnalysis(report, int(scope.documents.size()))));
    fillResults(report);
    fillDomain(report);
    fillNotes(report);
    m_export->setEnabled(!isExporting());
}

void AgreementPanel::fillResults(const AgreementReport& report)
{
    const QList<FigureColumn> columns = figureColumns(report);
    const bool character =
        report.unit == AgreementOptions::Unit::Character && report.coders.size() == 2;
    QStringList header{tr("Code")};
    for (const FigureColumn& column : columns) {
        header << column.name;
    }
    if (character) {
        header << tr("Both") << tr("%1 only").arg(report.coders[0])
               << tr("%1 only").arg(report.coders[1]) << tr("Neither");
    }
    m_results->clear();
    m_results->setColumnCount(int(header.size()));
    m_results->setHeaderLabels(header);
    QHash<qint64, QTreeWidgetItem*> codeItems;
    for (const CodeAgreement& code : report.perCode) {
        auto* item = new QTreeWidgetItem(m_results, {code.path});
        item->setToolTip(0, code.undefinedReason().isEmpty()
                                ? code.path
                                : tr("%1\nUndefined: %2").arg(code.path, code.undefinedReason()));
        for (int c = 0; c < columns.size(); ++c) {
            const auto& value = code.*columns[c].field;
            if (value) {
                setFigure(item, c + 1, *value, columns[c].percent);
            } else {
                item->setText(c + 1, QStringLiteral("—"));
            }
        }
        if (character && code.table) {
            const int first = int(columns.size()) + 1;
            setCount(item, first, code.table->both);
            setCount(item, first + 1, code.table->firstOnly);
            setCount(item, first + 2, code.table->secondOnly);
            setCount(item, first + 3, code.table->neither);
        }
        codeItems.insert(code.code.value, item);
    }
    // Character level: the documents under each code, whose tables add up to the pooled one.
    for (const DocumentAgreement& document : report.documents) {
        for (const DocumentCodeAgreement& code : document.codes) {
            QTreeWidgetItem* parent = codeItems.value(code.code.value);
            if (!parent || !character) {
                continue;
            }
            auto* item = new QTreeWidgetItem(parent, {document.name});
            for (int c = 0; c < columns.size(); ++c) {
                if (columns[c].field == &CodeAgreement::percentAgreement) {
                    setFigure(item, c + 1, code.percentAgreement, true);
                } else if (columns[c].field == &CodeAgreement::cohenKappa) {
                    setFigure(item, c + 1, code.cohenKappa, false);
                }
            }
            const int first = int(columns.size()) + 1;
            setCount(item, first, code.table.both);
            setCount(item, first + 1, code.table.firstOnly);
            setCount(item, first + 2, code.table.secondOnly);
            setCount(item, first + 3, code.table.neither);
        }
    }
    for (int c = 0; c < m_results->columnCount(); ++c) {
        m_results->resizeColumnToContents(c);
    }
    m_results->setColumnWidth(0, std::max(m_results->columnWidth(0), 220));
}

void AgreementPanel::fillDomain(const AgreementReport& report)
{
    QWidget* box = m_domainFigures->parentWidget();
    m_domainFigures->clear();
    if (!report.domain) {
        box->hide();
        return;
    }
    m_domainTitle->setText(tr("Domain of mutually exclusive codes: %1")
                               .arg(report.domain->paths.join(QStringLiteral(", "))));
    for (const DomainFigure& figure : domainFigures(*report.domain)) {
        auto* item = new QTreeWidgetItem(m_domainFigures, {figure.name});
        setFigure(item, 1, figure.value, false);
    }
    m_domainFigures->resizeColumnToContents(0);
    box->show();
}

void AgreementPanel::fillNotes(const AgreementReport& report)
{
    QStringList parts;
    for (const QString& note : report.notes) {
        parts << tr("Note: %1").arg(note);
    }
    QStringList conflicts;
    for (const DomainConflict& conflict : report.conflicts) {
        conflicts << describeConflict(conflict);
    }
    if (!conflicts.isEmpty()) {
        parts << tr("Domain conflicts:") << listed(conflicts);
    }
    QStringList overlaps;
    for (const UnitOverlapError& overlap : report.overlaps) {
        overlaps << describeOverlap(overlap);
    }
    if (!overlaps.isEmpty()) {
        parts << tr("Overlapping units:") << listed(overlaps);
    }
    m_notes->setText(parts.join(QLatin1Char('\n')));
    m_notes->setVisible(!parts.isEmpty());
}

void AgreementPanel::exportInteractively()
{
    if (!m_report) {
        return;
    }
    const QString suggested =
        QDir(m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory)
            .filePath(QStringLiteral("agreement.csv"));
    const QString path = m_prompts.saveFile(
        this, tr("Export Agreement"), suggested,
        tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html);;Word (*.docx);;OpenDocument text "
           "(*.odt);;PDF (*.pdf)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void AgreementPanel::exportTo(const QString& path)
{
    const auto format = reportFormatFromName(QFileInfo(path).suffix());
    if (!format) {
        const QString message =
            tr("Cannot export to “%1”: name the file .csv, .md, .html, .docx, .odt or .pdf.")
                .arg(QDir::toNativeSeparators(path));
        emit problem(message);
        emit exported(false, path, message);
        return;
    }
    if (!m_report || isExporting()) {
        return;
    }
    const TableReport report = agreementTableReport(*m_report, m_scope);
    m_exportPath = path;
    m_export->setEnabled(false);
    m_exportWatcher->setFuture(QtConcurrent::run([report, format = *format, path]() -> QString {
        const QByteArray bytes = writeTableReport(report, format);
        if (bytes.isEmpty()) {
            return QObject::tr("Could not lay out the %1 file.")
                .arg(reportFormatSuffix(format).toUpper());
        }
        if (auto st = writeFileAtomically(path, bytes); !st) {
            return st.error().message;
        }
        return {};
    }));
}

bool AgreementPanel::isExporting() const
{
    return m_exportWatcher->isRunning();
}

void AgreementPanel::exportFinished()
{
    const QString error = m_exportWatcher->result();
    m_export->setEnabled(m_report.has_value());
    const QString shown = QDir::toNativeSeparators(m_exportPath);
    if (error.isEmpty()) {
        const QString message = tr("Saved the agreement figures to %1.").arg(shown);
        emit statusMessage(message);
        emit exported(true, m_exportPath, message);
    } else {
        const QString message = tr("Could not export to %1: %2").arg(shown, error);
        emit problem(message);
        emit exported(false, m_exportPath, message);
    }
}

} // namespace tessera::ui
