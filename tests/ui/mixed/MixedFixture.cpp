#include "MixedFixture.h"

#include "io/DataTable.h"
#include "mixed/MixedMethodsView.h"
#include "survey/SurveyPlan.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>

namespace tessera::ui::test {

void MixedFixture::SetUp()
{
    CasesFixture::SetUp();
    m_document = addTranscript(QStringLiteral("Focus group 9"),
                               {{QStringLiteral("Facilitator"), QStringLiteral("Welcome all.")},
                                {QStringLiteral("P1"), QStringLiteral("Calls worked.")},
                                {QStringLiteral("P2"), QStringLiteral("Not for us.")},
                                {QStringLiteral("P1"), QStringLiteral("Mostly, anyway.")}});
    ASSERT_TRUE(project()
                    .applySpeakerLinks({{speakerOf(m_document, QStringLiteral("P1")),
                                         SpeakerRole::Participant, QStringLiteral("Nia")},
                                        {speakerOf(m_document, QStringLiteral("P2")),
                                         SpeakerRole::Participant, QStringLiteral("Omar")}})
                    .ok());
    m_nia = project().findParticipant(QStringLiteral("Nia"))->id;
    m_omar = project().findParticipant(QStringLiteral("Omar"))->id;
    AttributeDefinition team;
    team.name = QStringLiteral("Team");
    team.type = AttributeType::Category;
    team.categories = {QStringLiteral("North"), QStringLiteral("South")};
    ASSERT_TRUE(project().defineAttribute(team).ok());
    ASSERT_TRUE(project().setParticipantAttribute(m_nia, team.name, QStringLiteral("North")).ok());
    ASSERT_TRUE(project().setParticipantAttribute(m_omar, team.name, QStringLiteral("South")).ok());
    CodeFields trust;
    trust.name = QStringLiteral("Trust");
    auto code = project().addCode(trust);
    ASSERT_TRUE(code.ok());
    m_trust = *code;
    codeText(m_document, m_trust, QStringLiteral("Calls worked."));
    codeText(m_document, m_trust, QStringLiteral("Not for us."));
    codeText(m_document, m_trust, QStringLiteral("Mostly, anyway."));
    m_window->actions().showMixedMethods->trigger();
}

MixedMethodsView& MixedFixture::view() const
{
    return *session().mixedMethods();
}

void MixedFixture::importSurvey()
{
    const QString path = writeFile(QStringLiteral("staff.csv"), "ID,Office,Confident,Uses\n"
                                                                "S1,North,Yes,Phone;Laptop\n"
                                                                "S2,North,No,Phone\n"
                                                                "S3,South,Yes,\n"
                                                                "S4,South,,Laptop\n"
                                                                "S5,South,Yes,Phone\n");
    auto table = readDataTableFile(path);
    ASSERT_TRUE(table.ok()) << table.error().message.toStdString();
    SurveyPlanOptions options;
    options.idColumn = QStringLiteral("ID");
    options.closed = {QStringLiteral("Office"), QStringLiteral("Confident"),
                      QStringLiteral("Uses")};
    auto plan = planSurvey(*table, options);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    auto id = project().importSurvey(QStringLiteral("Staff survey"), *table, *plan);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
}

} // namespace tessera::ui::test
