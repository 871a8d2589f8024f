// Rounding by GB/T 8170-2008 and the decision rules of ILAC-G8:09/2019.
#include "gasbench/core/judgement.hpp"

#include <array>
#include <cmath>

#include "id_table.hpp"

namespace gasbench {
namespace {

constexpr std::array<std::string_view, 2> kComparisons = {"full-value", "rounded-value"};
constexpr std::array<std::string_view, 2> kRules = {"simple", "guarded"};

bool sameDimension(const units::Quantity& a, const units::Quantity& b) {
    return units::dimensionOf(a) == units::dimensionOf(b);
}

// A limit moved inward by the guard band w (w >= 0, in SI).
std::optional<Limit> moved(const std::optional<Limit>& l, double by) {
    if (!l) return std::nullopt;
    return Limit{units::fromSi(units::dimensionOf(l->value), units::siValue(l->value) + by),
                 l->inclusive};
}

}  // namespace

std::string_view comparisonId(Comparison c) { return detail::idOf(kComparisons, c); }
std::optional<Comparison> parseComparison(std::string_view id) {
    return detail::parseId<Comparison>(kComparisons, id);
}

std::string_view decisionRuleId(DecisionRuleKind k) { return detail::idOf(kRules, k); }
std::optional<DecisionRuleKind> parseDecisionRule(std::string_view id) {
    return detail::parseId<DecisionRuleKind>(kRules, id);
}

std::string decisionRuleText(const DecisionRule& rule, bool zh) {
    if (rule.kind == DecisionRuleKind::simple) {
        return zh ? "简单接受（保护带 w = 0，ILAC-G8:09/2019 4.2.1）"
                  : "simple acceptance (guard band w = 0, ILAC-G8:09/2019 4.2.1)";
    }
    if (!rule.guard) {
        return zh ? "防护接受（保护带 w = U，k = 2，ILAC-G8:09/2019 4.2.2）；结果落在保护带内时不作符合判定"
                  : "guarded acceptance (guard band w = U, k = 2, ILAC-G8:09/2019 4.2.2); a result "
                    "inside the guard band is not stated to conform";
    }
    return zh ? "防护接受（各项目规定的保护带 w，ILAC-G8:09/2019 4.2.2）；结果落在保护带内时不作符合判定"
              : "guarded acceptance (the guard band w stated for each item, ILAC-G8:09/2019 "
                "4.2.2); a result inside the guard band is not stated to conform";
}

double roundToInterval(double value, double interval) {
    if (!(interval > 0.0) || !std::isfinite(value)) return value;
    const double q = value / interval;
    const double n = std::floor(q);
    const double fraction = q - n;
    // 2.345 / 0.01 is 234.50000000000003 and 1.005 / 0.01 is 100.49999999999999 in binary:
    // ties within the precision of the inputs.
    const double tieWindow = 1e-9 * std::max(1.0, std::abs(q));
    double k;
    if (std::abs(fraction - 0.5) <= tieWindow) {
        k = std::fmod(n, 2.0) == 0.0 ? n : n + 1.0;
    } else {
        k = fraction < 0.5 ? n : n + 1.0;
    }
    // 330 * 0.01 is 3.3000000000000003; 330 * 1 / 100 is 3.3: a decimal interval gives the
    // decimal.
    const int d = decimalsOf(interval);
    if (d < 10) {
        const double scale = std::pow(10.0, d);
        return k * std::round(interval * scale) / scale;
    }
    return k * interval;
}

int decimalsOf(double interval) {
    for (int d = 0; d < 10; ++d) {
        const double scaled = interval * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, scaled)) return d;
    }
    return 10;
}

std::optional<units::Quantity> roundedValue(const std::optional<units::Quantity>& value,
                                            const Rounding& rounding, const units::UnitSpec& unit) {
    if (!value || !rounding.interval || std::holds_alternative<bool>(*value)) return value;
    if (!sameDimension(*value, *rounding.interval) ||
        units::dimensionOf(*value) != unit.dimension) {
        return value;
    }
    // The interval is a difference: scaled into the unit, never offset.
    const double step = units::siValue(*rounding.interval) / unit.factor;
    return unit.toQuantity(roundToInterval(unit.fromQuantity(*value), step));
}

Judgement judge(const Limits& limits, const std::optional<units::Quantity>& value,
                const Rounding& rounding, const DecisionRule& rule,
                const std::optional<units::Quantity>& expanded, const units::UnitSpec& unit) {
    if (value && rounding.interval &&
        (!sameDimension(*value, *rounding.interval) || unit.dimension != units::dimensionOf(*value))) {
        return {Verdict::inconclusive, "the reporting interval is not in the dimension of the value"};
    }
    const std::optional<units::Quantity> compared =
        rounding.comparison == Comparison::roundedValue ? roundedValue(value, rounding, unit) : value;
    const Verdict simple = limits.judge(compared);
    if (simple != Verdict::pass || rule.kind == DecisionRuleKind::simple ||
        std::holds_alternative<bool>(*compared)) {
        return {simple, {}};
    }
    const std::optional<units::Quantity>& w = rule.guard ? rule.guard : expanded;
    if (!w) {
        return {Verdict::inconclusive,
                "guarded acceptance with w = U needs the result's expanded uncertainty; none is "
                "stated"};
    }
    if (!sameDimension(*w, *compared)) {
        return {Verdict::inconclusive, "the guard band is not in the dimension of the value"};
    }
    const double band = std::abs(units::siValue(*w));
    const Limits acceptance{moved(limits.low, band), moved(limits.high, -band)};
    if (acceptance.judge(compared) == Verdict::pass) return {Verdict::pass, {}};
    return {Verdict::inconclusive,
            "inside the guard band of the limit: guarded acceptance (ILAC-G8:09/2019 4.2.2) does "
            "not state conformity"};
}

}  // namespace gasbench
