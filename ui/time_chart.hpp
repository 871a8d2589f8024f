#pragma once
// Curves against time on Qt Charts: one value axis per unit (alternating left and right), the
// profile's limit lines, event markers, pause, zoom (wheel, +/-) and pan (drag, arrows). Qt
// Charts only ever gets the decimated points (decimator.hpp), and at most one redraw per
// refresh tick (25 a second) however fast the data comes. Raster rendering unless OpenGL is asked
// for and a real context exists (opengl_support.hpp); otherwise it falls back to raster.

#include <QChartView>
#include <QMap>
#include <QTimer>
#include <memory>
#include <vector>

#include "curve_item.hpp"
#include "decimator.hpp"

class QLineSeries;
class QValueAxis;
class QGraphicsSimpleTextItem;

namespace gasbench::ui {

struct ChartChannel {
    QString name;  // "inlet.pressure"
    QString unit;  // "kPa": channels of one unit share an axis
};

class TimeChart : public QChartView {
    Q_OBJECT
  public:
    explicit TimeChart(QWidget* parent = nullptr);
    ~TimeChart() override;

    // Draws through an OpenGL viewport when `wanted` and usable here, else raster. Returns
    // whether OpenGL is on; `reason` gets why not when it was wanted but refused.
    bool setOpenGl(bool wanted, QString* reason = nullptr);
    bool usingOpenGl() const { return openGl_; }

    void setChannels(const std::vector<ChartChannel>& channels);
    void clearData();
    void append(int channel, double t, double v);
    // A horizontal line on the axis of `unit` (nothing when no channel has that unit).
    void addLimitLine(const QString& unit, double value, const QString& label);
    void addMarker(double t, const QString& label);

    // Live: the window follows the newest point, `span` seconds wide.
    void setSpan(double seconds);
    void setPaused(bool paused);
    bool paused() const { return paused_; }
    // The whole recorded time, not following (the after-the-run view).
    void showAll();
    void zoomTime(double factor);   // < 1 zooms in around the window's centre
    void panTime(double fraction);  // of the window's width; stops following

    // Decimates and hands the visible points to Qt Charts; called by the refresh tick when
    // something changed, and by the benchmark directly.
    void refresh();

    int channelCount() const { return static_cast<int>(curves_.size()); }
    int drawnPointCount(int channel) const;
    int markerCount() const { return static_cast<int>(markers_.size()); }
    int limitLineCount() const { return static_cast<int>(limits_.size()); }
    QPair<double, double> window() const { return {t0_, t1_}; }

  protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

  private:
    struct Curve {
        ColumnDecimator data;
        QLineSeries* series = nullptr;  // empty: the legend entry and the axis
        CurveItem* curve = nullptr;
        QValueAxis* axis = nullptr;
    };
    struct LimitLine {
        QLineSeries* series = nullptr;
        QValueAxis* axis = nullptr;
        double value = 0.0;
    };
    struct Marker {
        double t = 0.0;
        QLineSeries* series = nullptr;
        QGraphicsSimpleTextItem* label = nullptr;
    };
    QValueAxis* axisFor(const QString& unit);
    void placeWindow();
    void scaleAxes();
    void placeMarkers();
    void hideFromLegend(QLineSeries* series);
    double newestTime() const;
    double oldestTime() const;

    QChart* chart_ = nullptr;
    QValueAxis* timeAxis_ = nullptr;
    QValueAxis* markerAxis_ = nullptr;  // hidden 0..1: markers span the plot's height
    QMap<QString, QValueAxis*> unitAxes_;
    std::vector<std::unique_ptr<Curve>> curves_;
    std::vector<LimitLine> limits_;
    std::vector<Marker> markers_;
    QTimer tick_;
    bool dirty_ = false;
    bool openGl_ = false;
    bool following_ = true;
    bool paused_ = false;
    double span_ = 60.0;
    double t0_ = 0.0;
    double t1_ = 60.0;
    QPoint dragFrom_;
    bool dragging_ = false;
};

}  // namespace gasbench::ui
