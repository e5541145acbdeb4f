// Regression guard for the compiler bug that made the project choose clang:
// GCC 12 destroys a prvalue argument inside a co_await expression twice. With
// a correct compiler every object is destroyed exactly as often as it was
// constructed.
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <gtest/gtest.h>

namespace {

struct Counted {
    static inline int alive = 0;
    static inline int destroyed = 0;
    Counted() { ++alive; }
    Counted(const Counted&) { ++alive; }
    Counted(Counted&&) noexcept { ++alive; }
    ~Counted() { --alive; ++destroyed; }
};

template <class Fn>
boost::asio::awaitable<int> call(Fn fn) { co_return fn(); }

boost::asio::awaitable<void> body(int& result) {
    Counted c;
    result = co_await call([c]() { return 7; });   // a prvalue lambda holding a copy
}

} // namespace

TEST(Compiler, TemporariesInCoAwaitAreDestroyedOnce) {
    boost::asio::io_context io;
    int result = 0;
    boost::asio::co_spawn(io, body(result), boost::asio::detached);
    io.run();
    EXPECT_EQ(result, 7);
    EXPECT_EQ(Counted::alive, 0) << "an object was destroyed more times than constructed";
}
