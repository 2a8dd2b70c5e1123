#include "ReportFixtures.h"

using namespace Qt::StringLiterals;

namespace tessera::test {

namespace {

constexpr qint64 kMsPerSecond = 1000;

qint64 at(int hours, int minutes, int seconds)
{
    return ((hours * 60 + minutes) * 60 + seconds) * kMsPerSecond;
}

ReportQuote quote(const QString& text, const QString& document, const QString& group,
                  const QString& speaker, std::optional<qint64> beginMs, const QString& codePath)
{
    ReportQuote q;
    q.text = text;
    q.documentName = document;
    q.group = group;
    q.speaker = speaker;
    q.beginMs = beginMs;
    q.codePath = codePath;
    q.coder = u"Renée Dubois"_s;
    return q;
}

ReportCode code(const QString& path, const QString& color, int codings, int documents, int speakers)
{
    ReportCode c;
    c.path = path;
    c.name = path.section(u'/', -1);
    c.color = color;
    c.codings = codings;
    c.documents = documents;
    c.speakers = speakers;
    return c;
}

Prevalence prevalence(int documents, int groups, int participants, int excerpts)
{
    return {documents, 4, groups, 3, participants, 15, excerpts};
}

const auto kFg1 = u"FG1 Children's services team"_s;
const auto kFg2 = u"FG2 Family support team"_s;
const auto kFg3 = u"FG3 Early help hub"_s;
const auto kInterview = u"Interview 4 Family support worker"_s;

ReportTheme ceilingView()
{
    ReportTheme theme;
    theme.name = u"The ceiling view"_s;
    theme.status = u"candidate"_s;
    theme.depth = 2;
    theme.color = u"#9467BD"_s;
    theme.organisingConcept =
        u"Children held the phone, so workers saw what children chose to show."_s;
    theme.codes = {code(u"Limits/Camera angles"_s, u"#8C564B"_s, 3, 2, 3)};
    theme.prevalence = prevalence(2, 2, 3, 3);
    theme.quotes = {
        quote(u"She walked me round the flat on her phone.\nThen she just... put it face down."_s,
              kFg1, u"Focus group 1"_s, u"P2"_s, at(0, 41, 5), u"Limits/Camera angles"_s),
    };
    return theme;
}

ReportTheme seeingOnlyWhatTheCameraShows()
{
    ReportTheme theme;
    theme.name = u"Seeing only what the camera shows"_s;
    theme.status = u"reviewed"_s;
    theme.depth = 1;
    theme.color = u"not-a-colour\" onmouseover=\"alert(1)"_s;
    theme.organisingConcept =
        u"Remote visits narrowed what practitioners could notice about risk."_s;
    ReportCode partialView = code(u"Limits/Partial view"_s, u"#D62728"_s, 7, 3, 6);
    partialView.description = u"The practitioner describes not being able to see or hear "
                              u"something they would notice in person."_s;
    partialView.inclusion = u"Mentions of framing, muted rooms, other people off-camera."_s;
    partialView.exclusion = u"Connection failures (code as Technical problems)."_s;
    partialView.example = u"# not a heading, but \"what mum pointed the camera at\""_s;
    theme.codes = {partialView};
    theme.prevalence = prevalence(3, 3, 6, 7);
    ReportQuote script =
        quote(u"He typed <script>alert(1)</script> into the chat to make the "
              u"kids laugh."_s,
              kFg3, u"Focus group 3"_s, u"P11"_s, at(0, 5, 40), u"Limits/Partial view"_s);
    script.memo = u"Humour as a way of holding attention; compare with FG1."_s;
    theme.quotes = {
        quote(u"# not a heading\n> not a quote either\n- nor a list | pipe"_s, kFg2,
              u"Focus group 2"_s, u"P5"_s, at(0, 20, 2), u"Limits/Partial view"_s),
        script,
    };
    theme.omittedQuotes = 1;
    theme.subthemes = {ceilingView()};
    return theme;
}

ReportTheme lifeline()
{
    ReportTheme theme;
    theme.name = u"Digital contact as a lifeline"_s;
    theme.status = u"final"_s;
    theme.depth = 0;
    theme.color = u"#1F77B4"_s;
    theme.organisingConcept =
        u"Practitioners framed video calls as the thread that kept families in view "
        u"when doors were closed."_s;
    theme.memo = u"Strongest in FG2.\nCheck against the interview: is \"lifeline\" our word or "
                 u"theirs?"_s;
    ReportCode keepingInTouch = code(u"Benefits/Keeping in touch"_s, u"#2CA02C"_s, 12, 4, 9);
    keepingInTouch.description = u"Contact with a family that happened only because it could "
                                 u"be digital."_s;
    keepingInTouch.inclusion = u"Video calls, WhatsApp messages, texts."_s;
    keepingInTouch.exclusion = u"Phone calls that would have happened anyway."_s;
    keepingInTouch.example = u"\"We did a quiz on Teams every Friday.\""_s;
    ReportCode seeingTheHome = code(u"Benefits/Seeing the home"_s, u"#17BECF"_s, 4, 2, 4);
    seeingTheHome.description = u"Seeing inside the home during a call."_s;
    theme.codes = {keepingInTouch, seeingTheHome};
    theme.prevalence = prevalence(4, 3, 11, 16);
    ReportQuote kitchen = kitchenQuote();
    kitchen.memo = u"The image the team kept coming back to."_s;
    theme.quotes = {
        // Deliberately out of order: writers must still put key quotes first.
        quote(u"We did a quiz on Teams every Friday. The kids loved it."_s, kFg1,
              u"Focus group 1"_s, u"P1"_s, at(0, 3, 15), u"Benefits/Keeping in touch"_s),
        kitchen,
        quote(u"Some weeks the video call was the only time anyone saw that baby."_s, kInterview,
              {}, u"Renée"_s, std::nullopt, u"Benefits/Keeping in touch"_s),
    };
    theme.quotes[1].keyQuote = true;
    theme.subthemes = {seeingOnlyWhatTheCameraShows()};
    return theme;
}

ReportTheme blurredBoundaries()
{
    ReportTheme theme;
    theme.name = u"Blurred boundaries between work and home"_s;
    theme.status = u"reviewed"_s;
    theme.depth = 0;
    theme.color = u"#ff7f0e"_s;
    theme.organisingConcept =
        u"Working from the kitchen table meant families' crises arrived at any hour."_s;
    ReportCode kitchenTable = code(u"Boundaries/Kitchen table"_s, u"#FF7F0E"_s, 9, 3, 7);
    kitchenTable.description = u"Work and home life happening in the same room."_s;
    theme.codes = {kitchenTable};
    theme.prevalence = prevalence(3, 2, 7, 9);
    ReportQuote key =
        quote(u"My own kids were \"quotes\", commas, the lot — they heard "
              u"everything."_s,
              kFg2, u"Focus group 2"_s, u"P4"_s, at(1, 2, 3), u"Boundaries/Kitchen table"_s);
    key.keyQuote = true;
    theme.quotes = {
        key,
        quote(u"=SUM(A1) is what my spreadsheet of visits looked like by April"_s, kFg3,
              u"Focus group 3"_s, u"P12"_s, at(0, 33, 0), u"Boundaries/Kitchen table"_s),
        quote(u"Messages came in at 11 at night.\nYou can't not read them."_s, kInterview, {}, {},
              at(0, 0, 59), u"Boundaries/Kitchen table"_s),
    };
    theme.omittedQuotes = 3;
    return theme;
}

ReportTheme digitalExclusion()
{
    ReportTheme theme;
    theme.name = u"Digital exclusion – Renée's ½ of the caseload"_s;
    theme.status = u"candidate"_s;
    theme.depth = 0;
    theme.organisingConcept = u"Families without data 📱 or a quiet room were harder to reach."_s;
    theme.codes = {code(u"Barriers/No device or data"_s, u"#7F7F7F"_s, 0, 0, 0)};
    theme.prevalence = {0, 4, 0, 3, 0, 15, 0};
    return theme;
}

} // namespace

ReportQuote kitchenQuote()
{
    ReportQuote kitchen =
        quote(u"I never saw the kitchen, only the ceiling."_s, kFg2, u"Focus group 2"_s, u"P3"_s,
              at(0, 12, 31), u"Limits/Partial view"_s);
    return kitchen;
}

ThemeSummaryReport sampleThemeSummary()
{
    ThemeSummaryReport report;
    report.title = u"Staying connected: social care practice with families during COVID-19"_s;
    report.generatedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    report.documentCount = 4;
    report.groupCount = 3;
    report.participantCount = 15;
    report.codingCount = 48;
    report.coders = {u"Renée Dubois"_s, u"Sam Okafor"_s};
    report.themes = {lifeline(), blurredBoundaries(), digitalExclusion()};
    return report;
}

CodebookReport sampleCodebook()
{
    const auto entry = [](const QString& path, int depth, const QString& color, int codings,
                          int documents, int speakers, const QStringList& themes) {
        CodebookEntry e;
        e.path = path;
        e.name = path.section(u'/', -1);
        e.depth = depth;
        e.color = color;
        e.codings = codings;
        e.documents = documents;
        e.speakers = speakers;
        e.themes = themes;
        return e;
    };
    const auto lifelineTheme = u"Digital contact as a lifeline"_s;

    CodebookEntry benefits = entry(u"Benefits"_s, 0, u"#2CA02C"_s, 16, 4, 10, {});
    benefits.description = u"What digital contact made possible."_s;

    CodebookEntry keeping =
        entry(u"Benefits/Keeping in touch"_s, 1, u"#2CA02C"_s, 12, 4, 9, {lifelineTheme});
    keeping.description = u"Contact with a family that happened only because it could be "
                          u"digital."_s;
    keeping.inclusion = u"Video calls, WhatsApp messages, texts."_s;
    keeping.exclusion = u"Phone calls that would have happened anyway."_s;
    keeping.example = u"\"We did a quiz on Teams every Friday.\""_s;
    // Codebook review: a status, and comments oldest first (one without a known author).
    keeping.reviewStatus = u"accepted"_s;
    keeping.comments = {{u"Ana"_s, QDateTime(QDate(2023, 11, 2), QTime(14, 5), Qt::UTC),
                         u"Does a missed call count?"_s},
                        {QString(), QDateTime(QDate(2023, 11, 3), QTime(8, 0), Qt::UTC),
                         u"Only when it was\nreturned."_s}};

    CodebookEntry seeing = entry(u"Benefits/Seeing the home"_s, 1, u"#17BECF"_s, 4, 2, 4,
                                 {lifelineTheme, u"Seeing only what the camera shows"_s});
    seeing.description = u"Seeing inside the home during a call."_s;

    CodebookEntry angles = entry(u"Benefits/Seeing the home/Camera angles"_s, 2, u"red"_s, 3, 2, 3,
                                 {u"The ceiling view"_s});
    angles.description = u"Who held the camera and where it pointed."_s;
    angles.example = u"- \"Point it at the cooker, love.\"\n- \"It's on the ceiling again.\""_s;

    CodebookEntry boundaries = entry(u"Boundaries"_s, 0, u"#FF7F0E"_s, 9, 3, 7,
                                     {u"Blurred boundaries between work and home"_s});

    CodebookEntry kitchen =
        entry(u"Boundaries/Kitchen table"_s, 1, u"#FF7F0E"_s, 9, 3, 7,
              {u"Blurred boundaries between work and home"_s, u"Digital exclusion; access"_s});
    kitchen.description = u"=SUM(A1) style spreadsheets <script>alert(1)</script> on the table."_s;
    kitchen.inclusion = u"Work and home life happening in the same room, \"at the same time\"."_s;
    kitchen.exclusion = u"# not a heading\n| pipe | table |"_s;
    kitchen.example = u"Renée – ½ of my calls were from the car 🚗"_s;
    kitchen.reviewStatus = u"needs discussion"_s;
    kitchen.comments = {{u"Renée <lead>"_s, QDateTime(QDate(2023, 11, 2), QTime(9, 30), Qt::UTC),
                         u"=overlaps with *Boundaries*? <b>Split</b> | merge"_s}};

    // A code with nothing but a name: empty fields must simply be left out.
    CodebookEntry barrierGroup = entry(u"Barriers"_s, 0, {}, 0, 0, 0, {});
    CodebookEntry barriers = entry(u"Barriers/No device or data"_s, 1, u"#7F7F7F"_s, 0, 0, 0,
                                   {u"Digital exclusion – Renée's ½ of the caseload"_s});

    CodebookReport report;
    report.title = u"Staying connected: social care practice with families during COVID-19"_s;
    report.generatedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    report.codes = {benefits, keeping, seeing, angles, boundaries, kitchen, barrierGroup, barriers};
    return report;
}

} // namespace tessera::test
