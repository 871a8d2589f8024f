#pragma once
// A device's register map: which channels it has, where they live in its Modbus tables and how
// their raw words become quantities. Maps are data (fixtures/maps/*.json); the real instruments
// and the simulated bench serve the same maps.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/core/units.hpp"

class QByteArray;

namespace gasbench::hal {

enum class RegisterFunction { coil, discreteInput, holdingRegister, inputRegister };
enum class ValueType { boolean, u16, i16, u32, i32, f32 };
// Byte order of a 32-bit value across its two registers, named as libmodbus names its float
// helpers: abcd = big-endian words, big-endian bytes; cdab = word-swapped; badc = byte-swapped;
// dcba = both.
enum class WordOrder { abcd, badc, cdab, dcba };
enum class Access { read, write, readWrite };

struct ChannelSpec {
    std::string name;  // unique in its map: "pressure", "flame_present", "supply_valve"
    RegisterFunction function = RegisterFunction::holdingRegister;
    std::uint16_t address = 0;  // 0-based protocol address
    ValueType type = ValueType::u16;
    WordOrder order = WordOrder::abcd;
    double scale = 1.0;  // engineering = raw * scale + offset
    double offset = 0.0;
    units::UnitSpec unit;  // the engineering unit, and through it the dimension
    Access access = Access::read;
    std::optional<double> rangeLow;  // plausible range, in the engineering unit
    std::optional<double> rangeHigh;
    std::string description;

    // How many 16-bit registers (or bits, for coils and discrete inputs) the value spans.
    std::uint16_t width() const;
    bool readable() const { return access != Access::write; }
    bool writable() const { return access != Access::read; }
};

// The device's watchdog: a holding register the controller must refresh while outputs are
// armed; when it lapses the device puts its outputs in their safe state.
struct WatchdogSpec {
    std::uint16_t address = 0;
    std::uint32_t timeoutMs = 2000;
};

// A register that identifies the device when probed at configure time.
struct IdentitySpec {
    RegisterFunction function = RegisterFunction::inputRegister;
    std::uint16_t address = 0;
    std::uint16_t expected = 0;
};

struct DeviceMap {
    std::string id;  // "pressure-transducer-generic"
    int version = 1;
    std::string
        kind;  // pressure-transducer, flame-detector, flow-meter, gas-chromatograph, outputs
    std::string vendor;
    std::string model;
    std::string sourceFile;  // where it was loaded from, for error messages
    std::optional<IdentitySpec> identity;
    std::optional<WatchdogSpec> watchdog;
    std::vector<ChannelSpec> channels;

    const ChannelSpec* find(const std::string& name) const;
};

// Reads and checks a map file (fixtures/maps/*.json). Refuses a bad map with a ConfigError naming
// the file, the field and what was expected.
DeviceMap loadDeviceMap(const std::string& path);
// The same from bytes already read (tests, maps embedded in a station config); `file` names them.
DeviceMap parseDeviceMap(const QByteArray& bytes, const std::string& file);

// True for the functions whose items are words (holding and input registers), false for bits.
bool holdsWords(RegisterFunction f);
// True for the functions a master may write (coils and holding registers).
bool isWritableFunction(RegisterFunction f);

std::string_view registerFunctionName(RegisterFunction f);
std::string_view valueTypeName(ValueType t);
std::string_view wordOrderName(WordOrder o);
std::string_view accessName(Access a);

}  // namespace gasbench::hal
