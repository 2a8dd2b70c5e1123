#include "ThemeDevelopment.h"

#include "CandidateThemeDialog.h"
#include "SplitThemeDialog.h"
#include "ThemeStatusText.h"
#include "project/Project.h"
#include "workbench/UiText.h"
#include "workbench/UserPrompts.h"

#include <QSet>

namespace tessera::ui {

ThemeDevelopment::ThemeDevelopment(WorkbenchState& state, const UserPrompts& prompts,
                                   QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_state(state), m_prompts(prompts), m_dialogParent(dialogParent)
{
}

QString ThemeDevelopment::nextColor() const
{
    // Same offset as the Themes pane, so a theme gets the same colour whichever route made it.
    return paletteColor(int(m_state.project().themes().size()) + 7);
}

void ThemeDevelopment::linkCodes(const QList<CodeId>& codes, ThemeId theme)
{
    Project& project = m_state.project();
    const auto target = project.theme(theme);
    if (!target) {
        return;
    }
    const QList<CodeId> already = project.codesOfTheme(theme);
    QStringList linked;
    for (const CodeId code : codes) {
        const auto definition = project.code(code);
        if (!definition || already.contains(code)) {
            continue;
        }
        if (auto st = project.linkCodeToTheme(code, theme); !st) {
            emit problem(st.error().message);
            return;
        }
        linked << definition->fields.name;
    }
    if (linked.isEmpty()) {
        emit statusMessage(tr("Already in “%1”.").arg(target->fields.name));
        return;
    }
    emit statusMessage(tr("Added “%1” to the theme “%2”.")
                           .arg(linked.join(QStringLiteral("”, “")), target->fields.name));
}

void ThemeDevelopment::unlinkCode(CodeId code, ThemeId theme)
{
    Project& project = m_state.project();
    const auto definition = project.code(code);
    const auto target = project.theme(theme);
    if (!definition || !target) {
        return;
    }
    if (auto st = project.unlinkCodeFromTheme(code, theme); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Took “%1” out of “%2” (the code stays).")
                           .arg(definition->fields.name, target->fields.name));
}

void ThemeDevelopment::setStatus(const QList<ThemeId>& themes, ThemeStatus status)
{
    Project& project = m_state.project();
    for (const ThemeId id : themes) {
        const auto theme = project.theme(id);
        if (!theme || theme->fields.status == status) {
            continue;
        }
        ThemeFields fields = theme->fields;
        fields.status = status;
        if (auto st = project.updateTheme(id, fields); !st) {
            emit problem(st.error().message);
            return;
        }
        emit statusMessage(
            tr("“%1” is now a %2 theme.").arg(theme->fields.name, themeStatusWord(status)));
    }
}

void ThemeDevelopment::promote(ThemeId theme)
{
    const auto current = m_state.project().theme(theme);
    if (!current) {
        return;
    }
    if (const auto next = nextThemeStatus(current->fields.status)) {
        setStatus({theme}, *next);
    } else {
        emit problem(tr("“%1” is already final.").arg(current->fields.name));
    }
}

void ThemeDevelopment::sendBack(ThemeId theme)
{
    const auto current = m_state.project().theme(theme);
    if (!current) {
        return;
    }
    if (const auto previous = previousThemeStatus(current->fields.status)) {
        setStatus({theme}, *previous);
    } else {
        emit problem(tr("“%1” is already a candidate theme.").arg(current->fields.name));
    }
}

void ThemeDevelopment::newCandidateTheme(std::optional<ThemeId> suggestedParent)
{
    auto* dialog =
        new CandidateThemeDialog(m_state.project().themes(), suggestedParent, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ThemeFields fields = dialog->fields();
        fields.color = nextColor();
        auto id = m_state.project().addTheme(fields, dialog->parentTheme());
        if (!id) {
            emit problem(id.error().message);
            return;
        }
        emit statusMessage(tr("Created the candidate theme “%1”.").arg(fields.name));
        emit themeCreated(*id);
    });
    dialog->open();
}

void ThemeDevelopment::split(ThemeId theme)
{
    Project& project = m_state.project();
    const auto original = project.theme(theme);
    if (!original) {
        return;
    }
    QList<SplitThemeDialog::CodeChoice> choices;
    for (const CodeId id : project.codesOfTheme(theme)) {
        if (const auto code = project.code(id)) {
            choices << SplitThemeDialog::CodeChoice{id, code->path, code->fields.color};
        }
    }
    if (choices.isEmpty()) {
        emit problem(tr("“%1” has no codes of its own to split off. Add codes to it first.")
                         .arg(original->fields.name));
        return;
    }
    auto* dialog = new SplitThemeDialog(*original, choices, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, theme, name = original->fields.name] {
        ThemeFields fields = dialog->newTheme();
        fields.color = nextColor();
        const QList<CodeId> codes = dialog->codesToMove();
        auto id = m_state.project().splitTheme(theme, codes, fields);
        if (!id) {
            emit problem(id.error().message);
            return;
        }
        emit statusMessage(
            tr("Split “%1”: %2 moved to the new theme “%3”.")
                .arg(name, countOf(codes.size(), tr("%1 code"), tr("%1 codes")), fields.name));
        emit themeCreated(*id);
    });
    dialog->open();
}

void ThemeDevelopment::mergeIntoAnother(ThemeId theme)
{
    Project& project = m_state.project();
    const auto source = project.theme(theme);
    if (!source) {
        return;
    }
    // Merging into itself or one of its own subthemes would leave nowhere for them to go.
    QList<Theme> targets;
    QSet<qint64> inside{theme.value};
    for (const Theme& candidate : project.themes()) {
        if (candidate.parentId && inside.contains(candidate.parentId->value)) {
            inside.insert(candidate.id.value);
        }
        if (!inside.contains(candidate.id.value)) {
            targets << candidate;
        }
    }
    if (targets.isEmpty()) {
        emit problem(tr("There is no other theme to merge “%1” into.").arg(source->fields.name));
        return;
    }
    QStringList paths;
    for (const Theme& target : std::as_const(targets)) {
        paths << target.path;
    }
    const auto chosen = m_prompts.askItem(m_dialogParent, tr("Merge Theme"),
                                          tr("Merge “%1” into:").arg(source->fields.name), paths);
    if (!chosen || *chosen < 0 || *chosen >= targets.size()) {
        return;
    }
    const Theme& target = targets[*chosen];
    const int codes = int(project.codesOfTheme(theme).size());
    const int subthemes = int(inside.size()) - 1;
    const int keyQuotes = int(project.themeKeyQuotes(theme).size());
    QStringList moving{countOf(codes, tr("%1 code"), tr("%1 codes"))};
    if (subthemes > 0) {
        moving << countOf(subthemes, tr("%1 subtheme"), tr("%1 subthemes"));
    }
    moving << countOf(keyQuotes, tr("%1 key quote"), tr("%1 key quotes"));
    const QString question =
        tr("Merge “%1” into “%2”?\n\nIts %3 move to “%2”, and “%1” is deleted. Ctrl+Z undoes "
           "the merge.")
            .arg(source->fields.name, target.fields.name, moving.join(tr(", ")));
    if (!m_prompts.confirm(m_dialogParent, tr("Merge Theme"), question, tr("Merge"))) {
        return;
    }
    if (auto st = project.mergeThemes(theme, target.id); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Merged “%1” into “%2”. Ctrl+Z undoes it.")
                           .arg(source->fields.name, target.fields.name));
    emit themeMerged(theme, target.id);
}

} // namespace tessera::ui
