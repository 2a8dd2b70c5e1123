#pragma once

#include "TreeModelBase.h"
#include "common/WorkbenchState.h"

#include <QColor>
#include <QHash>
#include <QSet>

namespace tessera::ui {

// Themes and subthemes, each with its linked codes as leaf rows. Counts cover a theme and its
// subthemes (excerpts, documents). Drag and drop: codes dropped on a theme are linked to it (a
// code may be in several themes); themes dropped on a theme become its subthemes, dropped on the
// empty area become top-level. Theme names are editable in place.
//
// Excerpts are distinct passages (document, start, end) of the visible coder's codings, as in
// the theme summary report; a code row counts its own passages. Themes, links, code names and
// codings are read once per refresh; data() never queries the project. A code or theme dropped
// on a linked-code row counts as dropped on that row's theme.
class ThemeTreeModel : public TreeModelBase {
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ExcerptsColumn, DocumentsColumn, ColumnCount };
    // ThemeIdRole: qint64, on code rows the theme they are linked to; CodeIdRole: qint64, code rows
    // only; StatusRole: int(ThemeStatus); ConceptRole: the central organising concept.
    enum Role { ThemeIdRole = Qt::UserRole + 1, CodeIdRole, ItemKindRole, StatusRole, ConceptRole };
    enum ItemKind { ThemeItem, CodeItem };

    explicit ThemeTreeModel(WorkbenchState& state, QObject* parent = nullptr);

    QModelIndex indexOfTheme(ThemeId id) const;
    std::optional<ThemeId> themeAt(const QModelIndex& index) const;     // theme rows only
    std::optional<CodeId> linkedCodeAt(const QModelIndex& index) const; // code rows only

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void errorOccurred(const QString& message);

private:
    struct ThemeRow {
        ThemeFields fields;
        QString path;
        QColor color;
        bool operator==(const ThemeRow& other) const;
    };
    struct CodeRow {
        QString path;
        QColor color;
        friend bool operator==(const CodeRow&, const CodeRow&) = default;
    };
    struct Tally {
        int excerpts = 0;
        int documents = 0;
        friend bool operator==(const Tally&, const Tally&) = default;
    };
    struct Tallies {
        QHash<qint64, Tally> themes;
        QHash<qint64, Tally> codes;
    };

    // Counts are re-read only when links or codings may have changed, not on code renames.
    void reload(bool withCounts);
    void reloadCounts();
    Tallies countAll(const QHash<qint64, QSet<qint64>>& treeCodes) const;
    void applyCounts(const Tallies& tallies);
    // The theme a drop on `index` is meant for: the theme row itself or a code row's theme.
    std::optional<ThemeId> dropTheme(const QModelIndex& index) const;
    bool isWithin(ThemeId theme, ThemeId ancestor) const;
    QList<ThemeId> draggedThemes(const QList<ThemeId>& themes) const;
    bool linkCodes(const QList<CodeId>& codes, ThemeId theme);
    bool moveThemes(const QList<ThemeId>& themes, std::optional<ThemeId> parent, int row);
    QString tooltip(const TreeKey& key) const;

    WorkbenchState& m_state;
    QHash<qint64, ThemeRow> m_themes;
    QHash<qint64, int> m_order;              // depth-first position of each theme
    QHash<qint64, QList<qint64>> m_links;    // theme -> directly linked codes
    QHash<qint64, QSet<qint64>> m_treeCodes; // theme -> codes of it and its subthemes
    QHash<qint64, CodeRow> m_codes;
    Tallies m_tallies;
};

} // namespace tessera::ui
