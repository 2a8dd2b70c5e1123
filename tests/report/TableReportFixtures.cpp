#include "TableReportFixtures.h"

using namespace Qt::StringLiterals;

namespace tessera::test {

TableReport sampleTableReport()
{
    TableReport report;
    report.title = u"Staying connected | social care <practice> & families"_s;
    report.subject = u"Joint display"_s;
    report.generatedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    report.intro << u"Qualitative and survey findings side by side, by Role."_s
                 << u"Renée's team *merged* two roles;\nsee the memo."_s;

    ReportTable joint;
    joint.caption = u"Table 1. Joint display by Role"_s;
    joint.header = {u"Theme, code or survey answer"_s, u"Social worker"_s,
                    u"Family support | outreach"_s, u"(not set)"_s, u"All"_s};
    joint.rows = {
        {u"Digital contact as a lifeline"_s, u"4/6 (66.7%)"_s, u"2/5 (40.0%)"_s, u"–"_s,
         u"6/11 (54.5%)"_s},
        {u"Digital contact as a lifeline/Seeing only what the camera shows"_s, u"3/6 (50.0%)"_s,
         u"0/5 (0.0%)"_s, u"–"_s, u"3/11 (27.3%)"_s},
        {u"Digital contact as a lifeline/Seeing only what the camera shows/<script>alert(1)"
         u"</script>"_s,
         u"1/6 (16.7%)"_s, u"0/5 (0.0%)"_s, u"–"_s, u"1/11 (9.1%)"_s},
        {u"Confident = Yes"_s, u"20/35 (57.1%)"_s, u"12/30 (40.0%)"_s, u"22/37 (59.5%)"_s,
         u"54/102 (52.9%)"_s},
    };
    joint.rowDepths = {0, 1, 2, 0};
    joint.note = u"Theme rows: participants with the value whose words were coded, over "
                 u"participants with the value who speak. Survey rows: respondents who gave the "
                 u"answer, over those who answered."_s;
    report.tables << joint;

    ReportTable question;
    question.caption = u"Table 2. =HYPERLINK(\"http://x\") tools, used (N = 102)"_s;
    question.header = {u"Category"_s, u"n"_s, u"N"_s, u"%"_s, u"n/N (%)"_s};
    question.rows = {
        {u"Video calls"_s, u"54"_s, u"102"_s, u"52.9"_s, u"54/102 (52.9%)"_s},
        {u"Phone, \"mostly\""_s, u"47"_s, u"102"_s, u"46.1"_s, u"47/102 (46.1%)"_s},
        {u"-1 = none\nat all"_s, u"1"_s, u"102"_s, u"1.0"_s, u"1/102 (1.0%)"_s},
        {u"Messaging ✉️"_s, u"0"_s, u"102"_s, u"0.0"_s, u"0/102 (0.0%)"_s},
    };
    question.note = u"N counts respondents who answered; blank answers are not counted. "
                    u"Respondents could choose several options; percentages may add up to more "
                    u"than 100."_s;
    report.tables << question;

    ReportTable empty;
    empty.caption = u"Table 3. Codes by Setting (participants)"_s;
    report.tables << empty;
    return report;
}

} // namespace tessera::test
