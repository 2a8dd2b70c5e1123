#include "ThematicMapPane.h"

#include "MapNodeItem.h"
#include "ThematicMapScene.h"
#include "ThematicMapView.h"
#include "map/ThematicMap.h"
#include "project/Project.h"
#include "workbench/UiText.h"

#include <QAction>
#include <QLabel>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace tessera::ui {

ThematicMapPane::ThematicMapPane(WorkbenchState& state, QWidget* parent)
    : QWidget(parent), m_state(state), m_scene(new ThematicMapScene(this)),
      m_view(new ThematicMapView(this)), m_toolBar(new QToolBar(this)),
      m_zoomLabel(new QLabel(this)), m_emptyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("thematicMap"));
    setAccessibleName(tr("Thematic map"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_zoomIn = addMapAction(tr("Zoom &In"), tr("Enlarge the map"),
                            {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = addMapAction(tr("Zoom &Out"), tr("Shrink the map"), {QKeySequence::ZoomOut});
    m_fit = addMapAction(tr("&Fit Map"), tr("Show the whole map"),
                         {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_actualSize = addMapAction(tr("&Actual Size"), tr("Show the map at 100 %"), {});
    m_reset =
        addMapAction(tr("&Reset Map Layout"),
                     tr("Forget the arranged positions and lay the map out automatically"), {});
    m_export = addMapAction(tr("E&xport Map…"), tr("Save the map as SVG or PNG"), {});
    m_toolBar->setAccessibleName(tr("Map tools"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_zoomIn, m_zoomOut, m_fit, m_actualSize});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_reset, m_export});
    m_toolBar->addSeparator();
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setContentsMargins(6, 0, 6, 0);
    m_toolBar->addWidget(m_zoomLabel);
    layout->addWidget(m_toolBar);

    m_emptyNote->setText(tr("The map shows themes and the codes in them. Create a theme (Themes "
                            "pane or Theme Board) and add codes to it to start a map."));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setContentsMargins(12, 8, 12, 8);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyNote);

    m_view->setObjectName(QStringLiteral("thematicMapView"));
    m_view->setAccessibleName(tr("Thematic map: Tab moves between nodes, arrow keys move the "
                                 "focused node"));
    m_view->setScene(m_scene);
    layout->addWidget(m_view, 1);

    connect(m_zoomIn, &QAction::triggered, m_view, &ThematicMapView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &ThematicMapView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &ThematicMapView::zoomToFit);
    connect(m_actualSize, &QAction::triggered, m_view, [this] { m_view->setZoom(1.0); });
    connect(m_reset, &QAction::triggered, this, &ThematicMapPane::resetLayout);
    connect(m_export, &QAction::triggered, this, &ThematicMapPane::exportRequested);
    connect(m_view, &ThematicMapView::zoomChanged, this, &ThematicMapPane::updateZoomLabel);
    connect(m_scene, &ThematicMapScene::nodesMoved, this, &ThematicMapPane::storeMoves);
    connect(m_scene, &ThematicMapScene::dragFinished, this, [this] {
        if (std::exchange(m_refreshPending, false)) {
            refresh();
        }
    });
    connect(m_scene, &QGraphicsScene::focusItemChanged, this,
            [this] { describeFocus(!m_rebuilding); });
    // Rebuilding waits for the event loop: a change often arrives from inside the scene's own
    // mouse handling (a stored drag), where its items must not be deleted, and several
    // changes in a row (a merge, then its undo) make one rebuild.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ThematicMapPane::refresh);
    connect(&state.project(), &Project::changed, this, [this](ProjectChanges what) {
        if (what & (ProjectChange::Themes | ProjectChange::Codes | ProjectChange::Map)) {
            m_refreshTimer.start();
        }
    });
    updateZoomLabel(m_view->zoom());
    refresh();
}

ThematicMapPane::~ThematicMapPane()
{
    // Hiding the closing window takes the focus from the scene, which would report it to
    // this half-destroyed pane.
    m_scene->disconnect(this);
}

QAction* ThematicMapPane::addMapAction(const QString& text, const QString& tip,
                                       const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, this);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    return action;
}

QList<QAction*> ThematicMapPane::menuActions() const
{
    return {m_zoomIn, m_zoomOut, m_fit, m_actualSize, m_reset, m_export};
}

void ThematicMapPane::refresh()
{
    // A rebuild in the middle of a drag would pull the node from under the pointer.
    if (m_scene->isDragging()) {
        m_refreshPending = true;
        return;
    }
    m_refreshTimer.stop();
    // Arrow-key moves not stored yet would be lost with the items: store them first.
    m_scene->flushKeyboardMoves();
    m_refreshTimer.stop();
    ThematicMap map = buildThematicMap(m_state.project());
    applyAutomaticLayout(map);
    m_emptyNote->setVisible(map.nodes.isEmpty());
    // Quietly: the status bar keeps what the change said ("Moved …"), though the rebuilt scene
    // gives the focus back to the node that had it.
    m_rebuilding = true;
    m_scene->setMap(map);
    m_rebuilding = false;
    describeFocus(false);
}

void ThematicMapPane::resetLayout()
{
    if (m_state.project().mapPositions().isEmpty()) {
        emit statusMessage(tr("The map already uses the automatic layout."));
        return;
    }
    if (auto st = m_state.project().clearMapPositions(); !st) {
        emit problem(st.error().message);
        return;
    }
    emit statusMessage(tr("The map is laid out automatically again. Ctrl+Z brings back your "
                          "arrangement."));
}

void ThematicMapPane::storeMoves(const QHash<QString, QPointF>& moved)
{
    // The whole layout as it is on screen is stored, not only the moved nodes: otherwise the
    // automatic layout would rearrange the rest around the first new theme.
    const QHash<QString, QPointF> positions = m_scene->positions();
    if (auto st = m_state.project().setMapPositions(positions); !st) {
        emit problem(st.error().message);
        m_refreshTimer.start(); // puts the nodes back where the project has them
        return;
    }
    QString what;
    if (moved.size() == 1) {
        if (const MapNodeItem* node = m_scene->node(moved.cbegin().key())) {
            what = tr("Moved “%1”.").arg(node->node().label);
        }
    }
    if (what.isEmpty()) {
        what = tr("Moved %1.").arg(countOf(moved.size(), tr("%1 node"), tr("%1 nodes")));
    }
    emit statusMessage(what + QLatin1Char(' ') + tr("Ctrl+Z puts it back."));
}

void ThematicMapPane::describeFocus(bool announce)
{
    const auto* node = dynamic_cast<const MapNodeItem*>(m_scene->focusItem());
    if (!node) {
        m_view->setAccessibleDescription({});
        return;
    }
    // Graphics items are invisible to screen readers: the view describes the focused node.
    const QString text = tr("%1 (%2). Arrow keys move it; Tab goes to the next node.")
                             .arg(node->node().label, node->description());
    m_view->setAccessibleDescription(text);
    if (announce && m_view->hasFocus()) {
        emit statusMessage(text);
    }
}

void ThematicMapPane::updateZoomLabel(double zoom)
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
}

void ThematicMapPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first time the map is on screen it is shown whole; afterwards the zoom is the user's.
    // Fitting waits for the layout to give the view its size.
    if (!std::exchange(m_fitted, true)) {
        QTimer::singleShot(0, m_view, &ThematicMapView::zoomToFit);
    }
}

} // namespace tessera::ui
