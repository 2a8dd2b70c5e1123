#include "TeamFixture.h"

#include "team/AgreementView.h"
#include "team/ComparisonChoices.h"
#include "workbench/WorkbenchActions.h"
#include "workbench/WorkbenchSession.h"

#include <QAction>

namespace tessera::ui::test {

void TeamFixture::SetUp()
{
    CasesFixture::SetUp();
    // A project of its own rather than the sample study: figures small enough to check.
    const QString path = m_dir.filePath(QStringLiteral("team.tessera"));
    {
        Coder first;
        first.name = QStringLiteral("A");
        auto created = Project::create(path, QStringLiteral("Team study"), first);
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    }
    m_projectPath = path;
    ASSERT_TRUE(m_window->openProject(path));
    m_a = project().findCoder(QStringLiteral("A"))->id;
    auto b = project().addCoder(QStringLiteral("B"));
    ASSERT_TRUE(b.ok());
    m_b = *b;
    m_document =
        addTranscript(QStringLiteral("Focus group 1"),
                      {{QStringLiteral("Facilitator"), QStringLiteral("Welcome, everyone.")},
                       {QStringLiteral("P1"), QStringLiteral("Calls worked well for us.")},
                       {QStringLiteral("P2"), QStringLiteral("Not for our team.")},
                       {QStringLiteral("P1"), QStringLiteral("Mostly, anyway.")}});
    const auto addCode = [this](const QString& name) {
        CodeFields fields;
        fields.name = name;
        auto id = project().addCode(fields);
        EXPECT_TRUE(id.ok());
        return id ? *id : CodeId();
    };
    m_trust = addCode(QStringLiteral("Trust"));
    m_doubt = addCode(QStringLiteral("Doubt"));
    m_unused = addCode(QStringLiteral("Unused"));
    codeAs(m_a, m_trust, QStringLiteral("Calls worked well for us."));
    codeAs(m_b, m_trust, QStringLiteral("Calls worked well for us."));
    codeAs(m_b, m_doubt, QStringLiteral("Not for our team."));
    codeAs(m_a, m_trust, QStringLiteral("Mostly, anyway."));
    ASSERT_EQ(project().currentCoder()->id, m_a);
    m_window->actions().showAgreement->trigger();
    refreshView();
    ASSERT_EQ(view().choices()->coders(), (QList<CoderId>{m_a, m_b}));
}

AgreementView& TeamFixture::view() const
{
    return *session().agreement();
}

CodingId TeamFixture::codeAs(CoderId coder, CodeId code, const QString& text)
{
    const auto [start, end] = rangeOf(m_document, text);
    NewCoding coding;
    coding.documentId = m_document;
    coding.codeId = code;
    coding.coderId = coder;
    coding.start = start;
    coding.end = end;
    auto id = project().addCoding(coding);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id ? *id : CodingId();
}

void TeamFixture::refreshView()
{
    view().refreshAndWait();
    ASSERT_FALSE(view().isBusy());
}

AgreementReport TeamFixture::expectedReport(AgreementOptions::Unit unit, const QList<CodeId>& codes)
{
    AgreementOptions options;
    options.coders = {m_a, m_b};
    options.unit = unit;
    options.codes = codes;
    auto report = computeAgreement(project(), options);
    EXPECT_TRUE(report.ok()) << (report ? std::string() : report.error().message.toStdString());
    return report ? *report : AgreementReport{};
}

} // namespace tessera::ui::test
