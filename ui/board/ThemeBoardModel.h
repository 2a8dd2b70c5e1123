#pragma once

#include "KeyedListModel.h"
#include "common/WorkbenchState.h"

#include <QStringList>

namespace tessera::ui {

// Every theme as a card of the theme board: name, status, central organising concept, the
// theme it belongs to, its directly linked codes, and how often it occurs (distinct excerpts
// and documents of it and its subthemes, for the coder whose codings are visible, as in the
// Themes pane). Rows follow the theme tree depth-first; the board's columns filter them by
// status (ThemeStatusFilter). Cards are dragged as theme ids (kThemeIdsMime); drops are the
// columns' business (ThemeCardList), since where a card lands decides what it means.
class ThemeBoardModel : public KeyedListModel {
    Q_OBJECT

public:
    // ThemeIdRole: qint64; StatusRole: int(ThemeStatus); CodeNamesRole, CodePathsRole,
    // CodeColorsRole: QStringList in link order; counts: int.
    enum Role {
        ThemeIdRole = Qt::UserRole + 1,
        StatusRole,
        ConceptRole,
        ParentNameRole,
        CodeNamesRole,
        CodePathsRole,
        CodeColorsRole,
        ExcerptsRole,
        DocumentsRole,
        SubthemesRole,
        DepthRole,
    };

    explicit ThemeBoardModel(WorkbenchState& state, QObject* parent = nullptr);

    std::optional<ThemeId> themeAt(const QModelIndex& index) const;
    QModelIndex indexOfTheme(ThemeId id) const;
    QList<CodeId> codesOf(ThemeId id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    void reload();

private:
    struct Card {
        ThemeFields fields;
        QString path;
        QString parentName;
        int depth = 0;
        QList<qint64> codes;
        QStringList codeNames;
        QStringList codePaths;
        QStringList codeColors;
        int excerpts = 0;
        int documents = 0;
        int subthemes = 0;
        bool operator==(const Card& other) const;
    };

    QString accessibleText(const Card& card) const;
    QString toolTip(const Card& card) const;

    WorkbenchState& m_state;
    QHash<qint64, Card> m_cards;
};

} // namespace tessera::ui
