#include "sportello/api/codec.hpp"

#include "sportello/time.hpp"

#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

bj::value optional_string(const std::optional<std::string>& s) {
    return s ? bj::value(*s) : bj::value(nullptr);
}

std::string time_field(const json::Reader& r, std::string_view key) {
    const auto text = r.get_string(key);
    if (!time::parse_iso8601(text)) r.at(key).fail("expected an ISO 8601 time such as 2026-11-22T09:30:00Z");
    return text;
}

std::int64_t time_ms(const json::Reader& r, std::string_view key) {
    return *time::parse_iso8601(time_field(r, key));
}

std::optional<std::string> date_field(const json::Reader& r, std::string_view key) {
    auto v = r.get_optional_string(key);
    if (v && !time::is_iso_date(*v)) r.at(key).fail("expected a date such as 2026-11-22");
    return v;
}

} // namespace

bj::value to_json(const hashtag::TreeNode& n) {
    bj::array aliases;
    for (const auto& a : n.aliases) aliases.emplace_back(a);
    return bj::object{
        {"id", n.id},
        {"parent_id", n.parent_id ? bj::value(*n.parent_id) : bj::value(nullptr)},
        {"position", n.position},
        {"tag", n.tag},
        {"aliases", std::move(aliases)},
        {"title", n.title},
        {"title_en", n.title_en},
        {"answer", bj::object{{"it", n.answer_it}, {"en", n.answer_en}}},
        {"valid_from", optional_string(n.valid_from)},
        {"valid_until", optional_string(n.valid_until)},
        {"reviewed_at", optional_string(n.reviewed_at)},
        {"reviewer", n.reviewer},
    };
}

hashtag::TreeNode node_from_json(const json::Reader& r) {
    hashtag::TreeNode n = node_fields_from_json(r);
    n.id = r.get_integer("id");
    n.parent_id = r.get_optional_integer("parent_id");
    n.position = static_cast<int>(r.get_optional_integer("position").value_or(0));
    return n;
}

hashtag::TreeNode node_fields_from_json(const json::Reader& r) {
    hashtag::TreeNode n;
    n.tag = r.get_string("tag");
    n.aliases = r.get_string_list("aliases");
    n.title = r.get_optional_string("title").value_or("");
    n.title_en = r.get_optional_string("title_en").value_or("");
    if (auto answer = r.find("answer")) {
        n.answer_it = answer->get_optional_string("it").value_or("");
        n.answer_en = answer->get_optional_string("en").value_or("");
    }
    n.valid_from = date_field(r, "valid_from");
    n.valid_until = date_field(r, "valid_until");
    n.reviewed_at = date_field(r, "reviewed_at");
    n.reviewer = r.get_optional_string("reviewer").value_or("");
    return n;
}

bj::value to_json(const UserInfo& u) {
    bj::array perms;
    for (auto p : permissions_of(u.role)) perms.emplace_back(to_string(p));
    bj::object o{{"id", u.id},
                 {"username", u.username},
                 {"display_name", u.display_name},
                 {"role", to_string(u.role)},
                 {"permissions", std::move(perms)}};
    if (u.must_change_password) o["must_change_password"] = true;   // absent (false) in 1.1
    if (u.two_factor_enrolled) o["two_factor_enrolled"] = true;     // absent (false) before two-factor
    if (u.must_enrol_two_factor) o["must_enrol_two_factor"] = true;
    return o;
}

UserInfo user_from_json(const json::Reader& r) {
    UserInfo u;
    u.id = r.get_integer("id");
    u.username = r.get_string("username");
    u.display_name = r.get_optional_string("display_name").value_or("");
    const auto role = r.get_string("role");
    const auto parsed = role_from_string(role);
    if (!parsed) r.at("role").fail("unknown role '" + role + "'");
    u.role = *parsed;
    u.must_change_password = r.get_bool("must_change_password", false);
    u.two_factor_enrolled = r.get_bool("two_factor_enrolled", false);
    u.must_enrol_two_factor = r.get_bool("must_enrol_two_factor", false);
    return u;
}

std::string encode(const LoginRequest& v) {
    bj::object o{{"username", v.username}, {"password", v.password}};
    if (!v.totp_code.empty()) o["totp_code"] = v.totp_code;
    if (!v.recovery_code.empty()) o["recovery_code"] = v.recovery_code;
    return bj::serialize(o);
}

std::string encode(const Session& v) {
    return bj::serialize(bj::object{{"token", v.token},
                                    {"expires_at", time::format_iso8601(v.expires_at_ms)},
                                    {"user", to_json(v.user)}});
}

std::string encode(const PublishedTree& v) {
    bj::array nodes;
    for (const auto& n : v.nodes) nodes.push_back(to_json(n));
    return bj::serialize(bj::object{{"version", v.version},
                                    {"published_at", v.published_at_ms ? bj::value(time::format_iso8601(v.published_at_ms))
                                                                       : bj::value(nullptr)},
                                    {"published_by", v.published_by},
                                    {"note", v.note},
                                    {"nodes", std::move(nodes)}});
}

std::string encode(const Health& v) {
    return bj::serialize(bj::object{{"status", v.status},
                                    {"version", v.version},
                                    {"database_ok", v.database_ok},
                                    {"sending_stopped", v.sending_stopped},
                                    {"alert", v.alert}});
}

std::string encode(const Error& v) {
    bj::object e{{"code", to_string(v.code)}, {"message", v.message}};
    if (!v.field.empty()) e["field"] = v.field;
    if (v.current_revision) e["current_revision"] = *v.current_revision;
    return bj::serialize(bj::object{{"error", std::move(e)}});
}

template <>
Result<LoginRequest> decode<LoginRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        LoginRequest v;
        v.username = r.get_string("username");
        v.password = r.get_string("password");
        if (v.username.empty()) r.at("username").fail("must not be empty");
        v.totp_code = r.get_optional_string("totp_code").value_or("");
        v.recovery_code = r.get_optional_string("recovery_code").value_or("");
        if (!v.totp_code.empty() && !v.recovery_code.empty())
            r.at("recovery_code").fail("give either totp_code or recovery_code, not both");
        if (v.totp_code.size() > 16) r.at("totp_code").fail("at most 16 characters");
        if (v.recovery_code.size() > 64) r.at("recovery_code").fail("at most 64 characters");
        return v;
    });
}

template <>
Result<Session> decode<Session>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        Session v;
        v.token = r.get_string("token");
        v.expires_at_ms = time_ms(r, "expires_at");
        v.user = user_from_json(r.at("user"));
        return v;
    });
}

template <>
Result<PublishedTree> decode<PublishedTree>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        PublishedTree v;
        v.version = r.get_integer("version");
        if (auto at = r.find("published_at")) v.published_at_ms = time_ms(r, "published_at");
        v.published_by = r.get_optional_string("published_by").value_or("");
        v.note = r.get_optional_string("note").value_or("");
        v.nodes = r.get_list("nodes", node_from_json);
        return v;
    });
}

template <>
Result<Health> decode<Health>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        Health v;
        v.status = r.get_string("status");
        v.version = r.get_optional_string("version").value_or("");
        v.database_ok = r.get_bool("database_ok", false);
        v.sending_stopped = r.get_bool("sending_stopped", false);
        v.alert = r.get_optional_string("alert").value_or("");
        return v;
    });
}

std::optional<Error> decode_error(std::string_view text) {
    struct Body { Error error; };
    auto body = json::decode(text, [](const json::Reader& r) {
        const auto e = r.at("error");
        Body v;
        const auto code = e.get_string("code");
        v.error.code = error_code_from_string(code).value_or(ErrorCode::internal);
        v.error.message = e.get_optional_string("message").value_or("");
        v.error.field = e.get_optional_string("field").value_or("");
        v.error.current_revision = e.get_optional_integer("current_revision");
        return v;
    });
    if (!body) return std::nullopt;
    return body->error;
}

} // namespace sportello::api
