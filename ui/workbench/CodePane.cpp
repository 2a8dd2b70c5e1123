#include "CodePane.h"

#include "CodeEditDialog.h"
#include "ColorSwatch.h"
#include "TreePaneSupport.h"
#include "UiText.h"
#include "UserPrompts.h"
#include "common/CodingOperations.h"
#include "models/CodeTreeModel.h"
#include "project/Project.h"

#include <QAction>
#include <QCursor>
#include <QMenu>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera::ui {

CodePane::CodePane(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_prompts(prompts), m_model(new CodeTreeModel(state, this)),
      m_toolBar(new QToolBar(this)), m_view(new QTreeView(this))
{
    setAccessibleName(tr("Codes"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_new = addPaneAction(this, tr("&New Code…"), tr("Create a top-level code"),
                          QKeySequence(Qt::Key_Insert));
    m_newSub =
        addPaneAction(this, tr("New &Sub-code…"), tr("Create a code under the selected code"),
                      QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_edit = addPaneAction(this, tr("&Edit Code…"),
                           tr("Edit the selected code's name, colour and definition"),
                           QKeySequence(Qt::ALT | Qt::Key_Return));
    m_rename = addPaneAction(this, tr("Re&name Code"), tr("Rename the selected code in place"),
                             QKeySequence(Qt::Key_F2));
    m_delete = addPaneAction(this, tr("&Delete Code"),
                             tr("Delete the selected code, its sub-codes and codings"),
                             QKeySequence::Delete);
    m_merge = addPaneAction(this, tr("&Merge Code Into…"),
                            tr("Merge the selected code into another code"),
                            QKeySequence(Qt::CTRL | Qt::Key_M));
    m_toolBar->setIconSize(QSize(16, 16));
    fillPaneToolBar(m_toolBar, tr("Code tools"),
                    {{m_new, tr("New")},
                     {m_newSub, tr("Sub-code")},
                     {m_edit, tr("Edit…")},
                     {m_delete, tr("Delete")},
                     {m_merge, tr("Merge…")}});
    layout->addWidget(m_toolBar);

    m_view->setObjectName(QStringLiteral("codeTree"));
    m_view->setAccessibleName(tr("Code tree"));
    setUpPaneTree(m_view, m_model, CodeTreeModel::NameColumn);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_view, 1);

    connect(m_new, &QAction::triggered, this, [this] { newCode(false); });
    connect(m_newSub, &QAction::triggered, this, [this] { newCode(true); });
    connect(m_edit, &QAction::triggered, this, &CodePane::editCurrentCode);
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            m_view->edit(current.siblingAtColumn(CodeTreeModel::NameColumn));
        }
    });
    connect(m_delete, &QAction::triggered, this, &CodePane::deleteCurrentCode);
    connect(m_merge, &QAction::triggered, this, &CodePane::mergeCurrentCode);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const auto id = m_model->codeAt(index)) {
            emit codeActivated(*id, false);
        }
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &CodePane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const auto id = m_model->codeAt(current);
                if (id != m_current) {
                    m_current = id;
                    emit currentCodeChanged(id);
                }
                updateActions();
            });
    trackCollapsedRows(this, m_view, m_collapsed,
                       [this](const QModelIndex& index) { return m_model->codeAt(index); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodePane::restoreViewAfterReset);
    connect(m_model, &CodeTreeModel::codesDroppedOnCode, this, &CodePane::handleCodesDropped);
    connect(m_model, &CodeTreeModel::errorOccurred, this, &CodePane::problem);
    connect(&m_state, &WorkbenchState::selectionChanged, this, &CodePane::updateActions);
    updateActions();
}

QList<QAction*> CodePane::menuActions() const
{
    return {m_new, m_newSub, m_edit, m_rename, m_delete, m_merge};
}

std::optional<CodeId> CodePane::currentCode() const
{
    return m_model->codeAt(m_view->currentIndex());
}

void CodePane::selectCode(CodeId id)
{
    selectRow(m_view, m_model->indexOfCode(id));
}

void CodePane::updateActions()
{
    const bool hasCode = currentCode().has_value();
    m_newSub->setEnabled(hasCode);
    m_edit->setEnabled(hasCode);
    m_rename->setEnabled(hasCode);
    m_delete->setEnabled(hasCode);
    m_merge->setEnabled(hasCode && m_state.project().codes().size() > 1);
}

void CodePane::restoreViewAfterReset()
{
    restoreCollapsedRows(m_view, m_collapsed,
                         [this](CodeId id) { return m_model->indexOfCode(id); });
    if (m_current && !reselectRow(m_view, m_model->indexOfCode(*m_current))) {
        m_current.reset();
        emit currentCodeChanged(std::nullopt);
    }
    updateActions();
}

void CodePane::newCode(bool asSubCode)
{
    const auto parent = asSubCode ? currentCode() : std::nullopt;
    if (asSubCode && !parent) {
        emit problem(tr("Select the code to put the new sub-code under."));
        return;
    }
    CodeFields fields;
    fields.color = paletteColor(int(m_state.project().codes().size()));
    const QString title =
        parent ? tr("New Sub-code of “%1”").arg(m_state.project().code(*parent)->fields.name)
               : tr("New Code");
    auto* dialog = new CodeEditDialog(m_prompts, fields, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, parent] {
        auto id = m_state.project().addCode(dialog->fields(), parent);
        if (!id) {
            emit problem(id.error().message);
            return;
        }
        selectCode(*id);
        emit statusMessage(tr("Created the code “%1”.").arg(m_state.project().code(*id)->path));
    });
    dialog->open();
}

void CodePane::editCurrentCode()
{
    const auto id = currentCode();
    const auto code = id ? m_state.project().code(*id) : std::nullopt;
    if (!code) {
        return;
    }
    auto* dialog = new CodeEditDialog(m_prompts, code->fields,
                                      tr("Edit Code “%1”").arg(code->fields.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const CodeId codeId = code->id;
    // Review status and comments are saved as they change (each its own undo step), so they
    // are kept whether the definition edits are accepted or cancelled.
    dialog->attachReview(m_state.project(), codeId);
    connect(dialog, &CodeEditDialog::problem, this, &CodePane::problem);
    connect(dialog, &QDialog::accepted, this, [this, dialog, codeId] {
        if (auto st = m_state.project().updateCode(codeId, dialog->fields()); !st) {
            emit problem(st.error().message);
        }
    });
    dialog->open();
}

int CodePane::codingCountWithSubCodes(CodeId id) const
{
    CodingFilter filter;
    filter.codeId = id;
    filter.includeChildCodes = true;
    return int(m_state.project().codings(filter).size());
}

void CodePane::deleteCurrentCode()
{
    const auto id = currentCode();
    const auto code = id ? m_state.project().code(*id) : std::nullopt;
    if (!code) {
        return;
    }
    const int codings = codingCountWithSubCodes(code->id);
    int subCodes = 0;
    for (const Code& c : m_state.project().codes()) {
        subCodes += c.path.startsWith(code->path + QLatin1Char('/')) ? 1 : 0;
    }
    // An empty code goes at once; one holding work asks first, although undo restores it.
    if (codings > 0 || subCodes > 0) {
        const QString what = subCodes > 0
                                 ? tr("“%1”, %2")
                                       .arg(code->path, countOf(subCodes, tr("its %1 sub-code"),
                                                                tr("its %1 sub-codes")))
                                 : tr("“%1”").arg(code->path);
        const QString text = tr("Delete %1 and %2?\n\nYou can undo this with Ctrl+Z.")
                                 .arg(what, countOf(codings, tr("%1 coding"), tr("%1 codings")));
        if (!m_prompts.confirm(this, tr("Delete Code"), text, tr("Delete"))) {
            return;
        }
    }
    if (auto st = m_state.project().deleteCode(code->id); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("Deleted the code “%1”. Ctrl+Z brings it back.").arg(code->path));
}

void CodePane::mergeCurrentCode()
{
    const auto id = currentCode();
    const auto source = id ? m_state.project().code(*id) : std::nullopt;
    if (!source) {
        return;
    }
    QList<CodeId> targets;
    QStringList labels;
    for (const Code& c : m_state.project().codes()) {
        // Merging into itself or into its own sub-code is refused by the project anyway.
        if (c.id == source->id || c.path.startsWith(source->path + QLatin1Char('/'))) {
            continue;
        }
        targets << c.id;
        labels << c.path;
    }
    if (targets.isEmpty()) {
        emit problem(tr("There is no other code to merge “%1” into.").arg(source->path));
        return;
    }
    const auto chosen =
        m_prompts.askItem(this, tr("Merge Code"), tr("Merge “%1” into:").arg(source->path), labels);
    if (chosen) {
        mergeCodes({source->id}, targets.at(*chosen));
    }
}

void CodePane::handleCodesDropped(const QList<CodeId>& sources, CodeId target)
{
    const auto targetCode = m_state.project().code(target);
    if (!targetCode || sources.isEmpty()) {
        return;
    }
    const QStringList choices = {sources.size() == 1 ? tr("Move here as sub-code")
                                                     : tr("Move here as sub-codes"),
                                 tr("Merge into “%1”…").arg(targetCode->fields.name)};
    const int choice = m_prompts.chooseAction(m_view, QCursor::pos(), choices);
    if (choice == 0) {
        for (const CodeId source : sources) {
            if (auto st = m_state.project().moveCode(source, target); !st) {
                emit problem(st.error().message);
                return;
            }
        }
        emit statusMessage(
            tr("Moved %1 under “%2”.")
                .arg(countOf(sources.size(), tr("%1 code"), tr("%1 codes")), targetCode->path));
    } else if (choice == 1) {
        mergeCodes(sources, target);
    }
}

void CodePane::mergeCodes(const QList<CodeId>& sources, CodeId target)
{
    const auto into = m_state.project().code(target);
    if (!into) {
        return;
    }
    QStringList names;
    int codings = 0;
    for (const CodeId source : sources) {
        if (const auto code = m_state.project().code(source)) {
            names << QStringLiteral("“%1”").arg(code->path);
            codings += codingCountWithSubCodes(source);
        }
    }
    const QString text =
        tr("Merge %1 into “%2”?\n\n%3 to “%2” and %1 will be deleted; sub-codes and theme "
           "links move too. You can undo this with Ctrl+Z.")
            .arg(names.join(tr(", ")), into->path,
                 countOf(codings, tr("%1 coding moves"), tr("%1 codings move")));
    if (!m_prompts.confirm(this, tr("Merge Codes"), text, tr("Merge"))) {
        return;
    }
    for (const CodeId source : sources) {
        if (auto st = m_state.project().mergeCodes(source, target); !st) {
            emit problem(st.error().message);
            return;
        }
    }
    selectCode(target);
    emit statusMessage(tr("Merged %1 into “%2”.").arg(names.join(tr(", ")), into->path));
}

void CodePane::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const auto id = m_model->codeAt(index);
    QMenu menu(this);
    if (id) {
        const CodeId codeId = *id;
        QAction* apply = menu.addAction(tr("&Apply to Selected Text"), this, [this, codeId] {
            if (auto coding = applyCode(m_state, m_state.selection(), codeId); !coding) {
                emit problem(coding.error().message);
            }
        });
        apply->setEnabled(!m_state.selection().isEmpty());
        menu.addAction(tr("Show &Excerpts"), this,
                       [this, codeId] { emit codeActivated(codeId, false); });
        menu.addAction(tr("Show Excerpts with Sub-&codes"), this,
                       [this, codeId] { emit codeActivated(codeId, true); });
        QMenu* themes = menu.addMenu(tr("Add to &Theme"));
        const QList<ThemeId> linked = m_state.project().themesOfCode(codeId);
        for (const Theme& theme : m_state.project().themes()) {
            QAction* link = themes->addAction(
                colorSwatch(theme.fields.color),
                QString(theme.depth * 2, QLatin1Char(' ')) + theme.fields.name, this,
                [this, codeId, themeId = theme.id] {
                    if (auto st = m_state.project().linkCodeToTheme(codeId, themeId); !st) {
                        emit problem(st.error().message);
                    }
                });
            link->setEnabled(!linked.contains(theme.id));
        }
        themes->setEnabled(!themes->isEmpty());
        menu.addSeparator();
    }
    menu.addActions(menuActions());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace tessera::ui
