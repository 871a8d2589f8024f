#include "gasbench/hal/poll_schedule.hpp"

#include <algorithm>
#include <stdexcept>

namespace gasbench::hal {
namespace {

Nanos periodOf(const PolledChannel& c) {
    if (!(c.rateHz > 0.0) || c.spec == nullptr || !c.spec->readable()) return 0;
    return static_cast<Nanos>(1e9 / c.rateHz);
}

unsigned maxCount(RegisterFunction f) {
    return holdsWords(f) ? 125u : 2000u;
}

}  // namespace

PollSchedule::PollSchedule(std::vector<PolledChannel> channels,
                           const std::vector<DeviceOnBus>& devices, Nanos now)
    : channels_(std::move(channels)), devices_(devices) {
    for (const PolledChannel& c : channels_) {
        if (c.spec == nullptr)
            throw std::invalid_argument("PollSchedule: channel " + std::to_string(c.id) +
                                        " has no spec");
        slots_.push_back({periodOf(c), now});
    }
}

std::optional<std::size_t> PollSchedule::indexOf(ChannelId id) const {
    for (std::size_t i = 0; i < channels_.size(); ++i) {
        if (channels_[i].id == id) return i;
    }
    return std::nullopt;
}

void PollSchedule::setRate(ChannelId id, double hz, Nanos now) {
    auto i = indexOf(id);
    if (!i) return;
    channels_[*i].rateHz = hz;
    slots_[*i] = {periodOf(channels_[*i]), now};
}

std::optional<Nanos> PollSchedule::earliestDue() const {
    std::optional<Nanos> best;
    for (const Slot& s : slots_) {
        if (s.period > 0 && (!best || s.nextDue < *best)) best = s.nextDue;
    }
    return best;
}

bool PollSchedule::mapped(int unitId, RegisterFunction f, unsigned address) const {
    for (const DeviceOnBus& d : devices_) {
        if (d.unitId != unitId || d.map == nullptr) continue;
        for (const ChannelSpec& c : d.map->channels) {
            if (c.function == f && address >= c.address &&
                address < static_cast<unsigned>(c.address) + c.width()) {
                return true;
            }
        }
        if (d.map->identity && d.map->identity->function == f &&
            d.map->identity->address == address)
            return true;
        if (d.map->watchdog && f == RegisterFunction::holdingRegister &&
            d.map->watchdog->address == address) {
            return true;
        }
    }
    return false;
}

std::optional<ReadBatch> PollSchedule::nextDue(Nanos now) const {
    // The channel to serve: earliest due, then highest priority.
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        const Slot& s = slots_[i];
        if (s.period == 0 || s.nextDue > now) continue;
        if (!first || s.nextDue < slots_[*first].nextDue ||
            (s.nextDue == slots_[*first].nextDue &&
             channels_[i].priority > channels_[*first].priority)) {
            first = i;
        }
    }
    if (!first) return std::nullopt;
    const PolledChannel& lead = channels_[*first];

    // Channels that may share its request, by address.
    std::vector<std::size_t> near;
    near.reserve(slots_.size());  // one allocation per poll, not one per doubling
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        const Slot& s = slots_[i];
        const PolledChannel& c = channels_[i];
        if (s.period == 0 || c.unitId != lead.unitId || c.spec->function != lead.spec->function)
            continue;
        if (i == *first || s.nextDue <= now + s.period / 4) near.push_back(i);
    }
    std::sort(near.begin(), near.end(), [&](std::size_t a, std::size_t b) {
        return channels_[a].spec->address < channels_[b].spec->address;
    });

    // Sweep into runs that one request can read; keep the run holding the lead channel.
    const RegisterFunction f = lead.spec->function;
    ReadBatch run;
    auto startRun = [&](std::size_t i) {
        run =
            ReadBatch{lead.unitId, f, channels_[i].spec->address, channels_[i].spec->width(), {i}};
        run.members.reserve(near.size());
    };
    bool haveLead = false;
    for (std::size_t k = 0; k < near.size(); ++k) {
        std::size_t i = near[k];
        const ChannelSpec& c = *channels_[i].spec;
        if (k == 0) {
            startRun(i);
        } else {
            unsigned end = static_cast<unsigned>(run.address) + run.count;  // one past the run
            unsigned cEnd = static_cast<unsigned>(c.address) + c.width();
            bool joins = cEnd - run.address <= maxCount(f) &&
                         (c.address < end || c.address - end <= kMaxGap);
            for (unsigned a = end; joins && a < c.address; ++a) joins = mapped(lead.unitId, f, a);
            if (joins) {
                run.count = static_cast<std::uint16_t>(std::max(end, cEnd) - run.address);
                run.members.push_back(i);
            } else if (haveLead) {
                break;
            } else {
                startRun(i);
            }
        }
        if (i == *first) haveLead = true;
    }
    return run;
}

void PollSchedule::served(const ReadBatch& batch, Nanos now) {
    for (std::size_t i : batch.members) {
        Slot& s = slots_[i];
        if (s.period == 0) continue;
        s.nextDue += s.period;
        // Far behind (an outage, an overloaded line): skip the missed reads, do not burst.
        if (s.nextDue + s.period < now) s.nextDue = now;
    }
}

}  // namespace gasbench::hal
