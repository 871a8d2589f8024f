// lpg-dme: the composition of an LPG sample by gas chromatography (NB/SH/T 0230-2019), judged
// for dimethyl ether and, where the profile has limits, C3+C4 and C5+ (GB 11174).
//
// The analysis is started through "analyzer.start_analysis"; it is done when the analyzer's
// completed-analyses counter moves past its value at the start (or, without a counter, when
// "analyzer.state" reads done after the start). Fractions are volume fractions
// ("<component>_vol"). The whole table the analyzer returned is kept with the run as an
// "analyzer-table" event.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <sstream>

#include "gasbench/procedures/checklist.hpp"
#include "gasbench/procedures/conditions.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/procedures/step_context.hpp"

namespace gasbench::procedures {
namespace {

// The chromatograph map's components (fixtures/maps/gas-chromatograph.json).
constexpr std::array<const char*, 5> kC3C4 = {"propane", "propylene", "n_butane", "iso_butane",
                                              "butenes"};
constexpr std::array<const char*, 7> kAll = {"propane",    "propylene", "n_butane", "iso_butane",
                                             "butenes",    "c5_plus",   "dme"};

const units::Duration kFreshReadingTimeout = units::seconds(10);
const units::Duration kFaultCheckSlice = units::seconds(1);

std::string channel(const std::string& name) { return role::analyzerChannel(name); }

void connectSample(StepContext& ctx) {
    ctx.ask(confirmPrompt("lpg-dme.connect-sample", "将液化石油气样品接入色谱仪进样口",
                          "Connect the LPG sample to the chromatograph's inlet"));
}

void analysis(StepContext& ctx) {
    const auto timeout = ctx.parameter<units::Duration>("analysis_timeout", units::seconds(900));
    const std::string counter = channel("analysis_count");
    const std::string state = channel("state");
    std::optional<double> countBefore;
    if (ctx.wired(counter)) {
        if (const auto r = ctx.latest(counter); r && r->ok()) countBefore = units::siValue(r->value);
    }
    const Nanos started = ctx.set(channel("start_analysis"), units::Quantity{true});
    bool done = false;
    if (countBefore) {
        // Woken by each new count, in slices so that a fault on "state" is seen before the
        // analysis timeout.
        const Nanos deadline = started + toNanos(timeout);
        while (!done && ctx.now() < deadline) {
            const Nanos slice = std::min(deadline - ctx.now(), toNanos(kFaultCheckSlice));
            done = ctx.waitFor(counter, above(units::Quantity{units::fraction(*countBefore)}),
                               toDuration(slice), started)
                       .met();
            const auto s = ctx.latest(state);
            if (!done && s && units::siValue(s->value) == static_cast<double>(AnalyzerState::error) &&
                s->stamp >= started) {
                break;
            }
        }
    } else {
        const auto is = [](AnalyzerState wanted) {
            return [wanted](const Reading& r) {
                return units::siValue(r.value) == static_cast<double>(wanted);
            };
        };
        const auto isNot = [](AnalyzerState unwanted) {
            return [unwanted](const Reading& r) {
                return units::siValue(r.value) != static_cast<double>(unwanted);
            };
        };
        // Running first, so that a "done" left from the previous analysis is not taken.
        done = ctx.waitFor(state, is(AnalyzerState::running), timeout, started).met() &&
               ctx.waitFor(state, isNot(AnalyzerState::running), timeout).met();
    }
    ctx.set(channel("start_analysis"), units::Quantity{false});
    const auto last = ctx.latest(state);
    const bool fault =
        last && units::siValue(last->value) == static_cast<double>(AnalyzerState::error);
    if (!done || fault) {
        const std::string why = fault ? "the analyzer reported a fault" : "no result within analysis_timeout";
        for (const char* item : {"dme_fraction", "c3_c4_fraction", "c5_plus_fraction"}) {
            if (ctx.profile().findItem(item)) ctx.measure(item, std::nullopt, std::nullopt, why);
        }
        throw RunInterrupted(RunState::aborted, why);
    }
}

void composition(StepContext& ctx) {
    std::ostringstream table;
    table << "{";
    // Readings taken after the analysis finished, each channel read once.
    std::map<std::string, std::optional<double>> read;
    auto fractionOf = [&ctx, &read](const std::string& name) -> std::optional<double> {
        if (auto it = read.find(name); it != read.end()) return it->second;
        std::optional<double> v;
        if (ctx.wired(channel(name))) {
            const WaitResult r = ctx.waitFor(channel(name), anyReading(), kFreshReadingTimeout);
            if (r.met()) v = units::siValue(r.reading->value);
        }
        read[name] = v;
        return v;
    };
    bool first = true;
    auto keep = [&](const std::string& name) {
        const auto v = fractionOf(name);
        table << (first ? "" : ", ") << "\"" << name << "\": ";
        first = false;
        if (v) {
            table << *v * 100.0;
        } else {
            table << "null";
        }
    };
    for (const char* c : kAll) {
        keep(std::string(c) + "_vol");
        keep(std::string(c) + "_mass");
    }
    keep("detection_limit");
    table << "}";
    ctx.event("analyzer-table", table.str());

    const auto dme = fractionOf("dme_vol");
    ctx.measure("dme_fraction",
                dme ? std::optional<units::Quantity>(units::fraction(*dme)) : std::nullopt);
    if (ctx.profile().findItem("c3_c4_fraction")) {
        double sum = 0.0;
        bool complete = true;
        for (const char* c : kC3C4) {
            const auto v = fractionOf(std::string(c) + "_vol");
            complete = complete && v.has_value();
            sum += v.value_or(0.0);
        }
        ctx.measure("c3_c4_fraction",
                    complete ? std::optional<units::Quantity>(units::fraction(sum)) : std::nullopt,
                    std::nullopt, complete ? "" : "a C3 or C4 component was not read");
    }
    if (ctx.profile().findItem("c5_plus_fraction")) {
        const auto c5 = fractionOf("c5_plus_vol");
        ctx.measure("c5_plus_fraction",
                    c5 ? std::optional<units::Quantity>(units::fraction(*c5)) : std::nullopt);
    }
}

void teardown(StepContext& ctx) {
    if (ctx.wired(channel("start_analysis"))) {
        ctx.set(channel("start_analysis"), units::Quantity{false});
    }
}

}  // namespace

ProcedureDefinition lpgDmeProcedure() {
    ProcedureDefinition d;
    d.id = "lpg-dme";
    d.titleZh = "液化石油气二甲醚及组分";
    d.titleEn = "LPG dimethyl ether and composition";
    d.categories = {"lpg"};
    d.profiles = {"gb-11174-2011", "gb-11174-2025"};
    d.roles = {{channel("start_analysis"), true}, {channel("state"), true},
               {channel("dme_vol"), true},        {channel("detection_limit"), false},
               {channel("analysis_count"), false}};
    for (const char* c : kC3C4) d.roles.push_back({channel(std::string(c) + "_vol"), false});
    d.roles.push_back({channel("c5_plus_vol"), false});
    d.items = {"dme_fraction", "c3_c4_fraction", "c5_plus_fraction"};
    d.steps = {{"connect sample", connectSample},
               {"chromatograph analysis", analysis},
               {"composition", composition}};
    d.teardown = teardown;
    return d;
}

}  // namespace gasbench::procedures
