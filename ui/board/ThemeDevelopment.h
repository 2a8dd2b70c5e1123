#pragma once

#include "common/WorkbenchState.h"

#include <QObject>

class QWidget;

namespace tessera::ui {

struct UserPrompts;

// What the theme board does to the project (Braun & Clarke phases 3–5): link codes to a theme,
// move a theme through candidate → reviewed → final, create a candidate theme, split a theme,
// merge one into another, remove a code from a theme. Every change is one call of the Project
// API and so one undoable step. Questions go through UserPrompts; the two forms (new theme,
// split) are dialogs opened with open(), so nothing here runs a nested event loop.
class ThemeDevelopment : public QObject {
    Q_OBJECT

public:
    ThemeDevelopment(WorkbenchState& state, const UserPrompts& prompts, QWidget* dialogParent,
                     QObject* parent = nullptr);

    void linkCodes(const QList<CodeId>& codes, ThemeId theme);
    void unlinkCode(CodeId code, ThemeId theme);
    void setStatus(const QList<ThemeId>& themes, ThemeStatus status);
    void promote(ThemeId theme);
    void sendBack(ThemeId theme);

    void newCandidateTheme(std::optional<ThemeId> suggestedParent);
    void split(ThemeId theme);
    void mergeIntoAnother(ThemeId theme);

signals:
    void themeCreated(tessera::ThemeId theme);
    void themeMerged(tessera::ThemeId source, tessera::ThemeId target);
    void statusMessage(const QString& message);
    void problem(const QString& message);

private:
    QString nextColor() const;

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    QWidget* m_dialogParent;
};

} // namespace tessera::ui
