#include "ThematicMap.h"
#include "ThematicMapStyle.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

// One paint function draws the map for both targets (QSvgGenerator and QImage), so the SVG and
// the PNG always show the same picture. Edges go first, beneath the boxes; boxes are opaque, so
// an edge appears to end at the box it joins.

namespace tessera {
namespace {

using Kind = MapNode::Kind;

// 96 dpi: the scene unit is a CSS pixel, so an SVG opens at the size the map was laid out for.
constexpr int kDpi = 96;
// A PNG larger than this would need hundreds of megabytes; the scale is lowered to fit.
constexpr double kMaxImageSide = 16000;
constexpr double kMaxImagePixels = 40.0e6;
constexpr double kLegendHeight = 34;
constexpr double kMinFontPixels = 7;

const QColor kTextDark(0x1F, 0x23, 0x28);
const QColor kEdgeNeutral(0x6B, 0x72, 0x80);

struct Canvas {
    QRectF scene; // the part of the scene the picture shows
    QStringList legendStatuses;
};

QColor colorOf(const MapNode& node)
{
    const QColor color = QColor::fromString(node.color);
    return color.isValid() ? color : kEdgeNeutral;
}

// `color` laid over white at `amount` opacity, as an opaque colour (boxes hide edges beneath).
QColor tint(const QColor& color, double amount)
{
    auto mix = [amount](int channel) {
        return int(std::lround(channel * amount + 255 * (1 - amount)));
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QColor readableTextOn(const QColor& fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : kTextDark;
}

// Sans-serif faces that Linux, Windows and macOS ship, in order of preference.
const QStringList& fontFamilies()
{
    static const QStringList families{QStringLiteral("DejaVu Sans"),
                                      QStringLiteral("Liberation Sans"),
                                      QStringLiteral("Noto Sans"), QStringLiteral("Arial")};
    return families;
}

QFont mapFont(double pixels, bool bold)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(std::max(1, int(pixels)));
    font.setBold(bold);
    // Unhinted glyphs scale evenly, so a PNG at 2x looks like the SVG rather than a re-layout.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QRectF nodeRect(const MapNode& node)
{
    return {node.position - QPointF(node.size.width() / 2, node.size.height() / 2), node.size};
}

bool isTheme(const MapNode& node)
{
    return node.kind != Kind::Code;
}

// Theme-to-theme links are straight; a code's first link is straight, its further ones (a code
// shared by themes) are dashed curves, so the shared codes stand out.
QPainterPath edgePath(const MapNode& from, const MapNode& to, bool further)
{
    QPainterPath path(from.position);
    if (!further) {
        path.lineTo(to.position);
        return path;
    }
    const QPointF delta = to.position - from.position;
    const QPointF middle = (from.position + to.position) / 2;
    const QPointF bend(-delta.y() * 0.18, delta.x() * 0.18);
    path.quadTo(middle + bend, to.position);
    return path;
}

struct DrawnEdge {
    const MapNode* from;
    const MapNode* to;
    bool codeLink;
    bool further; // a code's second or later link
};

// The edges whose both ends are on the map, in order.
QList<DrawnEdge> drawnEdges(const ThematicMap& map)
{
    QHash<QString, const MapNode*> byKey;
    for (const MapNode& node : map.nodes) {
        byKey.insert(node.key, &node);
    }
    QSet<QString> reached;
    QList<DrawnEdge> edges;
    for (const MapEdge& edge : map.edges) {
        const MapNode* from = byKey.value(edge.from);
        const MapNode* to = byKey.value(edge.to);
        if (!from || !to) {
            continue;
        }
        edges << DrawnEdge{from, to, edge.codeLink, edge.codeLink && reached.contains(edge.to)};
        reached.insert(edge.to);
    }
    return edges;
}

QStringList statusesShown(const ThematicMap& map)
{
    QSet<QString> present;
    for (const MapNode& node : map.nodes) {
        if (isTheme(node)) {
            present.insert(node.status);
        }
    }
    QStringList ordered;
    for (const QString& status :
         {QStringLiteral("final"), QStringLiteral("reviewed"), QStringLiteral("candidate")}) {
        if (present.contains(status)) {
            ordered << status;
        }
    }
    // A key with one entry explains nothing.
    return ordered.size() > 1 ? ordered : QStringList();
}

Canvas canvasFor(const ThematicMap& map)
{
    Canvas canvas;
    if (map.nodes.isEmpty()) {
        canvas.scene = QRectF(0, 0, 480, 160);
        return canvas;
    }
    QRectF bounds;
    for (const MapNode& node : map.nodes) {
        bounds = bounds.united(nodeRect(node));
    }
    for (const DrawnEdge& edge : drawnEdges(map)) {
        bounds = bounds.united(edgePath(*edge.from, *edge.to, edge.further).boundingRect());
    }
    canvas.legendStatuses = statusesShown(map);
    bounds.adjust(-mapstyle::kMargin, -mapstyle::kMargin, mapstyle::kMargin, mapstyle::kMargin);
    if (!canvas.legendStatuses.isEmpty()) {
        bounds.setBottom(bounds.bottom() + kLegendHeight);
        bounds.setWidth(std::max(bounds.width(), 420.0));
    }
    // Whole units, so the SVG's numbers and the PNG's pixels line up.
    const double left = std::floor(bounds.left());
    const double top = std::floor(bounds.top());
    canvas.scene =
        QRectF(left, top, std::ceil(bounds.right() - left), std::ceil(bounds.bottom() - top));
    return canvas;
}

QPen statusPen(const QString& status, const QColor& color)
{
    QPen pen(color, 1.6);
    pen.setJoinStyle(Qt::RoundJoin);
    if (status == QLatin1String("final")) {
        pen.setWidthF(3.2);
    } else if (status == QLatin1String("candidate")) {
        pen.setStyle(Qt::DashLine);
    }
    return pen;
}

void paintLabel(QPainter& painter, const MapNode& node, const QRectF& rect, const QColor& color)
{
    const mapstyle::NodeStyle& style = mapstyle::styleFor(node.kind);
    const QStringList lines = mapstyle::wrapLabel(node.label, node.kind);
    double pixels = style.fontPixels;
    QFont font = mapFont(pixels, style.bold);
    double widest = 0;
    for (const QString& line : lines) {
        widest = std::max(widest, QFontMetricsF(font).horizontalAdvance(line));
    }
    // Sizes come from an estimate (ThematicMapStyle.h); a face wider than estimated shrinks
    // the label rather than spilling out of its box.
    const double room = rect.width() - 2 * style.paddingX + 4;
    if (widest > room) {
        pixels = std::max(kMinFontPixels, std::floor(pixels * room / widest));
        font = mapFont(pixels, style.bold);
    }
    painter.setFont(font);
    painter.setPen(color);
    const double lineHeight = mapstyle::lineHeight(pixels);
    double y = rect.center().y() - lineHeight * double(lines.size()) / 2;
    for (const QString& line : lines) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), lineHeight), Qt::AlignCenter, line);
        y += lineHeight;
    }
}

void paintNode(QPainter& painter, const MapNode& node)
{
    const QRectF rect = nodeRect(node);
    const mapstyle::NodeStyle& style = mapstyle::styleFor(node.kind);
    const QColor color = colorOf(node);
    QColor fill;
    QColor text = kTextDark;
    QPen pen;
    switch (node.kind) {
    case Kind::OverarchingTheme:
        fill = color;
        text = readableTextOn(fill);
        pen = statusPen(node.status, color.darker(160));
        break;
    case Kind::Theme:
        fill = tint(color, 0.3);
        pen = statusPen(node.status, color.darker(140));
        break;
    case Kind::Subtheme:
        fill = tint(color, 0.14);
        pen = statusPen(node.status, color.darker(120));
        break;
    case Kind::Code:
        // A faint tint and a slightly darker border keep pale code colours visible on white.
        fill = tint(color, 0.1);
        pen = QPen(color.darker(115), 1.4);
        break;
    }
    const double radius = std::min(style.cornerRadius, rect.height() / 2);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, radius, radius);
    paintLabel(painter, node, rect, text);
}

void paintEdges(QPainter& painter, const ThematicMap& map)
{
    painter.setBrush(Qt::NoBrush);
    for (const DrawnEdge& edge : drawnEdges(map)) {
        QColor color = colorOf(*edge.from);
        QPen pen;
        if (edge.codeLink) {
            color.setAlpha(edge.further ? 150 : 170);
            pen = QPen(color, 1.3, edge.further ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        } else {
            pen = QPen(color.darker(115), 2.4, Qt::SolidLine, Qt::RoundCap);
        }
        painter.setPen(pen);
        painter.drawPath(edgePath(*edge.from, *edge.to, edge.further));
    }
}

void paintLegend(QPainter& painter, const Canvas& canvas)
{
    if (canvas.legendStatuses.isEmpty()) {
        return;
    }
    const QFont font = mapFont(12, false);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double x = canvas.scene.left() + mapstyle::kMargin;
    const double y = canvas.scene.bottom() - mapstyle::kMargin / 2 - kLegendHeight / 2;
    for (const QString& status : canvas.legendStatuses) {
        const QRectF sample(x, y - 8, 30, 16);
        painter.setPen(statusPen(status, kEdgeNeutral.darker(130)));
        painter.setBrush(QColor(0xF3, 0xF4, 0xF6));
        painter.drawRoundedRect(sample, 5, 5);
        const QString label = status.left(1).toUpper() + status.mid(1);
        const double width = metrics.horizontalAdvance(label) + 2;
        painter.setPen(kTextDark);
        painter.drawText(QRectF(x + 38, y - 10, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
        x += 38 + width + 24;
    }
}

void paintMap(QPainter& painter, const ThematicMap& map, const Canvas& canvas)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.translate(-canvas.scene.topLeft());
    // An explicit white ground: a transparent SVG is unreadable in a viewer with a dark theme.
    painter.fillRect(canvas.scene, Qt::white);
    if (map.nodes.isEmpty()) {
        painter.setFont(mapFont(14, false));
        painter.setPen(kTextDark);
        painter.drawText(canvas.scene, Qt::AlignCenter | Qt::TextWordWrap,
                         QStringLiteral("No themes yet. Create themes and add codes to them to "
                                        "see the thematic map."));
        return;
    }
    paintEdges(painter, map);
    // Codes first and overarching themes last: if the user stacked boxes, the higher level wins.
    for (Kind kind : {Kind::Code, Kind::Subtheme, Kind::Theme, Kind::OverarchingTheme}) {
        for (const MapNode& node : map.nodes) {
            if (node.kind == kind) {
                paintNode(painter, node);
            }
        }
    }
    paintLegend(painter, canvas);
}

} // namespace

QByteArray renderThematicMapSvg(const ThematicMap& map, const QString& title)
{
    const Canvas canvas = canvasFor(map);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(kDpi);
    generator.setSize(canvas.scene.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), canvas.scene.size()));
    // Qt 6.4 writes the title and description into the XML verbatim (the drawn text it does
    // escape): a project called "A & B" would otherwise give a file no SVG reader opens.
    generator.setTitle((title.isEmpty() ? QStringLiteral("Thematic map") : title).toHtmlEscaped());
    generator.setDescription(QStringLiteral("Thematic map: %1 nodes, %2 links. Made with Tessera.")
                                 .arg(map.nodes.size())
                                 .arg(map.edges.size()));
    {
        QPainter painter(&generator);
        paintMap(painter, map, canvas);
    }
    // QSvgGenerator names only the face the text was measured with. A viewer without it would
    // fall back to its default, often a serif; the full list ends in the generic family.
    QByteArray svg = buffer.data();
    QStringList fallbacks = fontFamilies();
    fallbacks << QStringLiteral("sans-serif");
    const QString measured = QStringLiteral("font-family=\"%1\"").arg(fontFamilies().first());
    const QString listed =
        QStringLiteral("font-family=\"%1\"").arg(fallbacks.join(QStringLiteral(", ")));
    svg.replace(measured.toUtf8(), listed.toUtf8());
    return svg;
}

QImage renderThematicMapImage(const ThematicMap& map, double scale)
{
    if (!std::isfinite(scale) || scale <= 0) {
        scale = 1.0;
    }
    const Canvas canvas = canvasFor(map);
    const QSizeF size = canvas.scene.size();
    scale = std::min({scale, kMaxImageSide / size.width(), kMaxImageSide / size.height(),
                      std::sqrt(kMaxImagePixels / (size.width() * size.height()))});
    QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
                 QImage::Format_RGB32);
    if (image.isNull()) {
        return image; // out of memory: the caller reports it
    }
    // Physical size as the SVG's: the PNG prints at the same size, only sharper.
    const int dotsPerMeter = int(std::lround(kDpi * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintMap(painter, map, canvas);
    return image;
}

} // namespace tessera
