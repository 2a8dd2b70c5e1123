#pragma once

namespace tessera::page {

// One page layout for every paged format, so a report has the same line length whether it is
// opened as DOCX, ODT or PDF: ISO A4 (the paper of the researchers this is built for) with
// 2 cm margins.
inline constexpr double kWidthMm = 210.0;
inline constexpr double kHeightMm = 297.0;
inline constexpr double kMarginMm = 20.0;
inline constexpr double kTextWidthMm = kWidthMm - 2 * kMarginMm;

// WordprocessingML measures in twentieths of a point: 1440 per inch.
inline constexpr int twips(double mm)
{
    return int(mm * 1440.0 / 25.4 + 0.5);
}

} // namespace tessera::page
