#include "gasbench/station/recorder_sinks.hpp"

namespace gasbench::station {

RunSinks recorderSinks(storage::RunRecorder& recorder, storage::RunId run) {
    RunSinks sinks;
    sinks.measurement = [&recorder, run](const Measurement& m) { recorder.recordMeasurement(run, m); };
    sinks.event = [&recorder, run](const procedures::Event& e) {
        recorder.recordEvent(run, e.kind, e.text);
    };
    return sinks;
}

}  // namespace gasbench::station
