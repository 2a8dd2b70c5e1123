#pragma once

// Internal to the project-level agreement layer: one function per unit of analysis, each
// filling the parts of the report that apply to it.

#include "AgreementInput.h"
#include "ProjectAgreement.h"

namespace tessera::agreement_input {

// Fails only when a stored coding does not fit its document (a damaged project).
Status addCharacterLevel(const AgreementInput& input, AgreementReport& report);
void addTurnLevel(const Project& project, const AgreementInput& input, AgreementReport& report);
void addUnitizedLevel(const AgreementInput& input, AgreementReport& report);

} // namespace tessera::agreement_input
