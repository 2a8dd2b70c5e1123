#pragma once

#include <QGraphicsView>

namespace tessera::ui {

// The thematic map on screen: Ctrl+wheel zooms about the pointer, a drag on empty space
// selects nodes with a rubber band, and the zoom survives refreshes of the scene.
class ThematicMapView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 5.0;
    static constexpr double kZoomStep = 1.25;

    explicit ThematicMapView(QWidget* parent = nullptr);

    double zoom() const { return transform().m11(); }
    void setZoom(double zoom);
    void zoomIn() { setZoom(zoom() * kZoomStep); }
    void zoomOut() { setZoom(zoom() / kZoomStep); }
    // Fits the whole map in the view (never enlarging past 100 %).
    void zoomToFit();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    bool focusNextPrevChild(bool next) override;
};

} // namespace tessera::ui
