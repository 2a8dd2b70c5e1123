#include "QuickCodeBar.h"

#include "ColorSwatch.h"
#include "UiText.h"
#include "common/CodingOperations.h"
#include "project/Project.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace tessera::ui {
QuickCodeBar::QuickCodeBar(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_input(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_completions(new QStringListModel(this)),
      m_recentLayout(new QHBoxLayout), m_recentLabel(new QLabel(tr("Recent:"), this))
{
    setAccessibleName(tr("Quick code bar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto* label = new QLabel(tr("&Code:"), this);
    label->setBuddy(m_input);
    layout->addWidget(label);

    m_input->setObjectName(QStringLiteral("quickCodeInput"));
    m_input->setPlaceholderText(tr("Type a code, press Enter (Ctrl+K)"));
    m_input->setAccessibleName(tr("Quick code"));
    m_input->setAccessibleDescription(
        tr("Type part of a code's name; Enter applies it to the selected text, creating the "
           "code if no code has that name."));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumWidth(260);
    m_input->setMaximumWidth(420);
    layout->addWidget(m_input, 1);

    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_input->setCompleter(m_completer);
    // Installed after the completer's own filters, so these run first: Enter must apply what
    // the user sees, whether or not the popup is open (the completer would otherwise swallow
    // the first Enter just to close its popup).
    m_input->installEventFilter(this);
    m_completer->popup()->installEventFilter(this);

    m_recentLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(12);
    layout->addWidget(m_recentLabel);
    layout->addLayout(m_recentLayout);
    layout->addStretch(0);

    connect(&m_state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Codes)) {
            refreshCompletions();
            refreshRecentButtons();
        }
    });
    connect(&m_state, &WorkbenchState::recentCodesChanged, this,
            &QuickCodeBar::refreshRecentButtons);
    refreshCompletions();
    refreshRecentButtons();
}

void QuickCodeBar::focusInput()
{
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
}

bool QuickCodeBar::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_input || watched == m_completer->popup()) &&
        event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            QAbstractItemView* popup = m_completer->popup();
            QString text = m_input->text();
            if (popup->isVisible()) {
                text = chosenCompletion(text);
                popup->hide();
            }
            applyTypedCode(text);
            return true;
        }
        if (key->key() == Qt::Key_Escape && watched == m_input && !m_input->text().isEmpty()) {
            m_input->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString QuickCodeBar::chosenCompletion(const QString& typed) const
{
    // The suggestion the user moved to wins; otherwise a name typed in full is taken as it is,
    // and a fragment ("fatig") means the first suggestion ("…/Screen fatigue"). A new code whose
    // name is part of an existing one is created by closing the suggestions (Esc) first.
    const QModelIndex current = m_completer->popup()->currentIndex();
    if (current.isValid()) {
        return current.data(Qt::DisplayRole).toString();
    }
    const QString wanted = typed.trimmed();
    QAbstractItemModel* suggestions = m_completer->completionModel();
    for (int row = 0; row < suggestions->rowCount(); ++row) {
        const QString suggestion = suggestions->index(row, 0).data().toString();
        if (suggestion.compare(wanted, Qt::CaseInsensitive) == 0 ||
            suggestion.section(QLatin1Char('/'), -1).compare(wanted, Qt::CaseInsensitive) == 0) {
            return wanted;
        }
    }
    return suggestions->rowCount() > 0 ? suggestions->index(0, 0).data().toString() : typed;
}

void QuickCodeBar::applyTypedCode(const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        emit problem(tr("Type the name of a code, then press Enter."));
        return;
    }
    const TextRange range = m_state.selection();
    // Checked before the code is created, so a missing selection leaves no stray code behind.
    if (range.isEmpty()) {
        emit problem(tr("Select some text in the transcript first, then apply “%1”.").arg(wanted));
        return;
    }
    auto code = findOrCreateCode(m_state, wanted);
    if (!code) {
        emit problem(code.error().message);
        return;
    }
    const auto [codeId, created] = *code;
    auto coding = applyCode(m_state, range, codeId);
    if (!coding) {
        emit problem(coding.error().message);
        return;
    }
    const QString name = m_state.project().code(codeId)->path;
    const QString characters =
        countOf(range.end - range.start, tr("%1 character"), tr("%1 characters"));
    emit statusMessage(
        created ? tr("Created the new code “%1” and applied it to %2.").arg(name, characters)
                : tr("Applied “%1” to %2.").arg(name, characters));
    m_input->clear();
}

void QuickCodeBar::refreshCompletions()
{
    QStringList entries;
    QHash<QString, int> nameCount;
    const QList<Code> codes = m_state.project().codes();
    for (const Code& code : codes) {
        ++nameCount[code.fields.name.toCaseFolded()];
    }
    for (const Code& code : codes) {
        // A nested code is offered by path; a unique name alone finds it too, so typing the
        // name is enough, but the path tells two "Other" codes apart.
        entries << code.path;
        if (code.depth > 0 && nameCount.value(code.fields.name.toCaseFolded()) == 1) {
            entries << code.fields.name;
        }
    }
    entries.removeDuplicates();
    m_completions->setStringList(entries);
}

void QuickCodeBar::refreshRecentButtons()
{
    while (QLayoutItem* item = m_recentLayout->takeAt(0)) {
        // Later, not now: this runs while a clicked button is still emitting clicked().
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    const QList<CodeId> recent = m_state.recentCodes();
    m_recentLabel->setVisible(!recent.isEmpty());
    // Five buttons fit beside the box on a laptop screen; Ctrl+6…9 stay in the Code menu.
    for (int i = 0; i < recent.size() && i < 5; ++i) {
        const auto code = m_state.project().code(recent[i]);
        if (!code) {
            continue;
        }
        auto* button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(colorSwatch(code->fields.color));
        button->setText(QStringLiteral("%1 %2").arg(i + 1).arg(code->fields.name));
        button->setToolTip(tr("Apply “%1” to the selection (Ctrl+%2)").arg(code->path).arg(i + 1));
        button->setAccessibleName(tr("Apply recent code %1").arg(code->path));
        button->setFocusPolicy(Qt::TabFocus);
        const CodeId id = code->id;
        connect(button, &QToolButton::clicked, this, [this, id] {
            auto coding = applyCode(m_state, m_state.selection(), id);
            if (!coding) {
                emit problem(coding.error().message);
            } else if (const auto c = m_state.project().code(id)) {
                emit statusMessage(tr("Applied “%1”.").arg(c->path));
            }
        });
        m_recentLayout->addWidget(button);
    }
}

} // namespace tessera::ui
