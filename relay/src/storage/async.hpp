#pragma once
// Awaiting database jobs from coroutines: the job runs on a database thread,
// the coroutine resumes on its own executor with the job's result (or its
// exception rethrown). I/O threads therefore never block on SQLite.

#include "storage/database.hpp"

#include <boost/asio/async_result.hpp>
#include <boost/asio/associated_executor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <optional>
#include <type_traits>

namespace sportello::storage {

namespace detail {

enum class JobKind { write, read, maintain };

template <class T, JobKind On, class Fn>
boost::asio::awaitable<T> run(Database& db, Fn fn) {
    namespace asio = boost::asio;
    using Slot = std::conditional_t<std::is_void_v<T>, int, std::optional<T>>;
    using Signature = void(std::exception_ptr, Slot);
    Slot slot = co_await asio::async_initiate<decltype(asio::use_awaitable), Signature>(
        [&db](auto handler, Fn job_fn) {
            auto state = std::make_shared<std::pair<decltype(handler), Slot>>(std::move(handler), Slot{});
            auto job = [state, job_fn = std::move(job_fn)](Connection& c) mutable {
                if constexpr (std::is_void_v<T>) job_fn(c);
                else state->second.emplace(job_fn(c));
            };
            auto done = [state](std::exception_ptr e) {
                auto ex = asio::get_associated_executor(state->first);
                asio::post(ex, [state, e]() mutable { std::move(state->first)(e, std::move(state->second)); });
            };
            if constexpr (On == JobKind::write) db.write(std::move(job), std::move(done));
            else if constexpr (On == JobKind::maintain) db.maintain(std::move(job), std::move(done));
            else db.read(std::move(job), std::move(done));
        },
        asio::use_awaitable, std::move(fn));
    if constexpr (!std::is_void_v<T>) co_return std::move(*slot);
}

} // namespace detail

// co_await write(db, [](Connection& c) { ...; return value; });
template <class Fn>
auto write(Database& db, Fn fn) -> boost::asio::awaitable<std::invoke_result_t<Fn&, Connection&>> {
    return detail::run<std::invoke_result_t<Fn&, Connection&>, detail::JobKind::write>(db, std::move(fn));
}

template <class Fn>
auto read(Database& db, Fn fn) -> boost::asio::awaitable<std::invoke_result_t<Fn&, Connection&>> {
    return detail::run<std::invoke_result_t<Fn&, Connection&>, detail::JobKind::read>(db, std::move(fn));
}

// Database::maintain: alone on the writer connection, outside a transaction.
template <class Fn>
auto maintain(Database& db, Fn fn) -> boost::asio::awaitable<std::invoke_result_t<Fn&, Connection&>> {
    return detail::run<std::invoke_result_t<Fn&, Connection&>, detail::JobKind::maintain>(db, std::move(fn));
}

} // namespace sportello::storage
