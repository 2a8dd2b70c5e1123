#pragma once

#include "model/Entities.h"

#include <QListView>
#include <QPersistentModelIndex>

namespace tessera::ui {

// One status column of the theme board: theme cards in a list. Codes dropped on a card are to
// be linked to that theme; theme cards dropped anywhere in the column are to take the
// column's status. The list only reports drops (codesDropped, themesDropped); the board
// decides and calls the project.
class ThemeCardList : public QListView {
    Q_OBJECT

public:
    explicit ThemeCardList(ThemeStatus status, QWidget* parent = nullptr);

    ThemeStatus status() const { return m_status; }
    std::optional<ThemeId> themeAt(const QModelIndex& index) const;
    std::optional<ThemeId> currentTheme() const;

signals:
    void codesDropped(const QList<tessera::CodeId>& codes, tessera::ThemeId theme);
    void themesDropped(const QList<tessera::ThemeId>& themes, tessera::ThemeStatus status);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // Where a drag would land: the card under the pointer for codes, the column for cards.
    bool acceptsDrag(const QMimeData* mime, const QPoint& pos, QModelIndex* target) const;
    void setDropTarget(const QModelIndex& target, bool wholeColumn);

    ThemeStatus m_status;
    QPersistentModelIndex m_dropTarget;
    bool m_columnTargeted = false;
};

} // namespace tessera::ui
