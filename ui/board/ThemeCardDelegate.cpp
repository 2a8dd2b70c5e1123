#include "ThemeCardDelegate.h"

#include "ThemeBoardModel.h"
#include "workbench/UiText.h"

#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace tessera::ui {
namespace {

constexpr int kPadding = 8;
constexpr int kStripe = 5;
constexpr int kGap = 4;
constexpr int kSwatch = 8;
constexpr qreal kRadius = 6.0;

// Word-wraps `text` into at most `maxLines` lines of `width` pixels; the last line is elided
// when text is left over.
QStringList wrapLines(const QString& text, const QFont& font, int width, int maxLines)
{
    QStringList lines;
    const QString flat = text.simplified();
    if (flat.isEmpty() || width <= 0) {
        return lines;
    }
    const QFontMetrics metrics(font);
    QTextLayout layout(flat, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

// Draws (when painting) and measures a block of lines; returns its height.
int drawLines(QPainter* painter, const QStringList& lines, const QFont& font, const QColor& color,
              int x, int y, int width)
{
    const QFontMetrics metrics(font);
    if (painter) {
        painter->setFont(font);
        painter->setPen(color);
        for (int i = 0; i < lines.size(); ++i) {
            painter->drawText(QRect(x, y + i * metrics.lineSpacing(), width, metrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        }
    }
    return int(lines.size()) * metrics.lineSpacing();
}

} // namespace

void ThemeCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    layoutCard(painter, option, index);
    painter->restore();
}

QSize ThemeCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem measured = option;
    // A list view asks before it has placed the item: take the width it will get.
    if (const auto* view = qobject_cast<const QListView*>(option.widget)) {
        measured.rect.setWidth(std::max(120, view->viewport()->width() - 2 * view->spacing()));
    }
    return {measured.rect.width(), layoutCard(nullptr, measured, index)};
}

int ThemeCardDelegate::layoutCard(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    const QPalette& palette = option.palette;
    const QRect card = option.rect;
    const int x = card.left() + kStripe + kPadding;
    const int width = card.width() - kStripe - 2 * kPadding;
    const QColor text = palette.color(QPalette::Text);
    const QColor quiet = palette.color(QPalette::PlaceholderText);

    QFont nameFont = option.font;
    nameFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    QFont conceptFont = option.font;
    conceptFont.setItalic(true);

    const QString name = index.data(Qt::DisplayRole).toString();
    const QString parentName = index.data(ThemeBoardModel::ParentNameRole).toString();
    const QString organisingConcept = index.data(ThemeBoardModel::ConceptRole).toString();
    const QStringList codeNames = index.data(ThemeBoardModel::CodeNamesRole).toStringList();
    const QStringList codeColors = index.data(ThemeBoardModel::CodeColorsRole).toStringList();
    const int subthemes = index.data(ThemeBoardModel::SubthemesRole).toInt();
    const int excerpts = index.data(ThemeBoardModel::ExcerptsRole).toInt();
    const int documents = index.data(ThemeBoardModel::DocumentsRole).toInt();

    if (painter) {
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        QPainterPath outline;
        outline.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        painter->fillPath(outline, palette.color(QPalette::Base));
        painter->save();
        painter->setClipPath(outline);
        const QColor stripe = index.data(Qt::DecorationRole).value<QColor>();
        painter->fillRect(QRect(card.left(), card.top(), kStripe, card.height()),
                          stripe.isValid() ? stripe : palette.color(QPalette::Mid));
        painter->restore();
        painter->setPen(QPen(palette.color(selected ? QPalette::Highlight : QPalette::Mid),
                             selected ? 2.0 : 1.0));
        painter->drawPath(outline);
    }

    int y = card.top() + kPadding;
    y += drawLines(painter, wrapLines(name, nameFont, width, 2), nameFont, text, x, y, width);
    if (!parentName.isEmpty()) {
        y += drawLines(painter, wrapLines(tr("in %1").arg(parentName), smallFont, width, 1),
                       smallFont, quiet, x, y, width);
    }
    if (!organisingConcept.isEmpty()) {
        y += kGap;
        y += drawLines(painter, wrapLines(organisingConcept, conceptFont, width, 3), conceptFont,
                       text, x, y, width);
    }

    y += kGap;
    const QFontMetrics metrics(option.font);
    const int shown = int(std::min<qsizetype>(codeNames.size(), kMaxCodeLines));
    for (int i = 0; i < shown; ++i) {
        if (painter) {
            const QColor color(codeColors.value(i));
            const int middle = y + metrics.height() / 2;
            painter->setPen(Qt::NoPen);
            painter->setBrush(color.isValid() ? color : quiet);
            painter->drawEllipse(QRect(x, middle - kSwatch / 2, kSwatch, kSwatch));
            painter->setBrush(Qt::NoBrush);
        }
        const int textX = x + kSwatch + kGap;
        y += drawLines(painter,
                       {metrics.elidedText(codeNames[i], Qt::ElideRight, width - kSwatch - kGap)},
                       option.font, text, textX, y, width - kSwatch - kGap);
    }
    if (codeNames.size() > shown) {
        y += drawLines(painter, {tr("+ %1 more").arg(codeNames.size() - shown)}, smallFont, quiet,
                       x, y, width);
    }
    if (codeNames.isEmpty() && subthemes == 0) {
        y +=
            drawLines(painter, wrapLines(tr("No codes yet: drop codes here."), smallFont, width, 2),
                      smallFont, quiet, x, y, width);
    }

    QStringList counts;
    if (subthemes > 0) {
        counts << countOf(subthemes, tr("%1 subtheme"), tr("%1 subthemes"));
    }
    if (!codeNames.isEmpty()) {
        counts << countOf(codeNames.size(), tr("%1 code"), tr("%1 codes"));
    }
    if (excerpts > 0) {
        counts << countOf(excerpts, tr("%1 excerpt"), tr("%1 excerpts"))
               << countOf(documents, tr("%1 document"), tr("%1 documents"));
    }
    if (!counts.isEmpty()) {
        y += kGap;
        y += drawLines(painter, wrapLines(counts.join(QStringLiteral(" · ")), smallFont, width, 2),
                       smallFont, quiet, x, y, width);
    }
    return y + kPadding - card.top();
}

} // namespace tessera::ui
