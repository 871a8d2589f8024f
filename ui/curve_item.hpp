#pragma once
// A decimated curve drawn on a Qt Charts plot area. QLineSeries lays out every replace() through
// a miter-joined QPainterPathStroker (its hover shape), ~6 ms per 3,500 points on this machine,
// which put eight live curves far past a 16 ms frame; this item maps the same decimated points
// onto the plot area and draws one polyline. The chart keeps an empty QLineSeries per curve for
// the legend and the axis it belongs to.

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <vector>

#include "decimator.hpp"

namespace gasbench::ui {

struct PlotMapping {
    QRectF area;  // the plot area, in the chart's coordinates
    double t0 = 0.0, t1 = 1.0;
    double v0 = 0.0, v1 = 1.0;
};

class CurveItem : public QGraphicsItem {
  public:
    explicit CurveItem(QGraphicsItem* parent = nullptr);
    void setPen(const QPen& pen) { pen_ = pen; }
    void setPoints(const std::vector<ChartPoint>& points, const PlotMapping& mapping);
    int pointCount() const { return static_cast<int>(polyline_.size()); }

    QRectF boundingRect() const override { return area_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  private:
    QPen pen_;
    QRectF area_;
    QPolygonF polyline_;
};

}  // namespace gasbench::ui
