#include "MapNodeItem.h"

#include "MapEdgeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace tessera::ui {
namespace {

constexpr qreal kMargin = 6.0; // room for the selection ring outside the frame
constexpr qreal kMinFontPixels = 7.0;

bool isTheme(const MapNode& node)
{
    return node.kind != MapNode::Kind::Code;
}

// Type as the SVG export sets it (core/map/ThematicMapStyle.cpp), in scene pixels: the node
// sizes core computes are meant for these sizes, so the view's labels fit the same boxes.
struct LabelStyle {
    qreal pixels;
    bool bold;
    qreal paddingX;
    qreal paddingY;
    qreal radius;
};

LabelStyle labelStyle(MapNode::Kind kind)
{
    switch (kind) {
    case MapNode::Kind::OverarchingTheme:
        return {16, true, 18, 12, 14};
    case MapNode::Kind::Theme:
        return {14, true, 14, 10, 10};
    case MapNode::Kind::Subtheme:
        return {13, false, 12, 8, 8};
    case MapNode::Kind::Code:
        break;
    }
    return {12, false, 10, 6, 6};
}

// `color` over `base` at `amount`, opaque: boxes hide the links beneath them.
QColor wash(const QColor& color, const QColor& base, qreal amount)
{
    const auto mix = [amount](qreal top, qreal bottom) {
        return top * amount + bottom * (1 - amount);
    };
    return QColor::fromRgbF(float(mix(color.redF(), base.redF())),
                            float(mix(color.greenF(), base.greenF())),
                            float(mix(color.blueF(), base.blueF())));
}

QColor readableTextOn(const QColor& fill, const QColor& dark)
{
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : dark;
}

} // namespace

MapNodeItem::MapNodeItem(const MapNode& node) : m_node(node)
{
    setFlags(QGraphicsItem::ItemIsMovable | QGraphicsItem::ItemIsSelectable |
             QGraphicsItem::ItemIsFocusable | QGraphicsItem::ItemSendsGeometryChanges);
    setPos(node.position);
    setToolTip(node.label);
    setCursor(Qt::OpenHandCursor);
    // Themes above codes, so a theme is never hidden under a fan of its codes.
    setZValue(isTheme(node) ? 2 : 1);
}

void MapNodeItem::setKeyboardMoveHandler(std::function<void(MapNodeItem*)> handler)
{
    m_keyboardMoved = std::move(handler);
}

QString MapNodeItem::description() const
{
    switch (m_node.kind) {
    case MapNode::Kind::OverarchingTheme:
        return QApplication::translate("MapNodeItem", "overarching theme, %1").arg(m_node.status);
    case MapNode::Kind::Theme:
        return QApplication::translate("MapNodeItem", "theme, %1").arg(m_node.status);
    case MapNode::Kind::Subtheme:
        return QApplication::translate("MapNodeItem", "subtheme, %1").arg(m_node.status);
    case MapNode::Kind::Code:
        break;
    }
    return QApplication::translate("MapNodeItem", "code");
}

QRectF MapNodeItem::frame() const
{
    const QSizeF size = m_node.size.isValid() ? m_node.size : QSizeF(140, 48);
    return {-size.width() / 2, -size.height() / 2, size.width(), size.height()};
}

QRectF MapNodeItem::boundingRect() const
{
    return frame().adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

QPainterPath MapNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(frame(), 8, 8);
    return path;
}

void MapNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const QRectF rect = frame();
    const LabelStyle style = labelStyle(m_node.kind);
    QColor color(m_node.color);
    if (!color.isValid()) {
        color = palette.color(QPalette::Mid);
    }
    // As in the SVG export, but washed over the view's own base colour rather than white, so
    // the map reads in a dark palette too.
    const QColor base = palette.color(QPalette::Base);
    QColor fill;
    QColor text = palette.color(QPalette::Text);
    QPen border;
    switch (m_node.kind) {
    case MapNode::Kind::OverarchingTheme:
        // Filled with the theme's own colour, so the text colour depends on that colour, not on
        // the palette: white on dark themes, the export's near-black on light ones.
        fill = color;
        text = readableTextOn(fill, QColor(0x1F, 0x23, 0x28));
        border = QPen(color.darker(160), 1.6);
        break;
    case MapNode::Kind::Theme:
        fill = wash(color, base, 0.3);
        border = QPen(color.darker(140), 1.6);
        break;
    case MapNode::Kind::Subtheme:
        fill = wash(color, base, 0.14);
        border = QPen(color.darker(120), 1.6);
        break;
    case MapNode::Kind::Code:
        fill = wash(color, base, 0.1);
        border = QPen(color.darker(115), 1.4);
        break;
    }
    if (isTheme(m_node) && m_node.status == QLatin1String("final")) {
        border.setWidthF(3.2);
    } else if (isTheme(m_node) && m_node.status == QLatin1String("candidate")) {
        border.setStyle(Qt::DashLine);
    }
    border.setJoinStyle(Qt::RoundJoin);
    const qreal radius = std::min(style.radius, rect.height() / 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, radius, radius);

    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (selected || hasFocus()) {
        painter->setPen(
            QPen(palette.color(QPalette::Highlight), 2.0, selected ? Qt::SolidLine : Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 3, radius + 3);
    }

    QFont font = widget ? widget->font() : QApplication::font();
    font.setBold(style.bold);
    qreal pixels = style.pixels;
    // The box holds as many lines as core's estimate broke the label into; a desktop font
    // wider than that estimate shrinks the label rather than adding a line or spilling out.
    const QRectF room = rect.adjusted(style.paddingX - 3, style.paddingY - 3, -(style.paddingX - 3),
                                      -(style.paddingY - 3));
    for (;;) {
        font.setPixelSize(int(pixels));
        const QRectF needed = QFontMetricsF(font).boundingRect(
            room, Qt::AlignCenter | Qt::TextWordWrap, m_node.label);
        if ((needed.width() <= room.width() + 0.5 && needed.height() <= room.height() + 0.5) ||
            pixels <= kMinFontPixels) {
            break;
        }
        pixels -= 1;
    }
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(room, Qt::AlignCenter | Qt::TextWordWrap, m_node.label);
}

QVariant MapNodeItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged) {
        for (MapEdgeItem* edge : std::as_const(m_edges)) {
            edge->adjust();
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

void MapNodeItem::keyPressEvent(QKeyEvent* event)
{
    const qreal step = event->modifiers().testFlag(Qt::AltModifier) ? 1.0 : kKeyStep;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        QGraphicsItem::keyPressEvent(event);
        return;
    }
    moveBy(delta.x(), delta.y());
    ensureVisible();
    if (m_keyboardMoved) {
        m_keyboardMoved(this);
    }
    event->accept();
}

void MapNodeItem::focusInEvent(QFocusEvent* event)
{
    update();
    QGraphicsItem::focusInEvent(event);
}

void MapNodeItem::focusOutEvent(QFocusEvent* event)
{
    update();
    QGraphicsItem::focusOutEvent(event);
}

} // namespace tessera::ui
