#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace tessera::ui {

// The filter box over DocumentTreeModel: a document stays when its name or its group's name
// contains the text (case-insensitive); a group stays when its name matches or any of its
// documents does. Use the standard setFilterFixedString() / setFilterRegularExpression();
// setFilterText() is the same as setFilterFixedString().
class DocumentFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit DocumentFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
};

} // namespace tessera::ui
