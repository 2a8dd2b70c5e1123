#pragma once

#include <QDialog>
#include <QList>

class QMenu;
class QTreeWidget;

namespace tessera::ui {

// Help ▸ Keyboard Shortcuts: every menu command with its shortcut, read from the menus
// themselves so the list never drifts from what the keys do. Not modal.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QMenu*>& menus, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

private:
    void addMenu(QMenu* menu, const QString& prefix);

    QTreeWidget* m_tree;
};

} // namespace tessera::ui
