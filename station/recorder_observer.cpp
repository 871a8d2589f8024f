#include "gasbench/station/recorder_observer.hpp"

namespace gasbench::station {

void RecorderObserver::stepBegun(const std::string& step, Nanos) { recorder_.recordEvent(run_, "step", step); }

void RecorderObserver::timedWait(const procedures::TimedWait& wait) {
    recorder_.recordEvent(run_, "timed", procedures::timedWaitText(wait));
}

void RecorderObserver::measurement(const Measurement& m) { recorder_.recordMeasurement(run_, m); }

void RecorderObserver::event(const procedures::Event& e) { recorder_.recordEvent(run_, e.kind, e.text); }

}  // namespace gasbench::station
