#pragma once

#include "ExcerptColumns.h"
#include "analysis/Retrieval.h"
#include "common/WorkbenchState.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace tessera::ui {

// The excerpts of one code (optionally with its sub-codes) or one theme (its codes and its
// subthemes' codes), one row per coding, in document order. Follows the visible-coder filter
// and refreshes on Project::changed, keeping the same code or theme (cleared when it is deleted).
//
// A refresh turns the difference into row removals and insertions (the excerpts before and after
// the change are kept), so a view keeps its selection when a coding is added elsewhere.
class RetrievalModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Column = ExcerptColumns::Column;
    using enum ExcerptColumns::Column;
    // CodingIdRole, DocumentIdRole, StartRole, EndRole: qint64. ContextRole: the passage with up to
    // about 120 characters either side, cut at word boundaries, the excerpt marked «…».
    enum Role {
        CodingIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        StartRole,
        EndRole,
        ContextRole,
        KeyQuoteRole
    };

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
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void titleChanged(const QString& title);

private:
    enum class TargetKind { None, Code, Theme };

    void refresh();
    void loadCodes();
    void setRows(const QList<Excerpt>& rows);
    void setTitle(const QString& title);
    QString contextOf(const Excerpt& excerpt) const;
    QString tooltipOf(const Excerpt& excerpt) const;

    WorkbenchState& m_state;
    TargetKind m_kind = TargetKind::None;
    qint64 m_targetId = 0;
    bool m_includeChildCodes = false;
    QList<Excerpt> m_rows;
    QString m_title;
    QHash<qint64, QString> m_texts; // document texts, for ContextRole without a query per row
    // Code names and colours, re-read only when codes change.
    QHash<qint64, std::pair<QString, QColor>> m_codes;
    bool m_codesLoaded = false;
};

} // namespace tessera::ui
