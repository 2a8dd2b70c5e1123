// The XML layer under the DOCX and ODT writers: escaping, characters XML forbids, text pieces.

#include "report/XmlPartWriter.h"

#include "OfficePackage.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera {
namespace {

TEST(XmlPartWriter, WritesAWellFormedPartWithDeclaration)
{
    XmlPartWriter xml;
    xml.start(u"a:root");
    xml.attribute(u"xmlns:a", u"urn:test");
    xml.attribute(u"a:value", u"\"<&>\"\nline"_s);
    xml.textElement(u"a:text", u"<script>alert(1)</script> & \"quotes\""_s);
    xml.emptyWith(u"a:empty", u"a:val", u"x"_s);
    xml.end();
    const QByteArray bytes = xml.finish();
    EXPECT_TRUE(bytes.startsWith(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                                 "\n"));
    EXPECT_TRUE(bytes.endsWith("\n"));
    EXPECT_EQ(test::xmlProblem(bytes), QString());
    const QDomDocument document = test::parseXml(bytes);
    const QDomElement root = document.documentElement();
    EXPECT_EQ(root.attributeNS(u"urn:test"_s, u"value"_s), u"\"<&>\"\nline"_s);
    EXPECT_EQ(root.firstChildElement().text(), u"<script>alert(1)</script> & \"quotes\""_s);
}

TEST(XmlPartWriter, DropsCharactersXmlForbids)
{
    const QString text = u"a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg"_s;
    EXPECT_EQ(xmlSafeText(text), u"abcdefg"_s);
    // Tab, line breaks, emoji (a surrogate pair) and private-use characters stay.
    EXPECT_EQ(xmlSafeText(u"\t\n\r📱\uE000"_s), u"\t\n\r📱\uE000"_s);
    // Unpaired surrogates are not characters at all.
    QString broken = u"x"_s;
    broken.append(QChar(0xD83D));
    broken.append(u'y');
    broken.append(QChar(0xDCF1));
    EXPECT_EQ(xmlSafeText(broken), u"xy"_s);

    XmlPartWriter xml;
    xml.start(u"root");
    xml.text(u"bell\u0007 and form feed\u000C"_s);
    xml.end();
    const QByteArray bytes = xml.finish();
    EXPECT_EQ(test::xmlProblem(bytes), QString()) << bytes.toStdString();
    EXPECT_EQ(test::parseXml(bytes).documentElement().text(), u"bell and form feed"_s);
}

TEST(XmlPartWriter, TextPiecesSplitAtBreaksAndTabs)
{
    const QList<TextPiece> pieces = textPieces(u"one\r\ntwo\tthree\rfour\n"_s);
    ASSERT_EQ(pieces.size(), 8);
    EXPECT_EQ(pieces[0].text, u"one"_s);
    EXPECT_EQ(pieces[1].kind, TextPiece::Kind::LineBreak);
    EXPECT_EQ(pieces[2].text, u"two"_s);
    EXPECT_EQ(pieces[3].kind, TextPiece::Kind::Tab);
    EXPECT_EQ(pieces[4].text, u"three"_s);
    EXPECT_EQ(pieces[5].kind, TextPiece::Kind::LineBreak);
    EXPECT_EQ(pieces[6].text, u"four"_s);
    EXPECT_EQ(pieces[7].kind, TextPiece::Kind::LineBreak);
    EXPECT_TRUE(textPieces(QString()).isEmpty());
    EXPECT_TRUE(textPieces(u"\u0001"_s).isEmpty());
}

} // namespace
} // namespace tessera
