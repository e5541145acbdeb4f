# Project-wide compile settings live on one INTERFACE target that every
# target links, instead of being appended to global flags.

# GCC 12 destroys prvalue temporaries that appear inside a co_await
# expression twice (a double free with any lambda or string argument; see
# tests/unit/compiler_coroutine_test.cpp for the reproducer). The relay is
# built on coroutines, so GCC before 13 is refused: use clang++ (the presets
# and scripts/ do).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    message(FATAL_ERROR
        "GCC ${CMAKE_CXX_COMPILER_VERSION} miscompiles C++20 coroutines (temporaries in co_await "
        "expressions are destroyed twice). Configure with -DCMAKE_CXX_COMPILER=clang++ "
        "(or use a preset: cmake --preset dev).")
endif()

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

add_library(sportello_options INTERFACE)
target_compile_features(sportello_options INTERFACE cxx_std_20)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sportello_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wcast-qual -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow=local -Wimplicit-fallthrough)
    # Hardening that costs nothing measurable.
    target_compile_definitions(sportello_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(sportello_options INTERFACE -fstack-protector-strong)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 reports Asio's coroutine frame allocator (operator new/delete
        # pair of awaitable_frame_base) as mismatched: a known false positive.
        target_compile_options(sportello_options INTERFACE -Wno-mismatched-new-delete)
    endif()
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # -Wshadow=local is GCC spelling; clang accepts -Wshadow-uncaptured-local.
        target_compile_options(sportello_options INTERFACE -Wno-unknown-warning-option)
    endif()
endif()

# Qt strictness: applies only to targets that use Qt, harmless elsewhere.
target_compile_definitions(sportello_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Boost: the relay compiles Asio and Beast once (see relay/src/net/boost_impl.cpp).
target_compile_definitions(sportello_options INTERFACE
    BOOST_ASIO_NO_DEPRECATED)

if(ENABLE_SANITIZERS)
    target_compile_options(sportello_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # clang 14 + coroutines + UBSan's function check give false reports.
        target_compile_options(sportello_options INTERFACE -fno-sanitize=function)
    endif()
    target_link_options(sportello_options INTERFACE -fsanitize=address,undefined)
endif()

if(BUILD_FUZZERS)
    # Coverage for libFuzzer's guidance in every library a fuzz target calls;
    # the fuzzer programs link libFuzzer itself (tests/fuzz/CMakeLists.txt).
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "BUILD_FUZZERS needs clang (libFuzzer)")
    endif()
    target_compile_options(sportello_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
