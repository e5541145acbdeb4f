#pragma once
// Strict JSON reading for every body that crosses a network. Parsing rejects
// invalid UTF-8, trailing garbage and nesting deeper than a limit; Reader gives
// typed access to fields and reports the path of the first wrong one
// ("nodes[3].tag: expected a string").

#include "sportello/result.hpp"

#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sportello::json {

namespace bj = boost::json;

inline constexpr std::size_t default_max_depth = 32;

// Errors: invalid_json, with a message that says what was wrong. The value
// lives in `storage` (default: the heap); it must not outlive a custom one.
Result<bj::value> parse(std::string_view text, std::size_t max_depth = default_max_depth,
                        bj::storage_ptr storage = {});

// Thrown by Reader; caught by decode() and turned into an Error.
struct DecodeError {
    Error error;
};

// A view of one JSON value and where it sits in the document. It never owns
// the value: the document must outlive every Reader made from it.
class Reader {
public:
    explicit Reader(const bj::value& value, std::string path = {});

    const bj::value& raw() const noexcept { return *value_; }
    const std::string& path() const noexcept { return path_; }
    bool is_null() const noexcept { return value_->is_null(); }

    // Each accessor throws DecodeError (invalid_request) naming the path.
    const bj::object& object() const;
    std::vector<Reader> array() const;
    std::string string() const;
    std::int64_t integer() const;
    double number() const;
    bool boolean() const;

    Reader at(std::string_view key) const;                    // required field
    std::optional<Reader> find(std::string_view key) const;   // absent or null: nullopt
    bool has(std::string_view key) const;

    // Shortcuts for the common cases.
    std::string get_string(std::string_view key) const { return at(key).string(); }
    std::optional<std::string> get_optional_string(std::string_view key) const;
    std::int64_t get_integer(std::string_view key) const { return at(key).integer(); }
    std::optional<std::int64_t> get_optional_integer(std::string_view key) const;
    bool get_bool(std::string_view key, bool fallback) const;
    std::vector<std::string> get_string_list(std::string_view key) const;  // absent: empty
    // The required array `key`, each element mapped through from(Reader).
    template <class From>
    auto get_list(std::string_view key, From&& from) const {
        std::vector<std::decay_t<decltype(from(std::declval<const Reader&>()))>> out;
        for (const auto& item : at(key).array()) out.push_back(from(item));
        return out;
    }

    [[noreturn]] void fail(std::string message,
                           api::ErrorCode code = api::ErrorCode::invalid_request) const;

private:
    const bj::value* value_;
    std::string path_;
};

// Parses text and runs decode_fn(Reader) on it; any DecodeError becomes the
// returned Error. decode_fn returns the decoded value.
template <class DecodeFn>
auto decode(std::string_view text, DecodeFn&& decode_fn,
            std::size_t max_depth = default_max_depth)
    -> Result<decltype(decode_fn(std::declval<Reader>()))> {
    auto doc = parse(text, max_depth);
    if (!doc) return doc.error();
    try {
        return decode_fn(Reader(*doc));
    } catch (const DecodeError& e) {
        return e.error;
    }
}

// Compact serialisation.
std::string to_string(const bj::value& value);

} // namespace sportello::json
