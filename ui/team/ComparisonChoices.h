#pragma once

#include "model/Entities.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace tessera {
class Project;
}

namespace tessera::ui {

// What the Agreement tab compares: which coders (ticked, at least two), which codes (none
// ticked = every code one of the coders applied) and which documents (all ticked by default).
// Refilled on every refresh, keeping the user's ticks; documents added later start ticked.
class ComparisonChoices : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonChoices(QWidget* parent = nullptr);

    // Until the user ticks coders, ticks the first two coders with codings (the Consensus coder
    // aside), so a coder added or coding later is picked up.
    void refill(const Project& project);

    QList<CoderId> coders() const; // ticked, in the project's order
    QList<CodeId> codes() const;   // ticked, in code-tree order
    // Ticked documents; empty when every document is ticked (agreement's "every document").
    QList<DocumentId> documents() const;
    QStringList documentNames() const; // of the documents compared
    bool allDocuments() const;

    void setCoders(const QList<CoderId>& coders);
    void setCodes(const QList<CodeId>& codes);
    void setDocuments(const QList<DocumentId>& documents); // empty = all

    // Under the Codes heading: what ticking codes means (the Agreement tab's domain switch
    // changes it).
    void setCodesHint(const QString& hint);

    QListWidget* coderList() const { return m_coders; }
    QTreeWidget* codeTree() const { return m_codes; }
    QListWidget* documentList() const { return m_documents; }

signals:
    void changed();

private:
    void fillCoders(const Project& project);
    void fillCodes(const Project& project);
    void fillDocuments(const Project& project);
    void noteChange();

    QListWidget* m_coders;
    QTreeWidget* m_codes;
    QLabel* m_codesHint;
    QListWidget* m_documents;
    bool m_codersChosen = false; // the user ticked coders: keep their choice
    bool m_filling = false;
    QSet<qint64> m_knownDocuments; // offered before: a new one starts ticked
};

} // namespace tessera::ui
