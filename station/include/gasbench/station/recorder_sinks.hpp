#pragma once
// Connects a run's Bench to the recorder: measurements and events as the procedures make them
// are handed to the recorder's writer (checked on the caller's thread, committed in order).

#include "gasbench/station/station_bench.hpp"
#include "gasbench/storage/run_recorder.hpp"

namespace gasbench::station {

RunSinks recorderSinks(storage::RunRecorder& recorder, storage::RunId run);

}  // namespace gasbench::station
