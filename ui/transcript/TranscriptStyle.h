#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QTextCharFormat>

namespace tessera::ui {

// Colours and text formats of the transcript, derived from the widget's palette so light and
// dark themes both read well. Code colours are mixed over QPalette::Base rather than drawn with
// alpha, so highlights look the same whatever is painted below them.
class TranscriptStyle {
public:
    TranscriptStyle() = default;
    TranscriptStyle(const QPalette& palette, const QFont& textFont);

    // `weight` of `top` over `bottom`, opaque.
    static QColor mix(const QColor& top, const QColor& bottom, qreal weight);

    QFont textFont() const { return m_textFont; }
    bool isDark() const { return m_dark; }

    QTextCharFormat speakerFormat(bool facilitator) const;
    QTextCharFormat timestampFormat() const;

    // The background of text covered by `colors` (one per coding, innermost last).
    QColor highlightColor(const QList<QColor>& colors, bool selected) const;
    // Overlaps get an underline in the innermost coding's colour so each layer stays visible.
    QColor underlineColor(const QColor& innermost) const;
    // The frame around the selected coding and the edge of a stripe bar.
    QColor strongColor(const QColor& code) const;
    // A stripe bar's fill and the text drawn on it.
    QColor stripeFill(const QColor& code, bool selected) const;
    QColor stripeText() const;
    QColor secondaryText() const;

private:
    QPalette m_palette;
    QFont m_textFont;
    bool m_dark = false;
};

} // namespace tessera::ui
