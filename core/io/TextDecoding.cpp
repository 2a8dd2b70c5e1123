#include "TextDecoding.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

// Unicode code points for Windows-1252 bytes 0x80-0x9F; the rest of the code page is Latin-1.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char* name;
};

// UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE BOM.
const std::array<Bom, 5> kBoms = {{
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
}};

Error binaryError(const QString& sourceName)
{
    return makeError(ErrorCode::InvalidInput,
                     u"Cannot import '%1': it is not a text file (it contains binary data). "
                     "Export the transcript as plain text (.txt), Word (.docx), WebVTT (.vtt) or "
                     "SRT (.srt) and retry."_s.arg(sourceName));
}

// Control characters other than tab, LF, VT, FF, CR and SUB (the DOS end-of-file mark old
// editors append) do not occur in transcripts. A NUL, or more than one per hundred characters
// (and at least three, so one stray byte in a short file is tolerated), means binary data that
// happened to decode.
bool hasManyControlCharacters(const QString& text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0) {
            return true;
        }
        const bool allowed =
            u == u'\t' || u == u'\n' || u == 0x0B || u == 0x0C || u == u'\r' || u == 0x1A;
        if ((u < 0x20 && !allowed) || u == 0x7F) {
            ++controls;
        }
    }
    return controls >= 3 && controls * 100 > text.size();
}

// Notepad and some transcription tools write UTF-16 without a BOM. ASCII-heavy UTF-16 has a NUL
// in every other byte; which half holds the NULs tells the byte order.
std::optional<QStringConverter::Encoding> sniffBomlessUtf16(const QByteArray& bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0) {
        return std::nullopt;
    }
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 1024);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0') {
            (i % 2 == 0 ? evenZeros : oddZeros) += 1;
        }
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs) {
        return QStringConverter::Utf16LE;
    }
    if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs) {
        return QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

Result<DecodedText> decodeWithQt(const QByteArray& bytes, qsizetype skip,
                                 QStringConverter::Encoding encoding, const char* name,
                                 const QString& sourceName)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    DecodedText decoded;
    decoded.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    decoded.encoding = QString::fromLatin1(name);
    if (decoder.hasError()) {
        // The file announced its encoding with a BOM (or the NUL pattern), so falling back to
        // another code page would be wrong; keep the text with U+FFFD where bytes were bad.
        decoded.warnings << u"Some bytes in '%1' are not valid %2; they were replaced by \uFFFD. "
                            "Check the text, or save the file again as UTF-8 and re-import."_s.arg(
                                sourceName, decoded.encoding);
    }
    if (hasManyControlCharacters(decoded.text)) {
        return binaryError(sourceName);
    }
    decoded.text = normalizeLineEndings(std::move(decoded.text));
    return decoded;
}

} // namespace

QString decodeWindows1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = (value >= 0x80 && value <= 0x9F) ? QChar(kWindows1252High.at(value - 0x80))
                                                  : QChar(char16_t(value));
    }
    return text;
}

QString decodeUtf8WithWindows1252Fallback(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    const auto byteAt = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned char lead = byteAt(i);
        if (lead < 0x80) {
            text.append(QChar(char16_t(lead)));
            ++i;
            continue;
        }
        // The length and smallest code point of a sequence, from its lead byte; the smallest
        // value rules out overlong encodings.
        const int length = lead >= 0xC2 && lead <= 0xDF   ? 2
                           : lead >= 0xE0 && lead <= 0xEF ? 3
                           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                          : 0;
        char32_t codePoint = length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = byteAt(i + k);
            valid = (next & 0xC0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        valid = valid && codePoint >= minimum && codePoint <= 0x10FFFF &&
                !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
        if (valid) {
            text.append(QString::fromUcs4(&codePoint, 1));
            i += length;
        } else {
            text.append(decodeWindows1252(bytes.sliced(i, 1)));
            ++i;
        }
    }
    return text;
}

QString normalizeLineEndings(QString text)
{
    if (!text.contains(u'\r')) {
        return text;
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            result.append(u'\n');
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i; // CRLF is one line break, not two
            }
        } else {
            result.append(c);
        }
    }
    return result;
}

Result<DecodedText> decodeTranscriptBytes(const QByteArray& bytes, const QString& sourceName)
{
    for (const Bom& bom : kBoms) {
        if (bytes.startsWith(bom.bytes)) {
            return decodeWithQt(bytes, bom.bytes.size(), bom.encoding, bom.name, sourceName);
        }
    }
    if (const auto utf16 = sniffBomlessUtf16(bytes)) {
        const bool little = *utf16 == QStringConverter::Utf16LE;
        auto decoded = decodeWithQt(bytes, 0, *utf16, little ? "UTF-16LE" : "UTF-16BE", sourceName);
        if (decoded) {
            decoded->warnings << u"'%1' has no byte-order mark; it was read as %2 text. Check "
                                 "the text; if it looks wrong, save the file as UTF-8 and "
                                 "re-import."_s.arg(sourceName, decoded->encoding);
        }
        return decoded;
    }
    // A NUL byte never occurs in UTF-8 or 1252 text; it is the surest sign of a binary file.
    if (bytes.contains('\0')) {
        return binaryError(sourceName);
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    DecodedText decoded;
    decoded.text = utf8.decode(bytes);
    decoded.encoding = u"UTF-8"_s;
    if (utf8.hasError()) {
        // Not (entirely) UTF-8: Windows editors and older transcription tools write
        // Windows-1252, and files edited in two editors mix both.
        decoded.text = decodeUtf8WithWindows1252Fallback(bytes);
        decoded.encoding = u"Windows-1252"_s;
        decoded.usedFallback = true;
        decoded.warnings << u"'%1' is not valid UTF-8; the bytes that are not were read as "
                            "Windows-1252 (Western European). Check accented letters and "
                            "quotation marks; if they look wrong, save the file as UTF-8 and "
                            "re-import."_s.arg(sourceName);
    }
    if (hasManyControlCharacters(decoded.text)) {
        return binaryError(sourceName);
    }
    decoded.text = normalizeLineEndings(std::move(decoded.text));
    return decoded;
}

} // namespace tessera
