// The moving settle window: readings kept for `time`, halves compared by their means.
#include "gasbench/procedures/settle_window.hpp"

#include <cmath>
#include <deque>
#include <iterator>

namespace gasbench::procedures {

struct SettleWindow::State {
    SettleSpec spec;
    std::function<void(const Reading&)> seen;
    std::deque<std::pair<Nanos, double>> readings;  // stamp, SI value
    std::optional<units::Dimension> dimension;
    std::optional<Settled> settled;
};

namespace {

struct Half {
    double mean = 0.0;
    double sd = 0.0;
    int count = 0;
    // Readings that differ from the one before: an instrument polled faster than it updates
    // answers the same value again, which is no new observation of the noise.
    int independent = 0;
};

template <class It>
Half halfOf(It from, It to) {
    Half h;
    double sum = 0.0;
    for (It i = from; i != to; ++i, ++h.count) {
        sum += i->second;
        if (i == from || i->second != std::prev(i)->second) ++h.independent;
    }
    if (h.count == 0) return h;
    h.mean = sum / h.count;
    double squares = 0.0;
    for (It i = from; i != to; ++i) squares += (i->second - h.mean) * (i->second - h.mean);
    h.sd = h.count > 1 ? std::sqrt(squares / (h.count - 1)) : 0.0;
    return h;
}

}  // namespace

units::Quantity Settled::standardError() const {
    const double s = units::siValue(scatter) / std::sqrt(static_cast<double>(std::max(count, 1)));
    return units::fromSi(units::dimensionOf(scatter), s);
}

SettleWindow::SettleWindow(SettleSpec spec, std::function<void(const Reading&)> seen)
    : state_(std::make_shared<State>()) {
    state_->spec = spec;
    state_->seen = std::move(seen);
}

std::optional<Settled> SettleWindow::settled() const { return state_->settled; }

ReadingCondition SettleWindow::condition() const {
    auto st = state_;
    return [st](const Reading& r) {
        if (st->seen) st->seen(r);
        const units::Dimension d = units::dimensionOf(r.value);
        if (d == units::Dimension::state) return false;
        if (st->dimension && *st->dimension != d) st->readings.clear();
        st->dimension = d;
        st->readings.emplace_back(r.stamp, units::siValue(r.value));
        const Nanos span = toNanos(st->spec.time);
        // Keep one reading at or before the window's start, so the window spans all of `time`.
        while (st->readings.size() > 1 && st->readings[1].first <= r.stamp - span) {
            st->readings.pop_front();
        }
        const Nanos start = st->readings.front().first;
        if (r.stamp - start < span) return false;
        const Nanos middle = start + (r.stamp - start) / 2;
        auto split = st->readings.begin();
        while (split != st->readings.end() && split->first < middle) ++split;
        const Half early = halfOf(st->readings.begin(), split);
        const Half late = halfOf(split, st->readings.end());
        const SettleSpec& s = st->spec;
        if (early.count < s.minimumPerHalf || late.count < s.minimumPerHalf) return false;
        const double size = std::abs(late.mean);
        const double change = std::max(s.relativeChange * size, s.absoluteChange);
        const double scatter = std::max(s.relativeScatter * size, s.absoluteScatter);
        if (std::abs(late.mean - early.mean) > change || late.sd > scatter) return false;
        // The scatter is a difference: in SI without an offset, a temperature's in kelvin.
        st->settled = Settled{units::fromSi(d, late.mean), units::fromSi(d, late.sd), late.independent};
        return true;
    };
}

}  // namespace gasbench::procedures
