// The bundled sample study loads into a complete, consistent project.

#include "sample/SampleStudy.h"

#include "ProjectFixture.h"
#include "analysis/AttributeMatrix.h"
#include "analysis/ReportBuilder.h"
#include "analysis/Retrieval.h"
#include "analysis/SurveySummary.h"
#include "common/Environment.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace tessera::test {
namespace {

class SampleStudyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QFile::exists(u":/sample/study.json"_s))
            << "the sample study must be compiled in";
        Environment::useDeterministicSeams();
        ASSERT_TRUE(m_dir.isValid());
        m_project = unwrap(createSampleStudy(m_dir.filePath(u"sample.tessera"_s)), "sample");
    }
    void TearDown() override
    {
        m_project.reset();
        Environment::resetSeams();
    }

    Project& project() { return *m_project; }
    Survey survey() const { return unwrap(m_project->findSurvey(u"Practitioner survey"_s)); }
    // Documents holding open survey answers, as opposed to the focus-group transcripts.
    QSet<DocumentId> surveyDocuments() const
    {
        QSet<DocumentId> ids;
        for (const SurveyQuestion& q : survey().questions) {
            if (q.document) {
                ids.insert(*q.document);
            }
        }
        return ids;
    }
    QList<Document> transcripts() const
    {
        QList<Document> list;
        const QSet<DocumentId> answers = surveyDocuments();
        for (const Document& d : m_project->documents()) {
            if (!answers.contains(d.id)) {
                list << d;
            }
        }
        return list;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

int quotesInTree(const ReportTheme& theme)
{
    int count = int(theme.quotes.size());
    for (const ReportTheme& sub : theme.subthemes) {
        count += quotesInTree(sub);
    }
    return count;
}

TEST_F(SampleStudyTest, sample_hasThreeTranscriptsInThreeGroupsAndTheSurveyAnswers)
{
    const QList<Document> documents = transcripts();
    ASSERT_EQ(documents.size(), 3);
    QSet<QString> groups;
    QSet<QString> formats;
    for (const Document& d : documents) {
        EXPECT_FALSE(d.groupName.isEmpty()) << d.name.toStdString();
        groups.insert(d.groupName);
        formats.insert(d.format);
        EXPECT_GT(d.turnCount, 5) << d.name.toStdString();
        EXPECT_EQ(d.length, project().documentText(d.id).size());
        bool hasFacilitator = false;
        for (const Speaker& s : project().speakers(d.id)) {
            hasFacilitator = hasFacilitator || s.role == SpeakerRole::Facilitator;
        }
        EXPECT_TRUE(hasFacilitator) << d.name.toStdString();
    }
    EXPECT_EQ(groups.size(), 3);
    EXPECT_EQ(formats.size(), 3); // one transcript per format

    // Plus one document of open answers, in a group of its own.
    ASSERT_EQ(surveyDocuments().size(), 1);
    EXPECT_EQ(project().documents().size(), 4);
    EXPECT_EQ(project().groups().size(), 4);
    const auto answers = project().document(*surveyDocuments().begin());
    ASSERT_TRUE(answers);
    EXPECT_FALSE(groups.contains(answers->groupName));
}

TEST_F(SampleStudyTest, sample_hasCodebookThemesAndCoders)
{
    const QList<Code> codes = project().codes();
    EXPECT_GE(codes.size(), 15);
    EXPECT_LE(codes.size(), 20);
    for (const Code& c : codes) {
        EXPECT_TRUE(isValidColor(c.fields.color)) << c.path.toStdString();
    }

    int topLevel = 0;
    for (const Theme& t : project().themes()) {
        if (t.parentId) {
            continue;
        }
        ++topLevel;
        int subthemes = 0;
        for (const Theme& s : project().themes()) {
            subthemes += s.parentId == t.id ? 1 : 0;
        }
        EXPECT_GT(subthemes, 0) << t.path.toStdString();
    }
    EXPECT_EQ(topLevel, 3);

    const QList<Coder> coders = project().coders();
    QSet<qint64> codersWithCodings;
    int keyQuotes = 0;
    for (const Coding& c : project().codings()) {
        codersWithCodings.insert(c.coderId.value);
        keyQuotes += c.keyQuote ? 1 : 0;
    }
    // Exactly the two analysts: the project starts with the sample's current coder instead of
    // a default one who never codes.
    ASSERT_EQ(coders.size(), 2);
    EXPECT_EQ(coders[0].name, u"Alex Morgan"_s);
    EXPECT_EQ(coders[0].color, u"#1F77B4"_s);
    EXPECT_EQ(coders[1].name, u"Sam Okoro"_s);
    EXPECT_EQ(codersWithCodings.size(), 2);
    EXPECT_GE(keyQuotes, 1);
    ASSERT_TRUE(project().currentCoder());
    EXPECT_TRUE(codersWithCodings.contains(project().currentCoder()->id.value));
}

TEST_F(SampleStudyTest, sample_everyCodingLiesInsideOneTurn)
{
    QHash<qint64, QList<Turn>> turns;
    for (const Document& d : project().documents()) {
        turns.insert(d.id.value, project().turns(d.id));
    }
    const QList<Coding> codings = project().codings();
    ASSERT_FALSE(codings.isEmpty());
    for (const Coding& c : codings) {
        bool inside = false;
        for (const Turn& t : turns.value(c.documentId.value)) {
            inside = inside || (t.start <= c.start && c.end <= t.end);
        }
        EXPECT_TRUE(inside)
            << "coding " << c.id.value << " [" << c.start << ", " << c.end << ") of document "
            << c.documentId.value << ": \""
            << project().documentText(c.documentId).mid(c.start, c.end - c.start).toStdString()
            << '"';
    }
}

TEST_F(SampleStudyTest, sample_themeSummaryHasAllThemesWithQuotes)
{
    const ThemeSummaryReport report = buildThemeSummary(project());
    EXPECT_FALSE(report.title.isEmpty());
    EXPECT_EQ(report.documentCount, 4);
    EXPECT_EQ(report.groupCount, 4);
    // 14 focus-group participants, and each respondent who answered the open question.
    const int openAnswers = int(project().turns(*surveyDocuments().begin()).size());
    EXPECT_EQ(report.participantCount, 14 + openAnswers);
    ASSERT_EQ(report.themes.size(), 3);
    bool anyKey = false;
    for (const ReportTheme& theme : report.themes) {
        EXPECT_GT(quotesInTree(theme), 0) << theme.name.toStdString();
        EXPECT_GT(theme.prevalence.excerpts, 0) << theme.name.toStdString();
        EXPECT_GT(theme.prevalence.participants, 0) << theme.name.toStdString();
        EXPECT_FALSE(theme.subthemes.isEmpty());
        for (const ReportTheme& sub : theme.subthemes) {
            for (const ReportQuote& q : sub.quotes) {
                anyKey = anyKey || q.keyQuote;
                EXPECT_FALSE(q.text.trimmed().isEmpty());
                EXPECT_FALSE(q.speaker.isEmpty()) << q.text.toStdString();
            }
        }
    }
    EXPECT_TRUE(anyKey);
}

TEST_F(SampleStudyTest, createSampleStudy_existingFile_refused)
{
    const QString path = m_dir.filePath(u"sample.tessera"_s);
    auto again = createSampleStudy(path);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(project().documents().size(), 4); // the first one is untouched
}

// Project::codeCounts (one SQL query, used by views) must agree with Retrieval's excerpt-based
// counts (used by reports) for every code, for all coders and for each coder alone.
TEST_F(SampleStudyTest, sample_sqlCodeCountsAgreeWithRetrieval)
{
    const Retrieval retrieval(*m_project);
    QList<std::optional<CoderId>> filters{std::nullopt};
    for (const Coder& c : m_project->coders()) {
        filters << c.id;
    }
    for (const auto& coder : filters) {
        const QHash<CodeId, CodeCounts> sql = m_project->codeCounts(coder);
        for (const Code& code : m_project->codes()) {
            const CodeCounts expected =
                retrieval.countsFor(retrieval.excerptsForCode(code.id, false, coder));
            const CodeCounts actual = sql.value(code.id);
            EXPECT_EQ(actual.codings, expected.codings) << code.path.toStdString();
            EXPECT_EQ(actual.documents, expected.documents) << code.path.toStdString();
            EXPECT_EQ(actual.speakers, expected.speakers) << code.path.toStdString();
        }
    }
    int total = 0;
    for (const CodeCounts& c : m_project->codeCounts()) {
        total += c.codings;
    }
    EXPECT_EQ(total, m_project->codings().size());
    QHash<DocumentId, int> perDocument = m_project->codingCountsByDocument();
    int documentTotal = 0;
    for (int n : perDocument) {
        documentTotal += n;
    }
    EXPECT_EQ(documentTotal, total);
}

// The figures the sample's write-up quotes (resources/sample/README.md), n of 102 respondents.
struct PublishedFigure {
    QString question;
    QString value;
    int n;
    QString label;
};

const QList<PublishedFigure>& publishedFigures()
{
    static const QList<PublishedFigure> figures{
        {u"Felt confident delivering support digitally"_s, u"Yes"_s, 54, u"54/102 (52.9%)"_s},
        {u"Felt comfortable delivering support digitally"_s, u"Yes"_s, 46, u"46/102 (45.1%)"_s},
        {u"Benefits of digital support"_s, u"Maintaining connection with families"_s, 93,
         u"93/102 (91.2%)"_s},
        {u"Benefits of digital support"_s, u"Increased access and flexibility"_s, 74,
         u"74/102 (72.5%)"_s},
        {u"Barriers to digital support"_s, u"Inadequate home environment"_s, 70,
         u"70/102 (68.6%)"_s},
        {u"Barriers to digital support"_s, u"Poor Wi-Fi or device access"_s, 54,
         u"54/102 (52.9%)"_s},
        {u"Would benefit from further training"_s, u"Yes"_s, 70, u"70/102 (68.6%)"_s},
    };
    return figures;
}

const QString kPlatform = u"Platform used most for video calls"_s;
const QStringList kRoles{u"Social worker"_s, u"Family support worker"_s,
                         u"Early help practitioner"_s, u"Youth worker"_s,
                         u"Supervising social worker"_s};

TEST_F(SampleStudyTest, sample_surveyHas102RespondentsInFileOrder)
{
    const Survey s = survey();
    EXPECT_EQ(s.respondents, 102);
    const QList<ParticipantId> respondents = project().surveyRespondents(s.id);
    ASSERT_EQ(respondents.size(), 102);
    for (int i = 0; i < respondents.size(); ++i) {
        const auto p = project().participant(respondents[i]);
        ASSERT_TRUE(p);
        EXPECT_EQ(p->pseudonym, u"R%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')));
    }
    // Nine closed questions, then the open one (the id column is no question).
    ASSERT_EQ(s.questions.size(), 10);
    int open = 0;
    for (const SurveyQuestion& q : s.questions) {
        EXPECT_NE(q.name, u"Respondent ID"_s);
        EXPECT_EQ(q.document.has_value(), q.kind == QuestionKind::Open) << q.name.toStdString();
        open += q.kind == QuestionKind::Open ? 1 : 0;
        const bool multi = q.name.startsWith(u"Benefits"_s) || q.name.startsWith(u"Barriers"_s);
        EXPECT_EQ(q.multiSelect, multi) << q.name.toStdString();
    }
    EXPECT_EQ(open, 1);
    EXPECT_EQ(s.questions.last().kind, QuestionKind::Open);
}

TEST_F(SampleStudyTest, surveySummary_reproducesThePublishedFigures)
{
    const SurveySummary summary = unwrap(summariseSurvey(project(), survey().id), "summary");
    EXPECT_EQ(summary.respondents, 102);
    auto question = [&](const QString& name) -> const QuestionSummary* {
        for (const QuestionSummary& q : summary.questions) {
            if (q.question == name) {
                return &q;
            }
        }
        return nullptr;
    };
    for (const PublishedFigure& f : publishedFigures()) {
        const QuestionSummary* q = question(f.question);
        ASSERT_NE(q, nullptr) << f.question.toStdString();
        EXPECT_EQ(q->answered, 102) << f.question.toStdString();
        const CategoryCount* found = nullptr;
        for (const CategoryCount& c : q->categories) {
            found = c.value == f.value ? &c : found;
        }
        ASSERT_NE(found, nullptr) << f.question.toStdString() << " = " << f.value.toStdString();
        EXPECT_EQ(found->n, f.n) << f.question.toStdString() << " = " << f.value.toStdString();
        EXPECT_EQ(found->label, f.label) << f.question.toStdString();
    }
    // Six respondents skipped the platform question: its N is 96, not 102.
    const QuestionSummary* platform = question(kPlatform);
    ASSERT_NE(platform, nullptr);
    EXPECT_EQ(platform->answered, 96);
    int chosen = 0;
    for (const CategoryCount& c : platform->categories) {
        chosen += c.n;
    }
    EXPECT_EQ(chosen, 96);
    EXPECT_EQ(question(survey().questions.last().name), nullptr)
        << "open questions are not summarised";
}

// The same figures counted straight from the stored attribute values, without the summary code.
TEST_F(SampleStudyTest, sample_attributeValuesGiveThePublishedFigures)
{
    const QHash<qint64, QHash<QString, QString>> values =
        project().attributeValues(AttributeScope::Participant);
    const QList<ParticipantId> respondents = project().surveyRespondents(survey().id);
    ASSERT_EQ(respondents.size(), 102);
    for (const PublishedFigure& f : publishedFigures()) {
        int n = 0;
        int answered = 0;
        for (ParticipantId id : respondents) {
            QStringList options = values.value(id.value).value(f.question).split(u';');
            for (QString& o : options) {
                o = o.trimmed();
            }
            options.removeAll(QString());
            answered += options.isEmpty() ? 0 : 1;
            n += options.contains(f.value) ? 1 : 0;
        }
        EXPECT_EQ(n, f.n) << f.question.toStdString() << " = " << f.value.toStdString();
        EXPECT_EQ(answered, 102) << f.question.toStdString();
        EXPECT_EQ(formatShare(n, answered), f.label);
    }
    int platformAnswers = 0;
    for (ParticipantId id : respondents) {
        platformAnswers += values.value(id.value).value(kPlatform).isEmpty() ? 0 : 1;
    }
    EXPECT_EQ(platformAnswers, 96);

    // Confidence differs by role, so a joint display by Role has something to show.
    QHash<QString, int> confident;
    QHash<QString, int> members;
    for (ParticipantId id : respondents) {
        const QHash<QString, QString> v = values.value(id.value);
        members[v.value(u"Role"_s)] += 1;
        confident[v.value(u"Role"_s)] +=
            v.value(u"Felt confident delivering support digitally"_s) == u"Yes"_s ? 1 : 0;
    }
    const QList<int> expectedMembers{38, 20, 14, 18, 12};
    const QList<int> expectedConfident{18, 9, 9, 13, 5};
    for (int i = 0; i < kRoles.size(); ++i) {
        EXPECT_EQ(members.value(kRoles[i]), expectedMembers[i]) << kRoles[i].toStdString();
        EXPECT_EQ(confident.value(kRoles[i]), expectedConfident[i]) << kRoles[i].toStdString();
    }
}

TEST_F(SampleStudyTest, sample_attributesHaveTheirTypesAndCategoryOrder)
{
    const SurveyId surveyId = survey().id;
    const auto role = project().attribute(AttributeScope::Participant, u"Role"_s);
    ASSERT_TRUE(role);
    EXPECT_EQ(role->type, AttributeType::Category);
    EXPECT_EQ(role->categories, kRoles);
    EXPECT_EQ(role->survey, std::optional<SurveyId>(surveyId)); // shared with the survey

    const auto service = project().attribute(AttributeScope::Participant, u"Service type"_s);
    ASSERT_TRUE(service);
    EXPECT_EQ(service->type, AttributeType::Category);
    EXPECT_EQ(service->categories,
              (QStringList{u"Children's services"_s, u"Family support and early help"_s,
                           u"Youth services"_s, u"Fostering"_s}));

    const auto years = project().attribute(AttributeScope::Participant, u"Years of practice"_s);
    ASSERT_TRUE(years);
    EXPECT_EQ(years->type, AttributeType::Number);
    EXPECT_FALSE(years->survey);

    const auto bands = project().attribute(AttributeScope::Participant, u"Years in practice"_s);
    ASSERT_TRUE(bands);
    EXPECT_EQ(bands->categories, (QStringList{u"Less than 2 years"_s, u"2–5 years"_s,
                                              u"6–10 years"_s, u"More than 10 years"_s}));
    for (const PublishedFigure& f : publishedFigures()) {
        const auto a = project().attribute(AttributeScope::Participant, f.question);
        ASSERT_TRUE(a) << f.question.toStdString();
        EXPECT_EQ(a->type, AttributeType::Category) << f.question.toStdString();
        EXPECT_EQ(a->survey, std::optional<SurveyId>(surveyId)) << f.question.toStdString();
        EXPECT_TRUE(a->categories.contains(f.value)) << f.question.toStdString();
    }
}

TEST_F(SampleStudyTest, sample_everyFocusGroupSpeakerIsALinkedParticipant)
{
    EXPECT_FALSE(project().countsFacilitators());
    const auto role = project().attribute(AttributeScope::Participant, u"Role"_s);
    const auto service = project().attribute(AttributeScope::Participant, u"Service type"_s);
    ASSERT_TRUE(role && service);
    QSet<qint64> linked;
    int facilitators = 0;
    for (const Document& d : transcripts()) {
        const QString group = d.name.section(u' ', 0, 0); // "FG2"
        for (const Speaker& s : project().speakers(d.id)) {
            const std::string who = QString(d.name + u" / "_s + s.label).toStdString();
            if (s.label == u"Facilitator"_s) {
                ++facilitators;
                EXPECT_EQ(s.role, SpeakerRole::Facilitator) << who;
                EXPECT_FALSE(s.participantId) << who << ": facilitators are not cases";
                continue;
            }
            EXPECT_EQ(s.role, SpeakerRole::Participant) << who;
            ASSERT_TRUE(s.participantId) << who;
            linked.insert(s.participantId->value);
            EXPECT_EQ(project().participant(*s.participantId)->pseudonym, group + u" "_s + s.label);
            EXPECT_EQ(project().speakersOfParticipant(*s.participantId).size(), 1) << who;
            const QHash<QString, QString> a = project().participantAttributes(*s.participantId);
            EXPECT_TRUE(role->categories.contains(a.value(u"Role"_s))) << who;
            EXPECT_TRUE(service->categories.contains(a.value(u"Service type"_s))) << who;
            const QString years = a.value(u"Years of practice"_s);
            EXPECT_FALSE(years.isEmpty()) << who;
            EXPECT_TRUE(isValidAttributeValue(AttributeType::Number, years)) << who;
        }
    }
    EXPECT_EQ(facilitators, 3);
    EXPECT_EQ(linked.size(), 14);
    // Spot checks against what the transcripts say.
    auto attr = [&](const QString& pseudonym, const QString& name) {
        return project()
            .participantAttributes(unwrap(project().findParticipant(pseudonym)).id)
            .value(name);
    };
    EXPECT_EQ(attr(u"FG1 P2"_s, u"Years of practice"_s), u"1"_s); // newly qualified
    EXPECT_EQ(attr(u"FG2 P3"_s, u"Role"_s), u"Family support worker"_s);
    EXPECT_EQ(attr(u"FG3 P3"_s, u"Role"_s), u"Supervising social worker"_s);
    EXPECT_EQ(attr(u"FG3 P5"_s, u"Service type"_s), u"Youth services"_s);
}

// Prevalence by Role over the transcripts counts the 14 participants: the three facilitators
// are neither counted nor reported as unlinked speakers.
TEST_F(SampleStudyTest, attributeMatrix_byRole_countsParticipantsNotFacilitators)
{
    MatrixOptions options;
    options.rows = MatrixRows::Themes;
    options.attribute = u"Role"_s;
    for (const Document& d : transcripts()) {
        options.documents << d.id;
    }
    const AttributeMatrix matrix = unwrap(buildAttributeMatrix(project(), options), "matrix");
    EXPECT_EQ(matrix.columns, kRoles);
    EXPECT_EQ(matrix.columnParticipants, (QList<int>{5, 2, 2, 3, 2}));
    EXPECT_EQ(matrix.totalParticipants, 14);
    EXPECT_EQ(matrix.unlinkedSpeakers, 0);
}

TEST_F(SampleStudyTest, sample_openAnswersAreTurnsCodedByTheCurrentCoder)
{
    const DocumentId answers = *surveyDocuments().begin();
    const QList<Turn> turns = project().turns(answers);
    EXPECT_EQ(turns.size(), 25);
    for (const Turn& t : turns) {
        ASSERT_TRUE(t.speakerId);
        EXPECT_TRUE(t.speaker.startsWith(u'R')) << t.speaker.toStdString();
    }
    CodingFilter filter;
    filter.documentId = answers;
    const QList<Coding> codings = project().codings(filter);
    EXPECT_EQ(codings.size(), 8);
    for (const Coding& c : codings) {
        EXPECT_EQ(c.coderId, project().currentCoder()->id);
    }
    const QString text = project().documentText(answers);
    EXPECT_TRUE(text.contains(u"\"have you got a minute?\""_s)) << "CSV quotes undoubled";
    EXPECT_TRUE(text.contains(u"reopen.\nFor young people"_s)) << "line break inside an answer";
}

} // namespace
} // namespace tessera::test
