#pragma once

#include "common/WorkbenchState.h"
#include "project/Project.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolBar;

namespace tessera::ui {

class AttributeDefinitionDialog;
class AttributeSortProxy;
class AttributeTableModel;
class TableFileReader;
struct UserPrompts;

// The "Participants & Attributes" tab: participants and documents as two tables, one column
// per attribute, edited in place with an editor that fits the attribute's type (each edit one
// undoable Project call). The toolbar adds and deletes attributes, imports them from CSV/XLSX
// (with a report of what was matched, created and refused), adds and deletes participants;
// the filter box narrows both tables; a click on a header sorts (numbers as numbers). Choosing
// a participant points the Memo pane at it (participantChosen).
class CasesView : public QWidget {
    Q_OBJECT

public:
    CasesView(WorkbenchState& state, const UserPrompts& prompts, QWidget* parent = nullptr);
    ~CasesView() override;

    AttributeScope currentScope() const;
    void showScope(AttributeScope scope);
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* view(AttributeScope scope) const;
    AttributeTableModel* model(AttributeScope scope) const;
    AttributeSortProxy* proxy(AttributeScope scope) const;
    QLineEdit* filterBox() const { return m_filter; }
    QToolBar* toolBar() const { return m_toolBar; }
    QWidget* focusTarget() const;
    // Selects the row of a participant or document (and shows its tab).
    void selectOwner(AttributeScope scope, qint64 id);

    QAction* addAttributeAction() const { return m_addAttribute; }
    QAction* deleteAttributeAction() const { return m_deleteAttribute; }
    QAction* importAttributesAction() const { return m_importAttributes; }
    QAction* addParticipantAction() const { return m_addParticipant; }
    QAction* deleteParticipantAction() const { return m_deleteParticipant; }

    void addAttribute();
    AttributeDefinitionDialog* definitionDialog() const;
    // Deletes the attribute of the current cell's column, after confirming.
    void deleteCurrentAttribute();
    void addParticipant();
    void deleteCurrentParticipant();
    // Asks for a CSV/XLSX file, then importAttributesFrom().
    void importAttributes();
    // Reads the file off the UI thread, then imports it for the shown tab's scope;
    // importFinished() tells how it went.
    void importAttributesFrom(const QString& path);
    TableFileReader* reader() const { return m_reader; }
    const std::optional<AttributeImportReport>& lastImportReport() const { return m_lastReport; }

signals:
    void participantChosen(tessera::ParticipantId id);
    void documentChosen(tessera::DocumentId id);
    void statusMessage(const QString& message);
    void problem(const QString& message);
    void failure(const QString& title, const QString& message);
    void report(const QString& title, const QString& summary, const QString& details);
    void importFinished(bool ok);

private:
    struct Page {
        AttributeTableModel* model = nullptr;
        AttributeSortProxy* proxy = nullptr;
        QTableView* view = nullptr;
    };

    Page makePage(AttributeScope scope);
    const Page& page(AttributeScope scope) const;
    QAction* addViewAction(const QString& text, const QString& tip);
    void finishImport(const QString& path);
    void updateActions();
    void updateNote();
    void fitColumns(AttributeScope scope);

    WorkbenchState& m_state;
    const UserPrompts& m_prompts;
    QToolBar* m_toolBar;
    QLineEdit* m_filter;
    QLabel* m_note;
    QTabWidget* m_tabs;
    Page m_participants;
    Page m_documents;
    TableFileReader* m_reader;
    AttributeScope m_importScope = AttributeScope::Participant;
    std::optional<AttributeImportReport> m_lastReport;
    QPointer<AttributeDefinitionDialog> m_definitionDialog;
    QAction* m_addAttribute = nullptr;
    QAction* m_deleteAttribute = nullptr;
    QAction* m_importAttributes = nullptr;
    QAction* m_addParticipant = nullptr;
    QAction* m_deleteParticipant = nullptr;
};

} // namespace tessera::ui
