#pragma once
// The contract of every fuzz target in this folder: one entry point called
// with arbitrary bytes, by libFuzzer (the `fuzz` preset) or by the corpus
// replay (fuzz_replay.cpp, part of the CTest suite). An input that breaks an
// invariant aborts with FUZZ_CHECK's message, so both drivers report it.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

#define FUZZ_CHECK(condition)                                                                    \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (false)
