#include "ThemeBoard.h"

#include "ThemeBoardModel.h"
#include "ThemeCardList.h"
#include "ThemeDevelopment.h"
#include "ThemeQuotesPanel.h"
#include "ThemeStatusFilter.h"
#include "ThemeStatusText.h"
#include "UnthemedCodesModel.h"
#include "project/Project.h"
#include "workbench/ColorSwatch.h"
#include "workbench/ThemeEditDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

const QList<ThemeStatus> kStatuses = {ThemeStatus::Candidate, ThemeStatus::Reviewed,
                                      ThemeStatus::Final};

// What each column is for, in the words of the phases it serves.
QString columnHint(ThemeStatus status)
{
    switch (status) {
    case ThemeStatus::Candidate:
        return ThemeBoard::tr("Themes you are trying out: drop codes on a card.");
    case ThemeStatus::Reviewed:
        return ThemeBoard::tr("Checked against the coded extracts and the whole data set.");
    case ThemeStatus::Final:
        return ThemeBoard::tr("Defined and named: ready to write up.");
    }
    return {};
}

QLabel* makeHeading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* makeHint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ThemeBoard::ThemeBoard(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_state(state), m_prompts(prompts),
      m_development(new ThemeDevelopment(state, prompts, this, this)),
      m_model(new ThemeBoardModel(state, this)), m_unthemed(new UnthemedCodesModel(state, this)),
      m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("themeBoard"));
    setAccessibleName(tr("Theme board"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildActions();
    layout->addWidget(m_toolBar);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    columns->addWidget(makeUnthemedPanel());
    for (const ThemeStatus status : kStatuses) {
        columns->addWidget(makeColumn(status));
    }
    // The unthemed codes need room for their names; the three columns share the rest.
    columns->setSizes({240, 280, 280, 280});
    for (int i = 0; i < columns->count(); ++i) {
        columns->setStretchFactor(i, 1);
    }
    m_quotes = new ThemeQuotesPanel(state, this);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(columns);
    vertical->addWidget(m_quotes);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);

    connect(m_development, &ThemeDevelopment::statusMessage, this, &ThemeBoard::statusMessage);
    connect(m_development, &ThemeDevelopment::problem, this, &ThemeBoard::problem);
    connect(m_development, &ThemeDevelopment::themeCreated, this, &ThemeBoard::selectTheme);
    connect(m_development, &ThemeDevelopment::themeMerged, this,
            [this](ThemeId, ThemeId target) { selectTheme(target); });
    connect(m_quotes, &ThemeQuotesPanel::problem, this, &ThemeBoard::problem);
    // The status filters connected to the model first, so by now every column shows the
    // new state and the chosen card can be found in it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ThemeBoard::followCurrentCard);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ThemeBoard::followCurrentCard);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ThemeBoard::followCurrentCard);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ThemeBoard::followCurrentCard);
    for (QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(m_unthemed),
                                      static_cast<QAbstractItemModel*>(m_model)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThemeBoard::updateHeadings);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThemeBoard::updateHeadings);
        connect(model, &QAbstractItemModel::modelReset, this, &ThemeBoard::updateHeadings);
        connect(model, &QAbstractItemModel::dataChanged, this, &ThemeBoard::updateHeadings);
    }
    updateHeadings();
    updateActions();
}

ThemeBoard::~ThemeBoard()
{
    // The models and lists go after this destructor has run (as children); what they signal
    // while they are taken apart must not reach the half-destroyed board.
    for (ThemeCardList* list : std::as_const(m_columns)) {
        list->selectionModel()->disconnect(this);
        list->model()->disconnect(this);
    }
    m_unthemedView->selectionModel()->disconnect(this);
    m_model->disconnect(this);
    m_unthemed->disconnect(this);
}

QWidget* ThemeBoard::makeUnthemedPanel()
{
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(160);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 3, 0);
    layout->setSpacing(2);
    m_unthemedHeading = makeHeading(panel);
    layout->addWidget(m_unthemedHeading);
    layout->addWidget(makeHint(tr("Drag onto a theme card, or press Ctrl+L to add to the chosen "
                                  "theme."),
                               panel));
    m_unthemedView = new QTreeView(panel);
    m_unthemedView->setObjectName(QStringLiteral("unthemedCodes"));
    m_unthemedView->setAccessibleName(tr("Codes not yet in a theme"));
    m_unthemedView->setModel(m_unthemed);
    m_unthemedView->setRootIsDecorated(false);
    m_unthemedView->setUniformRowHeights(true);
    m_unthemedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_unthemedView->setDragEnabled(true);
    m_unthemedView->setDragDropMode(QAbstractItemView::DragOnly);
    m_unthemedView->setDefaultDropAction(Qt::CopyAction);
    m_unthemedView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_unthemedView->header()->setStretchLastSection(false);
    m_unthemedView->header()->setSectionResizeMode(UnthemedCodesModel::NameColumn,
                                                   QHeaderView::Stretch);
    m_unthemedView->header()->setSectionResizeMode(UnthemedCodesModel::CodingsColumn,
                                                   QHeaderView::ResizeToContents);
    m_unthemedHeading->setBuddy(m_unthemedView);
    layout->addWidget(m_unthemedView, 1);
    connect(m_unthemedView, &QWidget::customContextMenuRequested, this, &ThemeBoard::showCodeMenu);
    connect(m_unthemedView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const auto code = m_unthemed->codeAt(index)) {
            emit codeActivated(*code);
        }
    });
    connect(m_unthemedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThemeBoard::updateActions);
    return panel;
}

QWidget* ThemeBoard::makeColumn(ThemeStatus status)
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(3, 6, 3, 0);
    layout->setSpacing(2);
    QLabel* heading = makeHeading(panel);
    layout->addWidget(heading);
    layout->addWidget(makeHint(columnHint(status), panel));
    auto* filter = new ThemeStatusFilter(status, this);
    filter->setSourceModel(m_model);
    // Connected before the list gets the filter, so this runs before the list reacts: while
    // rows come and go the list moves its selection by itself (to a neighbouring card), which
    // is no choice of the user's. followCurrentCard() restores the real one afterwards.
    const auto holdSelection = [this] { m_following = true; };
    connect(filter, &QAbstractItemModel::rowsAboutToBeRemoved, this, holdSelection);
    connect(filter, &QAbstractItemModel::rowsAboutToBeInserted, this, holdSelection);
    connect(filter, &QAbstractItemModel::modelAboutToBeReset, this, holdSelection);
    connect(filter, &QAbstractItemModel::layoutAboutToBeChanged, this, holdSelection);
    auto* list = new ThemeCardList(status, panel);
    list->setObjectName(themeStatusWord(status) + QStringLiteral("Themes"));
    list->setAccessibleName(tr("%1 themes").arg(themeStatusTitle(status)));
    list->setModel(filter);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    heading->setBuddy(list);
    layout->addWidget(list, 1);
    m_columns << list;
    m_columnHeadings << heading;
    connectColumn(list);
    return panel;
}

void ThemeBoard::connectColumn(ThemeCardList* list)
{
    connect(list, &ThemeCardList::codesDropped, m_development, &ThemeDevelopment::linkCodes);
    connect(list, &ThemeCardList::themesDropped, m_development, &ThemeDevelopment::setStatus);
    connect(list, &QListView::activated, this, [this, list](const QModelIndex& index) {
        if (const auto theme = list->themeAt(index)) {
            emit themeActivated(*theme);
        }
    });
    connect(list, &QWidget::customContextMenuRequested, this,
            [this, list](const QPoint& pos) { showCardMenu(list, pos); });
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, list](const QItemSelection& selected) {
                if (m_following || selected.indexes().isEmpty()) {
                    return;
                }
                // One chosen card on the whole board: picking one clears the other columns.
                m_following = true;
                for (ThemeCardList* other : std::as_const(m_columns)) {
                    if (other != list) {
                        other->clearSelection();
                    }
                }
                m_following = false;
                setCurrent(list->themeAt(selected.indexes().constFirst()));
            });
}

QAction* ThemeBoard::addBoardAction(const QString& text, const QString& tip,
                                    const QKeySequence& key)
{
    auto* action = new QAction(text, this);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    return action;
}

void ThemeBoard::buildActions()
{
    m_new = addBoardAction(tr("New &Candidate Theme…"),
                           tr("Create a candidate theme with its central organising concept"),
                           QKeySequence(Qt::Key_Insert));
    m_sendBack = addBoardAction(tr("Send &Back"),
                                tr("Move the chosen theme back a step (final → reviewed → "
                                   "candidate)"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_promote = addBoardAction(tr("&Promote"),
                               tr("Move the chosen theme on a step (candidate → reviewed → final)"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_split = addBoardAction(tr("&Split Theme…"),
                             tr("Move some of the chosen theme's codes to a new theme"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_merge = addBoardAction(tr("&Merge into Another Theme…"),
                             tr("Move the chosen theme's codes, subthemes and key quotes into "
                                "another theme and delete it"),
                             QKeySequence(Qt::CTRL | Qt::Key_M));
    m_edit = addBoardAction(tr("&Edit Theme…"),
                            tr("Edit the name, central organising concept, status and colour"),
                            QKeySequence(Qt::ALT | Qt::Key_Return));
    m_link = addBoardAction(tr("&Add Code to Theme"),
                            tr("Add the codes selected in “Not yet in a theme” to the chosen "
                               "theme"),
                            QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_new, &QAction::triggered, this, [this] {
        // A new candidate usually belongs where the chosen theme's parent is.
        std::optional<ThemeId> parent;
        if (m_current) {
            if (const auto theme = m_state.project().theme(*m_current)) {
                parent = theme->parentId;
            }
        }
        m_development->newCandidateTheme(parent);
    });
    connect(m_sendBack, &QAction::triggered, this, &ThemeBoard::sendBackCurrent);
    connect(m_promote, &QAction::triggered, this, &ThemeBoard::promoteCurrent);
    connect(m_split, &QAction::triggered, this, &ThemeBoard::splitCurrent);
    connect(m_merge, &QAction::triggered, this, &ThemeBoard::mergeCurrent);
    connect(m_edit, &QAction::triggered, this, &ThemeBoard::editCurrent);
    connect(m_link, &QAction::triggered, this, &ThemeBoard::linkSelectedCodesToCurrent);

    m_toolBar->setAccessibleName(tr("Theme board tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<std::pair<QAction*, QString>> buttons = {
        {m_new, tr("New Candidate Theme…")}, {m_sendBack, tr("◀ Send Back")},
        {m_promote, tr("Promote ▶")},        {m_split, tr("Split…")},
        {m_merge, tr("Merge Into…")},        {m_edit, tr("Edit…")}};
    for (const auto& [action, label] : buttons) {
        // Short labels on the buttons; the menus keep the full names.
        auto* button = new QAction(label, m_toolBar);
        button->setToolTip(action->toolTip() + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) +
                           QLatin1Char(')'));
        connect(button, &QAction::triggered, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QAction::setEnabled);
        m_toolBar->addAction(button);
    }
}

QList<QAction*> ThemeBoard::menuActions() const
{
    return {m_new, m_promote, m_sendBack, m_split, m_merge, m_edit, m_link};
}

QWidget* ThemeBoard::focusTarget() const
{
    for (ThemeCardList* list : m_columns) {
        if (m_current && list->currentTheme() == m_current) {
            return list;
        }
    }
    return m_unthemedView;
}

ThemeCardList* ThemeBoard::column(ThemeStatus status) const
{
    for (ThemeCardList* list : m_columns) {
        if (list->status() == status) {
            return list;
        }
    }
    return nullptr;
}

void ThemeBoard::selectTheme(ThemeId id)
{
    const QModelIndex source = m_model->indexOfTheme(id);
    if (!source.isValid()) {
        return;
    }
    m_following = true;
    for (ThemeCardList* list : std::as_const(m_columns)) {
        const auto* filter = static_cast<const ThemeStatusFilter*>(list->model());
        const QModelIndex index = filter->mapFromSource(source);
        if (index.isValid()) {
            list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            list->scrollTo(index);
        } else {
            list->clearSelection();
        }
    }
    m_following = false;
    setCurrent(id);
}

void ThemeBoard::setCurrent(std::optional<ThemeId> id)
{
    if (id == m_current) {
        return;
    }
    m_current = id;
    m_quotes->setTheme(id);
    updateActions();
    emit currentThemeChanged(id);
}

void ThemeBoard::followCurrentCard()
{
    if (m_current && !m_model->indexOfTheme(*m_current).isValid()) {
        // Deleted or merged away: nothing is chosen any more.
        m_following = true;
        for (ThemeCardList* list : std::as_const(m_columns)) {
            list->clearSelection();
        }
        m_following = false;
        setCurrent(std::nullopt);
        return;
    }
    const QModelIndex source = m_current ? m_model->indexOfTheme(*m_current) : QModelIndex();
    ThemeCardList* focused = nullptr;
    ThemeCardList* showing = nullptr;
    m_following = true;
    for (ThemeCardList* list : std::as_const(m_columns)) {
        if (list->hasFocus()) {
            focused = list;
        }
        const auto* filter = static_cast<const ThemeStatusFilter*>(list->model());
        const QModelIndex index = filter->mapFromSource(source);
        if (!index.isValid()) {
            list->clearSelection();
            continue;
        }
        showing = list;
        if (list->currentTheme() != m_current) {
            list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            list->scrollTo(index);
        }
    }
    m_following = false;
    // Promoting from the keyboard moves the card to the next column: the focus goes with it.
    if (focused && showing && focused != showing) {
        showing->setFocus(Qt::OtherFocusReason);
    }
    updateActions();
}

void ThemeBoard::updateActions()
{
    const auto theme = m_current ? m_state.project().theme(*m_current) : std::nullopt;
    m_promote->setEnabled(theme && nextThemeStatus(theme->fields.status).has_value());
    m_sendBack->setEnabled(theme && previousThemeStatus(theme->fields.status).has_value());
    m_split->setEnabled(theme.has_value());
    m_merge->setEnabled(theme.has_value());
    m_edit->setEnabled(theme.has_value());
    m_link->setEnabled(theme && !selectedUnthemedCodes().isEmpty());
}

void ThemeBoard::updateHeadings()
{
    m_unthemedHeading->setText(tr("Not yet in a theme (%1)").arg(m_unthemed->rowCount()));
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columnHeadings[i]->setText(tr("%1 (%2)")
                                         .arg(themeStatusTitle(m_columns[i]->status()))
                                         .arg(m_columns[i]->model()->rowCount()));
    }
}

QList<CodeId> ThemeBoard::selectedUnthemedCodes() const
{
    QList<CodeId> codes;
    for (const QModelIndex& index : m_unthemedView->selectionModel()->selectedRows()) {
        if (const auto code = m_unthemed->codeAt(index)) {
            codes << *code;
        }
    }
    return codes;
}

void ThemeBoard::promoteCurrent()
{
    if (m_current) {
        m_development->promote(*m_current);
    }
}

void ThemeBoard::sendBackCurrent()
{
    if (m_current) {
        m_development->sendBack(*m_current);
    }
}

void ThemeBoard::splitCurrent()
{
    if (m_current) {
        m_development->split(*m_current);
    }
}

void ThemeBoard::mergeCurrent()
{
    if (m_current) {
        m_development->mergeIntoAnother(*m_current);
    }
}

void ThemeBoard::editCurrent()
{
    const auto theme = m_current ? m_state.project().theme(*m_current) : std::nullopt;
    if (!theme) {
        return;
    }
    auto* dialog = new ThemeEditDialog(m_prompts, theme->fields,
                                       tr("Edit Theme “%1”").arg(theme->fields.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = theme->id] {
        if (auto st = m_state.project().updateTheme(id, dialog->fields()); !st) {
            emit problem(st.error().message);
        }
    });
    dialog->open();
}

void ThemeBoard::linkSelectedCodesToCurrent()
{
    const QList<CodeId> codes = selectedUnthemedCodes();
    if (!m_current) {
        emit problem(tr("Choose a theme card first, then add codes to it."));
        return;
    }
    if (codes.isEmpty()) {
        emit problem(tr("Select codes in “Not yet in a theme” first."));
        return;
    }
    m_development->linkCodes(codes, *m_current);
}

void ThemeBoard::showCardMenu(ThemeCardList* list, const QPoint& pos)
{
    QMenu menu(this);
    const auto theme = list->themeAt(list->indexAt(pos));
    if (theme) {
        selectTheme(*theme);
        menu.addAction(tr("Show &Excerpts"), this,
                       [this, id = *theme] { emit themeActivated(id); });
        menu.addSeparator();
    }
    menu.addActions({m_new, m_promote, m_sendBack, m_split, m_merge, m_edit});
    if (theme) {
        const QList<CodeId> codes = m_model->codesOf(*theme);
        QMenu* remove = menu.addMenu(tr("&Remove Code from Theme"));
        remove->setEnabled(!codes.isEmpty());
        for (const CodeId id : codes) {
            if (const auto code = m_state.project().code(id)) {
                remove->addAction(
                    colorSwatch(code->fields.color), code->path, this,
                    [this, id, themeId = *theme] { m_development->unlinkCode(id, themeId); });
            }
        }
    }
    menu.exec(list->viewport()->mapToGlobal(pos));
}

void ThemeBoard::showCodeMenu(const QPoint& pos)
{
    const QList<CodeId> codes = selectedUnthemedCodes();
    if (codes.isEmpty()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(m_link);
    QMenu* addTo = menu.addMenu(tr("Add to &Theme"));
    for (const Theme& theme : m_state.project().themes()) {
        addTo->addAction(colorSwatch(theme.fields.color), theme.path, this,
                         [this, codes, id = theme.id] { m_development->linkCodes(codes, id); });
    }
    addTo->setEnabled(!addTo->isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Show &Excerpts"), this,
                   [this, code = codes.constFirst()] { emit codeActivated(code); });
    menu.exec(m_unthemedView->viewport()->mapToGlobal(pos));
}

} // namespace tessera::ui
