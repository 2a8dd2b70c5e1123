#pragma once

#include "ProjectFixture.h"

namespace tessera::test {

// A small but complete study for the REFI-QDA bridge tests: every concept the export maps
// (two coders, a three-level code tree with definitions and memos, themes with a subtheme,
// grouped documents whose text holds emoji before the coded passages, codings with memos by
// both coders, participants with attributes of every type and a speaker link, a document
// attribute, the project memo and a journal entry).
struct RefiStudy {
    CoderId alex;
    CoderId sam;
    CodeId barriers;
    CodeId digital;
    CodeId noDevices;
    CodeId benefits;
    CodeId keepingInTouch;
    ThemeId connection;
    ThemeId stayingInTouch;
    DocumentId focusGroup;
    DocumentId interview;
    ParticipantId p1;
};

class RefiProjectTest : public ProjectTest {
protected:
    RefiStudy buildStudy();
};

} // namespace tessera::test
