// sportello-relay: the WhatsApp relay daemon. All logic lives in the
// sportello_relay library; see relay/src/app/cli.cpp.
#include "app/cli.hpp"

#include <malloc.h>

int main(int argc, char** argv) {
    // glibc returns freed memory of per-thread heaps with madvise() as soon as
    // it exceeds a small, adaptive threshold: once per request here, at about
    // 100 µs a call on virtual machines. A fixed threshold keeps it.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    return sportello::relay::run_cli(argc, argv);
}
