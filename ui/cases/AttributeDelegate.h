#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui {

// Editors by attribute type in the attribute table: a combo box of the categories (editable:
// a new value is allowed and sorts after them), a line edit that takes only number characters,
// a date editor whose lowest date reads "(not set)" and clears the value, a line edit for text.
// The model gets the text and lets the core decide, so a value the core refuses is reported
// and the cell keeps its value.
class AttributeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The date the date editor shows for "no value".
    static QDate unsetDate();

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace tessera::ui
