#pragma once
// Connects a run's Bench to the recorder: measurements and events as the procedures see them
// become storage records, committed before the call returns.

#include "gasbench/station/station_bench.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_recorder.hpp"

namespace gasbench::station {

storage::MeasurementRecord toStorage(const procedures::Measurement& m);
storage::Verdict toStorage(procedures::Verdict v);

RunSinks recorderSinks(storage::RunRecorder& recorder, storage::RunId run);

}  // namespace gasbench::station
