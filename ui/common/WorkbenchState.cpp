#include "WorkbenchState.h"

#include "project/Project.h"

namespace tessera::ui {

WorkbenchState::WorkbenchState(Project& project, QObject* parent)
    : QObject(parent), m_project(project), m_blind(project.blindCoding())
{
    connect(&m_project, &Project::changed, this, [this](ProjectChanges what) {
        if (what.testFlag(ProjectChange::Settings)) {
            const bool blind = m_project.blindCoding();
            const bool wasOnlyMine = onlyMyCodings();
            const bool blindChanged = blind != m_blind;
            m_blind = blind;
            if (blindChanged) {
                emit blindCodingChanged(blind);
            }
            // A coder switch changes whose codings "only mine" shows.
            if (wasOnlyMine || onlyMyCodings()) {
                emit codingVisibilityChanged();
            }
        }
        if (what.testFlag(ProjectChange::Codes)) {
            const qsizetype before = m_recent.size();
            m_recent.removeIf([this](CodeId id) { return !m_project.code(id).has_value(); });
            if (m_recent.size() != before) {
                emit recentCodesChanged();
            }
        }
        if (what.testFlag(ProjectChange::Documents) && m_document &&
            !m_project.document(*m_document)) {
            setCurrentDocument(std::nullopt);
        }
    });
}

void WorkbenchState::setCurrentDocument(std::optional<DocumentId> document)
{
    if (document == m_document) {
        return;
    }
    m_document = document;
    m_selection = TextRange{};
    emit currentDocumentChanged(document);
    emit selectionChanged(m_selection);
}

void WorkbenchState::setSelection(const TextRange& selection)
{
    if (selection == m_selection) {
        return;
    }
    m_selection = selection;
    emit selectionChanged(selection);
}

void WorkbenchState::setOnlyMyCodings(bool onlyMine)
{
    if (onlyMine == m_onlyMine) {
        return;
    }
    m_onlyMine = onlyMine;
    // While blind, the choice is only remembered: what is visible does not change.
    if (!m_blind) {
        emit codingVisibilityChanged();
    }
}

std::optional<CoderId> WorkbenchState::visibleCoder() const
{
    if (!onlyMyCodings()) {
        return std::nullopt;
    }
    const auto coder = m_project.currentCoder();
    return coder ? std::optional<CoderId>(coder->id) : std::nullopt;
}

QList<CodeId> WorkbenchState::recentCodes() const
{
    return m_recent;
}

void WorkbenchState::noteCodeUsed(CodeId code)
{
    m_recent.removeAll(code);
    m_recent.prepend(code);
    while (m_recent.size() > kMaxRecentCodes) {
        m_recent.removeLast();
    }
    emit recentCodesChanged();
}

} // namespace tessera::ui
