#include "time_chart.hpp"

#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QOpenGLWidget>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "opengl_support.hpp"

namespace gasbench::ui {
namespace {
constexpr int kRefreshMs = 40;  // at most 25 redraws a second
const QColor kCurveColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                               QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                               QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                               QColor(0x17, 0xbe, 0xcf), QColor(0x7f, 0x7f, 0x7f)};
}  // namespace

TimeChart::TimeChart(QWidget* parent) : QChartView(parent) {
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart_);
    setRenderHint(QPainter::Antialiasing, false);  // doubles the frame time (MEASURED.md)
    setFocusPolicy(Qt::StrongFocus);
    timeAxis_ = new QValueAxis;
    timeAxis_->setTitleText(tr("time (s)"));
    timeAxis_->setLabelFormat("%.0f");
    chart_->addAxis(timeAxis_, Qt::AlignBottom);
    markerAxis_ = new QValueAxis;
    markerAxis_->setRange(0.0, 1.0);
    markerAxis_->setVisible(false);
    chart_->addAxis(markerAxis_, Qt::AlignRight);
    tick_.setInterval(kRefreshMs);
    connect(&tick_, &QTimer::timeout, this, [this] {
        if (dirty_) refresh();
    });
    tick_.start();
    connect(chart_, &QChart::plotAreaChanged, this, [this] { dirty_ = true; });
}

TimeChart::~TimeChart() = default;

bool TimeChart::setOpenGl(bool wanted, QString* reason) {
    QString why = wanted ? openGlUnavailableReason() : QString();
    const bool on = wanted && why.isEmpty();
    if (reason) *reason = why;
    if (on == openGl_) return on;
    // QGraphicsView takes ownership of the viewport and deletes the one before.
    if (on) {
        setViewport(new QOpenGLWidget);
    } else {
        setViewport(new QWidget);
    }
    setRenderHint(QPainter::Antialiasing, false);
    openGl_ = on;
    dirty_ = true;
    return on;
}

QValueAxis* TimeChart::axisFor(const QString& unit) {
    auto it = unitAxes_.find(unit);
    if (it != unitAxes_.end()) return *it;
    auto* axis = new QValueAxis;
    axis->setTitleText(unit);
    axis->setLabelFormat("%.3g");
    chart_->addAxis(axis, unitAxes_.size() % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    unitAxes_.insert(unit, axis);
    return axis;
}

void TimeChart::hideFromLegend(QLineSeries* series) {
    for (QLegendMarker* m : chart_->legend()->markers(series)) m->setVisible(false);
}

void TimeChart::setChannels(const std::vector<ChartChannel>& channels) {
    for (auto& m : markers_) delete m.label;
    markers_.clear();
    limits_.clear();
    for (auto& c : curves_) delete c->curve;
    curves_.clear();
    chart_->removeAllSeries();
    for (QValueAxis* a : unitAxes_) {
        chart_->removeAxis(a);
        delete a;
    }
    unitAxes_.clear();
    for (const ChartChannel& c : channels) {
        auto curve = std::make_unique<Curve>();
        curve->series = new QLineSeries;
        curve->series->setName(QStringLiteral("%1 (%2)").arg(c.name, c.unit));
        QPen pen(kCurveColors[curves_.size() % std::size(kCurveColors)]);
        pen.setWidth(1);
        curve->series->setPen(pen);
        chart_->addSeries(curve->series);
        curve->curve = new CurveItem(chart_);
        curve->curve->setPen(pen);
        curve->curve->setZValue(5);
        curve->axis = axisFor(c.unit);
        curve->series->attachAxis(timeAxis_);
        curve->series->attachAxis(curve->axis);
        curves_.push_back(std::move(curve));
    }
    following_ = true;
    dirty_ = true;
}

void TimeChart::clearData() {
    for (auto& c : curves_) c->data.clear();
    for (auto& m : markers_) {
        chart_->removeSeries(m.series);
        delete m.series;
        delete m.label;
    }
    markers_.clear();
    following_ = true;
    dirty_ = true;
}

void TimeChart::append(int channel, double t, double v) {
    if (channel < 0 || channel >= channelCount()) return;
    curves_[static_cast<std::size_t>(channel)]->data.append(t, v);
    if (!paused_) dirty_ = true;
}

void TimeChart::addLimitLine(const QString& unit, double value, const QString& label) {
    auto it = unitAxes_.find(unit);
    if (it == unitAxes_.end()) return;
    LimitLine line;
    line.series = new QLineSeries;
    line.series->setName(label);
    QPen pen(QColor(0xc0, 0x00, 0x00));
    pen.setStyle(Qt::DashLine);
    line.series->setPen(pen);
    chart_->addSeries(line.series);
    line.series->attachAxis(timeAxis_);
    line.series->attachAxis(*it);
    line.axis = *it;
    line.value = value;
    limits_.push_back(line);
    dirty_ = true;
}

void TimeChart::addMarker(double t, const QString& label) {
    Marker m;
    m.t = t;
    m.series = new QLineSeries;
    m.series->setName(label);
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setStyle(Qt::DotLine);
    m.series->setPen(pen);
    chart_->addSeries(m.series);
    m.series->attachAxis(timeAxis_);
    m.series->attachAxis(markerAxis_);
    m.series->replace(QList<QPointF>{{t, 0.0}, {t, 1.0}});
    hideFromLegend(m.series);
    m.label = new QGraphicsSimpleTextItem(label, chart_);
    m.label->setZValue(10);
    markers_.push_back(m);
    dirty_ = true;
}

void TimeChart::setSpan(double seconds) {
    span_ = std::max(1.0, seconds);
    following_ = true;
    dirty_ = true;
}

void TimeChart::setPaused(bool paused) {
    paused_ = paused;
    if (!paused) dirty_ = true;
}

double TimeChart::newestTime() const {
    double t = 0.0;
    for (const auto& c : curves_) {
        if (!c->data.empty()) t = std::max(t, c->data.lastTime());
    }
    return t;
}

double TimeChart::oldestTime() const {
    double t = newestTime();
    for (const auto& c : curves_) {
        if (!c->data.empty()) t = std::min(t, c->data.firstTime());
    }
    return t;
}

void TimeChart::showAll() {
    following_ = false;
    t0_ = oldestTime();
    t1_ = std::max(newestTime(), t0_ + 1.0);
    dirty_ = true;
    refresh();
}

void TimeChart::zoomTime(double factor) {
    double centre = (t0_ + t1_) / 2.0;
    double half = std::max(0.05, (t1_ - t0_) * factor / 2.0);
    if (following_) {
        span_ = 2.0 * half;
    } else {
        t0_ = centre - half;
        t1_ = centre + half;
    }
    dirty_ = true;
}

void TimeChart::panTime(double fraction) {
    following_ = false;
    double shift = (t1_ - t0_) * fraction;
    t0_ += shift;
    t1_ += shift;
    dirty_ = true;
}

void TimeChart::placeWindow() {
    if (following_ && !paused_) {
        t1_ = std::max(newestTime(), span_);
        t0_ = t1_ - span_;
    }
    int columns = std::max(1, static_cast<int>(chart_->plotArea().width()));
    if (chart_->plotArea().width() < 2.0) columns = std::max(1, width() - 120);
    for (auto& c : curves_) c->data.setWindow(t0_, t1_, columns);
}

void TimeChart::scaleAxes() {
    for (QValueAxis* axis : unitAxes_) {
        bool any = false;
        double low = 0.0;
        double high = 0.0;
        auto widen = [&](double lo, double hi) {
            low = any ? std::min(low, lo) : lo;
            high = any ? std::max(high, hi) : hi;
            any = true;
        };
        for (const auto& c : curves_) {
            double lo = 0.0;
            double hi = 0.0;
            if (c->axis == axis && c->data.valueRange(lo, hi)) widen(lo, hi);
        }
        for (const auto& l : limits_) {
            if (l.axis == axis) widen(l.value, l.value);
        }
        if (!any) continue;
        double margin = std::max((high - low) * 0.05, std::max(std::abs(high), 1.0) * 1e-3);
        axis->setRange(low - margin, high + margin);
    }
}

void TimeChart::placeMarkers() {
    // Labels that would overlap the one to their left are hidden; their lines stay.
    constexpr double kLabelGap = 70.0;
    std::vector<Marker*> visible;
    for (auto& m : markers_) {
        bool inside = m.t >= t0_ && m.t <= t1_;
        m.label->setVisible(inside);
        if (inside) visible.push_back(&m);
    }
    std::sort(visible.begin(), visible.end(),
              [](const Marker* a, const Marker* b) { return a->t < b->t; });
    double lastX = -1e9;
    for (Marker* m : visible) {
        QPointF top = chart_->mapToPosition(QPointF(m->t, 1.0), m->series);
        if (top.x() - lastX < kLabelGap) {
            m->label->setVisible(false);
            continue;
        }
        lastX = top.x();
        m->label->setPos(top.x() + 3.0, top.y() + 2.0);
    }
}

void TimeChart::refresh() {
    dirty_ = false;
    placeWindow();
    // Limit lines are series: empty them while the axes change, so each is laid out once.
    for (auto& l : limits_) l.series->clear();
    timeAxis_->setRange(t0_, t1_);
    scaleAxes();
    for (auto& c : curves_) {
        PlotMapping m{chart_->plotArea(), t0_, t1_, c->axis->min(), c->axis->max()};
        c->curve->setPoints(c->data.points(), m);
    }
    for (auto& l : limits_) l.series->replace(QList<QPointF>{{t0_, l.value}, {t1_, l.value}});
    placeMarkers();
}

int TimeChart::drawnPointCount(int channel) const {
    if (channel < 0 || channel >= channelCount()) return 0;
    return curves_[static_cast<std::size_t>(channel)]->curve->pointCount();
}

void TimeChart::wheelEvent(QWheelEvent* event) {
    zoomTime(event->angleDelta().y() > 0 ? 0.8 : 1.25);
    event->accept();
}

void TimeChart::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        dragging_ = true;
        dragFrom_ = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChart::mouseMoveEvent(QMouseEvent* event) {
    if (!dragging_) return QChartView::mouseMoveEvent(event);
    double plotWidth = std::max(1.0, chart_->plotArea().width());
    int dx = event->position().toPoint().x() - dragFrom_.x();
    dragFrom_ = event->position().toPoint();
    panTime(-dx / plotWidth);
    event->accept();
}

void TimeChart::mouseReleaseEvent(QMouseEvent* event) {
    dragging_ = false;
    QChartView::mouseReleaseEvent(event);
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent* event) {
    following_ = true;  // back to the newest data
    dirty_ = true;
    event->accept();
}

void TimeChart::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Plus:
            zoomTime(0.8);
            break;
        case Qt::Key_Minus:
            zoomTime(1.25);
            break;
        case Qt::Key_Left:
            panTime(-0.1);
            break;
        case Qt::Key_Right:
            panTime(0.1);
            break;
        case Qt::Key_Home:
            following_ = true;
            dirty_ = true;
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
    }
    event->accept();
}

}  // namespace gasbench::ui
