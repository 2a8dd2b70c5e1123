#pragma once

#include "agreement/ProjectAgreement.h"
#include "ui/cases/CasesFixture.h"

namespace tessera::ui {
class AgreementView;
}

namespace tessera::ui::test {

// A real window over a small project of its own, "Team study", coded by two coders A (current)
// and B in one focus group:
//
//   turn 0  Facilitator: Welcome, everyone.
//   turn 1  P1: Calls worked well for us.      Trust: A and B
//   turn 2  P2: Not for our team.              Doubt: B only
//   turn 3  P1: Mostly, anyway.                Trust: A only
//
// and a code "Unused" nobody applied. The Agreement tab is shown and compares A and B.
class TeamFixture : public CasesFixture {
protected:
    void SetUp() override;

    AgreementView& view() const;
    CodingId codeAs(CoderId coder, CodeId code, const QString& text);
    // Recomputes the tab and waits for its figures.
    void refreshView();
    // What the tab's choices ask computeAgreement for, computed here on the window's project.
    AgreementReport expectedReport(AgreementOptions::Unit unit, const QList<CodeId>& codes = {});

    DocumentId m_document;
    CoderId m_a;
    CoderId m_b;
    CodeId m_trust;
    CodeId m_doubt;
    CodeId m_unused;
};

} // namespace tessera::ui::test
