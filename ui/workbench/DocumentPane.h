#pragma once

#include "common/WorkbenchState.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace tessera::ui {

class DocumentFilterProxyModel;
class DocumentTreeModel;

// The Documents dock: a filter box over the grouped document tree with coding counts.
// Selecting a document shows it in the transcript; the tree follows the transcript when another
// pane (a retrieval jump) changes the document. The context menu offers Link Speakers.
class DocumentPane : public QWidget {
    Q_OBJECT

public:
    explicit DocumentPane(WorkbenchState& state, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }
    QLineEdit* filterBox() const { return m_filter; }
    DocumentTreeModel* model() const { return m_model; }
    DocumentFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void documentChosen(tessera::DocumentId id);
    void linkSpeakersRequested(tessera::DocumentId id);

private:
    void followCurrentDocument(std::optional<DocumentId> id);
    void showContextMenu(const QPoint& pos);

    WorkbenchState& m_state;
    DocumentTreeModel* m_model;
    DocumentFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_view;
};

} // namespace tessera::ui
