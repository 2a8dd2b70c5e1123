// Typed attributes of participants and documents: definitions, values checked by type, type
// changes refused when values do not fit, attribute tables imported as one action, and values
// from older projects given definitions when the file is upgraded.

#include "ProjectFixture.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

AttributeDefinition definition(const QString& name, AttributeType type,
                               AttributeScope scope = AttributeScope::Participant,
                               const QStringList& categories = {}, bool multiSelect = false)
{
    AttributeDefinition d;
    d.scope = scope;
    d.name = name;
    d.type = type;
    d.categories = categories;
    d.multiSelect = multiSelect;
    return d;
}

// A table as the CSV reader would give it: the header on line 1, rows from line 2.
DataTable table(const QStringList& header, const QList<QStringList>& rows)
{
    DataTable t;
    t.header = header;
    t.rows = rows;
    for (int i = 0; i < rows.size(); ++i) {
        t.sourceLines << i + 2;
    }
    t.sourceName = u"attributes.csv"_s;
    return t;
}

class AttributesTest : public ProjectTest {
protected:
    void SetUp() override
    {
        ProjectTest::SetUp();
        dana = unwrap(project().addParticipant(u"Dana"_s));
        ali = unwrap(project().addParticipant(u"Ali"_s));
        fg1 = addDocument(u"FG1"_s, focusGroupTranscript());
    }

    ParticipantId dana;
    ParticipantId ali;
    DocumentId fg1;
};

TEST_F(AttributesTest, valueNamesAndValidation)
{
    EXPECT_EQ(attributeTypeName(AttributeType::Category), u"category"_s);
    EXPECT_EQ(attributeTypeFromName(u" Number "_s), AttributeType::Number);
    EXPECT_FALSE(attributeTypeFromName(u"integer"_s).has_value());
    EXPECT_EQ(attributeScopeFromName(u"document"_s), AttributeScope::Document);
    EXPECT_EQ(attributeScopeName(AttributeScope::Participant), u"participant"_s);
    EXPECT_EQ(questionKindName(QuestionKind::Open), u"open"_s);
    for (const QString& ok : {u"12"_s, u"-3.5"_s, u"+0.25"_s, u".5"_s, u"1e3"_s, u""_s}) {
        EXPECT_TRUE(isValidAttributeValue(AttributeType::Number, ok)) << ok.toStdString();
    }
    for (const QString& bad :
         {u"12,5"_s, u"twelve"_s, u" 12"_s, u"inf"_s, u"nan"_s, u"1e999"_s, u"0x10"_s, u"-"_s}) {
        EXPECT_FALSE(isValidAttributeValue(AttributeType::Number, bad)) << bad.toStdString();
    }
    EXPECT_TRUE(isValidAttributeValue(AttributeType::Date, u"2021-02-28"_s));
    EXPECT_FALSE(isValidAttributeValue(AttributeType::Date, u"2021-02-30"_s));
    EXPECT_FALSE(isValidAttributeValue(AttributeType::Date, u"28/02/2021"_s));
    EXPECT_FALSE(isValidAttributeValue(AttributeType::Date, u"2021-2-8"_s));
    EXPECT_TRUE(isValidAttributeValue(AttributeType::Category, u"anything at all"_s));
}

TEST_F(AttributesTest, define_setByType_emptyClears)
{
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Years"_s, AttributeType::Number)));
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Role"_s, AttributeType::Category,
                                                           AttributeScope::Participant,
                                                           {u"Manager"_s, u"Social worker"_s})));
    TESSERA_ASSERT_OK(project().defineAttribute(
        definition(u"Recorded"_s, AttributeType::Date, AttributeScope::Document)));
    const QList<AttributeDefinition> defs = project().attributes(AttributeScope::Participant);
    ASSERT_EQ(defs.size(), 2);
    EXPECT_EQ(defs[0].name, u"Years"_s);
    EXPECT_EQ(defs[1].name, u"Role"_s);
    EXPECT_EQ(defs[1].categories, (QStringList{u"Manager"_s, u"Social worker"_s}));
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"role"_s)->type,
              AttributeType::Category);

    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"years"_s, u" 12 "_s));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Role"_s, u"Team lead"_s));
    TESSERA_ASSERT_OK(project().setDocumentAttribute(fg1, u"Recorded"_s, u"2021-02-11"_s));
    EXPECT_EQ(project().participantAttributes(dana).value(u"Years"_s), u"12"_s);
    EXPECT_EQ(project().participantAttributes(dana).value(u"Role"_s), u"Team lead"_s);
    EXPECT_EQ(project().documentAttributes(fg1).value(u"Recorded"_s), u"2021-02-11"_s);

    const QString before = dumpTables(projectPath());
    const Status notNumber = project().setParticipantAttribute(ali, u"Years"_s, u"twelve"_s);
    ASSERT_FALSE(notNumber.ok());
    EXPECT_EQ(notNumber.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(notNumber.error().message.contains(u"twelve"_s));
    EXPECT_TRUE(notNumber.error().message.contains(u"Ali"_s));
    EXPECT_FALSE(project().setDocumentAttribute(fg1, u"Recorded"_s, u"11/02/2021"_s).ok());
    const Status unknown = project().setParticipantAttribute(ali, u"Age"_s, u"30"_s);
    EXPECT_EQ(errorCode(unknown), ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(u"Years"_s)); // lists what is defined
    EXPECT_EQ(errorCode(project().setParticipantAttribute(ParticipantId(99), u"Years"_s, u"1"_s)),
              ErrorCode::NotFound);
    EXPECT_EQ(dumpTables(projectPath()), before);

    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Years"_s, {}));
    EXPECT_FALSE(project().participantAttributes(dana).contains(u"Years"_s));
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().participantAttributes(dana).value(u"Years"_s), u"12"_s);

    const auto all = project().attributeValues(AttributeScope::Participant);
    EXPECT_EQ(all.size(), 1);
    EXPECT_EQ(all.value(dana.value).size(), 2);
    EXPECT_EQ(
        project().attributeValues(AttributeScope::Document).value(fg1.value).value(u"Recorded"_s),
        u"2021-02-11"_s);
}

TEST_F(AttributesTest, multiSelectValues_storedAsJoinedOptions)
{
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Tools"_s, AttributeType::Category,
                                                           AttributeScope::Participant,
                                                           {u"Phone"_s, u"Video"_s}, true)));
    TESSERA_ASSERT_OK(
        project().setParticipantAttribute(dana, u"Tools"_s, u" Phone ; Video;;Phone "_s));
    EXPECT_EQ(project().participantAttributes(dana).value(u"Tools"_s), u"Phone;Video"_s);
    EXPECT_FALSE(project()
                     .defineAttribute(definition(u"Bad"_s, AttributeType::Category,
                                                 AttributeScope::Participant, {u"A;B"_s}, true))
                     .ok());
}

TEST_F(AttributesTest, define_badDefinitions_refused)
{
    EXPECT_FALSE(project().defineAttribute(definition({}, AttributeType::Text)).ok());
    EXPECT_FALSE(project().defineAttribute(definition(u"Two\nlines"_s, AttributeType::Text)).ok());
    EXPECT_FALSE(project()
                     .defineAttribute(definition(u"Age"_s, AttributeType::Number,
                                                 AttributeScope::Participant, {u"Young"_s}))
                     .ok());
    const Status twice = project().defineAttribute(definition(
        u"Role"_s, AttributeType::Category, AttributeScope::Participant, {u"A"_s, u"a"_s}));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"twice"_s));
    // "/" is fine in an attribute name (survey questions have them).
    TESSERA_EXPECT_OK(project().defineAttribute(
        definition(u"Works with children/families"_s, AttributeType::Text)));
    EXPECT_EQ(project().attributes(AttributeScope::Participant).size(), 1);
}

TEST_F(AttributesTest, typeChange_refusedWhileValuesDoNotFit)
{
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Years"_s, AttributeType::Text)));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ali, u"Years"_s, u"12"_s));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Years"_s, u"ten"_s));
    const Status refused = project().defineAttribute(definition(u"years"_s, AttributeType::Number));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"“ten”"_s))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"Dana"_s));
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Years"_s)->type,
              AttributeType::Text);

    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Years"_s, u"10"_s));
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"years"_s, AttributeType::Number)));
    const auto changed = project().attribute(AttributeScope::Participant, u"Years"_s);
    EXPECT_EQ(changed->type, AttributeType::Number);
    EXPECT_EQ(changed->name, u"Years"_s); // the spelling stays; renameAttribute changes it
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Years"_s)->type,
              AttributeType::Text);
}

TEST_F(AttributesTest, renameAndDelete_carryValues)
{
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Role"_s, AttributeType::Text)));
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Team"_s, AttributeType::Text)));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(dana, u"Role"_s, u"Manager"_s));
    EXPECT_EQ(
        errorCode(project().renameAttribute(AttributeScope::Participant, u"Role"_s, u"team"_s)),
        ErrorCode::Conflict);
    TESSERA_ASSERT_OK(project().renameAttribute(AttributeScope::Participant, u"role"_s, u"Job"_s));
    EXPECT_EQ(project().participantAttributes(dana).value(u"Job"_s), u"Manager"_s);
    EXPECT_FALSE(project().attribute(AttributeScope::Participant, u"Role"_s).has_value());

    const QString before = dumpTables(projectPath());
    TESSERA_ASSERT_OK(project().deleteAttribute(AttributeScope::Participant, u"Job"_s));
    EXPECT_TRUE(project().participantAttributes(dana).isEmpty());
    EXPECT_EQ(rowCount(projectPath(), u"participant_attributes"_s), 0);
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(errorCode(project().deleteAttribute(AttributeScope::Document, u"Job"_s)),
              ErrorCode::NotFound);
}

TEST_F(AttributesTest, import_matchedUnmatchedAmbiguousAndInvalidRows)
{
    (void)unwrap(project().addParticipant(u"Sam"_s));
    (void)unwrap(project().addParticipant(u"fg1"_s)); // same as the document's name
    TESSERA_ASSERT_OK(project().defineAttribute(definition(u"Age"_s, AttributeType::Number)));
    TESSERA_ASSERT_OK(project().setParticipantAttribute(ali, u"Age"_s, u"40"_s));
    const QString before = dumpTables(projectPath());
    const QString undoBefore = project().undoText();

    const DataTable t =
        table({u"Pseudonym"_s, u"Role"_s, u"Years"_s, u"Joined"_s, u"Notes"_s, u"Age"_s},
              {
                  {u"dana"_s, u"Manager"_s, u"12"_s, u"2019-04-01"_s, u"Leads the team"_s, u"51"_s},
                  {u"Ali"_s, u"Social worker"_s, u"3.5"_s, u"2021-09-15"_s, u"New"_s, u"old"_s},
                  {u"Sam"_s, u"Social worker"_s, u"7"_s, u""_s, u"Part time"_s, u""_s},
                  {u"P9"_s, u"Manager"_s, u"1"_s, u"2020-01-01"_s, u"?"_s, u"30"_s},
                  {u"FG1"_s, u"x"_s, u"1"_s, u""_s, u""_s, u""_s},
                  {u" "_s, u"Manager"_s, u"1"_s, u""_s, u""_s, u""_s},
                  {u"DANA"_s, u"Manager"_s, u"2"_s, u""_s, u""_s, u""_s},
                  {u"Kim"_s, u"Manager"_s, u"4"_s, u""_s, u"Kim's note"_s, u""_s},
              });
    (void)unwrap(project().addParticipant(u"Kim"_s));
    const QString afterKim = dumpTables(projectPath());
    const AttributeImportReport report = unwrap(project().importAttributes(t));

    EXPECT_EQ(report.participantsUpdated, 3); // Dana, Sam, Kim
    EXPECT_EQ(report.documentsUpdated, 0);
    EXPECT_EQ(report.valuesSet, 5 + 3 + 3); // blank cells set nothing
    EXPECT_TRUE(report.participantsCreated.isEmpty());
    EXPECT_EQ(report.attributesCreated, (QStringList{u"Role (category)"_s, u"Years (number)"_s,
                                                     u"Joined (date)"_s, u"Notes (text)"_s}));
    ASSERT_EQ(report.problems.size(), 5) << report.problems.join(u'\n').toStdString();
    EXPECT_TRUE(report.problems[0].startsWith(u"row 2 (line 3): "_s));
    EXPECT_TRUE(report.problems[0].contains(u"“old”"_s));
    EXPECT_TRUE(report.problems[1].startsWith(u"row 4 (line 5): no participant or document "
                                              u"called “P9”"_s));
    EXPECT_TRUE(report.problems[2].startsWith(u"row 5 (line 6): "_s));
    EXPECT_TRUE(report.problems[2].contains(u"both a participant and a document"_s));
    EXPECT_TRUE(report.problems[3].startsWith(u"row 6 (line 7): "_s));
    EXPECT_TRUE(report.problems[4].startsWith(u"row 7 (line 8): "_s));
    EXPECT_TRUE(report.problems[4].contains(u"row 1"_s));

    // Ali's row was skipped whole, keeping the stored Age.
    EXPECT_EQ(project().participantAttributes(ali), (QHash<QString, QString>{{u"Age"_s, u"40"_s}}));
    const QHash<QString, QString> danaValues = project().participantAttributes(dana);
    EXPECT_EQ(danaValues.value(u"Age"_s), u"51"_s);
    EXPECT_EQ(danaValues.value(u"Joined"_s), u"2019-04-01"_s);
    const auto role = project().attribute(AttributeScope::Participant, u"Role"_s);
    EXPECT_EQ(role->type, AttributeType::Category);
    EXPECT_EQ(role->categories, (QStringList{u"Manager"_s, u"Social worker"_s}));
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Notes"_s)->type,
              AttributeType::Text);

    // One undo step takes the whole import back.
    TESSERA_ASSERT_OK(project().undo());
    EXPECT_EQ(dumpTables(projectPath()), afterKim);
    TESSERA_ASSERT_OK(project().undo()); // adding Kim
    EXPECT_EQ(dumpTables(projectPath()), before);
    EXPECT_EQ(project().undoText(), undoBefore);
}

TEST_F(AttributesTest, import_createParticipantsAndDocumentScope)
{
    const DataTable people =
        table({u"ID"_s, u"Team"_s},
              {{u"Dana"_s, u"North"_s}, {u"New one"_s, u"South"_s}, {u"Bad\tname"_s, u"South"_s}});
    AttributeImportOptions create;
    create.createParticipants = true;
    create.scope = AttributeScope::Participant;
    const AttributeImportReport created = unwrap(project().importAttributes(people, create));
    EXPECT_EQ(created.participantsCreated, QStringList{u"New one"_s});
    EXPECT_EQ(created.participantsUpdated, 2);
    EXPECT_EQ(created.problems.size(), 1);
    const Participant newOne = unwrap(project().findParticipant(u"new one"_s));
    EXPECT_EQ(project().participantAttributes(newOne.id).value(u"Team"_s), u"South"_s);

    const DataTable docs = table({u"Document"_s, u"Setting"_s}, {{u"fg1"_s, u"Online"_s}});
    AttributeImportOptions documents;
    documents.scope = AttributeScope::Document;
    const AttributeImportReport docReport = unwrap(project().importAttributes(docs, documents));
    EXPECT_EQ(docReport.documentsUpdated, 1);
    EXPECT_EQ(docReport.attributesCreated, QStringList{u"Setting (text, document attribute)"_s});
    EXPECT_EQ(project().documentAttributes(fg1).value(u"Setting"_s), u"Online"_s);
    EXPECT_TRUE(project().attributes(AttributeScope::Participant).size() == 1);
}

TEST_F(AttributesTest, import_unusableTable_refusedUnchanged)
{
    const QString before = dumpTables(projectPath());
    EXPECT_EQ(errorCode(project().importAttributes(table({u"Pseudonym"_s}, {{u"Dana"_s}}))),
              ErrorCode::InvalidInput);
    EXPECT_EQ(errorCode(project().importAttributes(table({u"Pseudonym"_s, u"Role"_s}, {}))),
              ErrorCode::InvalidInput);
    const auto duplicate = project().importAttributes(
        table({u"Pseudonym"_s, u"Role"_s, u"ROLE"_s}, {{u"Dana"_s, u"a"_s, u"b"_s}}));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(u"Columns 2 and 3"_s));
    // Nothing matched: a report of problems, and no action.
    const auto nothing =
        project().importAttributes(table({u"Pseudonym"_s, u"Role"_s}, {{u"Zed"_s, u"a"_s}}));
    ASSERT_TRUE(nothing.ok());
    EXPECT_EQ(nothing->problems.size(), 1);
    EXPECT_EQ(dumpTables(projectPath()), before);
}

TEST_F(AttributesTest, import_inferredTypes)
{
    // Few repeated values: a category; all distinct: text; blank cells do not count.
    const DataTable t = table({u"Pseudonym"_s, u"Band"_s, u"Quote"_s, u"Empty"_s},
                              {{u"Dana"_s, u"B"_s, u"One"_s, u""_s},
                               {u"Ali"_s, u"A"_s, u"Two"_s, u""_s},
                               {u"Sam"_s, u"B"_s, u""_s, u""_s}});
    (void)unwrap(project().addParticipant(u"Sam"_s));
    const AttributeImportReport report = unwrap(project().importAttributes(t));
    EXPECT_EQ(report.attributesCreated, (QStringList{u"Band (category)"_s, u"Quote (text)"_s}));
    EXPECT_EQ(project().attribute(AttributeScope::Participant, u"Band"_s)->categories,
              (QStringList{u"B"_s, u"A"_s}));
    EXPECT_FALSE(project().attribute(AttributeScope::Participant, u"Empty"_s).has_value());
}

// Values stored by version 2-3 files (name/value pairs without definitions) become text
// attributes when the file is upgraded to version 4.
TEST(AttributesMigrationTest, versionThreeValues_getTextDefinitions)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"v3.tessera"_s);
    {
        Database db;
        TESSERA_ASSERT_OK(db.open(file, Database::OpenMode::Create));
        TESSERA_ASSERT_OK(schema::create(db, 3));
        TESSERA_ASSERT_OK(
            db.exec(u"INSERT INTO settings(key, value) VALUES ('title', 'Old study');"
                    u"INSERT INTO participants(id, guid, pseudonym) VALUES (1, 'g1', 'Dana'), "
                    u"(2, 'g2', 'Ali');"
                    u"INSERT INTO participant_attributes VALUES (1, 'Role', 'Manager'), "
                    u"(2, 'role', 'Lead'), (1, 'Site', 'North');"
                    u"INSERT INTO documents(id, guid, name, text, length, format, imported_at, "
                    u"content_hash) VALUES (1, 'd1', 'FG1', 'text', 4, 'txt', "
                    u"'2021-01-01T00:00:00.000Z', 'x');"
                    u"INSERT INTO document_attributes VALUES (1, 'Setting', 'Online');"_s));
    }
    ASSERT_EQ(rawQuery(file, u"PRAGMA user_version"_s), u"3"_s);
    ASSERT_FALSE(tableExists(file, u"attribute_definitions"_s));
    {
        auto project = unwrap(Project::open(file));
        const QList<AttributeDefinition> defs = project->attributes(AttributeScope::Participant);
        ASSERT_EQ(defs.size(), 2);
        EXPECT_EQ(defs[0].name, u"Role"_s);
        EXPECT_EQ(defs[0].type, AttributeType::Text);
        EXPECT_EQ(defs[0].position, 0);
        EXPECT_EQ(defs[1].name, u"Site"_s);
        EXPECT_EQ(defs[1].position, 1);
        // "role" was another spelling of the same attribute.
        EXPECT_EQ(project->participantAttributes(ParticipantId(2)).value(u"Role"_s), u"Lead"_s);
        EXPECT_EQ(project->documentAttributes(DocumentId(1)).value(u"Setting"_s), u"Online"_s);
        EXPECT_TRUE(project->surveys().isEmpty());
        EXPECT_FALSE(project->countsFacilitators());
        EXPECT_FALSE(project->canUndo());
        // The new tables take part in undo.
        TESSERA_ASSERT_OK(
            project->setParticipantAttribute(ParticipantId(1), u"Site"_s, u"South"_s));
        TESSERA_ASSERT_OK(project->undo());
        EXPECT_EQ(project->participantAttributes(ParticipantId(1)).value(u"Site"_s), u"North"_s);
    }
    EXPECT_EQ(rawQuery(file, u"PRAGMA user_version"_s).toInt(), schema::kCurrentVersion);
    for (const QString& t : {u"surveys"_s, u"survey_questions"_s, u"survey_respondents"_s}) {
        EXPECT_TRUE(tableExists(file, t)) << t.toStdString();
    }
    const QString backup = file + u".v3.bak"_s;
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_EQ(rawQuery(backup, u"PRAGMA user_version"_s), u"3"_s);
    EXPECT_FALSE(tableExists(backup, u"attribute_definitions"_s));
}

} // namespace
} // namespace tessera::test
