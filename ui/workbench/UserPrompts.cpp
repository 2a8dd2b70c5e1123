#include "UserPrompts.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace tessera::ui {

UserPrompts UserPrompts::interactive()
{
    UserPrompts prompts;
    prompts.confirm = [](QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptLabel) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
        QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
        box.setDefaultButton(accept);
        box.exec();
        return box.clickedButton() == accept;
    };
    prompts.chooseAction = [](QWidget* parent, const QPoint& globalPos,
                              const QStringList& choices) {
        QMenu menu(parent);
        for (const QString& choice : choices) {
            menu.addAction(choice);
        }
        menu.addSeparator();
        menu.addAction(QObject::tr("Cancel"));
        QAction* chosen = menu.exec(globalPos);
        const int index = chosen ? int(menu.actions().indexOf(chosen)) : -1;
        return index >= 0 && index < choices.size() ? index : -1;
    };
    prompts.askText = [](QWidget* parent, const QString& title, const QString& label,
                         const QString& initial) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    prompts.askItem = [](QWidget* parent, const QString& title, const QString& label,
                         const QStringList& items) -> std::optional<int> {
        bool ok = false;
        const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
        if (!ok) {
            return std::nullopt;
        }
        const qsizetype index = items.indexOf(item);
        return index >= 0 ? std::optional<int>(int(index)) : std::nullopt;
    };
    prompts.askColor = [](QWidget* parent, const QColor& initial,
                          const QString& title) -> std::optional<QColor> {
        const QColor color = QColorDialog::getColor(initial, parent, title);
        return color.isValid() ? std::optional<QColor>(color) : std::nullopt;
    };
    prompts.openFiles = [](QWidget* parent, const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
    };
    prompts.openFile = [](QWidget* parent, const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    };
    prompts.saveFile = [](QWidget* parent, const QString& title, const QString& suggestedPath,
                          const QString& filter) {
        return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
    };
    return prompts;
}

} // namespace tessera::ui
