#include "AnalysisChoices.h"

#include "project/Project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidgetItem>

namespace tessera::ui {
namespace {

constexpr int kScopeRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
// Between pickers in a row of controls.
constexpr int kControlGap = 12;

void addAttribute(QComboBox* box, const AttributeDefinition& definition, const QString& text)
{
    box->addItem(text);
    const int at = box->count() - 1;
    box->setItemData(at, int(definition.scope), kScopeRole);
    box->setItemData(at, definition.name, kNameRole);
}

} // namespace

bool fillAttributeBox(QComboBox* box, const Project& project, bool withDocumentAttributes)
{
    const auto previous = chosenAttribute(box);
    const QSignalBlocker blocker(box);
    box->clear();
    QList<AttributeDefinition> own;
    QList<AttributeDefinition> survey;
    for (const AttributeDefinition& definition : project.attributes(AttributeScope::Participant)) {
        (definition.survey ? survey : own) << definition;
    }
    for (const AttributeDefinition& definition : std::as_const(own)) {
        addAttribute(box, definition, definition.name);
    }
    if (!own.isEmpty() && !survey.isEmpty()) {
        box->insertSeparator(box->count());
    }
    for (const AttributeDefinition& definition : std::as_const(survey)) {
        addAttribute(box, definition, QComboBox::tr("%1 (survey)").arg(definition.name));
    }
    if (withDocumentAttributes) {
        const QList<AttributeDefinition> documents = project.attributes(AttributeScope::Document);
        if (box->count() > 0 && !documents.isEmpty()) {
            box->insertSeparator(box->count());
        }
        for (const AttributeDefinition& definition : documents) {
            addAttribute(box, definition, QComboBox::tr("%1 (document)").arg(definition.name));
        }
    }
    for (int i = 0; previous && i < box->count(); ++i) {
        if (box->itemData(i, kNameRole).toString() == previous->name &&
            box->itemData(i, kScopeRole).toInt() == int(previous->scope)) {
            box->setCurrentIndex(i);
            return true;
        }
    }
    // Groups are what a category is for: prefer one (the case's own before a survey's) over a
    // number or date, whose every distinct value would be a column.
    int first = box->count() > 0 ? 0 : -1;
    for (const AttributeDefinition& definition : own + survey) {
        if (definition.type == AttributeType::Category) {
            for (int i = 0; i < box->count(); ++i) {
                if (box->itemData(i, kNameRole).toString() == definition.name &&
                    box->itemData(i, kScopeRole).toInt() == int(AttributeScope::Participant)) {
                    first = i;
                    break;
                }
            }
            break;
        }
    }
    box->setCurrentIndex(first);
    return box->count() > 0;
}

std::optional<AttributeChoice> chosenAttribute(const QComboBox* box)
{
    const int at = box->currentIndex();
    const QString name = at >= 0 ? box->itemData(at, kNameRole).toString() : QString();
    if (name.isEmpty()) {
        return std::nullopt;
    }
    return AttributeChoice{AttributeScope(box->itemData(at, kScopeRole).toInt()), name};
}

bool chooseAttribute(QComboBox* box, const QString& name)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i, kNameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            box->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void fillSurveyBox(QComboBox* box, const Project& project)
{
    const auto previous = chosenSurvey(box);
    const QSignalBlocker blocker(box);
    box->clear();
    for (const Survey& survey : project.surveys()) {
        box->addItem(survey.name, survey.id.value);
        if (previous && survey.id == *previous) {
            box->setCurrentIndex(box->count() - 1);
        }
    }
    if (box->currentIndex() < 0 && box->count() > 0) {
        box->setCurrentIndex(0);
    }
}

std::optional<SurveyId> chosenSurvey(const QComboBox* box)
{
    const QVariant id = box->currentData();
    return id.isValid() ? std::optional<SurveyId>(SurveyId(id.toLongLong())) : std::nullopt;
}

void fillSurveyBox(QComboBox* box, QLabel* label, const Project& project)
{
    fillSurveyBox(box, project);
    label->setVisible(box->count() > 1);
    box->setVisible(box->count() > 1);
}

QLabel* addLabelledCombo(QHBoxLayout* row, const QString& label, QComboBox* box,
                         const QString& accessibleName)
{
    auto* buddy = new QLabel(label, box->parentWidget());
    buddy->setBuddy(box);
    box->setAccessibleName(accessibleName);
    if (row->count() > 0) {
        row->addSpacing(kControlGap);
    }
    row->addWidget(buddy);
    row->addWidget(box);
    return buddy;
}

void addExportButton(QHBoxLayout* row, QPushButton* button, const QString& subject)
{
    row->addStretch(1);
    button->setToolTip(
        QPushButton::tr("Save %1 as Word, OpenDocument, PDF, HTML, Markdown or CSV").arg(subject));
    row->addWidget(button);
}

void setUpNote(QLabel* note)
{
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
}

void setUpHeading(QLabel* heading)
{
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
}

QTableWidgetItem* readOnlyCell(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace tessera::ui
