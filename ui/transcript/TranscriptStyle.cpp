#include "TranscriptStyle.h"

#include <QFontDatabase>

namespace tessera::ui {
namespace {

// How much of a code's colour shows through text: enough to tell codes apart, little enough to
// keep black (or, on dark themes, white) text readable. Dark bases need more to be visible.
constexpr qreal kLightAlpha = 0.30;
constexpr qreal kDarkAlpha = 0.42;
constexpr qreal kOverlapBoost = 0.10;
constexpr qreal kSelectedAlpha = 0.62;

} // namespace

TranscriptStyle::TranscriptStyle(const QPalette& palette, const QFont& textFont)
    : m_palette(palette), m_textFont(textFont),
      m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QColor TranscriptStyle::mix(const QColor& top, const QColor& bottom, qreal weight)
{
    const qreal w = std::clamp(weight, 0.0, 1.0);
    return QColor::fromRgbF(float(top.redF() * w + bottom.redF() * (1 - w)),
                            float(top.greenF() * w + bottom.greenF() * (1 - w)),
                            float(top.blueF() * w + bottom.blueF() * (1 - w)));
}

QColor TranscriptStyle::secondaryText() const
{
    return mix(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.62);
}

QTextCharFormat TranscriptStyle::speakerFormat(bool facilitator) const
{
    QTextCharFormat format;
    format.setFontWeight(QFont::DemiBold);
    // Participants' labels carry a touch of the accent colour; facilitators' stay grey, so the
    // eye finds the participants' turns first when scanning a focus group.
    const QColor text = m_palette.color(QPalette::Text);
    format.setForeground(facilitator ? secondaryText()
                                     : mix(m_palette.color(QPalette::Highlight), text, 0.45));
    return format;
}

QTextCharFormat TranscriptStyle::timestampFormat() const
{
    QTextCharFormat format;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Slightly smaller than the speech: a monospace face at the same point size looks larger.
    mono.setPointSizeF(m_textFont.pointSizeF() * 0.9);
    format.setFontFamilies(QStringList{mono.family()});
    format.setFontFixedPitch(true);
    format.setFontPointSize(mono.pointSizeF());
    format.setFontWeight(QFont::Normal);
    format.setForeground(
        mix(m_palette.color(QPalette::Text), m_palette.color(QPalette::Base), 0.5));
    return format;
}

QColor TranscriptStyle::highlightColor(const QList<QColor>& colors, bool selected) const
{
    const QColor base = m_palette.color(QPalette::Base);
    if (colors.isEmpty()) {
        return base;
    }
    float r = 0;
    float g = 0;
    float b = 0;
    for (const QColor& c : colors) {
        r += c.redF();
        g += c.greenF();
        b += c.blueF();
    }
    const auto n = float(colors.size());
    const QColor average = QColor::fromRgbF(r / n, g / n, b / n);
    qreal alpha = m_dark ? kDarkAlpha : kLightAlpha;
    if (colors.size() > 1) {
        alpha += kOverlapBoost;
    }
    if (selected) {
        alpha = kSelectedAlpha;
    }
    return mix(average, base, alpha);
}

QColor TranscriptStyle::underlineColor(const QColor& innermost) const
{
    return strongColor(innermost);
}

QColor TranscriptStyle::strongColor(const QColor& code) const
{
    return m_dark ? code.lighter(125) : code.darker(135);
}

QColor TranscriptStyle::stripeFill(const QColor& code, bool selected) const
{
    return mix(code, m_palette.color(QPalette::Base), selected ? 0.85 : (m_dark ? 0.55 : 0.45));
}

QColor TranscriptStyle::stripeText() const
{
    return m_palette.color(QPalette::Text);
}

} // namespace tessera::ui
