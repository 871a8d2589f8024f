#pragma once
// A small libmodbus server for tests and benchmarks: TCP on 127.0.0.1 (any number of clients)
// or RTU on one end of a pty pair, serving a modbus_mapping from its own thread. Faults can be
// injected per request: hold the answer back (late, or wire time), stay silent, or send raw
// bytes of the test's making (a corrupted CRC). It is stopped through a wake-up pipe, since
// modbus_receive retries select() on EINTR and a signal would not unblock it.

#include <modbus.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gasbench::testing {

// Modbus RTU CRC-16 (polynomial 0xA001, initial 0xFFFF); sent low byte first.
inline std::uint16_t modbusCrc(std::span<const std::uint8_t> bytes) {
    std::uint16_t crc = 0xFFFF;
    for (std::uint8_t b : bytes) {
        crc ^= b;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001) : crc >> 1;
    }
    return crc;
}

// How many items each table of a ModbusTestServer holds; beyond them it answers "illegal data
// address".
struct ModbusTables {
    int coils = 256;
    int discreteInputs = 256;
    int holdingRegisters = 256;
    int inputRegisters = 256;
};

class ModbusTestServer {
  public:
    using Tables = ModbusTables;
    // A request as received: the whole ADU (MBAP header or RTU address included), and where the
    // PDU starts (7 on TCP, 1 on RTU).
    struct Request {
        std::span<const std::uint8_t> adu;
        int pduOffset;
        int unitId() const { return adu[static_cast<std::size_t>(pduOffset - 1)]; }
        int function() const { return adu[static_cast<std::size_t>(pduOffset)]; }
    };
    // Decides, per request, how long to hold the answer back (0 = at once).
    using DelayRule = std::function<std::chrono::microseconds(const Request&)>;
    // Returns raw bytes to send instead of the proper answer, or nullopt for the proper one.
    using RawReply = std::function<std::optional<std::vector<std::uint8_t>>(const Request&)>;

    // TCP on 127.0.0.1; port 0 lets the kernel pick one (see port()).
    explicit ModbusTestServer(std::uint16_t port, Tables t = {}) : tables_(t) {
        ctx_ = modbus_new_tcp("127.0.0.1", port);
        if (ctx_ == nullptr) throw std::runtime_error("ModbusTestServer: modbus_new_tcp failed");
        init();
        listen_ = modbus_tcp_listen(ctx_, 16);
        if (listen_ < 0) {
            cleanup();
            throw std::runtime_error("ModbusTestServer: cannot listen on port " +
                                     std::to_string(port));
        }
        sockaddr_storage a{};
        socklen_t len = sizeof a;
        ::getsockname(listen_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(reinterpret_cast<sockaddr_in*>(&a)->sin_port);
        start();
    }
    // RTU on a serial device (one end of a PtyPair), answering unit `unitId` only.
    ModbusTestServer(const std::string& device, int baud, int unitId, Tables t = {})
        : tables_(t), rtu_(true) {
        ctx_ = modbus_new_rtu(device.c_str(), baud, 'N', 8, 1);
        if (ctx_ == nullptr) throw std::runtime_error("ModbusTestServer: modbus_new_rtu failed");
        init();
        modbus_set_slave(ctx_, unitId);
        if (modbus_connect(ctx_) != 0) {
            cleanup();
            throw std::runtime_error("ModbusTestServer: cannot open " + device);
        }
        start();
    }
    ModbusTestServer(ModbusTestServer&&) = delete;
    ~ModbusTestServer() { stop(); }

    std::uint16_t port() const { return port_; }

    // Stops serving and closes every socket (clients see the link go down). Idempotent.
    void stop() {
        if (thread_.joinable()) {
            char c = 'x';
            [[maybe_unused]] ssize_t n = ::write(wake_[1], &c, 1);
            thread_.join();
        }
        cleanup();
    }

    void setDelayRule(DelayRule r) {
        std::lock_guard lock(mutex_);
        delay_ = std::move(r);
    }
    void setRawReply(RawReply r) {
        std::lock_guard lock(mutex_);
        raw_ = std::move(r);
    }
    // Never answer (the request is read and dropped).
    void setSilent(bool s) { silent_ = s; }

    void setInputRegisters(int address, std::span<const std::uint16_t> words) {
        std::lock_guard lock(mutex_);
        std::copy(words.begin(), words.end(), map_->tab_input_registers + address);
    }
    void setHoldingRegisters(int address, std::span<const std::uint16_t> words) {
        std::lock_guard lock(mutex_);
        std::copy(words.begin(), words.end(), map_->tab_registers + address);
    }
    void setDiscreteInput(int address, bool v) {
        std::lock_guard lock(mutex_);
        map_->tab_input_bits[address] = v ? 1 : 0;
    }
    void setCoil(int address, bool v) {
        std::lock_guard lock(mutex_);
        map_->tab_bits[address] = v ? 1 : 0;
    }
    std::uint16_t holdingRegister(int address) const {
        std::lock_guard lock(mutex_);
        return map_->tab_registers[address];
    }
    bool coil(int address) const {
        std::lock_guard lock(mutex_);
        return map_->tab_bits[address] != 0;
    }
    // Requests received (answered or not).
    int requests() const { return requests_.load(); }

  private:
    void init() {
        map_ = modbus_mapping_new(tables_.coils, tables_.discreteInputs, tables_.holdingRegisters,
                                  tables_.inputRegisters);
        if (map_ == nullptr || ::pipe(wake_) != 0)
            throw std::runtime_error("ModbusTestServer: out of resources");
    }

    void start() {
        thread_ = std::thread([this] { rtu_ ? serveRtu() : serveTcp(); });
    }

    void cleanup() {
        for (int fd : clients_) ::close(fd);
        clients_.clear();
        if (listen_ >= 0) ::close(listen_);
        listen_ = -1;
        if (ctx_ != nullptr) {
            if (rtu_) modbus_close(ctx_);
            modbus_free(ctx_);
            ctx_ = nullptr;
        }
        if (map_ != nullptr) modbus_mapping_free(map_);
        map_ = nullptr;
        for (int& fd : wake_) {
            if (fd >= 0) ::close(fd);
            fd = -1;
        }
    }

    // Answers one request already received into `buf`; false if the link broke.
    bool answer(std::uint8_t* buf, int len) {
        ++requests_;
        Request req{std::span<const std::uint8_t>(buf, static_cast<std::size_t>(len)),
                    rtu_ ? 1 : 7};
        DelayRule delay;
        RawReply raw;
        {
            std::lock_guard lock(mutex_);
            delay = delay_;
            raw = raw_;
        }
        if (silent_) return true;
        if (delay) {
            auto d = delay(req);
            if (d.count() > 0 && !sleepUnlessStopped(d)) return false;
        }
        if (raw) {
            if (auto bytes = raw(req)) {
                int fd = modbus_get_socket(ctx_);
                return ::write(fd, bytes->data(), bytes->size()) ==
                       static_cast<ssize_t>(bytes->size());
            }
        }
        std::lock_guard lock(mutex_);
        return modbus_reply(ctx_, buf, len, map_) >= 0;
    }

    // Waits `d` (to the microsecond), or less if stop() is called; false when stopping.
    bool sleepUnlessStopped(std::chrono::microseconds d) {
        pollfd p{wake_[0], POLLIN, 0};
        timespec ts{static_cast<time_t>(d.count() / 1000000),
                    static_cast<long>(d.count() % 1000000) * 1000};
        return ::ppoll(&p, 1, &ts, nullptr) == 0;
    }

    void serveTcp() {
        std::uint8_t buf[MODBUS_TCP_MAX_ADU_LENGTH];
        while (true) {
            std::vector<pollfd> fds{{wake_[0], POLLIN, 0}, {listen_, POLLIN, 0}};
            for (int c : clients_) fds.push_back({c, POLLIN, 0});
            if (::poll(fds.data(), fds.size(), -1) < 0) continue;
            if (fds[0].revents != 0) return;
            if (fds[1].revents & POLLIN) {
                int c = ::accept(listen_, nullptr, nullptr);
                if (c >= 0) clients_.push_back(c);
            }
            for (std::size_t i = 2; i < fds.size(); ++i) {
                if (fds[i].revents == 0) continue;
                modbus_set_socket(ctx_, fds[i].fd);
                int rc = modbus_receive(ctx_, buf);
                bool ok = rc >= 0 && (rc == 0 || answer(buf, rc));
                if (!ok) {
                    ::close(fds[i].fd);
                    clients_.erase(std::find(clients_.begin(), clients_.end(), fds[i].fd));
                }
            }
        }
    }

    void serveRtu() {
        std::uint8_t buf[MODBUS_RTU_MAX_ADU_LENGTH];
        int fd = modbus_get_socket(ctx_);
        while (true) {
            pollfd fds[2] = {{wake_[0], POLLIN, 0}, {fd, POLLIN, 0}};
            if (::poll(fds, 2, -1) < 0) continue;
            if (fds[0].revents != 0) return;
            int rc = modbus_receive(ctx_, buf);
            if (rc > 0) answer(buf, rc);
            // rc == 0: for another unit; rc < 0: a broken frame, dropped (libmodbus flushed it).
        }
    }

    Tables tables_;
    bool rtu_ = false;
    modbus_t* ctx_ = nullptr;
    modbus_mapping_t* map_ = nullptr;
    int listen_ = -1;
    int wake_[2] = {-1, -1};
    std::uint16_t port_ = 0;
    std::vector<int> clients_;
    std::thread thread_;
    mutable std::mutex mutex_;
    DelayRule delay_;
    RawReply raw_;
    std::atomic<bool> silent_{false};
    std::atomic<int> requests_{0};
};

}  // namespace gasbench::testing
