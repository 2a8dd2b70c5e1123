#include "TranscriptContextMenu.h"

#include "common/CodingOperations.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace tessera::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera::ui::TranscriptContextMenu", text);
}

// Menus treat '&' as a mnemonic marker; code names may contain one.
QString menuText(const QString& text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QIcon swatch(const QString& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

void report(const TranscriptMenuHandlers& handlers, const Error& error)
{
    if (handlers.error) {
        handlers.error(error.message);
    }
}

// Adds the recent codes (with Ctrl+1..9 as the workbench assigns them) and "Choose code…".
void addCodeChoices(QMenu* menu, WorkbenchState& state, const std::function<void(CodeId)>& apply,
                    const std::function<void()>& choose)
{
    const QList<CodeId> recent = state.recentCodes();
    int number = 0;
    for (const CodeId id : recent) {
        const auto code = state.project().code(id);
        if (!code) {
            continue;
        }
        ++number;
        QAction* action = menu->addAction(swatch(code->fields.color), menuText(code->path));
        action->setData(QVariant::fromValue(id.value));
        if (number <= 9) {
            action->setShortcut(QKeySequence(
                QKeyCombination(Qt::ControlModifier, Qt::Key(int(Qt::Key_0) + number))));
            action->setShortcutVisibleInContextMenu(true);
        }
        QObject::connect(action, &QAction::triggered, menu, [apply, id] { apply(id); });
    }
    if (number == 0) {
        menu->addAction(tr("No codes used yet"))->setEnabled(false);
    }
    menu->addSeparator();
    QAction* chooseAction = menu->addAction(tr("Choose code…"));
    QObject::connect(chooseAction, &QAction::triggered, menu, [choose] { choose(); });
}

void addCodingActions(QMenu* menu, const TranscriptMenuRequest& request,
                      const TranscriptMenuHandlers& handlers, const CodingDisplay& display)
{
    Project& project = request.state->project();
    const CodingId id = display.coding.id;
    const QString name = display.codeName;

    QAction* select = menu->addAction(tr("Select coding"));
    QObject::connect(select, &QAction::triggered, menu, [handlers, id] {
        if (handlers.selectCoding) {
            handlers.selectCoding(id);
        }
    });

    QAction* remove = menu->addAction(menuText(tr("Remove coding “%1”").arg(name)));
    QObject::connect(remove, &QAction::triggered, menu, [&project, handlers, id] {
        if (auto status = project.removeCoding(id); !status) {
            report(handlers, status.error());
        }
    });

    const bool key = display.coding.keyQuote;
    QAction* keyQuote = menu->addAction(key ? tr("Unmark key quote") : tr("Mark as key quote"));
    QObject::connect(keyQuote, &QAction::triggered, menu, [&project, handlers, id, key] {
        if (auto status = project.setKeyQuote(id, !key); !status) {
            report(handlers, status.error());
        }
    });

    QAction* memo = menu->addAction(tr("Edit memo…"));
    QObject::connect(memo, &QAction::triggered, menu, [handlers, id] {
        if (handlers.editMemo) {
            handlers.editMemo(id);
        }
    });

    const TextRange selection = request.selection;
    QAction* range = menu->addAction(tr("Set range to selection"));
    range->setEnabled(!selection.isEmpty() && (selection.start != display.coding.start ||
                                               selection.end != display.coding.end));
    QObject::connect(range, &QAction::triggered, menu, [&project, handlers, id, selection] {
        if (auto status = project.setCodingRange(id, selection.start, selection.end); !status) {
            report(handlers, status.error());
        }
    });
}

} // namespace

QMenu* buildTranscriptContextMenu(const TranscriptMenuRequest& request,
                                  const TranscriptMenuHandlers& handlers, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setAccessibleName(tr("Transcript actions"));
    WorkbenchState& state = *request.state;
    const TextRange selection = request.selection;

    if (!selection.isEmpty()) {
        QMenu* apply = menu->addMenu(tr("Apply code"));
        addCodeChoices(
            apply, state,
            [&state, handlers, selection](CodeId code) {
                if (auto id = applyCode(state, selection, code); !id) {
                    report(handlers, id.error());
                }
            },
            [handlers] {
                if (handlers.chooseCode) {
                    handlers.chooseCode();
                }
            });
        QAction* inVivo = menu->addAction(tr("Code in vivo"));
        QObject::connect(inVivo, &QAction::triggered, menu, [&state, handlers, selection] {
            if (auto id = codeInVivo(state, selection); !id) {
                report(handlers, id.error());
            }
        });
    }

    if (const auto turn = turnRangeAt(state.project(), request.document, request.position);
        turn && !turn->isEmpty()) {
        QMenu* whole = menu->addMenu(tr("Code this whole turn"));
        const TextRange turnRange = *turn;
        addCodeChoices(
            whole, state,
            [&state, handlers, turnRange](CodeId code) {
                if (auto id = applyCode(state, turnRange, code); !id) {
                    report(handlers, id.error());
                }
            },
            [handlers, turnRange] {
                // The quick-code box codes the selection, so the turn becomes the selection.
                if (handlers.selectRange) {
                    handlers.selectRange(turnRange);
                }
                if (handlers.chooseCode) {
                    handlers.chooseCode();
                }
            });
    }

    if (!request.codings.isEmpty()) {
        menu->addSeparator();
        if (request.codings.size() == 1) {
            addCodingActions(menu, request, handlers, *request.codings.first());
        } else {
            for (const CodingDisplay* display : request.codings) {
                const QString title =
                    display->coderName.isEmpty()
                        ? display->codeName
                        : tr("%1 — %2").arg(display->codeName, display->coderName);
                QMenu* sub = menu->addMenu(swatch(display->color.name()), menuText(title));
                addCodingActions(sub, request, handlers, *display);
            }
        }
    }

    menu->addSeparator();
    QAction* copy = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"));
    copy->setEnabled(!selection.isEmpty());
    QObject::connect(copy, &QAction::triggered, menu, [handlers] {
        if (handlers.copy) {
            handlers.copy();
        }
    });
    return menu;
}

} // namespace tessera::ui
