#include "process.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace sportello::testing {

namespace {

pid_t spawn(const std::string& program, const std::vector<std::string>& args, int out_fd, int in_fd,
            const std::vector<std::string>& extra_env) {
    // The additions first: getenv() takes the first of two equal names.
    std::vector<char*> env;
    for (const auto& e : extra_env) env.push_back(const_cast<char*>(e.c_str()));
    for (char** e = environ; *e; ++e) env.push_back(*e);
    env.push_back(nullptr);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out_fd, STDERR_FILENO);
    if (in_fd >= 0) posix_spawn_file_actions_adddup2(&actions, in_fd, STDIN_FILENO);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + program);
    return pid;
}

// A pipe whose read end becomes the child's stdin, pre-filled with text.
int stdin_pipe(const std::string& text) {
    int fds[2];
    if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
    if (!text.empty() && ::write(fds[1], text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        throw std::runtime_error("pipe write failed");
    ::close(fds[1]);
    return fds[0];
}

int decode_status(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

} // namespace

Process::Process(const std::string& program, const std::vector<std::string>& args, const std::string& log_file,
                 const std::string& stdin_text, const std::vector<std::string>& extra_env) {
    const int out = ::open(log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (out < 0) throw std::runtime_error("cannot open " + log_file);
    const int in = stdin_pipe(stdin_text);
    pid_ = spawn(program, args, out, in, extra_env);
    ::close(out);
    ::close(in);
}

Process::~Process() {
    if (pid_ > 0 && running()) kill_now();
}

bool Process::running() {
    if (pid_ <= 0 || status_ >= 0) return false;
    int st = 0;
    const pid_t r = ::waitpid(pid_, &st, WNOHANG);
    if (r == pid_) {
        status_ = decode_status(st);
        return false;
    }
    return true;
}

int Process::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (running()) {
        if (std::chrono::steady_clock::now() > deadline) return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return status_;
}

int Process::terminate(std::chrono::milliseconds timeout) {
    if (!running()) return status_;
    ::kill(pid_, SIGTERM);
    const int st = wait(timeout);
    if (st < 0) {
        kill_now();
        return -1;
    }
    return st;
}

void Process::kill_now() {
    if (!running()) return;
    ::kill(pid_, SIGKILL);
    wait(std::chrono::seconds(10));
}

int run_program(const std::string& program, const std::vector<std::string>& args, std::string* output,
                const std::string& stdin_text, const std::vector<std::string>& extra_env) {
    char path[] = "/tmp/sportello-run-XXXXXX";
    const int fd = ::mkstemp(path);
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    Process p(program, args, path, stdin_text, extra_env);
    const int code = p.wait(std::chrono::seconds(120));
    ::close(fd);
    if (output) *output = read_text_file(path);
    ::unlink(path);
    return code;
}

unsigned short free_port() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) throw std::runtime_error("bind failed");
    socklen_t len = sizeof addr;
    ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(s);
    return ntohs(addr.sin_port);
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace sportello::testing
