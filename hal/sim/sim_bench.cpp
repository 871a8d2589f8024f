#include "gasbench/sim/sim_bench.hpp"

#include <algorithm>
#include <stdexcept>

#include "gasbench/hal/codec.hpp"
#include "gasbench/sim/control_unit.hpp"

namespace gasbench::sim {
namespace {

// The longest model step: threshold crossings (a magnet letting go) land within it.
constexpr Nanos kMaxStep = 10'000'000;

int tableSize(const hal::DeviceMap& map, hal::RegisterFunction fn) {
    int size = 0;
    for (const auto& c : map.channels) {
        if (c.function == fn) size = std::max(size, c.address + c.width());
    }
    if (map.identity && map.identity->function == fn)
        size = std::max(size, map.identity->address + 1);
    if (map.watchdog && fn == hal::RegisterFunction::holdingRegister)
        size = std::max(size, map.watchdog->address + 1);
    return size;
}

void writeWords(modbus_mapping_t* m, const hal::ChannelSpec& spec,
                const std::vector<std::uint16_t>& words) {
    std::uint16_t* table = spec.function == hal::RegisterFunction::inputRegister
                               ? m->tab_input_registers
                               : m->tab_registers;
    std::copy(words.begin(), words.end(), table + spec.address);
}

}  // namespace

SimBench::SimBench(BenchLayout layout, Scenario scenario, const Clock& clock)
    : layout_(std::move(layout)),
      scenario_(std::move(scenario)),
      clock_(clock),
      model_(makeModel(scenario_.model)) {
    using hal::RegisterFunction;
    for (const auto& dev : layout_.devices) {
        Unit u;
        u.device = &dev;
        u.mapping = modbus_mapping_new(tableSize(dev.map, RegisterFunction::coil),
                                       tableSize(dev.map, RegisterFunction::discreteInput),
                                       tableSize(dev.map, RegisterFunction::holdingRegister),
                                       tableSize(dev.map, RegisterFunction::inputRegister));
        if (u.mapping == nullptr)
            throw std::runtime_error("cannot allocate the Modbus mapping of unit " + dev.name);
        if (const auto& id = dev.map.identity) {
            if (id->function == RegisterFunction::inputRegister)
                u.mapping->tab_input_registers[id->address] = id->expected;
            if (id->function == RegisterFunction::holdingRegister)
                u.mapping->tab_registers[id->address] = id->expected;
        }
        for (auto spec : dev.map.channels) {
            spec.rangeLow.reset();  // an instrument can read out of its plausible range
            spec.rangeHigh.reset();
            u.specs.push_back(spec);
        }
        units_.push_back(std::move(u));
    }
    for (auto& u : units_) {
        if (u.device->map.watchdog) {
            outputs_ = &u;
            watchdog_.emplace(units::milliseconds(u.device->map.watchdog->timeoutMs));
        }
    }
    control_ = modbus_mapping_new(0, 0, 32, 0);
    if (control_ == nullptr) throw std::runtime_error("cannot allocate the control unit's mapping");

    start_ = clock_.now();
    simTime_ = start_;
    for (Fault f : scenario_.faults) {
        f.from += start_;
        if (f.until != std::numeric_limits<Nanos>::max()) f.until += start_;
        faults_.push_back(
            {f, nextFaultId_++, Source::scenario, std::nullopt, std::mt19937_64(f.seed)});
    }
    std::stable_sort(scenario_.events.begin(), scenario_.events.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    std::lock_guard lock(mutex_);
    readOutputs();
    Signals before = signals_;
    model_->publish(signals_);
    writeInputs(simTime_, before);
}

SimBench::~SimBench() {
    for (auto& u : units_) modbus_mapping_free(u.mapping);
    modbus_mapping_free(control_);
}

SimBench::Unit* SimBench::unit(int unitId) {
    for (auto& u : units_) {
        if (u.device->unitId == unitId) return &u;
    }
    return nullptr;
}

void SimBench::readOutputs() {
    for (auto& u : units_) {
        for (const auto& spec : u.specs) {
            if (!spec.writable()) continue;
            const std::string signal = u.device->signalFor(spec.name);
            if (spec.function == hal::RegisterFunction::coil) {
                signals_.set(signal, u.mapping->tab_bits[spec.address] != 0);
            } else if (spec.function == hal::RegisterFunction::holdingRegister) {
                std::span<const std::uint16_t> words(u.mapping->tab_registers + spec.address,
                                                     spec.width());
                signals_.set(signal, hal::decodeChannel(spec, words));
            }
        }
    }
}

units::Quantity SimBench::faulted(int unitId, const hal::ChannelSpec& spec, units::Quantity q,
                                  Nanos now) {
    for (auto& af : faults_) {
        const Fault& f = af.fault;
        if (!f.onChannel() || f.unitId != unitId || f.channel != spec.name || !f.activeAt(now))
            continue;
        if (f.kind == FaultKind::freeze) {
            if (!af.frozen) af.frozen = q;
            return *af.frozen;
        }
        if (std::holds_alternative<bool>(q)) continue;
        double value = spec.unit.fromQuantity(q);
        if (f.kind == FaultKind::noise)
            value += std::normal_distribution<double>(0.0, f.amount)(af.rng);
        if (f.kind == FaultKind::drift)
            value += f.amount * units::inSeconds(toDuration(now - f.from));
        q = spec.unit.toQuantity(value);
    }
    return q;
}

void SimBench::writeInputs(Nanos now, const Signals& before) {
    for (auto& u : units_) {
        for (const auto& spec : u.specs) {
            const std::string signal = u.device->signalFor(spec.name);
            const units::Quantity* q = signals_.find(signal);
            if (q == nullptr) continue;
            if (spec.writable()) {
                // Only what the model changed itself (a start coil it took) goes back.
                const units::Quantity* old = before.find(signal);
                if (old != nullptr && *old == *q) continue;
            }
            try {
                units::Quantity value =
                    spec.writable() ? *q : faulted(u.device->unitId, spec, *q, now);
                switch (spec.function) {
                    case hal::RegisterFunction::coil:
                        u.mapping->tab_bits[spec.address] = hal::encodeBit(spec, value);
                        break;
                    case hal::RegisterFunction::discreteInput:
                        u.mapping->tab_input_bits[spec.address] = hal::encodeBit(spec, value);
                        break;
                    default:
                        writeWords(u.mapping, spec, hal::encodeChannel(spec, value));
                        break;
                }
            } catch (const std::exception&) {
                // A value the register cannot carry (wrong dimension, NaN) leaves the last one.
            }
        }
    }
}

void SimBench::enterSafeState() {
    if (outputs_ == nullptr) return;
    // Valves and igniter off, and the set-points to zero: a lapsed PLC must not leave a
    // pressure controller driving a closed line.
    for (const auto& spec : outputs_->specs) {
        if (spec.function == hal::RegisterFunction::coil) {
            outputs_->mapping->tab_bits[spec.address] = 0;
        } else if (spec.function == hal::RegisterFunction::holdingRegister && spec.writable()) {
            const auto words = hal::encodeChannel(spec, spec.unit.toQuantity(0.0));
            for (std::size_t i = 0; i < words.size(); ++i)
                outputs_->mapping->tab_registers[spec.address + i] = words[i];
        }
    }
    readOutputs();
}

void SimBench::advanceTo(Nanos now) {
    while (simTime_ < now) {
        Nanos next = std::min(now, simTime_ + kMaxStep);
        if (nextEvent_ < scenario_.events.size())
            next = std::min(next, std::max(simTime_, start_ + scenario_.events[nextEvent_].at));
        if (watchdog_ && watchdog_->lapseAt())
            next = std::min(next, std::max(simTime_, *watchdog_->lapseAt()));
        if (next > simTime_) {
            model_->advance(toDuration(next - simTime_), BenchOutputs::fromSignals(signals_));
            simTime_ = next;
        }
        while (nextEvent_ < scenario_.events.size() &&
               start_ + scenario_.events[nextEvent_].at <= simTime_) {
            switch (scenario_.events[nextEvent_++].action) {
                case TechnicianAction::blowOut:
                    model_->blowOut();
                    break;
                case TechnicianAction::knobHeld:
                    model_->setKnobHeld(true);
                    break;
                case TechnicianAction::knobReleased:
                    model_->setKnobHeld(false);
                    break;
            }
        }
        if (watchdog_ && watchdog_->lapseAt() && *watchdog_->lapseAt() <= simTime_) {
            watchdog_->lapse();
            enterSafeState();
        }
    }
}

void SimBench::tick(Nanos now) {
    std::lock_guard lock(mutex_);
    readOutputs();
    if (watchdog_ && watchdog_->lapsed()) enterSafeState();
    advanceTo(now);
    Signals before = signals_;
    model_->publish(signals_);
    signals_.set("watchdog_lapsed", units::fraction(watchdog_ && watchdog_->lapsed() ? 1.0 : 0.0));
    writeInputs(now, before);
}

void SimBench::handle(const ModbusRequest& request, Nanos now,
                      const std::function<void(modbus_mapping_t*)>& serve) {
    tick(now);
    {
        std::lock_guard lock(mutex_);
        if (request.unitId == kControlUnitId) {
            serve(control_);
            if (request.writesRegisters()) applyControl(now);
            return;
        }
        Unit* u = unit(request.unitId);
        serve(u == nullptr ? nullptr : u->mapping);
        if (u == nullptr || u != outputs_ || !watchdog_) return;
        if (request.writesRegisters() && request.write.overlaps(u->device->map.watchdog->address,
                                                                u->device->map.watchdog->address)) {
            watchdog_->refresh(now);
        }
        if (watchdog_->lapsed()) enterSafeState();  // a lapsed PLC keeps its coils off
    }
    tick(now);
}

void SimBench::applyControl(Nanos now) {
    ControlRequest c = readControl(
        std::span<const std::uint16_t>(control_->tab_registers, control::kRegisterCount), now);
    model_->setKnobHeld(c.knobHeld);
    if (c.blowOut) model_->blowOut();
    control_->tab_registers[control::kBlowOut] = 0;
    if (c.restart.count() > 0) restartRequest_ = c.restart;
    control_->tab_registers[control::kRestartMs] = 0;
    std::erase_if(faults_, [](const ActiveFault& f) { return f.source == Source::control; });
    for (Fault f : c.faults) {
        if (f.onChannel()) {
            Unit* u = unit(f.unitId);
            if (u == nullptr || c.channelIndex < 0 ||
                c.channelIndex >= static_cast<int>(u->specs.size()))
                continue;
            f.channel = u->specs[static_cast<std::size_t>(c.channelIndex)].name;
        }
        faults_.push_back(
            {f, nextFaultId_++, Source::control, std::nullopt, std::mt19937_64(f.seed)});
    }
}

std::vector<Fault> SimBench::linkFaults(int unitId, Nanos now) const {
    std::lock_guard lock(mutex_);
    std::vector<Fault> out;
    if (unitId == kControlUnitId) return out;
    for (const auto& af : faults_) {
        if (af.fault.onChannel() || !af.fault.activeAt(now)) continue;
        if (unitId == 0 || af.fault.appliesTo(unitId)) out.push_back(af.fault);
    }
    return out;
}

std::chrono::milliseconds SimBench::takeRestartRequest() {
    std::lock_guard lock(mutex_);
    return std::exchange(restartRequest_, std::chrono::milliseconds(0));
}

int SimBench::injectFault(Fault fault) {
    std::lock_guard lock(mutex_);
    if (fault.onChannel()) {
        const BenchDevice* dev = layout_.byUnit(fault.unitId);
        if (dev == nullptr || dev->map.find(fault.channel) == nullptr) {
            throw std::invalid_argument("no channel '" + fault.channel + "' at unit " +
                                        std::to_string(fault.unitId));
        }
    }
    fault.from = clock_.now();
    fault.until = std::numeric_limits<Nanos>::max();
    int id = nextFaultId_++;
    faults_.push_back({fault, id, Source::injected, std::nullopt, std::mt19937_64(fault.seed)});
    return id;
}

void SimBench::clearFault(int id) {
    std::lock_guard lock(mutex_);
    std::erase_if(faults_, [id](const ActiveFault& f) { return f.id == id; });
}

void SimBench::clearInjectedFaults() {
    std::lock_guard lock(mutex_);
    std::erase_if(faults_, [](const ActiveFault& f) { return f.source == Source::injected; });
}

void SimBench::setKnobHeld(bool held) {
    std::lock_guard lock(mutex_);
    model_->setKnobHeld(held);
}

void SimBench::blowOut() {
    std::lock_guard lock(mutex_);
    model_->blowOut();
}

std::optional<units::Quantity> SimBench::signal(const std::string& name) const {
    std::lock_guard lock(mutex_);
    const units::Quantity* q = signals_.find(name);
    if (q == nullptr) return std::nullopt;
    return *q;
}

bool SimBench::watchdogLapsed() const {
    std::lock_guard lock(mutex_);
    return watchdog_ && watchdog_->lapsed();
}

}  // namespace gasbench::sim
