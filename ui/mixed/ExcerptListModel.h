#pragma once

#include "analysis/Retrieval.h"
#include "common/WorkbenchState.h"
#include "models/ExcerptColumns.h"

#include <QAbstractTableModel>

namespace tessera::ui {

// The excerpts behind a matrix cell (a list of codings), one row each with document, speaker,
// code, coder (two coders' codings of one passage are two rows) and text. Read-only; the view jumps
// to a passage through rangeAt().
class ExcerptListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Column = ExcerptColumns::Column;
    using enum ExcerptColumns::Column;

    explicit ExcerptListModel(QObject* parent = nullptr);

    void setExcerpts(const QList<Excerpt>& excerpts);
    const QList<Excerpt>& excerpts() const { return m_rows; }
    TextRange rangeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Excerpt> m_rows;
};

} // namespace tessera::ui
