#pragma once

#include "KeyedListModel.h"
#include "common/WorkbenchState.h"

#include <QColor>

namespace tessera::ui {

// The theme board's "not yet in a theme" list: codes linked to no theme (Project::
// unthemedCodes), in code-tree order, with how often each is used by the visible coder(s).
// Rows are dragged as code ids (kCodeIdsMime) onto theme cards, exactly as from the code tree.
class UnthemedCodesModel : public KeyedListModel {
    Q_OBJECT

public:
    enum Column { NameColumn, CodingsColumn, ColumnCount };
    enum Role { CodeIdRole = Qt::UserRole + 1 };

    explicit UnthemedCodesModel(WorkbenchState& state, QObject* parent = nullptr);

    std::optional<CodeId> codeAt(const QModelIndex& index) const;
    QModelIndex indexOfCode(CodeId id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    void reload();

private:
    struct Row {
        QString name;
        QString path;
        QColor color;
        QString description;
        int codings = 0;
        int documents = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    WorkbenchState& m_state;
    QHash<qint64, Row> m_rows;
};

} // namespace tessera::ui
