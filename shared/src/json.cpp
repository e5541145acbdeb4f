#include "sportello/json.hpp"

#include <boost/json/parser.hpp>
#include <boost/json/serialize.hpp>

namespace sportello::json {

Result<bj::value> parse(std::string_view text, std::size_t max_depth, bj::storage_ptr storage) {
    if (text.empty())
        return make_error(api::ErrorCode::invalid_json, "the body is empty; a JSON document was expected");
    bj::parse_options options;
    options.max_depth = max_depth;
    bj::parser parser(bj::storage_ptr(), options);
    parser.reset(std::move(storage));
    boost::system::error_code ec;
    // write() parses a complete document: trailing data is an error too.
    const auto consumed = parser.write(text.data(), text.size(), ec);
    if (ec) {
        std::string what = ec.message();
        if (ec == bj::error::too_deep)
            what = "nesting deeper than " + std::to_string(max_depth) + " levels";
        else if (ec == bj::error::extra_data)
            what = "unexpected data after the JSON document";
        else if (ec == bj::error::syntax && consumed < text.size() &&
                 static_cast<unsigned char>(text[consumed]) >= 0x80)
            what = "invalid UTF-8";
        return make_error(api::ErrorCode::invalid_json,
                          "the body is not valid JSON: " + what + " (near byte " + std::to_string(consumed) + ")");
    }
    return parser.release();
}

std::string to_string(const bj::value& value) { return bj::serialize(value); }

Reader::Reader(const bj::value& value, std::string path) : value_(&value), path_(std::move(path)) {}

void Reader::fail(std::string message, api::ErrorCode code) const {
    const std::string where = path_.empty() ? std::string("body") : path_;
    throw DecodeError{make_error(code, where + ": " + message, path_)};
}

const bj::object& Reader::object() const {
    if (!value_->is_object()) fail("expected an object");
    return value_->get_object();
}

std::vector<Reader> Reader::array() const {
    if (!value_->is_array()) fail("expected an array");
    std::vector<Reader> items;
    const auto& arr = value_->get_array();
    items.reserve(arr.size());
    for (std::size_t i = 0; i < arr.size(); ++i)
        items.emplace_back(arr[i], path_ + "[" + std::to_string(i) + "]");
    return items;
}

std::string Reader::string() const {
    if (!value_->is_string()) fail("expected a string");
    return std::string(value_->get_string());
}

std::int64_t Reader::integer() const {
    if (value_->is_int64()) return value_->get_int64();
    if (value_->is_uint64() && value_->get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(value_->get_uint64());
    fail("expected an integer");
}

double Reader::number() const {
    if (value_->is_double()) return value_->get_double();
    if (value_->is_int64()) return static_cast<double>(value_->get_int64());
    if (value_->is_uint64()) return static_cast<double>(value_->get_uint64());
    fail("expected a number");
}

bool Reader::boolean() const {
    if (!value_->is_bool()) fail("expected true or false");
    return value_->get_bool();
}

Reader Reader::at(std::string_view key) const {
    const auto& obj = object();
    const std::string child = path_.empty() ? std::string(key) : path_ + "." + std::string(key);
    auto it = obj.find(key);
    if (it == obj.end()) Reader(*value_, child).fail("is required");
    return Reader(it->value(), child);
}

std::optional<Reader> Reader::find(std::string_view key) const {
    const auto& obj = object();
    auto it = obj.find(key);
    if (it == obj.end() || it->value().is_null()) return std::nullopt;
    return Reader(it->value(), path_.empty() ? std::string(key) : path_ + "." + std::string(key));
}

bool Reader::has(std::string_view key) const {
    return value_->is_object() && value_->get_object().contains(key);
}

std::optional<std::string> Reader::get_optional_string(std::string_view key) const {
    auto r = find(key);
    if (!r) return std::nullopt;
    return r->string();
}

std::optional<std::int64_t> Reader::get_optional_integer(std::string_view key) const {
    auto r = find(key);
    if (!r) return std::nullopt;
    return r->integer();
}

bool Reader::get_bool(std::string_view key, bool fallback) const {
    auto r = find(key);
    return r ? r->boolean() : fallback;
}

std::vector<std::string> Reader::get_string_list(std::string_view key) const {
    std::vector<std::string> out;
    if (auto r = find(key))
        for (const auto& item : r->array()) out.push_back(item.string());
    return out;
}

} // namespace sportello::json
