#pragma once
// The one JSON codec of the API contract, used by the relay to write and
// read bodies and by the desktop to read and write them. Golden files in
// tests/golden/ pin the shapes.

#include "sportello/api/contract.hpp"
#include "sportello/json.hpp"
#include "sportello/result.hpp"

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace sportello::api {

std::string encode(const LoginRequest& value);
std::string encode(const Session& value);
std::string encode(const PublishedTree& value);
std::string encode(const Health& value);
// {"error":{"code":"…","message":"…","field":"…"}}
std::string encode(const Error& value);

// Specialised for every type above except Error. Errors: invalid_json,
// invalid_request.
template <class T>
Result<T> decode(std::string_view json_text);

// An error body from any of our APIs; nullopt if the text is not one.
std::optional<Error> decode_error(std::string_view json_text);

// Pieces reused by other codecs (seed files, drafts).
boost::json::value to_json(const hashtag::TreeNode& node);
hashtag::TreeNode node_from_json(const json::Reader& reader);
// The editable fields only (tag, aliases, titles, answers, dates, reviewer).
hashtag::TreeNode node_fields_from_json(const json::Reader& reader);
boost::json::value to_json(const UserInfo& user);
UserInfo user_from_json(const json::Reader& reader);

} // namespace sportello::api
