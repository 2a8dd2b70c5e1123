// The code tree: order, paths, names, colours, moves, merges and deletes.

#include "ProjectFixture.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class CodesTest : public ProjectTest {
protected:
    QStringList paths()
    {
        QStringList list;
        for (const Code& c : project().codes()) {
            list << c.path;
        }
        return list;
    }

    Result<CodeId> tryAdd(const QString& name, std::optional<CodeId> parent = std::nullopt,
                          const QString& color = {})
    {
        CodeFields fields;
        fields.name = name;
        fields.color = color;
        return project().addCode(fields, parent);
    }
};

TEST_F(CodesTest, codes_depthFirstWithSiblingPositions)
{
    const CodeId access = addCode(u"Access"_s);
    const CodeId support = addCode(u"Support"_s);
    const CodeId devices = addCode(u"Devices"_s, access);
    const CodeId peers = addCode(u"Peers"_s, support);
    const CodeId data = addCode(u"Data"_s, access);
    const CodeId phones = addCode(u"Phones"_s, devices);

    const QList<Code> codes = project().codes();
    ASSERT_EQ(codes.size(), 6);
    const QList<CodeId> order{access, devices, phones, data, support, peers};
    for (qsizetype i = 0; i < codes.size(); ++i) {
        EXPECT_EQ(codes[i].id, order[i]) << "at " << i << ": " << codes[i].path.toStdString();
    }
    EXPECT_EQ(paths(), (QStringList{u"Access"_s, u"Access/Devices"_s, u"Access/Devices/Phones"_s,
                                    u"Access/Data"_s, u"Support"_s, u"Support/Peers"_s}));
    EXPECT_EQ(codes[0].depth, 0);
    EXPECT_EQ(codes[1].depth, 1);
    EXPECT_EQ(codes[2].depth, 2);
    EXPECT_EQ(codes[0].position, 0);
    EXPECT_EQ(codes[4].position, 1); // Support, second top-level code
    EXPECT_EQ(codes[3].position, 1); // Data, second child of Access
    EXPECT_EQ(codes[2].parentId, devices);
    EXPECT_FALSE(codes[0].parentId.has_value());
    EXPECT_EQ(codes[5].parentId, support);
    EXPECT_EQ(project().code(phones)->path, u"Access/Devices/Phones"_s);
    EXPECT_EQ(codes[0].guid.size(), 36);
    EXPECT_NE(codes[0].guid, codes[1].guid);
    EXPECT_EQ(unwrap(project().findCodeByPath(u"access/devices/PHONES"_s)).id, phones);
    EXPECT_EQ(unwrap(project().findCodeByPath(u"Support/Peers"_s)).id, peers);
    const auto missing = project().findCodeByPath(u"Devices"_s); // a path, not a bare name
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(CodesTest, addCode_siblingNameTakenCaseInsensitively_conflict)
{
    const CodeId access = addCode(u"Access"_s);
    addCode(u"Devices"_s, access);
    const auto top = tryAdd(u"ACCESS"_s);
    ASSERT_FALSE(top.ok());
    EXPECT_EQ(top.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(top.error().message.contains(u"ACCESS"_s));
    const auto child = tryAdd(u"devices"_s, access);
    ASSERT_FALSE(child.ok());
    EXPECT_EQ(child.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(child.error().message.contains(u"Access"_s)) << "names the parent";
    // The same name elsewhere in the tree is fine.
    EXPECT_TRUE(tryAdd(u"Devices"_s).ok());
    EXPECT_EQ(project().codes().size(), 3);
}

TEST_F(CodesTest, addCode_nonAsciiNamesClashIgnoringCase)
{
    addCode(u"Über"_s);
    const auto clash = tryAdd(u"über"_s);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_EQ(project().codes().size(), 1);
}

TEST_F(CodesTest, addDocument_facilitatorRoleFoundAnywhereInTheLabel)
{
    const DocumentId doc = addDocument(u"fg"_s, TranscriptBuilder()
                                                    .turn(u"Dana Facilitator"_s, u"Welcome."_s)
                                                    .turn(u"Moderator (Jo)"_s, u"Let's start."_s)
                                                    .turn(u"I"_s, u"How was it?"_s)
                                                    .turn(u"Sam Okafor"_s, u"Fine."_s)
                                                    .turn(u"Ingrid"_s, u"Same."_s)
                                                    .build());
    QStringList facilitators;
    for (const Speaker& s : project().speakers(doc)) {
        if (s.role == SpeakerRole::Facilitator) {
            facilitators << s.label;
        }
    }
    EXPECT_EQ(facilitators, (QStringList{u"Dana Facilitator"_s, u"Moderator (Jo)"_s, u"I"_s}));
}

TEST_F(CodesTest, addCode_badNames_refusedWithClearMessages)
{
    const auto slash = tryAdd(u"Access/Devices"_s);
    ASSERT_FALSE(slash.ok());
    EXPECT_EQ(slash.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(slash.error().message.contains(u"“/”"_s)) << slash.error().message.toStdString();

    for (const QString& empty : {QString(), u""_s, u"   "_s}) {
        const auto refused = tryAdd(empty);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(u"empty"_s));
    }
    const auto newline = tryAdd(u"Two\nlines"_s);
    ASSERT_FALSE(newline.ok());
    EXPECT_EQ(newline.error().code, ErrorCode::InvalidInput);
    const auto padded = tryAdd(u" Access "_s);
    ASSERT_FALSE(padded.ok());
    EXPECT_EQ(padded.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(project().codes().isEmpty());

    const auto orphan = tryAdd(u"Child"_s, CodeId(999));
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, ErrorCode::NotFound);
}

TEST_F(CodesTest, colours_validatedAndNormalised)
{
    for (const QString& bad : {u"red"_s, u"#12345"_s, u"#GGGGGG"_s, u"123456"_s, u"#1234567"_s}) {
        const auto refused = tryAdd(u"Code"_s, std::nullopt, bad);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(refused.error().message.contains(bad));
    }
    const CodeId lower = unwrap(tryAdd(u"Lower"_s, std::nullopt, u"#a1b2c3"_s));
    EXPECT_EQ(project().code(lower)->fields.color, u"#A1B2C3"_s);
    const CodeId picked = unwrap(tryAdd(u"Picked"_s));
    EXPECT_TRUE(isValidColor(project().code(picked)->fields.color));

    CodeFields fields = project().code(lower)->fields;
    fields.color = u"blue"_s;
    const Status update = project().updateCode(lower, fields);
    ASSERT_FALSE(update.ok());
    EXPECT_EQ(update.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(project().code(lower)->fields.color, u"#A1B2C3"_s);
}

TEST_F(CodesTest, renameCode_updatesPathsOfDescendants)
{
    const CodeId access = addCode(u"Access"_s);
    const CodeId devices = addCode(u"Devices"_s, access);
    const CodeId support = addCode(u"Support"_s);
    TESSERA_ASSERT_OK(project().renameCode(access, u"Digital access"_s));
    EXPECT_EQ(project().code(devices)->path, u"Digital access/Devices"_s);
    // A case-only rename of the code itself is not a clash with itself.
    TESSERA_ASSERT_OK(project().renameCode(access, u"Digital Access"_s));
    EXPECT_EQ(project().code(access)->fields.name, u"Digital Access"_s);

    const Status clash = project().renameCode(support, u"digital access"_s);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    const Status slash = project().renameCode(support, u"a/b"_s);
    ASSERT_FALSE(slash.ok());
    EXPECT_EQ(slash.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(project().code(support)->fields.name, u"Support"_s);
    EXPECT_EQ(errorCode(project().renameCode(CodeId(999), u"X"_s)), ErrorCode::NotFound);
}

TEST_F(CodesTest, updateCode_storesEveryFieldAndKeepsColourWhenEmpty)
{
    const CodeId code = unwrap(tryAdd(u"Access"_s, std::nullopt, u"#112233"_s));
    CodeFields fields;
    fields.name = u"Digital access"_s;
    fields.description = u"Having devices and data"_s;
    fields.inclusion = u"Mentions of devices"_s;
    fields.exclusion = u"Skills"_s;
    fields.example = u"“We had no laptop”"_s;
    fields.memo = u"Close to poverty"_s;
    TESSERA_ASSERT_OK(project().updateCode(code, fields));
    const Code stored = *project().code(code);
    EXPECT_EQ(stored.fields.name, fields.name);
    EXPECT_EQ(stored.fields.description, fields.description);
    EXPECT_EQ(stored.fields.inclusion, fields.inclusion);
    EXPECT_EQ(stored.fields.exclusion, fields.exclusion);
    EXPECT_EQ(stored.fields.example, fields.example);
    EXPECT_EQ(stored.fields.memo, fields.memo);
    EXPECT_EQ(stored.fields.color, u"#112233"_s);
}

TEST_F(CodesTest, moveCode_reparentsAndRenumbersPositions)
{
    const CodeId a = addCode(u"A"_s);
    const CodeId b = addCode(u"B"_s);
    const CodeId c = addCode(u"C"_s);
    const CodeId a1 = addCode(u"A1"_s, a);
    const CodeId a2 = addCode(u"A2"_s, a);

    TESSERA_ASSERT_OK(project().moveCode(c, a, 1)); // between A1 and A2
    EXPECT_EQ(paths(), (QStringList{u"A"_s, u"A/A1"_s, u"A/C"_s, u"A/A2"_s, u"B"_s}));
    EXPECT_EQ(project().code(a2)->position, 2);
    EXPECT_EQ(project().code(b)->position, 1);

    TESSERA_ASSERT_OK(project().moveCode(a1, std::nullopt, 0)); // first at the top level
    EXPECT_EQ(paths(), (QStringList{u"A1"_s, u"A"_s, u"A/C"_s, u"A/A2"_s, u"B"_s}));
    EXPECT_EQ(project().code(a1)->position, 0);
    EXPECT_EQ(project().code(a)->position, 1);
    EXPECT_EQ(project().code(b)->position, 2);

    TESSERA_ASSERT_OK(project().moveCode(b, a)); // -1 = last
    EXPECT_EQ(paths(), (QStringList{u"A1"_s, u"A"_s, u"A/C"_s, u"A/A2"_s, u"A/B"_s}));
}

TEST_F(CodesTest, moveCode_intoItselfOrDescendant_refused)
{
    const CodeId a = addCode(u"A"_s);
    const CodeId child = addCode(u"Child"_s, a);
    const CodeId grandchild = addCode(u"Grandchild"_s, child);
    const QString before = dumpTables(projectPath());
    for (CodeId target : {a, child, grandchild}) {
        const Status moved = project().moveCode(a, target);
        ASSERT_FALSE(moved.ok());
        EXPECT_EQ(moved.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(moved.error().message.contains(u"A"_s));
    }
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(errorCode(project().moveCode(a, CodeId(999))), ErrorCode::NotFound);
}

TEST_F(CodesTest, moveCode_nameTakenAtTarget_conflict)
{
    const CodeId a = addCode(u"A"_s);
    addCode(u"Devices"_s, a);
    const CodeId devices = addCode(u"devices"_s);
    const Status moved = project().moveCode(devices, a);
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, ErrorCode::Conflict);
    EXPECT_FALSE(project().code(devices)->parentId.has_value());
}

class MergeTest : public CodesTest {
protected:
    void SetUp() override
    {
        CodesTest::SetUp();
        transcript = focusGroupTranscript();
        doc = addDocument(u"FG1"_s, transcript);
        second = addCoder(u"Sam"_s);
        CodeFields targetFields;
        targetFields.name = u"Access"_s;
        targetFields.inclusion = u"Target inclusion"_s;
        targetFields.memo = u"Target memo"_s;
        target = unwrap(project().addCode(targetFields));
        CodeFields sourceFields;
        sourceFields.name = u"Exclusion"_s;
        sourceFields.description = u"Source description"_s;
        sourceFields.inclusion = u"Source inclusion"_s;
        sourceFields.example = u"Source example"_s;
        sourceFields.memo = u"Source memo"_s;
        source = unwrap(project().addCode(sourceFields));
        targetShared = addCode(u"Devices"_s, target);
        sourceShared = addCode(u"devices"_s, source); // same name, other case
        sourceUnique = addCode(u"Data"_s, source);
        theme = addTheme(u"Barriers"_s);
        both = addTheme(u"Both"_s);
        TESSERA_EXPECT_OK(project().linkCodeToTheme(source, theme));
        TESSERA_EXPECT_OK(project().linkCodeToTheme(source, both));
        TESSERA_EXPECT_OK(project().linkCodeToTheme(target, both));
    }

    ImportedDocument transcript;
    DocumentId doc;
    CoderId second;
    CodeId target;
    CodeId source;
    CodeId targetShared;
    CodeId sourceShared;
    CodeId sourceUnique;
    ThemeId theme;
    ThemeId both;
};

TEST_F(MergeTest, mergeCodes_movesCodingsAndFoldsDuplicates)
{
    const ImportedTurn& p2 = transcript.turns[2];
    const ImportedTurn& p1 = transcript.turns[1];
    const CodingId kept = addCoding(doc, target, p2.start, p2.end, std::nullopt, false, u"Mine"_s);
    addCoding(doc, source, p2.start, p2.end, std::nullopt, true, u"Theirs"_s); // duplicate
    const CodingId otherCoder = addCoding(doc, source, p2.start, p2.end, second);
    const CodingId moved = addCoding(doc, source, p1.start, p1.end);

    TESSERA_ASSERT_OK(project().mergeCodes(source, target));
    EXPECT_FALSE(project().code(source).has_value());
    CodingFilter onTarget;
    onTarget.codeId = target;
    const QList<Coding> codings = project().codings(onTarget);
    ASSERT_EQ(codings.size(), 3); // kept (folded), Sam's, the moved one
    const Coding folded = *project().coding(kept);
    EXPECT_EQ(folded.codeId, target);
    EXPECT_EQ(folded.memo, u"Mine\n\nTheirs"_s);
    EXPECT_TRUE(folded.keyQuote);
    EXPECT_EQ(project().coding(otherCoder)->codeId, target);
    EXPECT_EQ(project().coding(moved)->codeId, target);
    EXPECT_EQ(project().codings().size(), 3);
}

TEST_F(MergeTest, mergeCodes_mergesSameNamedChildrenRecursively)
{
    const ImportedTurn& p2 = transcript.turns[2];
    const CodeId nested = addCode(u"Phones"_s, sourceShared);
    addCoding(doc, targetShared, p2.start, p2.end, std::nullopt, false, u"A"_s);
    addCoding(doc, sourceShared, p2.start, p2.end, std::nullopt, false, u"B"_s);
    const CodingId onUnique = addCoding(doc, sourceUnique, p2.start, p2.end);

    TESSERA_ASSERT_OK(project().mergeCodes(source, target));
    EXPECT_EQ(paths(), (QStringList{u"Access"_s, u"Access/Devices"_s, u"Access/Devices/Phones"_s,
                                    u"Access/Data"_s}));
    EXPECT_FALSE(project().code(sourceShared).has_value());
    EXPECT_EQ(project().code(nested)->parentId, targetShared);
    EXPECT_EQ(project().code(sourceUnique)->parentId, target);
    CodingFilter onShared;
    onShared.codeId = targetShared;
    const QList<Coding> folded = project().codings(onShared);
    ASSERT_EQ(folded.size(), 1);
    EXPECT_EQ(folded[0].memo, u"A\n\nB"_s);
    EXPECT_EQ(project().coding(onUnique)->codeId, sourceUnique);
}

TEST_F(MergeTest, mergeCodes_movesThemeLinksAndFillsEmptyDefinitionFields)
{
    TESSERA_ASSERT_OK(project().mergeCodes(source, target));
    QList<ThemeId> themes = project().themesOfCode(target);
    std::sort(themes.begin(), themes.end());
    EXPECT_EQ(themes, (QList<ThemeId>{theme, both})); // no duplicate link to "Both"
    EXPECT_EQ(project().codesOfTheme(theme), QList<CodeId>{target});
    EXPECT_EQ(project().codesOfTheme(both), QList<CodeId>{target});
    EXPECT_EQ(rowCount(projectPath(), u"code_themes"_s), 2);

    const Code merged = *project().code(target);
    EXPECT_EQ(merged.fields.name, u"Access"_s);
    EXPECT_EQ(merged.fields.description, u"Source description"_s); // was empty: filled
    EXPECT_EQ(merged.fields.inclusion, u"Target inclusion"_s);     // was set: kept
    EXPECT_EQ(merged.fields.example, u"Source example"_s);
    EXPECT_TRUE(merged.fields.exclusion.isEmpty());
    EXPECT_EQ(merged.fields.memo, u"Target memo\n\nSource memo"_s);
}

TEST_F(MergeTest, mergeCodes_intoItselfOrOwnDescendant_refused)
{
    const QString before = dumpTables(projectPath());
    const Status self = project().mergeCodes(source, source);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, ErrorCode::InvalidInput);
    const Status descendant = project().mergeCodes(source, sourceUnique);
    ASSERT_FALSE(descendant.ok());
    EXPECT_EQ(descendant.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().mergeCodes(source, CodeId(999))), ErrorCode::NotFound);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

// Merging a child into its own parent is allowed: the child's children move up.
TEST_F(MergeTest, mergeCodes_childIntoParent)
{
    const ImportedTurn& p1 = transcript.turns[1];
    const CodeId phones = addCode(u"Phones"_s, sourceUnique);
    const CodingId coding = addCoding(doc, sourceUnique, p1.start, p1.end);
    TESSERA_ASSERT_OK(project().mergeCodes(sourceUnique, source));
    EXPECT_FALSE(project().code(sourceUnique).has_value());
    EXPECT_EQ(project().code(phones)->parentId, source);
    EXPECT_EQ(project().coding(coding)->codeId, source);
}

// The source's child has the source's own name: after the merge it is simply a child of the
// target (the source is gone, so the names no longer clash).
TEST_F(MergeTest, mergeCodes_childNamedLikeItsParentIntoGrandparent)
{
    const ImportedTurn& p1 = transcript.turns[1];
    const CodeId twin = addCode(u"Data"_s, sourceUnique); // Exclusion/Data/Data
    const CodingId onTwin = addCoding(doc, twin, p1.start, p1.end);
    const CodingId onData = addCoding(doc, sourceUnique, p1.start, p1.end);
    const Status merged = project().mergeCodes(sourceUnique, source);
    TESSERA_ASSERT_OK(merged);
    EXPECT_FALSE(project().code(sourceUnique).has_value());
    ASSERT_TRUE(project().code(twin).has_value());
    EXPECT_EQ(project().code(twin)->path, u"Exclusion/Data"_s);
    EXPECT_EQ(project().coding(onTwin)->codeId, twin);
    EXPECT_EQ(project().coding(onData)->codeId, source);
}

TEST_F(CodesTest, deleteCode_removesSubtreeCodingsAndLinksOnly)
{
    const ImportedDocument transcript = focusGroupTranscript();
    const DocumentId doc = addDocument(u"FG1"_s, transcript);
    const CodeId access = addCode(u"Access"_s);
    const CodeId devices = addCode(u"Devices"_s, access);
    const CodeId phones = addCode(u"Phones"_s, devices);
    const CodeId support = addCode(u"Support"_s);
    const ThemeId theme = addTheme(u"Barriers"_s);
    TESSERA_ASSERT_OK(project().linkCodeToTheme(phones, theme));
    TESSERA_ASSERT_OK(project().linkCodeToTheme(support, theme));
    const ImportedTurn& turn = transcript.turns[1];
    addCoding(doc, access, turn.start, turn.end);
    addCoding(doc, phones, turn.start, turn.end);
    const CodingId kept = addCoding(doc, support, turn.start, turn.end);

    TESSERA_ASSERT_OK(project().deleteCode(access));
    EXPECT_EQ(paths(), QStringList{u"Support"_s});
    EXPECT_FALSE(project().code(devices).has_value());
    const QList<Coding> codings = project().codings();
    ASSERT_EQ(codings.size(), 1);
    EXPECT_EQ(codings[0].id, kept);
    EXPECT_EQ(project().codesOfTheme(theme), QList<CodeId>{support});
    EXPECT_TRUE(project().theme(theme).has_value());
    EXPECT_EQ(errorCode(project().deleteCode(access)), ErrorCode::NotFound);
}

} // namespace
} // namespace tessera::test
