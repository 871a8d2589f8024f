#include "gasbench/sim/sim_server.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
#include <vector>

#include "gasbench/sim/rtu_timing.hpp"

namespace gasbench::sim {
namespace {

using WallClock = std::chrono::steady_clock;
constexpr std::size_t kMaxTcpFrame = 260;
// A partial RTU frame older than this is line noise: a real slave resyncs on the silence.
constexpr auto kStaleRtuBytes = std::chrono::milliseconds(50);
constexpr int kGatewayTargetFailed = 0x0B;

std::runtime_error systemError(const std::string& what) {
    return std::runtime_error(what + ": " + std::strerror(errno));
}

void setNonBlocking(int fd) {
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

// A listening TCP socket on host:port (port 0: any free one, written back).
int openListener(const std::string& host, std::uint16_t& port) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* found = nullptr;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 ||
        found == nullptr) {
        throw std::runtime_error("cannot resolve " + host);
    }
    int fd = socket(found->ai_family, found->ai_socktype, found->ai_protocol);
    int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    int rc = fd < 0 ? -1 : bind(fd, found->ai_addr, found->ai_addrlen);
    freeaddrinfo(found);
    if (rc != 0 || listen(fd, 16) != 0) {
        auto err = systemError("cannot listen on " + host + ":" + std::to_string(port));
        if (fd >= 0) close(fd);
        throw err;
    }
    sockaddr_in bound{};
    socklen_t len = sizeof bound;
    getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &len);
    port = ntohs(bound.sin_port);
    setNonBlocking(fd);
    return fd;
}

struct Connection {
    int fd = -1;
    std::vector<std::uint8_t> in;
    bool awaiting = false;  // an answer is queued: read no further request until it is sent
};

struct Answer {
    int fd = -1;
    std::vector<std::uint8_t> bytes;
    WallClock::time_point due;
};

struct Outcome {
    bool closeConnection = false;
    std::vector<std::uint8_t> answer;
    std::chrono::nanoseconds hold{0};
};

}  // namespace

struct SimServer::Impl {
    SimBench& bench;
    SimServerConfig config;
    int wakeRead = -1, wakeWrite = -1;
    int listenFd = -1;
    std::vector<Connection> clients;
    modbus_t* serial = nullptr;
    int serialFd = -1;
    Connection serialLine;
    WallClock::time_point serialLastByte;
    // libmodbus writes its answers into one end of a socket pair; the server reads them out.
    modbus_t* tcpReply = nullptr;
    modbus_t* rtuReply = nullptr;
    int replySide = -1, readSide = -1;
    std::deque<Answer> answers;
    WallClock::time_point downUntil;
    bool down = false;

    Impl(SimBench& b, SimServerConfig c) : bench(b), config(std::move(c)) {}

    ~Impl() {
        closeAllClients();
        if (listenFd >= 0) close(listenFd);
        if (serial != nullptr) {
            modbus_close(serial);
            modbus_free(serial);
        }
        for (modbus_t* ctx : {tcpReply, rtuReply}) {
            if (ctx != nullptr) modbus_free(ctx);  // never connected: its socket is ours to close
        }
        for (int fd : {replySide, readSide, wakeRead, wakeWrite}) {
            if (fd >= 0) close(fd);
        }
    }

    void open(std::uint16_t& port) {
        int wake[2];
        if (pipe(wake) != 0) throw systemError("pipe");
        wakeRead = wake[0];
        wakeWrite = wake[1];
        setNonBlocking(wakeRead);
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) throw systemError("socketpair");
        replySide = pair[0];
        readSide = pair[1];
        tcpReply = modbus_new_tcp("127.0.0.1", 502);
        rtuReply = modbus_new_rtu("/dev/null", 9600, 'N', 8, 1);
        if (tcpReply == nullptr || rtuReply == nullptr) throw systemError("modbus_new");
        modbus_set_socket(tcpReply, replySide);
        modbus_set_socket(rtuReply, replySide);
        if (config.tcp) listenFd = openListener(config.tcp->host, port);
        if (config.rtu) {
            const hal::BusConfig& line = *config.rtu;
            serial = modbus_new_rtu(line.device.c_str(), line.baud, line.parity, line.dataBits,
                                    line.stopBits);
            if (serial == nullptr || modbus_connect(serial) != 0) {
                throw std::runtime_error("cannot open serial device " + line.device + ": " +
                                         modbus_strerror(errno));
            }
            serialFd = modbus_get_socket(serial);
        }
    }

    void closeClient(std::size_t i) {
        int fd = clients[i].fd;
        std::erase_if(answers, [fd](const Answer& a) { return a.fd == fd; });
        close(fd);
        clients.erase(clients.begin() + static_cast<long>(i));
    }

    void closeAllClients() {
        while (!clients.empty()) closeClient(clients.size() - 1);
    }

    std::vector<std::uint8_t> collect(int rc) {
        std::vector<std::uint8_t> out;
        if (rc <= 0) return out;
        out.resize(static_cast<std::size_t>(rc));
        std::size_t got = 0;
        while (got < out.size()) {
            ssize_t n = read(readSide, out.data() + got, out.size() - got);
            if (n <= 0) break;
            got += static_cast<std::size_t>(n);
        }
        out.resize(got);
        return out;
    }

    Outcome serve(bool rtu, const std::vector<std::uint8_t>& frame) {
        Outcome out;
        Nanos now = bench.clock().now();
        if (rtu && !rtuCrcOk(frame)) return out;  // a real slave stays silent on a bad CRC
        int unitId = rtu ? frame[0] : frame[6];
        std::span<const std::uint8_t> pdu =
            rtu ? std::span(frame).subspan(1, frame.size() - 3) : std::span(frame).subspan(7);
        ModbusRequest request = parseRequest(unitId, pdu);
        int exception = 0;
        bool corrupt = false;
        for (const Fault& f : bench.linkFaults(unitId, now)) {
            switch (f.kind) {
                case FaultKind::dropConnections:
                    out.closeConnection = true;
                    return out;
                case FaultKind::delay:
                    out.hold = std::max(out.hold, std::chrono::nanoseconds(toNanos(f.delay)));
                    break;
                case FaultKind::corruptCrc:
                    corrupt = true;
                    break;
                case FaultKind::exception:
                    if (request.read.overlaps(f.firstAddress, f.lastAddress) ||
                        request.write.overlaps(f.firstAddress, f.lastAddress)) {
                        exception = f.exceptionCode;
                    }
                    break;
                default:
                    break;
            }
        }
        modbus_t* ctx = rtu ? rtuReply : tcpReply;
        int length = static_cast<int>(frame.size());
        if (exception != 0) {
            out.answer = collect(
                modbus_reply_exception(ctx, frame.data(), static_cast<unsigned>(exception)));
        } else {
            bench.handle(request, now, [&](modbus_mapping_t* mapping) {
                if (mapping != nullptr) {
                    out.answer = collect(modbus_reply(ctx, frame.data(), length, mapping));
                } else if (!rtu) {  // a gateway's answer for a unit that is not there
                    out.answer =
                        collect(modbus_reply_exception(ctx, frame.data(), kGatewayTargetFailed));
                }
            });
        }
        if (rtu && corrupt && out.answer.size() >= 2) out.answer.back() ^= 0xA5;
        if (rtu && config.holdToWireTime && !out.answer.empty()) {
            out.hold += std::chrono::nanoseconds(
                toNanos(transactionTime(*config.rtu, frame.size(), out.answer.size())));
        }
        return out;
    }

    // Frames and answers the complete requests in a connection's buffer. False: close it.
    bool process(Connection& c, bool rtu) {
        while (!c.awaiting) {
            std::optional<std::size_t> length = rtu ? rtuRequestLength(c.in) : tcpFrameLength(c.in);
            if (!length) return true;
            if (rtu && *length == 0) {  // a function we cannot frame: drop the bytes
                c.in.clear();
                return true;
            }
            if (!rtu && (*length < 8 || *length > kMaxTcpFrame)) return false;
            if (c.in.size() < *length) return true;
            std::vector<std::uint8_t> frame(c.in.begin(),
                                            c.in.begin() + static_cast<long>(*length));
            c.in.erase(c.in.begin(), c.in.begin() + static_cast<long>(*length));
            if (rtu && !rtuCrcOk(frame)) {
                c.in.clear();  // misaligned: wait for the line to go quiet
                return true;
            }
            Outcome o = serve(rtu, frame);
            if (o.closeConnection) return rtu;  // on a serial line "dropping" is silence
            if (o.answer.empty()) continue;
            answers.push_back({c.fd, std::move(o.answer), WallClock::now() + o.hold});
            c.awaiting = true;
        }
        return true;
    }

    void updateLinkState(std::uint16_t port) {
        bool restartFault = false, refuse = false;
        for (const Fault& f : bench.linkFaults(0, bench.clock().now())) {
            restartFault = restartFault || f.kind == FaultKind::restart;
            refuse = refuse || f.kind == FaultKind::refuseConnections;
        }
        bool nowDown = restartFault || WallClock::now() < downUntil;
        if (nowDown && !down) {
            closeAllClients();
            serialLine.in.clear();
            std::erase_if(answers, [this](const Answer& a) { return a.fd == serialFd; });
            serialLine.awaiting = false;
        }
        down = nowDown;
        bool listening = config.tcp && !down && !refuse;
        if (listening && listenFd < 0) {
            try {
                listenFd = openListener(config.tcp->host, port);
            } catch (const std::exception&) {
                // The port is not free again yet; the next round tries again.
            }
        } else if (!listening && listenFd >= 0) {
            close(listenFd);
            listenFd = -1;
        }
    }

    void sendDue() {
        auto now = WallClock::now();
        for (auto it = answers.begin(); it != answers.end();) {
            if (it->due > now) {
                ++it;
                continue;
            }
            Answer a = std::move(*it);
            it = answers.erase(it);
            if (a.fd == serialFd) {
                if (write(serialFd, a.bytes.data(), a.bytes.size()) <
                    0) { /* the pty's peer went away */
                }
                serialLine.awaiting = false;
                process(serialLine, true);
                continue;
            }
            for (std::size_t i = 0; i < clients.size(); ++i) {
                if (clients[i].fd != a.fd) continue;
                clients[i].awaiting = false;
                if (send(a.fd, a.bytes.data(), a.bytes.size(), MSG_NOSIGNAL) < 0 ||
                    !process(clients[i], false)) {
                    closeClient(i);
                }
                break;
            }
            it = answers.begin();  // process() may have queued or removed answers
            now = WallClock::now();
        }
    }
};

SimServer::SimServer(SimBench& bench, SimServerConfig config)
    : bench_(bench), config_(std::move(config)) {
    if (!config_.tcp && !config_.rtu)
        throw std::invalid_argument("a simulator server needs TCP, RTU or both");
    if (config_.tcp) port_ = config_.tcp->port;
}

SimServer::~SimServer() {
    stop();
}

void SimServer::start() {
    impl_ = std::make_unique<Impl>(bench_, config_);
    impl_->open(port_);
    stopping_ = false;
    thread_ = std::thread([this] { run(); });
}

void SimServer::stop() {
    if (!thread_.joinable()) return;
    stopping_ = true;
    char one = 1;
    if (write(impl_->wakeWrite, &one, 1) < 0) { /* the loop also wakes within 10 ms */
    }
    thread_.join();
    impl_.reset();
}

void SimServer::restart(std::chrono::milliseconds downtime) {
    restartMs_ = downtime.count();
}

void SimServer::run() {
    Impl& s = *impl_;
    while (!stopping_) {
        std::chrono::milliseconds restart(restartMs_.exchange(0));
        if (restart.count() == 0) restart = bench_.takeRestartRequest();
        if (restart.count() > 0) s.downUntil = WallClock::now() + restart;
        s.updateLinkState(port_);
        if (dropAll_.exchange(false)) s.closeAllClients();

        fd_set readable;
        FD_ZERO(&readable);
        int top = s.wakeRead;
        auto watch = [&](int fd) {
            FD_SET(fd, &readable);
            top = std::max(top, fd);
        };
        watch(s.wakeRead);
        if (s.listenFd >= 0) watch(s.listenFd);
        for (const auto& c : s.clients) {
            if (!c.awaiting) watch(c.fd);
        }
        if (s.serialFd >= 0 && !s.serialLine.awaiting) watch(s.serialFd);
        auto wait = std::chrono::nanoseconds(std::chrono::milliseconds(10));
        for (const auto& a : s.answers)
            wait = std::min(wait, std::max(std::chrono::nanoseconds(0), a.due - WallClock::now()));
        timeval tv{};
        tv.tv_sec = 0;
        tv.tv_usec = static_cast<suseconds_t>(
            std::chrono::duration_cast<std::chrono::microseconds>(wait).count());
        int n = select(top + 1, &readable, nullptr, nullptr, &tv);
        if (n < 0 && errno != EINTR) break;
        if (stopping_) break;
        bench_.tick(bench_.clock().now());
        if (n > 0) {
            if (FD_ISSET(s.wakeRead, &readable)) {
                char drain[16];
                while (read(s.wakeRead, drain, sizeof drain) > 0) {
                }
            }
            if (s.listenFd >= 0 && FD_ISSET(s.listenFd, &readable)) {
                for (int fd; (fd = accept(s.listenFd, nullptr, nullptr)) >= 0;) {
                    setNonBlocking(fd);
                    s.clients.push_back({fd, {}, false});
                }
            }
            for (std::size_t i = 0; i < s.clients.size();) {
                Connection& c = s.clients[i];
                if (c.awaiting || !FD_ISSET(c.fd, &readable)) {
                    ++i;
                    continue;
                }
                std::uint8_t buffer[512];
                ssize_t got = recv(c.fd, buffer, sizeof buffer, 0);
                if (got <= 0 && !(got < 0 && (errno == EAGAIN || errno == EINTR))) {
                    s.closeClient(i);
                    continue;
                }
                if (got > 0) c.in.insert(c.in.end(), buffer, buffer + got);
                if (!s.process(c, false)) {
                    s.closeClient(i);
                    continue;
                }
                ++i;
            }
            if (s.serialFd >= 0 && FD_ISSET(s.serialFd, &readable)) {
                std::uint8_t buffer[512];
                ssize_t got = read(s.serialFd, buffer, sizeof buffer);
                if (got > 0 && !s.down) {
                    if (WallClock::now() - s.serialLastByte > kStaleRtuBytes)
                        s.serialLine.in.clear();
                    s.serialLastByte = WallClock::now();
                    s.serialLine.in.insert(s.serialLine.in.end(), buffer, buffer + got);
                    s.serialLine.fd = s.serialFd;
                    s.process(s.serialLine, true);
                }
            }
        }
        s.sendDue();
    }
}

}  // namespace gasbench::sim
