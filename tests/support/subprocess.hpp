#pragma once
// A child process for tests (a pymodbus server, socat): started with posix_spawn, its stdout
// readable line by line, terminated (SIGTERM, then SIGKILL) and reaped when the object goes.

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace gasbench::testing {

class Subprocess {
  public:
    // argv[0] is the program's path (no PATH search). With captureStdout the child's stdout
    // is a pipe read by readLine().
    explicit Subprocess(std::vector<std::string> argv, bool captureStdout = false) {
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(a.data());
        args.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        int fds[2] = {-1, -1};
        if (captureStdout) {
            if (::pipe(fds) != 0) throw std::runtime_error("Subprocess: pipe failed");
            posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
            posix_spawn_file_actions_addclose(&actions, fds[0]);
            posix_spawn_file_actions_addclose(&actions, fds[1]);
        }
        int rc = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (captureStdout) {
            ::close(fds[1]);
            out_ = fds[0];
        }
        if (rc != 0) throw std::runtime_error("Subprocess: cannot start " + argv[0]);
    }
    ~Subprocess() { terminate(); }
    Subprocess(const Subprocess&) = delete;
    Subprocess& operator=(const Subprocess&) = delete;

    pid_t pid() const { return pid_; }

    // One line of the child's stdout (without '\n'), or nullopt on EOF or after `timeout`.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout) {
        auto deadline = std::chrono::steady_clock::now() + timeout;
        std::string line;
        while (true) {
            if (auto nl = buffer_.find('\n'); nl != std::string::npos) {
                line = buffer_.substr(0, nl);
                buffer_.erase(0, nl + 1);
                return line;
            }
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 || out_ < 0) return std::nullopt;
            pollfd p{out_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return std::nullopt;
            char chunk[512];
            ssize_t n = ::read(out_, chunk, sizeof chunk);
            if (n <= 0) return std::nullopt;
            buffer_.append(chunk, static_cast<std::size_t>(n));
        }
    }

    // True while the child has not exited.
    bool running() {
        if (pid_ <= 0) return false;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            status_ = status;
            return false;
        }
        return true;
    }

    // The child's wait status (WIFEXITED, WEXITSTATUS, WTERMSIG) once running() saw it end.
    std::optional<int> waitStatus() const { return status_; }

    void terminate() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            for (int i = 0; i < 100 && running(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (pid_ > 0) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, nullptr, 0);
                pid_ = -1;
            }
        }
        if (out_ >= 0) {
            ::close(out_);
            out_ = -1;
        }
    }

  private:
    pid_t pid_ = -1;
    std::optional<int> status_;
    int out_ = -1;
    std::string buffer_;
};

}  // namespace gasbench::testing
