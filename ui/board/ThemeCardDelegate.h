#pragma once

#include <QStyledItemDelegate>

namespace tessera::ui {

// Paints a theme of the board as a card: a stripe in the theme's colour, the name, the theme
// it belongs to, the central organising concept, its codes with their colours and a line of
// counts. Measuring and painting run through one routine, so a card is always as tall as
// what it draws. Colours other than the theme's and codes' come from the palette.
class ThemeCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Codes shown on a card before "+ N more".
    static constexpr int kMaxCodeLines = 8;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // Lays the card out at `option.rect`'s width; paints when `painter` is set. Returns the
    // card's height.
    int layoutCard(QPainter* painter, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;
};

} // namespace tessera::ui
