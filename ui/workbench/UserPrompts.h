#pragma once

#include <QColor>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace tessera::ui {

// Every question the workbench asks the user in a modal way goes through here, so tests can
// answer it without a nested event loop (STYLE.md, seams). interactive() shows real dialogs.
struct UserPrompts {
    // A yes/no question; true when the user accepted.
    std::function<bool(QWidget* parent, const QString& title, const QString& text,
                       const QString& acceptLabel)>
        confirm;
    // A small popup menu at a screen position; the chosen index, or -1 when dismissed.
    std::function<int(QWidget* parent, const QPoint& globalPos, const QStringList& choices)>
        chooseAction;
    std::function<std::optional<QString>(QWidget* parent, const QString& title,
                                         const QString& label, const QString& initial)>
        askText;
    // Picks one of `items`; the index, or nullopt when cancelled.
    std::function<std::optional<int>(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items)>
        askItem;
    std::function<std::optional<QColor>(QWidget* parent, const QColor& initial,
                                        const QString& title)>
        askColor;
    std::function<QStringList(QWidget* parent, const QString& title, const QString& filter)>
        openFiles;
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)> openFile;
    std::function<QString(QWidget* parent, const QString& title, const QString& suggestedPath,
                          const QString& filter)>
        saveFile;

    static UserPrompts interactive();
};

} // namespace tessera::ui
