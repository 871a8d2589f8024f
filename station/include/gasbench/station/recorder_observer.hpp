#pragma once
// The recorder as one of a run's observers: every call goes into the run's record, measurements
// as measurements and the rest as events ("step", "timed" "<what> <s> s", prompts, notes), so
// the event log still holds everything for the audit. Checked on the run's thread, committed
// by the recorder's writer.

#include "gasbench/procedures/run_observer.hpp"
#include "gasbench/storage/run_recorder.hpp"

namespace gasbench::station {

class RecorderObserver final : public procedures::RunObserver {
public:
    RecorderObserver(storage::RunRecorder& recorder, storage::RunId run) : recorder_(recorder), run_(run) {}

    void stepBegun(const std::string& step, Nanos at) override;
    void timedWait(const procedures::TimedWait& wait) override;
    void measurement(const Measurement& m) override;  // RecordError for one it cannot store
    void event(const procedures::Event& e) override;

private:
    storage::RunRecorder& recorder_;
    storage::RunId run_;
};

}  // namespace gasbench::station
