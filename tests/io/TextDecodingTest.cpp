#include "io/TextDecoding.h"

#include "ImportTestSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

DecodedText decodeOrFail(const QByteArray& bytes)
{
    auto result = decodeTranscriptBytes(bytes, u"t.txt"_s);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    return result.ok() ? std::move(result).value() : DecodedText{};
}

// "P1: Café" in UTF-16 with the given byte order, optionally with a BOM.
QByteArray utf16Bytes(const QString& text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom) {
        bytes += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    }
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes += littleEndian ? QByteArray{&low, 1} + QByteArray{&high, 1}
                              : QByteArray{&high, 1} + QByteArray{&low, 1};
    }
    return bytes;
}

TEST(TextDecoding, Utf8WithoutBomIsKeptAsIs)
{
    const DecodedText decoded = decodeOrFail(u"P1: Na\u00EFve \U0001F60A  \n"_s.toUtf8());
    EXPECT_EQ(decoded.text, u"P1: Na\u00EFve \U0001F60A  \n"_s); // no trimming
    EXPECT_EQ(decoded.encoding, u"UTF-8"_s);
    EXPECT_FALSE(decoded.usedFallback);
    EXPECT_TRUE(decoded.warnings.isEmpty());
}

TEST(TextDecoding, Utf8BomIsRemoved)
{
    const DecodedText decoded = decodeOrFail(QByteArray("\xEF\xBB\xBFP1: Hi"));
    EXPECT_EQ(decoded.text, u"P1: Hi"_s);
    EXPECT_EQ(decoded.encoding, u"UTF-8"_s);
}

TEST(TextDecoding, Utf16LittleEndianWithBom)
{
    const DecodedText decoded =
        decodeOrFail(utf16Bytes(u"P1: Caf\u00E9\r\nP2: \u20AC"_s, true, true));
    EXPECT_EQ(decoded.text, u"P1: Caf\u00E9\nP2: \u20AC"_s);
    EXPECT_EQ(decoded.encoding, u"UTF-16LE"_s);
    EXPECT_TRUE(decoded.warnings.isEmpty());
}

TEST(TextDecoding, Utf16BigEndianWithBom)
{
    const DecodedText decoded = decodeOrFail(utf16Bytes(u"P1: Caf\u00E9"_s, false, true));
    EXPECT_EQ(decoded.text, u"P1: Caf\u00E9"_s);
    EXPECT_EQ(decoded.encoding, u"UTF-16BE"_s);
}

TEST(TextDecoding, Utf16WithoutBomIsRecognisedAndWarned)
{
    const DecodedText decoded =
        decodeOrFail(utf16Bytes(u"Interviewer: Hello there"_s, true, false));
    EXPECT_EQ(decoded.text, u"Interviewer: Hello there"_s);
    EXPECT_EQ(decoded.encoding, u"UTF-16LE"_s);
    ASSERT_EQ(decoded.warnings.size(), 1);
    EXPECT_TRUE(decoded.warnings.first().contains(u"byte-order mark"_s));
}

TEST(TextDecoding, Windows1252FallbackForSmartQuotesAndAccents)
{
    // \x93 \x94 are curly double quotes, \xE9 is é, \x80 the euro sign, \x85 an ellipsis.
    const DecodedText decoded = decodeOrFail(QByteArray("P1: \x93"
                                                        "Caf\xE9"
                                                        "\x94 costs \x80"
                                                        "5\x85"));
    EXPECT_EQ(decoded.text, u"P1: \u201CCaf\u00E9\u201D costs \u20AC5\u2026"_s);
    EXPECT_TRUE(decoded.usedFallback);
    EXPECT_EQ(decoded.encoding, u"Windows-1252"_s);
    ASSERT_EQ(decoded.warnings.size(), 1);
    EXPECT_TRUE(decoded.warnings.first().contains(u"t.txt"_s));
    EXPECT_TRUE(decoded.warnings.first().contains(u"Windows-1252"_s));
}

TEST(TextDecoding, Windows1252TableCoversTheWholeHighRange)
{
    EXPECT_EQ(decodeWindows1252(QByteArray("\x80\x8A\x9F\xA0\xFF")),
              u"\u20AC\u0160\u0178\u00A0\u00FF"_s);
    // Undefined bytes map to the C1 control of the same value, like browsers do.
    EXPECT_EQ(decodeWindows1252(QByteArray("\x81\x8D\x8F\x90\x9D")),
              u"\u0081\u008D\u008F\u0090\u009D"_s);
}

TEST(TextDecoding, StrayWindows1252BytesInUtf8KeepTheUtf8Characters)
{
    // "Café" in UTF-8, then a 1252 apostrophe (0x92) typed in another editor.
    const DecodedText decoded = decodeOrFail(QByteArray("P1: Caf\xC3\xA9 isn\x92t open"));
    EXPECT_EQ(decoded.text, u"P1: Caf\u00E9 isn\u2019t open"_s);
    EXPECT_TRUE(decoded.usedFallback);
}

TEST(TextDecoding, MixedFallbackRejectsOverlongsAndSurrogates)
{
    // C0 AF is an overlong '/', ED A0 80 an encoded surrogate, F4 90 80 80 is past U+10FFFF:
    // none is UTF-8, so each byte is read as 1252.
    EXPECT_EQ(
        decodeUtf8WithWindows1252Fallback(QByteArray("\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80")),
        u"\u00C0\u00AF|\u00ED\u00A0\u20AC|\u00F4\u0090\u20AC\u20AC"_s);
    EXPECT_EQ(decodeUtf8WithWindows1252Fallback(QByteArray("\xF0\x9F\x98\x8A\xE2\x82")),
              u"\U0001F60A\u00E2\u201A"_s); // a valid emoji, then a truncated sequence
}

TEST(TextDecoding, LoneCrAndCrlfBecomeLf)
{
    EXPECT_EQ(decodeOrFail(QByteArray("P1: a\rP2: b\r\nP3: c\n\r\n")).text,
              u"P1: a\nP2: b\nP3: c\n\n"_s);
    EXPECT_EQ(normalizeLineEndings(u"\r\r\n\n"_s), u"\n\n\n"_s);
}

TEST(TextDecoding, InvalidBytesInBomUtf8AreReplacedAndWarned)
{
    const DecodedText decoded = decodeOrFail(QByteArray("\xEF\xBB\xBFP1: caf\xE9"));
    EXPECT_EQ(decoded.text, u"P1: caf\uFFFD"_s);
    EXPECT_FALSE(decoded.usedFallback);
    EXPECT_EQ(decoded.warnings.size(), 1);
}

TEST(TextDecoding, NulBytesMeanBinary)
{
    const auto result =
        decodeTranscriptBytes(QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10), u"x.txt"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(u"'x.txt'"_s));
    EXPECT_TRUE(result.error().message.contains(u"binary"_s));
}

TEST(TextDecoding, ManyControlCharactersMeanBinary)
{
    QByteArray bytes;
    for (int i = 0; i < 50; ++i) {
        bytes += "ab\x01\x02\x1B";
    }
    EXPECT_FALSE(decodeTranscriptBytes(bytes, u"x.txt"_s).ok());
}

TEST(TextDecoding, AFewStrayControlsAreTolerated)
{
    // One stray ESC and the DOS end-of-file mark in an otherwise normal file.
    const QByteArray bytes = QByteArray("P1: hello \x1B there, this is a normal sentence.\n\x1A");
    EXPECT_TRUE(decodeTranscriptBytes(bytes, u"x.txt"_s).ok());
}

TEST(TextDecoding, EmptyBytesDecodeToEmptyText)
{
    EXPECT_EQ(decodeOrFail(QByteArray()).text, QString());
}

} // namespace
} // namespace tessera
