#include "JournalPane.h"

#include "project/Project.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace tessera::ui {
namespace {

QString entryLabel(const JournalEntry& entry)
{
    const QString firstLine = entry.text.section(QLatin1Char('\n'), 0, 0).simplified();
    return QStringLiteral("%1 — %2").arg(
        QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat),
        firstLine.left(80));
}

} // namespace

JournalPane::JournalPane(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_list(new QListWidget(this)), m_heading(new QLabel(this)),
      m_editor(new QPlainTextEdit(this)), m_newButton(new QPushButton(tr("&New Entry"), this)),
      m_deleteButton(new QPushButton(tr("&Delete Entry"), this))
{
    setAccessibleName(tr("Reflexive journal"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setAccessibleName(tr("Journal entries"));
    splitter->addWidget(m_list);
    auto* editorBox = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Journal entry date"));
    editorLayout->addWidget(m_heading);
    m_editor->setObjectName(QStringLiteral("journalEditor"));
    m_editor->setAccessibleName(tr("Journal entry text"));
    m_editor->setPlaceholderText(tr("What did you notice, assume or decide today? Saved when you "
                                    "leave the editor or press Ctrl+Enter."));
    m_editor->installEventFilter(this);
    editorLayout->addWidget(m_editor, 1);
    splitter->addWidget(editorBox);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }
    connect(m_newButton, &QPushButton::clicked, this, &JournalPane::startNewEntry);
    connect(m_deleteButton, &QPushButton::clicked, this, &JournalPane::deleteCurrentEntry);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading || !item) {
            return;
        }
        showEntry(JournalEntryId(item->data(Qt::UserRole).toLongLong()));
    });
    connect(&m_state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Journal)) {
            refreshList();
            if (!m_editor->document()->isModified()) {
                loadEditor();
            }
        }
    });
    refreshList();
    const QList<JournalEntry> entries = m_state.project().journal();
    showEntry(entries.isEmpty() ? std::nullopt : std::optional(entries.last().id));
}

void JournalPane::startNewEntry()
{
    if (!save()) {
        return;
    }
    m_entry.reset();
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr);
    loadEditor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void JournalPane::showEntry(std::optional<JournalEntryId> id)
{
    if (id == m_entry && id) {
        return;
    }
    save();
    m_entry = id;
    loadEditor();
    refreshList();
}

bool JournalPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        save();
    }
    return QWidget::eventFilter(watched, event);
}

bool JournalPane::save()
{
    if (m_loading || !m_editor->document()->isModified()) {
        return true;
    }
    Project& project = m_state.project();
    const QString text = m_editor->toPlainText();
    if (!m_entry) {
        if (text.trimmed().isEmpty()) {
            return true;
        }
        auto id = project.addJournalEntry(text);
        if (!id) {
            emit problem(id.error().message);
            return false;
        }
        m_entry = *id;
        m_editor->document()->setModified(false);
        refreshList();
        loadEditor();
        emit statusMessage(tr("Added a journal entry."));
        return true;
    }
    if (text.trimmed().isEmpty()) {
        emit problem(tr("The journal entry is empty. Use Delete Entry to remove it."));
        return false;
    }
    if (auto st = project.updateJournalEntry(*m_entry, text); !st) {
        emit problem(st.error().message);
        return false;
    }
    m_editor->document()->setModified(false);
    emit statusMessage(tr("Saved the journal entry."));
    return true;
}

void JournalPane::deleteCurrentEntry()
{
    if (!m_entry) {
        m_editor->clear();
        m_editor->document()->setModified(false);
        return;
    }
    if (auto st = m_state.project().deleteJournalEntry(*m_entry); !st) {
        emit problem(st.error().message);
        return;
    }
    m_entry.reset();
    m_editor->document()->setModified(false);
    loadEditor();
    emit statusMessage(tr("Deleted the journal entry. Ctrl+Z brings it back."));
}

void JournalPane::refreshList()
{
    m_loading = true;
    m_list->clear();
    bool found = false;
    for (const JournalEntry& entry : m_state.project().journal()) {
        auto* item = new QListWidgetItem(entryLabel(entry), m_list);
        item->setData(Qt::UserRole, entry.id.value);
        item->setToolTip(entry.text.left(400));
        if (m_entry && entry.id == *m_entry) {
            m_list->setCurrentItem(item);
            found = true;
        }
    }
    if (m_entry && !found) {
        m_entry.reset(); // deleted elsewhere (an undo)
    }
    m_deleteButton->setEnabled(m_entry.has_value() || !m_editor->toPlainText().isEmpty());
    m_loading = false;
}

void JournalPane::loadEditor()
{
    m_loading = true;
    QString text;
    QString heading = tr("New entry (not saved yet)");
    if (m_entry) {
        for (const JournalEntry& entry : m_state.project().journal()) {
            if (entry.id == *m_entry) {
                text = entry.text;
                heading = QLocale().toString(entry.createdAt.toLocalTime(), QLocale::LongFormat);
            }
        }
    }
    if (m_editor->toPlainText() != text) {
        m_editor->setPlainText(text);
    }
    m_editor->document()->setModified(false);
    m_heading->setText(heading);
    m_deleteButton->setEnabled(m_entry.has_value());
    m_loading = false;
}

} // namespace tessera::ui
