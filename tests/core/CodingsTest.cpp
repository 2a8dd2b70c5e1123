// Codings: validated UTF-16 ranges, overlaps, duplicates per coder, filters and edits.

#include "ProjectFixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class CodingsTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        transcript = focusGroupTranscript();
        doc = addDocument(u"FG1"_s, transcript);
        code = addCode(u"Access"_s);
    }

    Result<CodingId> tryCode(qsizetype start, qsizetype end, std::optional<CoderId> coder = {},
                             std::optional<CodeId> codeId = {},
                             std::optional<DocumentId> docId = {})
    {
        NewCoding coding;
        coding.documentId = docId.value_or(doc);
        coding.codeId = codeId.value_or(code);
        coding.coderId = coder;
        coding.start = start;
        coding.end = end;
        return project().addCoding(coding);
    }

    ImportedDocument transcript;
    DocumentId doc;
    CodeId code;
};

TEST_F(CodingsTest, addCoding_rangeOutsideTextOrEmpty_refused)
{
    const qsizetype length = transcript.text.size();
    const QString before = dumpTables(projectPath());
    struct Range {
        qsizetype start;
        qsizetype end;
    };
    for (const Range r : {Range{-1, 5}, Range{0, length + 1}, Range{length, length + 3},
                          Range{10, 10}, Range{12, 8}, Range{0, 0}}) {
        const auto refused = tryCode(r.start, r.end);
        ASSERT_FALSE(refused.ok()) << r.start << ":" << r.end;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(u"FG1"_s)) << "names the document";
    }
    EXPECT_EQ(dumpTables(projectPath()), before);
    // The whole text, up to its very end, is a valid range.
    const CodingId whole = unwrap(tryCode(0, length));
    EXPECT_EQ(project().coding(whole)->end, length);
}

TEST_F(CodingsTest, addCoding_unknownDocumentCodeOrCoder_notFound)
{
    EXPECT_EQ(errorCode(tryCode(0, 5, std::nullopt, std::nullopt, DocumentId(42))),
              ErrorCode::NotFound);
    EXPECT_EQ(errorCode(tryCode(0, 5, std::nullopt, CodeId(42))), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(tryCode(0, 5, CoderId(42))), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().addCodings({}, u"Nothing"_s)), ErrorCode::InvalidInput);
    EXPECT_TRUE(project().codings().isEmpty());
}

TEST_F(CodingsTest, addCoding_splittingSurrogatePair_refused)
{
    const QString emoji = u"😀"_s;
    ASSERT_EQ(emoji.size(), 2); // one character, two UTF-16 code units
    const ImportedDocument withEmoji =
        TranscriptBuilder().turn(u"P1"_s, u"I loved it "_s + emoji + u" honestly"_s).build();
    const DocumentId emojiDoc = addDocument(u"Emoji"_s, withEmoji);
    const qsizetype at = positionOf(withEmoji.text, emoji);

    const auto startInside = tryCode(at + 1, at + 5, std::nullopt, std::nullopt, emojiDoc);
    ASSERT_FALSE(startInside.ok());
    EXPECT_EQ(startInside.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(startInside.error().message.contains(u"splits"_s));
    const auto endInside = tryCode(at - 3, at + 1, std::nullopt, std::nullopt, emojiDoc);
    ASSERT_FALSE(endInside.ok());
    EXPECT_EQ(endInside.error().code, ErrorCode::InvalidInput);

    const CodingId whole = unwrap(tryCode(at, at + 2, std::nullopt, std::nullopt, emojiDoc));
    const Coding stored = *project().coding(whole);
    EXPECT_EQ(project().documentText(emojiDoc).mid(stored.start, stored.end - stored.start), emoji);
    const CodingId around = unwrap(tryCode(at - 3, at + 2, std::nullopt, std::nullopt, emojiDoc));
    EXPECT_EQ(errorCode(project().setCodingRange(around, at - 3, at + 1)), ErrorCode::InvalidInput);
    EXPECT_EQ(project().coding(around)->end, at + 2);
}

TEST_F(CodingsTest, overlappingCodings_allowed)
{
    const ImportedTurn& turn = transcript.turns[1];
    const CodeId other = addCode(u"Contact"_s);
    const CodingId a = unwrap(tryCode(turn.start, turn.end));
    const CodingId b = unwrap(tryCode(turn.start + 5, turn.end + 10)); // overlaps a, same code
    const CodingId c = unwrap(tryCode(turn.start, turn.end, std::nullopt, other)); // same range
    EXPECT_EQ(project().codings().size(), 3);
    EXPECT_NE(a, b);
    EXPECT_NE(b, c);
}

TEST_F(CodingsTest, sameCodeCoderRangeTwice_conflictButOtherCoderMayCodeIt)
{
    const ImportedTurn& turn = transcript.turns[2];
    (void)unwrap(tryCode(turn.start, turn.end));
    const QString before = dumpTables(projectPath());
    const auto again = tryCode(turn.start, turn.end);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(dumpTables(projectPath()), before);

    const CoderId sam = addCoder(u"Sam"_s);
    const CodingId bySam = unwrap(tryCode(turn.start, turn.end, sam));
    EXPECT_EQ(project().coding(bySam)->coderId, sam);
    EXPECT_EQ(errorCode(tryCode(turn.start, turn.end, sam)), ErrorCode::Conflict);
    EXPECT_EQ(project().codings().size(), 2);
}

TEST_F(CodingsTest, defaultCoder_isCurrentCoder)
{
    const auto first = project().currentCoder();
    ASSERT_TRUE(first);
    const ImportedTurn& turn = transcript.turns[1];
    const CodingId mine = unwrap(tryCode(turn.start, turn.end));
    EXPECT_EQ(project().coding(mine)->coderId, first->id);

    const CoderId sam = addCoder(u"Sam"_s);
    TESSERA_ASSERT_OK(project().setCurrentCoder(sam));
    EXPECT_EQ(project().currentCoder()->id, sam);
    const CodingId samsCoding = unwrap(tryCode(turn.start, turn.end));
    EXPECT_EQ(project().coding(samsCoding)->coderId, sam);
    EXPECT_EQ(errorCode(project().setCurrentCoder(CoderId(99))), ErrorCode::NotFound);
    EXPECT_EQ(project().currentCoder()->id, sam);
    reopen();
    EXPECT_EQ(project().currentCoder()->id, sam); // stored in the project
}

TEST_F(CodingsTest, codingFilters_byDocumentCodeChildrenAndCoder)
{
    const DocumentId other = addDocument(u"FG2"_s, focusGroupTranscript(u"Second"_s));
    const CodeId devices = addCode(u"Devices"_s, code);
    const CodeId phones = addCode(u"Phones"_s, devices);
    const CodeId contact = addCode(u"Contact"_s);
    const CoderId sam = addCoder(u"Sam"_s);
    const CodingId c1 = codeQuote(doc, code, u"Video calls"_s);
    const CodingId c2 = codeQuote(doc, devices, u"devices"_s, sam);
    const CodingId c3 = codeQuote(other, phones, u"messaging"_s);
    const CodingId c4 = codeQuote(other, contact, u"Video calls"_s, sam);
    const CodingId c5 = codeQuote(doc, contact, u"How did"_s); // before c1 in the text

    auto ids = [&](const CodingFilter& filter) {
        QList<CodingId> list;
        for (const Coding& c : project().codings(filter)) {
            list << c.id;
        }
        return list;
    };
    EXPECT_EQ(ids({}), (QList<CodingId>{c5, c1, c2, c4, c3})); // by document, then position
    CodingFilter byDoc;
    byDoc.documentId = other;
    EXPECT_EQ(ids(byDoc), (QList<CodingId>{c4, c3}));
    CodingFilter byCode;
    byCode.codeId = code;
    EXPECT_EQ(ids(byCode), QList<CodingId>{c1});
    byCode.includeChildCodes = true;
    EXPECT_EQ(ids(byCode), (QList<CodingId>{c1, c2, c3}));
    CodingFilter byChild;
    byChild.codeId = devices;
    byChild.includeChildCodes = true;
    EXPECT_EQ(ids(byChild), (QList<CodingId>{c2, c3}));
    CodingFilter byCoder;
    byCoder.coderId = sam;
    EXPECT_EQ(ids(byCoder), (QList<CodingId>{c2, c4}));
    CodingFilter combined;
    combined.codeId = code;
    combined.includeChildCodes = true;
    combined.coderId = sam;
    combined.documentId = doc;
    EXPECT_EQ(ids(combined), QList<CodingId>{c2});
    CodingFilter unknown;
    unknown.codeId = CodeId(999);
    unknown.includeChildCodes = true;
    EXPECT_TRUE(ids(unknown).isEmpty());
}

TEST_F(CodingsTest, memoKeyQuoteAndRange_edited)
{
    const ImportedTurn& turn = transcript.turns[1];
    const CodingId id = unwrap(tryCode(turn.start, turn.end));
    const Coding created = *project().coding(id);
    EXPECT_FALSE(created.keyQuote);
    EXPECT_TRUE(created.memo.isEmpty());
    EXPECT_EQ(created.guid.size(), 36);
    EXPECT_EQ(created.createdAt, created.updatedAt);

    TESSERA_ASSERT_OK(project().setCodingMemo(id, u"Frequency, not depth"_s));
    TESSERA_ASSERT_OK(project().setKeyQuote(id, true));
    TESSERA_ASSERT_OK(project().setCodingRange(id, turn.start + 12, turn.end - 1));
    const Coding edited = *project().coding(id);
    EXPECT_EQ(edited.memo, u"Frequency, not depth"_s);
    EXPECT_TRUE(edited.keyQuote);
    EXPECT_EQ(edited.start, turn.start + 12);
    EXPECT_EQ(edited.end, turn.end - 1);
    EXPECT_EQ(edited.createdAt, created.createdAt);
    EXPECT_GT(edited.updatedAt, created.updatedAt);
    TESSERA_ASSERT_OK(project().setKeyQuote(id, false));
    EXPECT_FALSE(project().coding(id)->keyQuote);

    EXPECT_EQ(errorCode(project().setCodingRange(id, 5, transcript.text.size() + 1)),
              ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().setCodingRange(id, 20, 20)), ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().setCodingMemo(CodingId(999), u"x"_s)), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().setKeyQuote(CodingId(999), true)), ErrorCode::NotFound);
    EXPECT_EQ(errorCode(project().setCodingRange(CodingId(999), 0, 1)), ErrorCode::NotFound);
}

TEST_F(CodingsTest, setCodingRange_ontoAnotherCodingOfSameCodeAndCoder_conflict)
{
    const ImportedTurn& p1 = transcript.turns[1];
    const ImportedTurn& p2 = transcript.turns[2];
    (void)unwrap(tryCode(p1.start, p1.end));
    const CodingId second = unwrap(tryCode(p2.start, p2.end));
    EXPECT_EQ(errorCode(project().setCodingRange(second, p1.start, p1.end)), ErrorCode::Conflict);
    EXPECT_EQ(project().coding(second)->start, p2.start);
    // Setting a coding to its own range is not a clash with itself.
    TESSERA_EXPECT_OK(project().setCodingRange(second, p2.start, p2.end));
}

TEST_F(CodingsTest, removeCoding_removesOnlyIt)
{
    const ImportedTurn& turn = transcript.turns[1];
    const CodingId a = unwrap(tryCode(turn.start, turn.end));
    const CodingId b = unwrap(tryCode(turn.start, turn.start + 5));
    TESSERA_ASSERT_OK(project().removeCoding(a));
    EXPECT_FALSE(project().coding(a).has_value());
    EXPECT_TRUE(project().coding(b).has_value());
    EXPECT_EQ(errorCode(project().removeCoding(a)), ErrorCode::NotFound);
}

} // namespace
} // namespace tessera::test
