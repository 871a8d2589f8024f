#pragma once
// Two connected pseudo-terminals made by socat, for RTU over a "serial line" in tests: open
// one end as the bus, the other as the device. socat enforces no baud timing (MEASURED.md).

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include "subprocess.hpp"

namespace gasbench::testing {

class PtyPair {
  public:
    PtyPair() {
        char tmpl[] = "/tmp/gasbench-pty-XXXXXX";
        if (::mkdtemp(tmpl) == nullptr) throw std::runtime_error("PtyPair: mkdtemp failed");
        dir_ = tmpl;
        a_ = dir_ + "/a";
        b_ = dir_ + "/b";
        socat_ = std::make_unique<Subprocess>(std::vector<std::string>{
            "/usr/bin/socat", "pty,raw,echo=0,link=" + a_, "pty,raw,echo=0,link=" + b_});
        for (int i = 0; i < 500; ++i) {
            if (std::filesystem::exists(a_) && std::filesystem::exists(b_)) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        throw std::runtime_error("PtyPair: socat did not create " + a_ + " and " + b_);
    }
    ~PtyPair() {
        socat_.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    PtyPair(const PtyPair&) = delete;
    PtyPair& operator=(const PtyPair&) = delete;

    const std::string& busEnd() const { return a_; }     // the controller's side
    const std::string& deviceEnd() const { return b_; }  // the instrument's side

  private:
    std::string dir_, a_, b_;
    std::unique_ptr<Subprocess> socat_;
};

}  // namespace gasbench::testing
