#include "progress_line.hpp"

#include <cstdio>

#include "gasbench/procedures/catalogue.hpp"

namespace gasbench::cli {
namespace {

// "connect · 连接试样": the id the record keeps, then the name the technician reads.
std::string named(procedures::Named kind, const std::string& id) {
    return id + " · " + procedures::nameOf(kind, id, true);
}

}  // namespace

void ProgressLine::stamp(Nanos at) {
    if (!origin_) origin_ = at;
    last_ = at;
    char text[32];
    std::snprintf(text, sizeof text, "[%8.1f s] ", static_cast<double>(at - *origin_) / 1e9);
    out_ << text;
}

void ProgressLine::stepBegun(const std::string& step, Nanos at) {
    stamp(at);
    out_ << "step: " << named(procedures::Named::step, step) << std::endl;
}

void ProgressLine::timedWait(const procedures::TimedWait& wait) {
    stamp(wait.begun);
    out_ << "  " << procedures::timedWaitText(wait) << " · " << procedures::nameOf(procedures::Named::wait, wait.what, true)
         << std::endl;
}

void ProgressLine::measurement(const Measurement& m) {
    stamp(m.stamp ? m.stamp : last_);
    out_ << "  " << named(procedures::Named::item, m.item);
    if (m.trial) out_ << " (trial " << *m.trial << ")";
    if (const std::string shown = shownNumber(m); !shown.empty()) {
        out_ << " = " << shown;
        if (m.unit != "1" && m.unit != "bool") out_ << ' ' << m.unit;
    } else {
        out_ << ": no value";
    }
    out_ << ", " << verdictId(m.verdict) << std::endl;
}

}  // namespace gasbench::cli
