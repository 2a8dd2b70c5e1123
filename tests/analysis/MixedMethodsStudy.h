#pragma once

// A small mixed-methods study built by hand on a real project file: two focus groups whose
// speakers are linked to participants with a Role, codings of every kind the matrix must tell
// apart, and a survey whose respondents share the Role attribute.

#include "ProjectFixture.h"

namespace tessera::test {

// Focus group 1 (Setting = Online): Facilitator → Fran (Manager), P1 → Ana (Social worker),
//   P2 → Ben (Family support), P3 → Cara (no Role).
// Focus group 2 (Setting = In person): Facilitator (unlinked), P1 → Ben, P4 → Dev (Social
//   worker), X (unlinked participant speaker).
// Codes Access > Devices, and Trust; themes Connection (Trust) > Barriers (Devices), and Empty.
class MixedMethodsTest : public ProjectTest {
protected:
    void SetUp() override;

    // Imports "Practitioner survey": respondents Ana, R2, R3, R4, R5, R6, R7 with Role,
    // Confident and Tools (multi-select), blanks included.
    SurveyId importSurvey();

    DocumentId fg1;
    DocumentId fg2;
    ParticipantId ana, ben, cara, dev, fran;
    CodeId access, devices, trust;
    ThemeId connection, barriers, empty;
    CoderId sam;
    // Codings: a* in focus group 1, b* in focus group 2.
    CodingId a1AccessAna, a2DevicesBen, a3TrustCara, a4AccessFran, a5AccessTitle;
    CodingId b1AccessBen, b2DevicesUnlinked, b3TrustDev, b4TrustBen, b5TrustFacilitator;
    CodingId s1TrustAnaBySam;
};

} // namespace tessera::test
