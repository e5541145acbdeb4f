#pragma once
// Runs CPU-heavy work (password hashing) on a separate thread pool and
// resumes the coroutine on its own executor, so I/O threads never stall.

#include <boost/asio/async_result.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <optional>

namespace sportello::relay {

template <class Fn>
auto offload(boost::asio::thread_pool& pool, Fn fn) -> boost::asio::awaitable<std::invoke_result_t<Fn&>> {
    namespace asio = boost::asio;
    using T = std::invoke_result_t<Fn&>;
    auto slot = co_await asio::async_initiate<decltype(asio::use_awaitable), void(std::exception_ptr, std::optional<T>)>(
        [&pool](auto handler, Fn work) {
            auto h = std::make_shared<decltype(handler)>(std::move(handler));
            asio::post(pool, [h, work = std::move(work)]() mutable {
                std::exception_ptr error;
                std::optional<T> result;
                try { result.emplace(work()); } catch (...) { error = std::current_exception(); }
                auto ex = asio::get_associated_executor(*h);
                asio::post(ex, [h, error, result = std::move(result)]() mutable { std::move(*h)(error, std::move(result)); });
            });
        },
        asio::use_awaitable, std::move(fn));
    co_return std::move(*slot);
}

} // namespace sportello::relay
