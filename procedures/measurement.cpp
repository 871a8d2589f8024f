// Combining the trials of one item into its value and verdict.
#include "gasbench/procedures/measurement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gasbench::procedures {
namespace {

// How far inside the limits a value is, in SI: negative when outside; +inf with no limit.
double margin(const Limits& limits, double v) {
    double m = std::numeric_limits<double>::infinity();
    if (limits.low) m = std::min(m, v - units::siValue(limits.low->value));
    if (limits.high) m = std::min(m, units::siValue(limits.high->value) - v);
    return m;
}

}  // namespace

Measurement combineTrials(const std::vector<Measurement>& trials, Combine how) {
    Measurement out;
    if (trials.empty()) {
        out.note = "no trial was made";
        return out;
    }
    const Measurement& first = trials.front();
    out.item = first.item;
    out.unit = first.unit;
    out.limits = first.limits;
    out.clause = first.clause;
    out.uncertainty = first.uncertainty;
    out.rounding = first.rounding;
    out.rule = first.rule;
    out.nonconformity = first.nonconformity;

    std::vector<const Measurement*> valued;
    for (const auto& t : trials) {
        if (t.value) valued.push_back(&t);
        out.stamp = std::max(out.stamp, t.stamp);
    }
    if (valued.size() != trials.size()) {
        // A trial that measured nothing leaves the item unproven, whatever the others say.
        out.value.reset();
        out.verdict = Verdict::inconclusive;
        out.note = std::to_string(trials.size() - valued.size()) + " of " +
                   std::to_string(trials.size()) + " trials gave no value";
        // Why, as the first of them said.
        for (const auto& t : trials) {
            if (!t.value && !t.note.empty()) {
                out.note += ": " + t.note;
                break;
            }
        }
        // A failing trial still fails the item: the sample is known to be nonconforming.
        for (const auto* t : valued) {
            if (t->verdict == Verdict::fail) {
                out.value = t->value;
                out.verdict = Verdict::fail;
            }
        }
        return out;
    }

    if (how == Combine::mean) {
        double sum = 0.0;
        for (const auto* t : valued) sum += units::siValue(*t->value);
        out.value = units::fromSi(units::dimensionOf(*first.value),
                                  sum / static_cast<double>(valued.size()));
    } else {
        // Worst case: the smallest margin to the limits; with no limit, the largest value.
        const Measurement* worst = valued.front();
        for (const auto* t : valued) {
            const double v = units::siValue(*t->value);
            const double w = units::siValue(*worst->value);
            if (out.limits.any() ? margin(out.limits, v) < margin(out.limits, w) : v > w) worst = t;
        }
        out.value = worst->value;
        out.uncertainty = worst->uncertainty;  // the U of the trial the item stands on
    }
    const Judgement j = judged(out);
    out.verdict = j.verdict;
    out.note = !out.limits.any() ? "no limit in the profile" : j.note;
    return out;
}

}  // namespace gasbench::procedures
