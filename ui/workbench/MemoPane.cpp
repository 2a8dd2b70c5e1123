#include "MemoPane.h"

#include "project/Project.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::ui {

MemoPane::MemoPane(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_title(new QLabel(this)),
      m_targetButton(new QToolButton(this)), m_editor(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Memo"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    auto* header = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("memoTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Whose memo"));
    header->addWidget(m_title, 1);
    m_targetButton->setText(tr("Memo on"));
    m_targetButton->setToolTip(tr("Choose whose memo to write: the project, this document, or "
                                  "the participant who is speaking"));
    m_targetButton->setAccessibleName(tr("Choose memo"));
    m_targetButton->setPopupMode(QToolButton::InstantPopup);
    m_targetButton->setMenu(new QMenu(m_targetButton));
    connect(m_targetButton->menu(), &QMenu::aboutToShow, this, &MemoPane::fillTargetMenu);
    header->addWidget(m_targetButton);
    layout->addLayout(header);

    m_editor->setObjectName(QStringLiteral("memoEditor"));
    m_editor->setAccessibleName(tr("Memo text"));
    m_editor->setPlaceholderText(
        tr("Select a document, code, theme or coding to write its memo. Saved when you leave "
           "the editor or press Ctrl+Enter."));
    m_editor->installEventFilter(this);
    layout->addWidget(m_editor, 1);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }

    connect(&m_state.project(), &Project::changed, this, [this] {
        // An undo or another pane may have changed the memo shown; keep typing untouched.
        if (!m_editor->document()->isModified()) {
            reload();
        }
    });
    reload();
}

void MemoPane::setTarget(const MemoTarget& target)
{
    if (target == m_target) {
        return;
    }
    save();
    m_target = target;
    reload();
}

void MemoPane::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool MemoPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        save();
    }
    return QWidget::eventFilter(watched, event);
}

bool MemoPane::save()
{
    if (m_loading || !m_editor->document()->isModified() || !targetExists()) {
        return true;
    }
    const QString text = m_editor->toPlainText();
    if (text == storedMemo()) {
        m_editor->document()->setModified(false);
        return true;
    }
    if (auto st = store(text); !st) {
        emit problem(st.error().message);
        return false;
    }
    m_editor->document()->setModified(false);
    emit statusMessage(tr("Saved: %1.").arg(describe()));
    return true;
}

void MemoPane::reload()
{
    if (!targetExists()) {
        m_target = {};
    }
    m_loading = true;
    const QString stored = storedMemo();
    if (m_editor->toPlainText() != stored) {
        m_editor->setPlainText(stored);
    }
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(m_target.kind == MemoTarget::Kind::None);
    m_title->setText(describe());
    m_loading = false;
}

bool MemoPane::targetExists() const
{
    const Project& project = m_state.project();
    switch (m_target.kind) {
    case MemoTarget::Kind::None:
        return false;
    case MemoTarget::Kind::Project:
        return true;
    case MemoTarget::Kind::Document:
        return project.document(DocumentId(m_target.id)).has_value();
    case MemoTarget::Kind::Code:
        return project.code(CodeId(m_target.id)).has_value();
    case MemoTarget::Kind::Theme:
        return project.theme(ThemeId(m_target.id)).has_value();
    case MemoTarget::Kind::Coding:
        return project.coding(CodingId(m_target.id)).has_value();
    case MemoTarget::Kind::Participant:
        for (const Participant& p : project.participants()) {
            if (p.id.value == m_target.id) {
                return true;
            }
        }
        return false;
    }
    return false;
}

QString MemoPane::storedMemo() const
{
    const Project& project = m_state.project();
    switch (m_target.kind) {
    case MemoTarget::Kind::None:
        return {};
    case MemoTarget::Kind::Project:
        return project.memo();
    case MemoTarget::Kind::Document:
        return project.document(DocumentId(m_target.id)).value_or(Document{}).memo;
    case MemoTarget::Kind::Code:
        return project.code(CodeId(m_target.id)).value_or(Code{}).fields.memo;
    case MemoTarget::Kind::Theme:
        return project.theme(ThemeId(m_target.id)).value_or(Theme{}).fields.memo;
    case MemoTarget::Kind::Coding:
        return project.coding(CodingId(m_target.id)).value_or(Coding{}).memo;
    case MemoTarget::Kind::Participant:
        for (const Participant& p : project.participants()) {
            if (p.id.value == m_target.id) {
                return p.memo;
            }
        }
        return {};
    }
    return {};
}

QString MemoPane::describe() const
{
    const Project& project = m_state.project();
    switch (m_target.kind) {
    case MemoTarget::Kind::None:
        return tr("No memo selected");
    case MemoTarget::Kind::Project:
        return tr("Memo on the project “%1”").arg(project.title());
    case MemoTarget::Kind::Document:
        return tr("Memo on document “%1”").arg(project.document(DocumentId(m_target.id))->name);
    case MemoTarget::Kind::Code:
        return tr("Memo on code “%1”").arg(project.code(CodeId(m_target.id))->path);
    case MemoTarget::Kind::Theme:
        return tr("Memo on theme “%1”").arg(project.theme(ThemeId(m_target.id))->path);
    case MemoTarget::Kind::Coding: {
        const Coding coding = *project.coding(CodingId(m_target.id));
        const auto code = project.code(coding.codeId);
        const auto document = project.document(coding.documentId);
        const auto coder = project.coder(coding.coderId);
        return tr("Memo on a coding: “%1” in %2 by %3")
            .arg(code ? code->path : QString(), document ? document->name : QString(),
                 coder ? coder->name : QString());
    }
    case MemoTarget::Kind::Participant:
        for (const Participant& p : project.participants()) {
            if (p.id.value == m_target.id) {
                return tr("Memo on participant “%1”").arg(p.pseudonym);
            }
        }
        return {};
    }
    return {};
}

Status MemoPane::store(const QString& text)
{
    Project& project = m_state.project();
    switch (m_target.kind) {
    case MemoTarget::Kind::None:
        return {};
    case MemoTarget::Kind::Project:
        return project.setMemo(text);
    case MemoTarget::Kind::Document:
        return project.setDocumentMemo(DocumentId(m_target.id), text);
    case MemoTarget::Kind::Code: {
        CodeFields fields = project.code(CodeId(m_target.id))->fields;
        fields.memo = text;
        return project.updateCode(CodeId(m_target.id), fields);
    }
    case MemoTarget::Kind::Theme: {
        ThemeFields fields = project.theme(ThemeId(m_target.id))->fields;
        fields.memo = text;
        return project.updateTheme(ThemeId(m_target.id), fields);
    }
    case MemoTarget::Kind::Coding:
        return project.setCodingMemo(CodingId(m_target.id), text);
    case MemoTarget::Kind::Participant:
        return project.setParticipantMemo(ParticipantId(m_target.id), text);
    }
    return {};
}

std::optional<ParticipantId> MemoPane::participantAtSelection() const
{
    const TextRange selection = m_state.selection();
    if (selection.isEmpty()) {
        return std::nullopt;
    }
    const Project& project = m_state.project();
    std::optional<SpeakerId> speaker;
    for (const Turn& turn : project.turns(selection.document)) {
        if (selection.start < turn.end && turn.start < selection.end) {
            speaker = turn.speakerId;
            break;
        }
    }
    if (!speaker) {
        return std::nullopt;
    }
    for (const Speaker& s : project.speakers(selection.document)) {
        if (s.id == *speaker) {
            return s.participantId;
        }
    }
    return std::nullopt;
}

void MemoPane::fillTargetMenu()
{
    QMenu* menu = m_targetButton->menu();
    menu->clear();
    menu->addAction(tr("The &Project"), this, [this] {
        setTarget({MemoTarget::Kind::Project, 0});
    });
    QAction* document = menu->addAction(tr("This &Document"), this, [this] {
        if (const auto id = m_state.currentDocument()) {
            setTarget({MemoTarget::Kind::Document, id->value});
        }
    });
    document->setEnabled(m_state.currentDocument().has_value());
    const auto participant = participantAtSelection();
    QAction* person = menu->addAction(tr("The &Participant Speaking"), this, [this, participant] {
        if (participant) {
            setTarget({MemoTarget::Kind::Participant, participant->value});
        }
    });
    person->setEnabled(participant.has_value());
    if (!participant) {
        person->setToolTip(tr("Select text spoken by a speaker linked to a participant."));
    }
}

} // namespace tessera::ui
