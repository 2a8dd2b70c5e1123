#pragma once

// How map nodes look: type sizes, padding and label wrapping, shared by the map model (node
// sizes), the automatic layout and the renderer so all three agree. Internal to core/map.

#include "ThematicMap.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

namespace tessera::mapstyle {

struct NodeStyle {
    double fontPixels = 12;
    bool bold = false;
    double maxTextWidth = 150; // labels wrap beyond this many scene units
    double paddingX = 10;
    double paddingY = 8;
    double cornerRadius = 8;
    double minWidth = 60;
};

const NodeStyle& styleFor(MapNode::Kind kind);

// Line height for a font of `fontPixels`, in scene units.
double lineHeight(double fontPixels);

// Estimated advance of `text` in a sans-serif face of `fontPixels`. Sizes come from this estimate
// rather than real font metrics so that a map (and its layout) is the same on every machine and
// can be built without a GUI application; the renderer shrinks a line that turns out wider.
double estimatedTextWidth(const QString& text, double fontPixels, bool bold);

// The label broken into lines no wider than the style's maxTextWidth (by estimate): at spaces
// where possible, inside a word only when the word alone is too long.
QStringList wrapLabel(const QString& label, MapNode::Kind kind);

// Box size for a label: wrapped text plus padding.
QSizeF nodeSize(const QString& label, MapNode::Kind kind);

// Space kept between boxes by the automatic layout, in scene units.
constexpr double kNodeGap = 18;
// Blank border around the drawn map.
constexpr double kMargin = 40;

} // namespace tessera::mapstyle
