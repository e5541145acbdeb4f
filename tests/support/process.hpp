#pragma once
// Child processes for integration tests: the real relay and simulator,
// started with posix_spawn, their output captured to a file that a failing
// test prints.

#include <chrono>
#include <string>
#include <vector>
#include <sys/types.h>

namespace sportello::testing {

class Process {
public:
    // Starts program with args; stdout and stderr go to log_file (appended).
    // extra_env ("NAME=value" each) is added to this process's environment.
    Process(const std::string& program, const std::vector<std::string>& args, const std::string& log_file,
            const std::string& stdin_text = {}, const std::vector<std::string>& extra_env = {});
    ~Process();   // SIGKILL if still running
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    pid_t pid() const noexcept { return pid_; }
    bool running();
    // Sends SIGTERM and waits up to timeout; returns the exit status, or -1
    // if it had to be killed.
    int terminate(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    void kill_now();   // SIGKILL, like a crash
    // Waits for exit; returns the exit code (or 128+signal), -1 on timeout.
    int wait(std::chrono::milliseconds timeout);

private:
    pid_t pid_ = -1;
    int status_ = -1;
};

// Runs a program to completion; returns its exit code and captures output.
int run_program(const std::string& program, const std::vector<std::string>& args, std::string* output = nullptr,
                const std::string& stdin_text = {}, const std::vector<std::string>& extra_env = {});

unsigned short free_port();

std::string read_text_file(const std::string& path);

} // namespace sportello::testing
