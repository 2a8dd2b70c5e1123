#include "TranscriptFixture.h"

#include "io/ImportedDocument.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <ostream>

void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

namespace tessera::ui {
void PrintTo(const TextRange& range, std::ostream* os)
{
    *os << "TextRange{doc " << range.document.value << ", " << range.start << ".." << range.end
        << "}";
}
} // namespace tessera::ui

namespace tessera::ui::test {
namespace {

struct Line {
    const char16_t* label;
    const char16_t* speech;
    qint64 ms;
};

// Speaker labels with timestamps, a title line that is not a label, non-ASCII letters, curly
// apostrophes and an emoji (a surrogate pair in UTF-16).
const Line kLines[] = {
    {u"[00:00:04] Facilitator: ", u"Welcome, everyone. Let’s talk about naïve résumé tools.", 4000},
    {u"[00:00:29] P1: ", u"I felt isolated 😀 at home, really isolated and alone.", 29000},
    {u"[00:01:02] P2: ", u"The café was closed; we met online instead.", 62000},
    {u"[00:01:30] P1: ", u"Online groups helped. Über-helpful, honestly.", 90000},
};
const char16_t kTitle[] = u"Focus group 1 – Café study\n\n";

template <typename T> T unwrap(Result<T> result)
{
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        throw std::runtime_error("core call failed");
    }
    return std::move(result).value();
}

QString plain(const QString& text)
{
    QString s = text;
    s.remove(QLatin1Char('&'));
    return s;
}

} // namespace

QString TranscriptTest::transcriptText()
{
    QString text = QString::fromUtf16(kTitle);
    for (const Line& line : kLines) {
        text += QString::fromUtf16(line.label) + QString::fromUtf16(line.speech) +
                QStringLiteral("\n\n");
    }
    return text;
}

void TranscriptTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("study.tessera"));
    m_project = unwrap(Project::create(m_path, QStringLiteral("Transcript tests")));

    ImportedDocument imported;
    imported.text = transcriptText();
    imported.format = TranscriptFormat::Txt;
    qsizetype from = 0;
    for (const Line& line : kLines) {
        const QString label = QString::fromUtf16(line.label);
        const QString speech = QString::fromUtf16(line.speech);
        const qsizetype at = imported.text.indexOf(label, from);
        ImportedTurn turn;
        turn.speaker = label.section(QLatin1Char(' '), 1, 1).chopped(1);
        turn.start = at + label.size();
        turn.end = turn.start + speech.size();
        turn.beginMs = line.ms;
        imported.turns << turn;
        from = turn.end;
    }
    m_document =
        unwrap(m_project->addDocument(QStringLiteral("FG1"), imported, QStringLiteral("fg1.txt"),
                                      QStringLiteral("Focus group 1")));
    m_turns = m_project->turns(m_document);

    CodeFields fields;
    fields.name = QStringLiteral("Isolation");
    fields.color = QStringLiteral("#e6194b");
    m_isolation = unwrap(m_project->addCode(fields));
    fields.name = QStringLiteral("Online work");
    fields.color = QStringLiteral("#3cb44b");
    m_online = unwrap(m_project->addCode(fields));
    fields.name = QStringLiteral("Wellbeing");
    fields.color = QStringLiteral("#4363d8");
    m_wellbeing = unwrap(m_project->addCode(fields));
    m_me = m_project->currentCoder()->id;
    m_sam = unwrap(m_project->addCoder(QStringLiteral("Sam"), QStringLiteral("#911eb4")));

    m_state = std::make_unique<WorkbenchState>(*m_project);
    m_view = std::make_unique<TranscriptView>(*m_state);
    m_view->resize(760, 520);
    m_view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    m_state->setCurrentDocument(m_document);
    QCoreApplication::processEvents();
}

void TranscriptTest::TearDown()
{
    m_view.reset();
    m_state.reset();
    m_project.reset();
}

qsizetype TranscriptTest::positionOf(const QString& needle, qsizetype from) const
{
    const qsizetype at = transcriptText().indexOf(needle, from);
    EXPECT_GE(at, 0) << needle.toStdString();
    return at;
}

TextRange TranscriptTest::rangeOf(const QString& needle) const
{
    const qsizetype at = positionOf(needle);
    return TextRange{m_document, at, at + needle.size()};
}

std::unique_ptr<Project> TranscriptTest::reopen() const
{
    return unwrap(Project::open(m_path));
}

QList<Coding> TranscriptTest::storedCodings() const
{
    CodingFilter filter;
    filter.documentId = m_document;
    return reopen()->codings(filter);
}

QPoint TranscriptTest::pointAt(qsizetype position) const
{
    QTextCursor cursor(m_view->editor()->document());
    cursor.setPosition(int(position));
    const QRect caret = m_view->editor()->cursorRect(cursor);
    return QPoint(caret.left() + 2, caret.center().y());
}

void TranscriptTest::selectInEditor(qsizetype start, qsizetype end)
{
    QTextCursor cursor(m_view->editor()->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    m_view->editor()->setTextCursor(cursor);
}

bool TranscriptTest::isHighlighted(qsizetype position) const
{
    const QTextBlock block = m_view->editor()->document()->findBlock(int(position));
    const int inBlock = int(position) - block.position();
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length &&
            range.format.background().style() != Qt::NoBrush) {
            return true;
        }
    }
    return false;
}

CodingId TranscriptTest::addCoding(CodeId code, const TextRange& range,
                                   std::optional<CoderId> coder)
{
    NewCoding coding;
    coding.documentId = m_document;
    coding.codeId = code;
    coding.coderId = coder;
    coding.start = range.start;
    coding.end = range.end;
    return unwrap(m_project->addCoding(coding));
}

QAction* findAction(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (plain(action->text()) == text) {
            return action;
        }
        if (action->menu()) {
            if (QAction* found = findAction(action->menu(), text)) {
                return found;
            }
        }
    }
    return nullptr;
}

QMenu* findSubMenu(QMenu* menu, const QString& title)
{
    for (QAction* action : menu->actions()) {
        if (action->menu() && plain(action->text()) == title) {
            return action->menu();
        }
    }
    return nullptr;
}

} // namespace tessera::ui::test
