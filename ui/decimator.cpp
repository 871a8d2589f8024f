#include "decimator.hpp"

#include <algorithm>
#include <cmath>

namespace gasbench::ui {

long long ColumnDecimator::columnOf(double t) const {
    return static_cast<long long>(std::floor(t / width_));
}

void ColumnDecimator::append(double t, double v) {
    if (!raw_.empty() && t < raw_.back().t) return;
    raw_.push_back({t, v});
    if (width_ > 0.0 && t >= t0_ && t <= t1_) {
        add(raw_.back());
        includedUntil_ = t;
        anyIncluded_ = true;
    }
}

void ColumnDecimator::clear() {
    raw_.clear();
    columns_.clear();
    anyIncluded_ = false;
    outDirty_ = true;
}

void ColumnDecimator::trimBefore(double t) {
    while (!raw_.empty() && raw_.front().t < t) raw_.pop_front();
}

void ColumnDecimator::add(const ChartPoint& p) {
    long long c = columnOf(p.t);
    if (columns_.empty() || columns_.back().index != c) {
        columns_.push_back({c, p, p, p, p});
    } else {
        Column& col = columns_.back();
        if (p.v < col.low.v) col.low = p;
        if (p.v > col.high.v) col.high = p;
        col.last = p;
    }
    outDirty_ = true;
}

void ColumnDecimator::rebuild() {
    columns_.clear();
    anyIncluded_ = false;
    // Whole columns: the first one also holds its points left of t0 (clipped when drawn), as it
    // does when the window scrolls onto it.
    double firstColumnStart = static_cast<double>(columnOf(t0_)) * width_;
    auto from = std::lower_bound(raw_.begin(), raw_.end(), firstColumnStart,
                                 [](const ChartPoint& p, double t) { return p.t < t; });
    for (auto it = from; it != raw_.end() && it->t <= t1_; ++it) {
        add(*it);
        includedUntil_ = it->t;
        anyIncluded_ = true;
    }
    outDirty_ = true;
}

void ColumnDecimator::setWindow(double t0, double t1, int columns) {
    if (columns < 1 || t1 <= t0) return;
    // The span rounded to a microsecond: a window that scrolls keeps exactly the same grid even
    // though t1 - t0 differs in its last bits from frame to frame.
    double width = std::round((t1 - t0) * 1e6) / 1e6 / columns;
    bool sameZoom = width_ > 0.0 && std::abs(width - width_) <= width_ * 1e-9;
    bool movedBack = t0 < t0_ || t1 < t1_;
    t0_ = t0;
    t1_ = t1;
    if (!sameZoom || movedBack) {
        width_ = width;
        rebuild();
        return;
    }
    // Same zoom, window moved forward: drop the columns that left, add the points that entered.
    long long firstVisible = columnOf(t0);
    while (!columns_.empty() && columns_.front().index < firstVisible) {
        columns_.pop_front();
        outDirty_ = true;
    }
    auto from =
        anyIncluded_
            ? std::upper_bound(raw_.begin(), raw_.end(), includedUntil_,
                               [](double t, const ChartPoint& p) { return t < p.t; })
            : std::lower_bound(raw_.begin(), raw_.end(), static_cast<double>(firstVisible) * width_,
                               [](const ChartPoint& p, double t) { return p.t < t; });
    for (auto it = from; it != raw_.end() && it->t <= t1; ++it) {
        if (columnOf(it->t) < firstVisible) continue;
        add(*it);
        includedUntil_ = it->t;
        anyIncluded_ = true;
    }
}

const std::vector<ChartPoint>& ColumnDecimator::points() {
    if (!outDirty_) return out_;
    out_.clear();
    out_.reserve(columns_.size() * 4);
    auto put = [this](const ChartPoint& p) {
        if (out_.empty() || out_.back().t != p.t || out_.back().v != p.v) out_.push_back(p);
    };
    for (const Column& c : columns_) {
        put(c.first);
        if (c.low.t <= c.high.t) {
            put(c.low);
            put(c.high);
        } else {
            put(c.high);
            put(c.low);
        }
        put(c.last);
    }
    outDirty_ = false;
    return out_;
}

bool ColumnDecimator::valueRange(double& low, double& high) const {
    if (columns_.empty()) return false;
    low = columns_.front().low.v;
    high = columns_.front().high.v;
    for (const Column& c : columns_) {
        low = std::min(low, c.low.v);
        high = std::max(high, c.high.v);
    }
    return true;
}

}  // namespace gasbench::ui
