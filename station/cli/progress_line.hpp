#pragma once
// `gasbench run --progress`: the run's progress on stderr as it goes, one line per step begun,
// timed wait and measurement kept — a third observer beside the recorder and the window. Each
// id is followed by its Chinese name from the catalogue ("step: connect · 连接试样").

#include <optional>
#include <ostream>

#include "gasbench/procedures/run_observer.hpp"

namespace gasbench::cli {

class ProgressLine final : public procedures::RunObserver {
public:
    explicit ProgressLine(std::ostream& out) : out_(out) {}
    void stepBegun(const std::string& step, Nanos at) override;
    void timedWait(const procedures::TimedWait& wait) override;
    void measurement(const Measurement& m) override;

private:
    void stamp(Nanos at);  // "[    12.3 s] ", bench seconds since the first step began

    std::ostream& out_;
    std::optional<Nanos> origin_;
    Nanos last_ = 0;
};

}  // namespace gasbench::cli
