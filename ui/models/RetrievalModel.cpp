#include "RetrievalModel.h"

#include "ModelSupport.h"
#include "common/CodingOperations.h"
#include "project/Project.h"

#include <QSet>

namespace tessera::ui {
namespace {

constexpr qsizetype kContextChars = 120;

bool sameExcerpt(const Excerpt& a, const Excerpt& b)
{
    const Coding& x = a.coding;
    const Coding& y = b.coding;
    return x.id == y.id && x.documentId == y.documentId && x.codeId == y.codeId &&
           x.coderId == y.coderId && x.start == y.start && x.end == y.end && x.memo == y.memo &&
           x.keyQuote == y.keyQuote && a.documentName == b.documentName && a.group == b.group &&
           a.codePath == b.codePath && a.coderName == b.coderName && a.turnIndex == b.turnIndex &&
           a.speaker == b.speaker && a.beginMs == b.beginMs && a.text == b.text;
}

bool isSpace(const QString& text, qsizetype at)
{
    return text.at(at).isSpace();
}

} // namespace

RetrievalModel::RetrievalModel(WorkbenchState& state, QObject* parent)
    : QAbstractTableModel(parent), m_state(state)
{
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Documents)) {
            m_texts.clear();
        }
        if (what.testFlag(ProjectChange::Codes)) {
            m_codesLoaded = false;
        }
        ProjectChanges relevant = ProjectChange::Codings | ProjectChange::Codes |
                                  ProjectChange::Documents | ProjectChange::Speakers |
                                  ProjectChange::Coders;
        if (m_kind == TargetKind::Theme) {
            relevant |= ProjectChange::Themes;
        }
        if (m_kind != TargetKind::None && (what & relevant)) {
            refresh();
        }
    });
    connect(&state, &WorkbenchState::codingVisibilityChanged, this, [this] {
        if (m_kind != TargetKind::None) {
            refresh();
        }
    });
}

void RetrievalModel::showCode(CodeId code, bool includeChildCodes)
{
    // Another code's excerpts are a new list: reset rather than diff.
    beginResetModel();
    m_rows.clear();
    m_kind = TargetKind::Code;
    m_targetId = code.value;
    m_includeChildCodes = includeChildCodes;
    endResetModel();
    refresh();
}

void RetrievalModel::showTheme(ThemeId theme)
{
    beginResetModel();
    m_rows.clear();
    m_kind = TargetKind::Theme;
    m_targetId = theme.value;
    m_includeChildCodes = false;
    endResetModel();
    refresh();
}

void RetrievalModel::clear()
{
    m_kind = TargetKind::None;
    m_targetId = 0;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    setTitle(QString());
}

void RetrievalModel::refresh()
{
    const Project& project = m_state.project();
    loadCodes();
    QString name;
    if (m_kind == TargetKind::Code) {
        const auto code = m_codes.constFind(m_targetId);
        if (code == m_codes.cend()) {
            clear();
            return;
        }
        name = code->first;
    } else if (m_kind == TargetKind::Theme) {
        const auto theme = project.theme(ThemeId(m_targetId));
        if (!theme) {
            clear();
            return;
        }
        name = theme->fields.name;
    } else {
        clear();
        return;
    }
    const Retrieval retrieval(project);
    const QList<Excerpt> rows =
        m_kind == TargetKind::Code
            ? retrieval.excerptsForCode(CodeId(m_targetId), m_includeChildCodes,
                                        m_state.visibleCoder())
            : retrieval.excerptsForTheme(ThemeId(m_targetId), m_state.visibleCoder());
    for (const Excerpt& e : rows) {
        const qint64 document = e.coding.documentId.value;
        if (!m_texts.contains(document)) {
            m_texts.insert(document, project.documentText(e.coding.documentId));
        }
    }
    setRows(rows);
    const int count = int(m_rows.size());
    setTitle(count == 1 ? tr("%1 · 1 excerpt").arg(name)
                        : tr("%1 · %2 excerpts").arg(name).arg(count));
}

void RetrievalModel::loadCodes()
{
    if (m_codesLoaded) {
        return;
    }
    m_codes.clear();
    for (const Code& code : m_state.project().codes()) {
        m_codes.insert(code.id.value, {code.fields.name, colorFromText(code.fields.color)});
    }
    m_codesLoaded = true;
}

void RetrievalModel::setRows(const QList<Excerpt>& rows)
{
    // Excerpts keep their document order, so a change is one run of old rows replaced by one
    // run of new ones between an unchanged head and tail.
    const qsizetype oldCount = m_rows.size();
    const qsizetype newCount = rows.size();
    qsizetype head = 0;
    while (head < oldCount && head < newCount && m_rows[head].coding.id == rows[head].coding.id) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head &&
           m_rows[oldCount - 1 - tail].coding.id == rows[newCount - 1 - tail].coding.id) {
        ++tail;
    }
    if (oldCount - tail > head) {
        beginRemoveRows({}, int(head), int(oldCount - tail - 1));
        m_rows.remove(head, oldCount - tail - head);
        endRemoveRows();
    }
    if (newCount - tail > head) {
        beginInsertRows({}, int(head), int(newCount - tail - 1));
        m_rows.insert(head, newCount - tail - head, Excerpt{});
        for (qsizetype i = head; i < newCount - tail; ++i) {
            m_rows[i] = rows[i];
        }
        endInsertRows();
    }
    QList<int> changed;
    for (qsizetype i = 0; i < newCount; ++i) {
        if (!sameExcerpt(m_rows[i], rows[i])) {
            changed << int(i);
        }
    }
    m_rows = rows;
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1) {
            ++j;
        }
        emit dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
        i = j + 1;
    }
}

void RetrievalModel::setTitle(const QString& title)
{
    if (title != m_title) {
        m_title = title;
        emit titleChanged(title);
    }
}

QString RetrievalModel::title() const
{
    return m_title;
}

const Excerpt& RetrievalModel::excerptAt(int row) const
{
    static const Excerpt none;
    return row >= 0 && row < m_rows.size() ? m_rows[row] : none;
}

TextRange RetrievalModel::rangeAt(int row) const
{
    const Excerpt& e = excerptAt(row);
    return TextRange{e.coding.documentId, e.coding.start, e.coding.end};
}

QString RetrievalModel::citationAt(int row) const
{
    const Excerpt& e = excerptAt(row);
    return e.coding.id.isValid() ? citation(e.text, e.group, e.documentName, e.speaker) : QString();
}

QString RetrievalModel::contextOf(const Excerpt& e) const
{
    const QString text = m_texts.value(e.coding.documentId.value);
    const qsizetype start = e.coding.start;
    const qsizetype end = e.coding.end;
    if (start < 0 || end > text.size() || start > end) {
        return QStringLiteral("«") + e.text + QStringLiteral("»");
    }
    qsizetype from = std::max<qsizetype>(0, start - kContextChars);
    qsizetype to = std::min<qsizetype>(text.size(), end + kContextChars);
    // Cut at spaces so no word (nor surrogate pair) is split at either edge.
    if (from > 0) {
        qsizetype at = from;
        while (at < start && !isSpace(text, at)) {
            ++at;
        }
        from = at < start ? at + 1 : from;
        if (from < text.size() && text.at(from).isLowSurrogate()) {
            ++from;
        }
    }
    if (to < text.size()) {
        qsizetype at = to;
        while (at > end && !isSpace(text, at - 1)) {
            --at;
        }
        to = at > end ? at - 1 : to;
        if (to < text.size() && text.at(to).isLowSurrogate()) {
            ++to;
        }
    }
    QString context = from > 0 ? QStringLiteral("…") : QString();
    context += text.mid(from, start - from).trimmed();
    context += (from < start ? QStringLiteral(" «") : QStringLiteral("«"));
    context += text.mid(start, end - start);
    context += (to > end ? QStringLiteral("» ") : QStringLiteral("»"));
    context += text.mid(end, to - end).trimmed();
    if (to < text.size()) {
        context += QStringLiteral("…");
    }
    return context;
}

QString RetrievalModel::tooltipOf(const Excerpt& e) const
{
    QStringList where;
    for (const QString& part : {e.group, e.documentName, e.speaker}) {
        if (!part.isEmpty()) {
            where << part;
        }
    }
    return richTooltip(where.join(QStringLiteral(" · ")),
                       {{QString(), e.text}, {tr("Memo:"), e.coding.memo}});
}

int RetrievalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RetrievalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetrievalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Excerpt& e = m_rows[index.row()];
    switch (role) {
    case CodingIdRole:
        return e.coding.id.value;
    case DocumentIdRole:
        return e.coding.documentId.value;
    case StartRole:
        return qint64(e.coding.start);
    case EndRole:
        return qint64(e.coding.end);
    case ContextRole:
        return contextOf(e);
    case KeyQuoteRole:
        return e.coding.keyQuote;
    case Qt::ToolTipRole:
        return tooltipOf(e);
    case Qt::DecorationRole:
        if (index.column() == CodeColumn) {
            const QColor color = m_codes.value(e.coding.codeId.value).second;
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::DisplayRole:
        return ExcerptColumns::display(e, index.column());
    default:
        return {};
    }
}

QVariant RetrievalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return ExcerptColumns::header(section);
}

} // namespace tessera::ui
