#include "gasbench/hal/modbus_link.hpp"

#include <modbus.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace gasbench::hal {
namespace {

// errno's description without strerror()'s shared buffer (modbus_strerror uses it too).
std::string systemErrorText(int err) {
    const char* d = strerrordesc_np(err);
    return d != nullptr ? d : "errno " + std::to_string(err);
}

bool isRetryable(const LinkError& e) {
    switch (e.kind) {
        case LinkErrorKind::timeout:
        case LinkErrorKind::crc:
        case LinkErrorKind::badLength:
        case LinkErrorKind::linkDown:
            return true;
        case LinkErrorKind::exception:
            return e.exceptionCode == static_cast<int>(ModbusException::serverBusy) ||
                   e.exceptionCode == static_cast<int>(ModbusException::acknowledge);
        case LinkErrorKind::config:
        case LinkErrorKind::refused:
        case LinkErrorKind::wrongDevice:
            return false;
    }
    return false;
}

}  // namespace

std::string ModbusLink::RequestName::text() const {
    return std::string(verb) + " " + std::to_string(address) + "+" + std::to_string(count) +
           " of unit " + std::to_string(unitId);
}

ModbusLink::ModbusLink(BusConfig config, const Clock& clock)
    : config_(std::move(config)), clock_(clock) {}

ModbusLink::~ModbusLink() {
    close();
}

std::string ModbusLink::describe() const {
    if (config_.transport == Transport::tcp)
        return "tcp " + config_.host + ":" + std::to_string(config_.port);
    return "rtu " + config_.device + " " + std::to_string(config_.baud) + " " +
           std::to_string(config_.dataBits) + config_.parity + std::to_string(config_.stopBits);
}

void ModbusLink::close() {
    if (ctx_ != nullptr) {
        modbus_close(ctx_);
        modbus_free(ctx_);
        ctx_ = nullptr;
    }
    connected_ = false;
}

std::optional<LinkError> ModbusLink::connect() {
    close();
    everAttempted_ = true;
    lastConnectAttempt_ = std::chrono::steady_clock::now();
    if (config_.transport == Transport::tcp) {
        ctx_ = modbus_new_tcp(config_.host.c_str(), config_.port);
    } else {
        ctx_ = modbus_new_rtu(config_.device.c_str(), config_.baud, config_.parity,
                              config_.dataBits, config_.stopBits);
    }
    if (ctx_ == nullptr) {
        return LinkError{
            LinkErrorKind::config, 0,
            describe() + ": cannot create a Modbus context: " + systemErrorText(errno)};
    }
    auto ms = config_.responseTimeout.count();
    modbus_set_response_timeout(ctx_, static_cast<uint32_t>(ms / 1000),
                                static_cast<uint32_t>((ms % 1000) * 1000));
    modbus_set_error_recovery(ctx_, MODBUS_ERROR_RECOVERY_NONE);
    if (modbus_connect(ctx_) == -1) {
        int err = errno;
        close();
        return LinkError{LinkErrorKind::linkDown, 0,
                         describe() + ": cannot connect: " + systemErrorText(err)};
    }
    connected_ = true;
    return std::nullopt;
}

std::optional<LinkError> ModbusLink::open() {
    if (connected_) return std::nullopt;
    auto sinceLast = std::chrono::steady_clock::now() - lastConnectAttempt_;
    if (everAttempted_ && sinceLast < config_.reconnectInterval) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            config_.reconnectInterval - sinceLast);
        return LinkError{LinkErrorKind::linkDown, 0,
                         describe() + ": link down, next connect attempt in " +
                             std::to_string(left.count()) + " ms"};
    }
    return connect();
}

LinkError ModbusLink::errorFromErrno(int err, const RequestName& what) const {
    std::string where = describe() + ": " + what.text() + ": ";
    if (err > MODBUS_ENOBASE && err <= MODBUS_ENOBASE + 11) {
        int code = err - MODBUS_ENOBASE;
        return LinkError{LinkErrorKind::exception, code,
                         where + "the device answered with exception " + std::to_string(code) +
                             " (" + exceptionName(code) + ")"};
    }
    switch (err) {
        case EMBBADCRC:
            return LinkError{LinkErrorKind::crc, 0, where + "answer with a bad CRC"};
        case EMBBADDATA:
        case EMBBADEXC:
        case EMBMDATA:
        case EMBUNKEXC:
        case EMBBADSLAVE:
            return LinkError{
                LinkErrorKind::badLength, 0,
                where + (err == EMBMDATA      ? "too many data in the answer"
                         : err == EMBBADEXC   ? "answer with an invalid exception code"
                         : err == EMBUNKEXC   ? "answer with an unknown exception code"
                         : err == EMBBADSLAVE ? "answer from another unit"
                                              : "answer of the wrong length or shape")};
        case ETIMEDOUT:
            return LinkError{LinkErrorKind::timeout, 0,
                             where + "no answer within " +
                                 std::to_string(config_.responseTimeout.count()) + " ms"};
        case EINVAL:
            return LinkError{LinkErrorKind::config, 0,
                             where + "invalid request (unit id or count)"};
        default:
            return LinkError{LinkErrorKind::linkDown, 0, where + systemErrorText(err)};
    }
}

template <typename T, typename Call>
LinkResult<T> ModbusLink::request(const RequestName& what, Call call) {
    const int unitId = what.unitId;
    LinkResult<T> result;
    auto backoff = config_.retryBackoff;
    for (int attempt = 0; attempt <= config_.retries; ++attempt) {
        if (attempt > 0) {
            std::this_thread::sleep_for(backoff);
            backoff *= 2;
        }
        result.attempts = attempt + 1;
        result.started = clock_.now();
        if (auto down = open()) {
            result.finished = clock_.now();
            result.error = std::move(down);
            // A refused connect is not worth retrying before reconnectInterval has passed.
            return result;
        }
        if (modbus_set_slave(ctx_, unitId) == -1) {
            result.finished = clock_.now();
            result.error =
                LinkError{LinkErrorKind::config, 0,
                          describe() + ": unit id " + std::to_string(unitId) + " is not valid"};
            return result;
        }
        errno = 0;
        std::optional<T> value = call(ctx_);
        int err = errno;
        result.finished = clock_.now();
        if (value) {
            result.value = std::move(value);
            result.error.reset();
            return result;
        }
        LinkError e = errorFromErrno(err, what);
        if (e.kind == LinkErrorKind::linkDown ||
            (e.kind == LinkErrorKind::timeout && config_.transport == Transport::tcp)) {
            // A TCP answer that comes late would be taken for the next request's: start afresh.
            close();
            everAttempted_ = false;  // the retry may reconnect at once
        } else if (e.kind != LinkErrorKind::exception) {
            modbus_flush(ctx_);
        }
        bool retry = isRetryable(e);
        result.error = std::move(e);
        if (!retry) return result;
    }
    return result;
}

LinkResult<std::vector<std::uint16_t>> ModbusLink::readRegisters(int unitId,
                                                                 RegisterFunction function,
                                                                 std::uint16_t address,
                                                                 std::uint16_t count) {
    bool input = function == RegisterFunction::inputRegister;
    RequestName what{input ? "read input registers" : "read holding registers", unitId, address,
                     count};
    if (!holdsWords(function) || count == 0 || count > MODBUS_MAX_READ_REGISTERS) {
        LinkResult<std::vector<std::uint16_t>> r;
        r.started = r.finished = clock_.now();
        r.error = LinkError{LinkErrorKind::config, 0,
                            describe() + ": " + what.text() + ": not a register read of 1 to 125"};
        return r;
    }
    return request<std::vector<std::uint16_t>>(what, [&](_modbus* ctx) {
        std::vector<std::uint16_t> words(count);
        int rc = input ? modbus_read_input_registers(ctx, address, count, words.data())
                       : modbus_read_registers(ctx, address, count, words.data());
        if (rc != count) {
            if (rc >= 0) errno = EMBBADDATA;
            return std::optional<std::vector<std::uint16_t>>{};
        }
        return std::optional(std::move(words));
    });
}

LinkResult<std::vector<std::uint8_t>> ModbusLink::readBits(int unitId, RegisterFunction function,
                                                           std::uint16_t address,
                                                           std::uint16_t count) {
    bool coils = function == RegisterFunction::coil;
    RequestName what{coils ? "read coils" : "read discrete inputs", unitId, address, count};
    if (holdsWords(function) || count == 0 || count > MODBUS_MAX_READ_BITS) {
        LinkResult<std::vector<std::uint8_t>> r;
        r.started = r.finished = clock_.now();
        r.error = LinkError{LinkErrorKind::config, 0,
                            describe() + ": " + what.text() + ": not a bit read of 1 to 2000"};
        return r;
    }
    return request<std::vector<std::uint8_t>>(what, [&](_modbus* ctx) {
        std::vector<std::uint8_t> bits(count);
        int rc = coils ? modbus_read_bits(ctx, address, count, bits.data())
                       : modbus_read_input_bits(ctx, address, count, bits.data());
        if (rc != count) {
            if (rc >= 0) errno = EMBBADDATA;
            return std::optional<std::vector<std::uint8_t>>{};
        }
        return std::optional(std::move(bits));
    });
}

LinkResult<Done> ModbusLink::writeRegisters(int unitId, std::uint16_t address,
                                            std::span<const std::uint16_t> words) {
    RequestName what{"write holding registers", unitId, address, words.size()};
    if (words.empty() || words.size() > MODBUS_MAX_WRITE_REGISTERS) {
        LinkResult<Done> r;
        r.started = r.finished = clock_.now();
        r.error =
            LinkError{LinkErrorKind::config, 0,
                      describe() + ": " + what.text() + ": not a write of 1 to 123 registers"};
        return r;
    }
    return request<Done>(what, [&](_modbus* ctx) {
        int n = static_cast<int>(words.size());
        int rc = n == 1 ? modbus_write_register(ctx, address, words[0])
                        : modbus_write_registers(ctx, address, n, words.data());
        bool ok = n == 1 ? rc == 1 : rc == n;
        if (!ok && rc >= 0) errno = EMBBADDATA;
        return ok ? std::optional<Done>(Done{}) : std::nullopt;
    });
}

LinkResult<Done> ModbusLink::writeBit(int unitId, std::uint16_t address, bool value) {
    return request<Done>(RequestName{"write coil", unitId, address, 1}, [&](_modbus* ctx) {
        int rc = modbus_write_bit(ctx, address, value ? 1 : 0);
        if (rc != 1 && rc >= 0) errno = EMBBADDATA;
        return rc == 1 ? std::optional<Done>(Done{}) : std::nullopt;
    });
}

}  // namespace gasbench::hal
