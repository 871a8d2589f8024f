#pragma once
// Reading a run's channels and time series back: for exports, charts of past runs and tests.

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "gasbench/core/reading.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/storage/chunk_codec.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

struct ChannelInfo {
    ChannelId channel = 0;  // the channel's index in the station
    std::string name;       // "inlet pressure P1"
    std::string role;       // "inlet_pressure"; empty for a channel no procedure uses
    units::UnitSpec unit;   // the unit values are stored in; gives the dimension too
};

struct RunChannel {
    std::int64_t id = 0;  // run_channels row
    RunId run = 0;
    ChannelInfo info;
};

// Stores a channel of a running run (its time series are written against the returned id).
std::int64_t insertRunChannel(Database& db, RunId run, const ChannelInfo& channel);

std::vector<RunChannel> channelsOfRun(Database& db, RunId run);

// Every point of one run channel, in time order, handed to `visit` chunk by chunk.
void forEachPoint(Database& db, std::int64_t runChannelId,
                  const std::function<void(const SeriesPoint&)>& visit);

// How many readings a run has stored (all channels).
std::int64_t countReadings(Database& db, RunId run);

// CSV of a run's time series, one row per reading, all channels merged in time order:
// time_s,channel,value,unit,status (time_s from the run's start on the bench clock).
void exportRunCsv(Database& db, RunId run, std::ostream& out);

}  // namespace gasbench::storage
