#include "CodingStripesMargin.h"

#include "CodingToolTip.h"
#include "TranscriptEditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace tessera::ui {
namespace {

constexpr int kPadding = 6;
constexpr int kColumnWidth = 18;   // room for a rotated label in a small font
constexpr int kMinColumnWidth = 5; // below this, bars stop being clickable
constexpr int kMaxWidth = 220;     // beyond this the margin would squeeze the text
constexpr int kLabelMinWidth = 13;
constexpr int kGap = 3;
constexpr int kMinBarHeight = 8;
constexpr int kMinLabelLength = 22;

} // namespace

CodingStripesMargin::CodingStripesMargin(TranscriptEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor)
{
    setAccessibleName(tr("Coding stripes"));
    setAccessibleDescription(
        tr("One bar per coding beside the lines it covers. Click a bar to select the coding."));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setMouseTracking(true);
    setAutoFillBackground(false);
}

void CodingStripesMargin::setIndex(const CodingIndex* index)
{
    m_index = index;
    updateGeometry();
    update();
}

void CodingStripesMargin::setStyle(const TranscriptStyle& style)
{
    m_style = style;
    update();
}

void CodingStripesMargin::setSelectedCoding(std::optional<CodingId> id)
{
    m_selected = id;
    update();
}

int CodingStripesMargin::columnWidth() const
{
    const int columns = m_index ? std::max(1, m_index->columnCount()) : 1;
    const int available = std::max(kMinColumnWidth, width() - 2 * kPadding);
    return std::clamp(available / columns, kMinColumnWidth, kColumnWidth);
}

QSize CodingStripesMargin::sizeHint() const
{
    const int columns = m_index ? std::max(1, m_index->columnCount()) : 1;
    return {std::min(kMaxWidth, 2 * kPadding + columns * kColumnWidth), 100};
}

QSize CodingStripesMargin::minimumSizeHint() const
{
    return sizeHint();
}

QList<CodingStripesMargin::Bar> CodingStripesMargin::visibleBars() const
{
    QList<Bar> bars;
    if (!m_index || m_index->isEmpty()) {
        return bars;
    }
    const auto [from, to] = m_editor.visibleRange();
    if (from >= to) {
        return bars;
    }
    // Editor viewport coordinates to ours; the two widgets sit side by side in a layout.
    const int dy = mapFromGlobal(m_editor.viewport()->mapToGlobal(QPoint(0, 0))).y();
    const int viewportBottom = dy + m_editor.viewport()->height();
    const int columnW = columnWidth();
    m_index->forEachOverlapping(from, to, [&](const CodingDisplay& c) {
        const int x = kPadding + c.column * columnW;
        if (x + columnW > width()) {
            return; // more overlapping codings than fit; the tooltip on the text lists them all
        }
        int top = dy - 2;
        if (c.coding.start >= from) {
            top = dy + int(m_editor.lineRect(c.coding.start).top());
        }
        int bottom = viewportBottom + 2;
        if (c.coding.end <= to) {
            const qsizetype last = std::max(c.coding.start, c.coding.end - 1);
            bottom = dy + int(m_editor.lineRect(last).bottom());
        }
        bottom = std::max(bottom, top + kMinBarHeight);
        bars.append(Bar{&c, QRect(x, top, columnW - kGap, bottom - top)});
    });
    return bars;
}

std::optional<QRect> CodingStripesMargin::barRect(CodingId id) const
{
    for (const Bar& bar : visibleBars()) {
        if (bar.coding->coding.id == id) {
            return bar.rect;
        }
    }
    return std::nullopt;
}

std::optional<CodingId> CodingStripesMargin::codingAt(const QPoint& pos) const
{
    // Later bars are painted on top; prefer the shortest bar under the point so a nested coding
    // stays reachable inside a long one.
    std::optional<CodingId> found;
    int foundHeight = std::numeric_limits<int>::max();
    for (const Bar& bar : visibleBars()) {
        if (bar.rect.adjusted(-1, 0, 1, 0).contains(pos) && bar.rect.height() < foundHeight) {
            found = bar.coding->coding.id;
            foundHeight = bar.rect.height();
        }
    }
    return found;
}

void CodingStripesMargin::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, 0, 0, height());
    painter.setRenderHint(QPainter::Antialiasing);
    QList<Bar> bars = visibleBars();
    std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
        return a.rect.left() != b.rect.left() ? a.rect.left() < b.rect.left()
                                              : a.rect.top() < b.rect.top();
    });
    for (qsizetype i = 0; i < bars.size(); ++i) {
        // A two-line coding's bar is too short for most names, so the label may run on below the
        // bar down to the next bar in the same column; the bar alone shows the coding's extent.
        const bool nextInColumn =
            i + 1 < bars.size() && bars[i + 1].rect.left() == bars[i].rect.left();
        const int labelLimit = nextInColumn ? bars[i + 1].rect.top() - kGap : height() - kGap;
        paintBar(painter, bars[i], labelLimit);
    }
}

void CodingStripesMargin::paintBar(QPainter& painter, const Bar& bar, int labelLimit) const
{
    const CodingDisplay& c = *bar.coding;
    const bool selected = m_selected && *m_selected == c.coding.id;
    const QRectF box = QRectF(bar.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor strong = m_style.strongColor(c.color);
    painter.setPen(QPen(strong, selected ? 2.0 : 1.0));
    painter.setBrush(m_style.stripeFill(c.color, selected));
    painter.drawRoundedRect(box, 3, 3);
    painter.fillRect(QRectF(box.left() + 1, box.top() + 2, 2.5, box.height() - 4), strong);
    const qreal labelTop = std::max<qreal>(box.top(), 0) + 3;
    const qreal room = labelLimit - labelTop;
    if (bar.rect.width() < kLabelMinWidth || room < kMinLabelLength) {
        return;
    }
    QString label = c.codeName;
    if (c.coding.keyQuote) {
        label = QStringLiteral("★ ") + label;
    }
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.8));
    font.setBold(selected);
    painter.setFont(font);
    painter.setPen(m_style.stripeText());
    // Read top-down from where the coding starts, the first place the eye looks for it.
    painter.save();
    painter.translate(box.right() - 1, labelTop);
    painter.rotate(90);
    const QRectF textBox(0, 0, room, box.width() - 4);
    const QString elided =
        painter.fontMetrics().elidedText(label, Qt::ElideRight, int(textBox.width()));
    painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, elided);
    painter.restore();
}

void CodingStripesMargin::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const auto id = codingAt(event->position().toPoint())) {
            emit codingClicked(*id);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool CodingStripesMargin::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QList<const CodingDisplay*> under;
        QRect area;
        for (const Bar& bar : visibleBars()) {
            if (bar.rect.adjusted(-1, 0, 1, 0).contains(help->pos())) {
                under << bar.coding;
                area = area.united(bar.rect);
            }
        }
        if (under.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), codingToolTip(under), this, area);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace tessera::ui
