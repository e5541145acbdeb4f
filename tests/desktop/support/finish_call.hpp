#pragma once
// Runs one ApiClient call to completion on the event loop, for tests that
// drive the desk's client directly: start(context, done) begins the call;
// the result, or nullopt when it did not arrive within timeoutMs.

#include "api/api_result.hpp"

#include <QObject>
#include <QTest>

#include <optional>
#include <utility>

namespace sportello::testing {

template <class T, class Start>
std::optional<desk::ApiResult<T>> finish(Start start, int timeoutMs = 30000) {
    QObject context;
    std::optional<desk::ApiResult<T>> result;
    start(&context, [&result](desk::ApiResult<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) return std::nullopt;
    return result;
}

} // namespace sportello::testing
