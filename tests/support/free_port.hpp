#pragma once
// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it). ctest runs two test
// programs at once, so servers in tests never use fixed ports.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

namespace gasbench::testing {

inline std::uint16_t freeTcpPort() {
    int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0) throw std::runtime_error("freeTcpPort: socket failed");
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    if (::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        ::close(s);
        throw std::runtime_error("freeTcpPort: bind failed");
    }
    ::close(s);
    return ntohs(a.sin_port);
}

}  // namespace gasbench::testing
