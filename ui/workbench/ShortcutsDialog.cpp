#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QMenu*>& menus, QWidget* parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setAccessibleName(tr("Shortcut list"));
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (QMenu* menu : menus) {
        addMenu(menu, {});
    }
    // Keys that belong to a pane rather than to a menu command.
    auto* panes = new QTreeWidgetItem(m_tree, {tr("In the panes")});
    const QList<std::pair<QString, QString>> paneKeys = {
        {tr("Retrieval: copy excerpts with attribution"), tr("Ctrl+C")},
        {tr("Retrieval, code and theme trees: open the selected item"), tr("Enter")},
        {tr("Memo and journal: save now"), tr("Ctrl+Enter")},
        {tr("Quick code box: apply the typed or highlighted code"), tr("Enter")},
        {tr("Transcript: select without snapping to whole words"), tr("Hold Alt")},
        {tr("Every pane: next / previous pane"), tr("F6 / Shift+F6")},
    };
    for (const auto& [what, keys] : paneKeys) {
        new QTreeWidgetItem(panes, {what, keys});
    }
    m_tree->expandAll();
    layout->addWidget(m_tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(560, 640);
}

void ShortcutsDialog::addMenu(QMenu* menu, const QString& prefix)
{
    const QString title = prefix.isEmpty() ? plain(menu->title())
                                           : prefix + QStringLiteral(" ▸ ") + plain(menu->title());
    QTreeWidgetItem* section = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (action->menu()) {
            addMenu(action->menu(), title);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty()) {
            continue;
        }
        if (!section) {
            section = new QTreeWidgetItem(m_tree, {title});
        }
        QStringList texts;
        for (const QKeySequence& key : keys) {
            texts << key.toString(QKeySequence::NativeText);
        }
        new QTreeWidgetItem(section, {plain(action->text()), texts.join(tr(" or "))});
    }
}

} // namespace tessera::ui
