#include "AttributeDelegate.h"

#include "AttributeTableModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace tessera::ui {
namespace {

std::optional<AttributeType> typeAt(const QModelIndex& index)
{
    const QVariant type = index.data(AttributeTableModel::AttributeTypeRole);
    return type.isValid() ? std::optional<AttributeType>(AttributeType(type.toInt()))
                          : std::nullopt;
}

} // namespace

QDate AttributeDelegate::unsetDate()
{
    return {1900, 1, 1};
}

QWidget* AttributeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const auto type = typeAt(index);
    if (!type || *type == AttributeType::Text) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    switch (*type) {
    case AttributeType::Category: {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        combo->addItems(index.data(AttributeTableModel::CategoriesRole).toStringList());
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::InlineCompletion);
        combo->setAccessibleName(tr("Category"));
        return combo;
    }
    case AttributeType::Number: {
        auto* edit = new QLineEdit(parent);
        // Keeps letters out; whether the whole is a number ("-", "1e") is the core's call, which
        // refuses it with a message rather than the editor silently dropping it.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[-+]?[0-9]*[.]?[0-9]*([eE][-+]?[0-9]*)?")), edit));
        edit->setPlaceholderText(tr("number"));
        edit->setAccessibleName(tr("Number"));
        return edit;
    }
    case AttributeType::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(unsetDate());
        edit->setSpecialValueText(tr("(not set)"));
        edit->setAccessibleName(tr("Date"));
        return edit;
    }
    case AttributeType::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void AttributeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(value);
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        date->setDate(parsed.isValid() ? parsed : unsetDate());
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && typeAt(index)) {
        line->setText(value);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AttributeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date() == unsetDate() ? QString()
                                                          : date->date().toString(Qt::ISODate));
        return;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && typeAt(index)) {
        model->setData(index, line->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace tessera::ui
