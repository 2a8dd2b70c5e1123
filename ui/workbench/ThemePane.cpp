#include "ThemePane.h"

#include "ThemeEditDialog.h"
#include "TreePaneSupport.h"
#include "models/ThemeTreeModel.h"
#include "project/Project.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera::ui {

ThemePane::ThemePane(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_prompts(prompts), m_model(new ThemeTreeModel(state, this)),
      m_toolBar(new QToolBar(this)), m_view(new QTreeView(this))
{
    setAccessibleName(tr("Themes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_new = addPaneAction(this, tr("&New Theme…"), tr("Create a top-level (overarching) theme"),
                          QKeySequence(Qt::Key_Insert));
    m_newSub =
        addPaneAction(this, tr("New &Subtheme…"), tr("Create a theme under the selected theme"),
                      QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_edit = addPaneAction(this, tr("&Edit Theme…"),
                           tr("Edit the name, central organising concept, status and colour"),
                           QKeySequence(Qt::ALT | Qt::Key_Return));
    m_delete =
        addPaneAction(this, tr("&Delete Theme"),
                      tr("Delete the theme and its subthemes (codes stay)"), QKeySequence::Delete);
    m_removeCode = addPaneAction(this, tr("&Remove Code from Theme"),
                                 tr("Unlink the selected code from its theme (the code stays)"),
                                 QKeySequence(Qt::Key_Backspace));
    fillPaneToolBar(m_toolBar, tr("Theme tools"),
                    {{m_new, tr("New")},
                     {m_newSub, tr("Subtheme")},
                     {m_edit, tr("Edit…")},
                     {m_delete, tr("Delete")},
                     {m_removeCode, tr("Remove code")}});
    layout->addWidget(m_toolBar);

    m_view->setObjectName(QStringLiteral("themeTree"));
    m_view->setAccessibleName(tr("Theme tree"));
    setUpPaneTree(m_view, m_model, ThemeTreeModel::NameColumn);
    layout->addWidget(m_view, 1);

    connect(m_new, &QAction::triggered, this, [this] { newTheme(false); });
    connect(m_newSub, &QAction::triggered, this, [this] { newTheme(true); });
    connect(m_edit, &QAction::triggered, this, &ThemePane::editCurrentTheme);
    connect(m_delete, &QAction::triggered, this, &ThemePane::deleteCurrentTheme);
    connect(m_removeCode, &QAction::triggered, this, &ThemePane::removeCurrentCodeFromTheme);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const auto code = m_model->linkedCodeAt(index)) {
            emit codeActivated(*code);
        } else if (const auto theme = m_model->themeAt(index)) {
            emit themeActivated(*theme);
        }
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        const QModelIndex index = m_view->indexAt(pos);
        if (const auto theme = m_model->themeAt(index)) {
            menu.addAction(tr("Show &Excerpts"), this,
                           [this, id = *theme] { emit themeActivated(id); });
            menu.addSeparator();
        } else if (const auto code = m_model->linkedCodeAt(index)) {
            menu.addAction(tr("Show &Excerpts"), this,
                           [this, id = *code] { emit codeActivated(id); });
            menu.addSeparator();
        }
        menu.addActions(menuActions());
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const auto code = m_model->linkedCodeAt(current)) {
                    emit currentCodeChanged(*code);
                } else {
                    const auto theme = m_model->themeAt(current);
                    if (theme != m_current) {
                        m_current = theme;
                        emit currentThemeChanged(theme);
                    }
                }
                updateActions();
            });
    trackCollapsedRows(this, m_view, m_collapsed,
                       [this](const QModelIndex& index) { return m_model->themeAt(index); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThemePane::restoreViewAfterReset);
    connect(m_model, &ThemeTreeModel::errorOccurred, this, &ThemePane::problem);
    updateActions();
}

QList<QAction*> ThemePane::menuActions() const
{
    return {m_new, m_newSub, m_edit, m_delete, m_removeCode};
}

std::optional<ThemeId> ThemePane::currentTheme() const
{
    const QModelIndex current = m_view->currentIndex();
    if (const auto theme = m_model->themeAt(current)) {
        return theme;
    }
    return m_model->themeAt(current.parent());
}

void ThemePane::selectTheme(ThemeId id)
{
    selectRow(m_view, m_model->indexOfTheme(id));
}

void ThemePane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool onTheme = m_model->themeAt(current).has_value();
    m_newSub->setEnabled(currentTheme().has_value());
    m_edit->setEnabled(onTheme);
    m_delete->setEnabled(onTheme);
    m_removeCode->setEnabled(m_model->linkedCodeAt(current).has_value());
}

void ThemePane::restoreViewAfterReset()
{
    restoreCollapsedRows(m_view, m_collapsed,
                         [this](ThemeId id) { return m_model->indexOfTheme(id); });
    if (m_current && !reselectRow(m_view, m_model->indexOfTheme(*m_current))) {
        m_current.reset();
        emit currentThemeChanged(std::nullopt);
    }
    updateActions();
}

void ThemePane::newTheme(bool asSubtheme)
{
    const auto parent = asSubtheme ? currentTheme() : std::nullopt;
    if (asSubtheme && !parent) {
        emit problem(tr("Select the theme to put the new subtheme under."));
        return;
    }
    ThemeFields fields;
    fields.color = paletteColor(int(m_state.project().themes().size()) + 7);
    const QString title =
        parent ? tr("New Subtheme of “%1”").arg(m_state.project().theme(*parent)->fields.name)
               : tr("New Theme");
    auto* dialog = new ThemeEditDialog(m_prompts, fields, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, parent] {
        auto id = m_state.project().addTheme(dialog->fields(), parent);
        if (!id) {
            emit problem(id.error().message);
            return;
        }
        selectTheme(*id);
        emit statusMessage(tr("Created the theme “%1”.").arg(m_state.project().theme(*id)->path));
    });
    dialog->open();
}

void ThemePane::editCurrentTheme()
{
    const auto id = m_model->themeAt(m_view->currentIndex());
    const auto theme = id ? m_state.project().theme(*id) : std::nullopt;
    if (!theme) {
        return;
    }
    auto* dialog = new ThemeEditDialog(m_prompts, theme->fields,
                                       tr("Edit Theme “%1”").arg(theme->fields.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, themeId = theme->id] {
        if (auto st = m_state.project().updateTheme(themeId, dialog->fields()); !st) {
            emit problem(st.error().message);
        }
    });
    dialog->open();
}

void ThemePane::deleteCurrentTheme()
{
    const auto id = m_model->themeAt(m_view->currentIndex());
    const auto theme = id ? m_state.project().theme(*id) : std::nullopt;
    if (!theme) {
        return;
    }
    // Codes and codings are untouched, and undo restores the theme: no question asked.
    if (auto st = m_state.project().deleteTheme(theme->id); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(
        tr("Deleted the theme “%1” (its codes stay). Ctrl+Z brings it back.").arg(theme->path));
}

void ThemePane::removeCurrentCodeFromTheme()
{
    const QModelIndex current = m_view->currentIndex();
    const auto code = m_model->linkedCodeAt(current);
    const auto theme = m_model->themeAt(current.parent());
    if (!code || !theme) {
        return;
    }
    if (auto st = m_state.project().unlinkCodeFromTheme(*code, *theme); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Removed the code from the theme."));
}

} // namespace tessera::ui
