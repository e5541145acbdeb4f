// An LD_PRELOAD library for tests: records every network destination a
// process names (connect, sendto and sendmsg with an address, bind, and the
// host-name lookups getaddrinfo and gethostbyname*) as one line each in the
// file named by SPORTELLO_NET_RECORD, then calls the real function. Without
// that variable it records nothing. Loaded into the relay by the test
// fixture (FixtureOptions::record_network); read by net_record.hpp.
//
// Line format: "<pid> <program> <call> <destination>", e.g.
//   4242 sportello-relay connect 127.0.0.1:40123
//   4242 sportello-relay getaddrinfo graph.facebook.com
//   4242 sportello-relay bind unix:/run/x.sock
// Each line is written with one write() on an O_APPEND descriptor, so lines of
// concurrent threads and processes never interleave. Kept to plain libc calls:
// it runs inside other processes' network calls and must not allocate or
// lock anything they could hold.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

extern "C" char* program_invocation_short_name;

namespace {

template <typename F>
F real(const char* name) {
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

void record(const char* call, const char* destination) {
    const char* file = std::getenv("SPORTELLO_NET_RECORD");
    if (!file || !*file) return;
    const int saved_errno = errno;
    char line[512];
    const int n = std::snprintf(line, sizeof line, "%d %s %s %s\n", static_cast<int>(::getpid()),
                                program_invocation_short_name, call, destination ? destination : "-");
    const int fd = ::open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
        if (n > 0) {
            const auto len = static_cast<size_t>(n < static_cast<int>(sizeof line) ? n : static_cast<int>(sizeof line) - 1);
            [[maybe_unused]] const auto written = ::write(fd, line, len);
        }
        ::close(fd);
    }
    errno = saved_errno;
}

// "127.0.0.1:443", "[::1]:443", "unix:/path", "unix:@abstract", "netlink", "family:N".
void describe(const sockaddr* addr, socklen_t len, char* out, size_t size) {
    if (!addr || len < sizeof(sa_family_t)) {
        std::snprintf(out, size, "-");
        return;
    }
    char host[INET6_ADDRSTRLEN] = {};
    switch (addr->sa_family) {
    case AF_INET: {
        const auto* in = reinterpret_cast<const sockaddr_in*>(addr);
        ::inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        std::snprintf(out, size, "%s:%u", host, static_cast<unsigned>(ntohs(in->sin_port)));
        return;
    }
    case AF_INET6: {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(addr);
        ::inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        std::snprintf(out, size, "[%s]:%u", host, static_cast<unsigned>(ntohs(in6->sin6_port)));
        return;
    }
    case AF_UNIX: {
        const auto* un = reinterpret_cast<const sockaddr_un*>(addr);
        const bool abstract = len > sizeof(sa_family_t) && un->sun_path[0] == '\0';
        std::snprintf(out, size, "unix:%s%.*s", abstract ? "@" : "", static_cast<int>(sizeof un->sun_path - 1),
                      un->sun_path + (abstract ? 1 : 0));
        return;
    }
    case AF_NETLINK: std::snprintf(out, size, "netlink"); return;
    default: std::snprintf(out, size, "family:%d", addr->sa_family); return;
    }
}

void record_address(const char* call, const sockaddr* addr, socklen_t len) {
    char destination[160];
    describe(addr, len, destination, sizeof destination);
    record(call, destination);
}

} // namespace

extern "C" {

int connect(int fd, const sockaddr* addr, socklen_t len) {
    static const auto next = real<int (*)(int, const sockaddr*, socklen_t)>("connect");
    record_address("connect", addr, len);
    return next(fd, addr, len);
}

int bind(int fd, const sockaddr* addr, socklen_t len) {
    static const auto next = real<int (*)(int, const sockaddr*, socklen_t)>("bind");
    record_address("bind", addr, len);
    return next(fd, addr, len);
}

ssize_t sendto(int fd, const void* buf, size_t n, int flags, const sockaddr* addr, socklen_t len) {
    static const auto next = real<ssize_t (*)(int, const void*, size_t, int, const sockaddr*, socklen_t)>("sendto");
    if (addr) record_address("sendto", addr, len);   // without one: a connected socket, already recorded
    return next(fd, buf, n, flags, addr, len);
}

ssize_t sendmsg(int fd, const msghdr* message, int flags) {
    static const auto next = real<ssize_t (*)(int, const msghdr*, int)>("sendmsg");
    if (message && message->msg_name)
        record_address("sendmsg", static_cast<const sockaddr*>(message->msg_name), message->msg_namelen);
    return next(fd, message, flags);
}

int getaddrinfo(const char* node, const char* service, const addrinfo* hints, addrinfo** result) {
    static const auto next = real<int (*)(const char*, const char*, const addrinfo*, addrinfo**)>("getaddrinfo");
    record("getaddrinfo", node);
    return next(node, service, hints, result);
}

hostent* gethostbyname(const char* name) {
    static const auto next = real<hostent* (*)(const char*)>("gethostbyname");
    record("gethostbyname", name);
    return next(name);
}

hostent* gethostbyname2(const char* name, int family) {
    static const auto next = real<hostent* (*)(const char*, int)>("gethostbyname2");
    record("gethostbyname", name);
    return next(name, family);
}

int gethostbyname_r(const char* name, hostent* ret, char* buf, size_t size, hostent** result, int* h_errnop) {
    static const auto next =
        real<int (*)(const char*, hostent*, char*, size_t, hostent**, int*)>("gethostbyname_r");
    record("gethostbyname", name);
    return next(name, ret, buf, size, result, h_errnop);
}

} // extern "C"
