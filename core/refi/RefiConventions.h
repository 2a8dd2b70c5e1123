#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tessera {

// How Tessera carries what REFI-QDA has no element for, inside Description texts that other
// applications show as they are (docs/refi-qda.md, "Mapping"). Each compose function writes a
// human-readable text; its parse function reads it back, and reads any other text as plain
// description. parse(compose(x)) == x for values without surrounding blank lines.

// A code's definition: description, then headed sections on their own lines.
//   <description>
//
//   Inclusion criteria:
//   <text>
//
//   Exclusion criteria: / Example:  (likewise; empty sections are left out)
struct CodeDefinitionText {
    QString description;
    QString inclusion;
    QString exclusion;
    QString example;
    friend bool operator==(const CodeDefinitionText&, const CodeDefinitionText&) = default;
};
QString composeCodeDescription(const CodeDefinitionText& definition);
CodeDefinitionText parseCodeDescription(const QString& text);

// A theme, written as a Set of its codes: the central organising concept, then a last
// paragraph of "Key: value" lines.
//   <organising concept>
//
//   Theme status: reviewed
//   Theme colour: #D62728
//   Parent theme: Overarching theme name (<parent guid>)
struct ThemeSetText {
    QString organisingConcept;
    QString status;       // "candidate", "reviewed", "final"; empty when absent
    QString color;        // "#RRGGBB" or empty
    QString parentGuid;   // normalised GUID or empty
    QString parentName;   // only for the human reader
    bool isTheme = false; // parse: the metadata paragraph was there
};
QString composeThemeDescription(const ThemeSetText& theme);
ThemeSetText parseThemeDescription(const QString& text);

// An attribute definition, written as a Variable's description.
//   Tessera participant attribute: category (multiple choice)
//   Categories:
//   Social worker
//   Manager
struct AttributeVariableText {
    bool participantScope = true; // false: a document attribute
    QString type;                 // "text", "number", "date", "category"
    bool multiSelect = false;
    QStringList categories;
    bool recognised = false; // parse: the text was written by Tessera
};
QString composeAttributeDescription(const AttributeVariableText& attribute);
AttributeVariableText parseAttributeDescription(const QString& text);

// A participant, written as a Case's description: the memo, then the speaker labels that are
// linked to the participant, one "<document name>: <label>" per line (labels never hold ": ").
//   <memo>
//
//   Speaker labels:
//   FG2 Family support: P3
struct CaseText {
    QString memo;
    QList<std::pair<QString, QString>> speakerLabels; // (document name, label)
};
QString composeCaseDescription(const CaseText& text);
CaseText parseCaseDescription(const QString& text);

} // namespace tessera
