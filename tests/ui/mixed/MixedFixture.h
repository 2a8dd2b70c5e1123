#pragma once

#include "ui/cases/CasesFixture.h"

namespace tessera::ui {
class MixedMethodsView;
}

namespace tessera::ui::test {

// The Survey & Matrix tab over a hand-made focus group (a facilitator and two participants,
// P1 "Nia" of Team North and P2 "Omar" of Team South, the code "Trust" on two of Nia's turns
// and one of Omar's) and, on request, a five-respondent survey:
//
//   ID  Office Confident  Uses
//   S1  North  Yes        Phone;Laptop
//   S2  North  No         Phone
//   S3  South  Yes
//   S4  South             Laptop
//   S5  South  Yes        Phone
class MixedFixture : public CasesFixture {
protected:
    void SetUp() override;

    MixedMethodsView& view() const;
    void importSurvey();

    DocumentId m_document;
    CodeId m_trust;
    ParticipantId m_nia;
    ParticipantId m_omar;
};

} // namespace tessera::ui::test
