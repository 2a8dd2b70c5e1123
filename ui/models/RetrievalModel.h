#pragma once

#include "analysis/Retrieval.h"
#include "common/WorkbenchState.h"

#include <QAbstractTableModel>

namespace tessera::ui {

// The excerpts of one code (optionally with its sub-codes) or one theme (its codes and its
// subthemes' codes), one row per coding, in document order. Follows the visible-coder filter
// and refreshes on Project::changed.
class RetrievalModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DocumentColumn, SpeakerColumn, CodeColumn, CoderColumn, TextColumn, ColumnCount };
    enum Role { CodingIdRole = Qt::UserRole + 1, DocumentIdRole, StartRole, EndRole, ContextRole };

    explicit RetrievalModel(WorkbenchState& state, QObject* parent = nullptr);

    void showCode(CodeId code, bool includeChildCodes = false);
    void showTheme(ThemeId theme);
    void clear();
    QString title() const; // "Digital poverty · 15 excerpts"

    const Excerpt& excerptAt(int row) const;
    TextRange rangeAt(int row) const;
    QString citationAt(int row) const; // “text” (Focus group 2, P3)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void titleChanged(const QString& title);
};

} // namespace tessera::ui
