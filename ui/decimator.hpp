#pragma once
// One chart curve decimated to what a screen can show (PlotJuggler's approach): the raw points
// stay in time order, the visible window is cut into pixel columns on a grid aligned to absolute
// time, and each column keeps its first, lowest, highest and last point. New points only touch
// the last column; scrolling at the same zoom only drops and adds columns at the edges; only a
// change of zoom rebuilds, from a binary search of the raw points. No Qt widgets here.

#include <cstddef>
#include <deque>
#include <vector>

namespace gasbench::ui {

struct ChartPoint {
    double t = 0.0;  // seconds from the run's start
    double v = 0.0;  // in the channel's display unit
};

class ColumnDecimator {
  public:
    // Points must come in time order; an older one is ignored.
    void append(double t, double v);
    void clear();
    // Drops the raw points older than t (bounded memory on long runs).
    void trimBefore(double t);

    // The visible window [t0, t1] over `columns` pixel columns.
    void setWindow(double t0, double t1, int columns);

    // First, lowest, highest and last point of each visible column, in time order, without
    // repeats: at most four per column whatever the number of raw points.
    const std::vector<ChartPoint>& points();

    std::size_t rawCount() const { return raw_.size(); }
    bool empty() const { return raw_.empty(); }
    double firstTime() const { return raw_.empty() ? 0.0 : raw_.front().t; }
    double lastTime() const { return raw_.empty() ? 0.0 : raw_.back().t; }
    // Lowest and highest value in the window (for autoscaling); false when it is empty.
    bool valueRange(double& low, double& high) const;

  private:
    struct Column {
        long long index = 0;
        ChartPoint first, low, high, last;
    };
    long long columnOf(double t) const;
    void add(const ChartPoint& p);
    void rebuild();

    std::deque<ChartPoint> raw_;
    std::deque<Column> columns_;
    double t0_ = 0.0;
    double t1_ = 0.0;
    double width_ = 0.0;          // seconds per column; 0 until a window is set
    double includedUntil_ = 0.0;  // the newest raw time already in the columns
    bool anyIncluded_ = false;
    std::vector<ChartPoint> out_;
    bool outDirty_ = true;
};

}  // namespace gasbench::ui
