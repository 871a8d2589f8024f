#include "curve_item.hpp"

#include <QPainter>

namespace gasbench::ui {

CurveItem::CurveItem(QGraphicsItem* parent) : QGraphicsItem(parent) {}

void CurveItem::setPoints(const std::vector<ChartPoint>& points, const PlotMapping& m) {
    if (area_ != m.area) prepareGeometryChange();
    area_ = m.area;
    polyline_.resize(static_cast<qsizetype>(points.size()));
    double sx = m.t1 > m.t0 ? m.area.width() / (m.t1 - m.t0) : 0.0;
    double sy = m.v1 > m.v0 ? m.area.height() / (m.v1 - m.v0) : 0.0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        polyline_[static_cast<qsizetype>(i)] = QPointF(m.area.left() + (points[i].t - m.t0) * sx,
                                                       m.area.bottom() - (points[i].v - m.v0) * sy);
    }
    update();
}

void CurveItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (polyline_.size() < 2) return;
    painter->save();
    painter->setClipRect(area_);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen_);
    painter->drawPolyline(polyline_);
    painter->restore();
}

}  // namespace gasbench::ui
