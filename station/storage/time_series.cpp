#include "gasbench/storage/time_series.hpp"

#include <charconv>
#include <cstdio>
#include <memory>
#include <queue>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

units::Dimension parseDimension(const std::string& name) {
    for (int i = 0; i <= static_cast<int>(units::Dimension::volume); ++i) {
        auto d = static_cast<units::Dimension>(i);
        if (units::dimensionName(d) == name) return d;
    }
    return units::Dimension::dimensionless;
}

// One channel's points, read a chunk at a time.
class ChannelCursor {
public:
    ChannelCursor(Database& db, std::int64_t runChannelId)
        : chunks_(db.prepare("SELECT points FROM series_chunks WHERE run_channel_id = ? "
                             "ORDER BY first_ns, id")) {
        chunks_.bind(1, runChannelId);
        advance();
    }
    bool atEnd() const { return at_ >= points_.size(); }
    const SeriesPoint& point() const { return points_[at_]; }
    void advance() {
        if (at_ + 1 < points_.size()) {
            ++at_;
            return;
        }
        points_.clear();
        at_ = 0;
        while (points_.empty() && chunks_.step()) points_ = unpackChunk(chunks_.blob(0));
    }

private:
    Statement chunks_;
    std::vector<SeriesPoint> points_;
    std::size_t at_ = 0;
};

std::string formatSeconds(Nanos n) {
    char buf[40];
    const char* sign = n < 0 ? "-" : "";
    long long a = n < 0 ? -static_cast<long long>(n) : static_cast<long long>(n);
    std::snprintf(buf, sizeof buf, "%s%lld.%09lld", sign, a / 1000000000LL, a % 1000000000LL);
    return buf;
}

std::string formatValue(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string q = "\"";
    for (char c : text) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

}  // namespace

std::int64_t insertRunChannel(Database& db, RunId run, const ChannelInfo& c) {
    Statement s = db.prepare(
        "INSERT INTO run_channels (run_id, channel, name, role, unit, dimension) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, run).bind(2, static_cast<std::int64_t>(c.channel)).bind(3, c.name).bind(4, c.role);
    s.bind(5, c.unit.symbol).bind(6, units::dimensionName(c.unit.dimension));
    s.run();
    return db.lastInsertId();
}

std::vector<RunChannel> channelsOfRun(Database& db, RunId run) {
    std::vector<RunChannel> all;
    Statement s = db.prepare(
        "SELECT id, run_id, channel, name, role, unit, dimension FROM run_channels "
        "WHERE run_id = ? ORDER BY channel");
    s.bind(1, run);
    while (s.step()) {
        RunChannel c;
        c.id = s.integer(0);
        c.run = s.integer(1);
        c.info.channel = static_cast<ChannelId>(s.integer(2));
        c.info.name = s.text(3);
        c.info.role = s.text(4);
        if (!units::parseUnit(s.text(5), c.info.unit)) {
            c.info.unit.symbol = s.text(5);
            c.info.unit.dimension = parseDimension(s.text(6));
        }
        all.push_back(std::move(c));
    }
    return all;
}

void forEachPoint(Database& db, std::int64_t runChannelId,
                  const std::function<void(const SeriesPoint&)>& visit) {
    for (ChannelCursor c(db, runChannelId); !c.atEnd(); c.advance()) visit(c.point());
}

std::int64_t countReadings(Database& db, RunId run) {
    Statement s = db.prepare(
        "SELECT COALESCE(SUM(k.count), 0) FROM series_chunks k "
        "JOIN run_channels c ON c.id = k.run_channel_id WHERE c.run_id = ?");
    s.bind(1, run);
    s.step();
    return s.integer(0);
}

void exportRunCsv(Database& db, RunId run, std::ostream& out) {
    auto record = findRun(db, run);
    if (!record) throw RecordError("run", "no run " + std::to_string(run));
    auto channels = channelsOfRun(db, run);
    std::vector<std::unique_ptr<ChannelCursor>> cursors;
    for (const auto& c : channels) cursors.push_back(std::make_unique<ChannelCursor>(db, c.id));

    // A k-way merge on time keeps memory to one chunk per channel, whatever the run's length.
    using Head = std::pair<Nanos, std::size_t>;
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    for (std::size_t i = 0; i < cursors.size(); ++i) {
        if (!cursors[i]->atEnd()) heads.push({cursors[i]->point().stamp, i});
    }
    out << "time_s,channel,value,unit,status\n";
    while (!heads.empty()) {
        auto [stamp, i] = heads.top();
        heads.pop();
        const SeriesPoint& p = cursors[i]->point();
        const ChannelInfo& info = channels[i].info;
        out << formatSeconds(p.stamp - record->info.startStamp) << ',' << csvField(info.name)
            << ',' << formatValue(p.value) << ',' << csvField(info.unit.symbol) << ','
            << readingStatusName(p.status) << '\n';
        cursors[i]->advance();
        if (!cursors[i]->atEnd()) heads.push({cursors[i]->point().stamp, i});
    }
}

}  // namespace gasbench::storage
