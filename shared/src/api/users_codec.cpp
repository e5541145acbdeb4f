#include "sportello/api/users.hpp"
#include "sportello/json.hpp"
#include "sportello/time.hpp"
#include "time_fields.hpp"

#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

using detail::optional_time;
using detail::required_time;
using detail::time_or_null;

constexpr std::size_t max_display_name = 100;
constexpr std::size_t max_export_filter = 500;

Role role_at(const json::Reader& r, std::string_view key) {
    const auto name = r.get_string(key);
    const auto role = role_from_string(name);
    if (!role) r.at(key).fail("unknown role '" + name + "' (viewer, operator, editor, supervisor, admin)");
    return *role;
}

std::string display_name_at(const json::Reader& r, std::string_view key) {
    auto name = r.get_string(key);
    if (name.size() > max_display_name) r.at(key).fail("at most 100 characters");
    return name;
}

bj::object user_json(const UserView& u) {
    return bj::object{{"id", u.id},
                      {"username", u.username},
                      {"display_name", u.display_name},
                      {"role", to_string(u.role)},
                      {"disabled", u.disabled},
                      {"must_change_password", u.must_change_password},
                      {"locked_until", time_or_null(u.locked_until_ms)},
                      {"failed_logins", u.failed_logins},
                      {"last_login_at", time_or_null(u.last_login_at_ms)},
                      {"created_at", time::format_iso8601(u.created_at_ms)},
                      {"two_factor_enrolled", u.two_factor_enrolled}};
}

UserView user_from(const json::Reader& r) {
    UserView u;
    u.id = r.get_integer("id");
    u.username = r.get_string("username");
    u.display_name = r.get_string("display_name");
    u.role = role_at(r, "role");
    u.disabled = r.get_bool("disabled", false);
    u.must_change_password = r.get_bool("must_change_password", false);
    u.locked_until_ms = optional_time(r, "locked_until");
    u.failed_logins = static_cast<int>(r.get_optional_integer("failed_logins").value_or(0));
    u.last_login_at_ms = optional_time(r, "last_login_at");
    u.created_at_ms = required_time(r, "created_at");
    u.two_factor_enrolled = r.get_bool("two_factor_enrolled", false);
    return u;
}

bj::object session_json(const SessionView& s) {
    return bj::object{{"id", s.id},
                      {"user_id", s.user_id},
                      {"username", s.username},
                      {"created_at", time::format_iso8601(s.created_at_ms)},
                      {"last_seen_at", time::format_iso8601(s.last_seen_at_ms)},
                      {"expires_at", time::format_iso8601(s.expires_at_ms)},
                      {"remote_address", s.remote_address},
                      {"current", s.current}};
}

SessionView session_from(const json::Reader& r) {
    SessionView s;
    s.id = r.get_string("id");
    s.user_id = r.get_integer("user_id");
    s.username = r.get_string("username");
    s.created_at_ms = required_time(r, "created_at");
    s.last_seen_at_ms = required_time(r, "last_seen_at");
    s.expires_at_ms = required_time(r, "expires_at");
    s.remote_address = r.get_optional_string("remote_address").value_or("");
    s.current = r.get_bool("current", false);
    return s;
}

AuditEntry audit_from(const json::Reader& r) {
    return AuditEntry{r.get_integer("id"),        required_time(r, "at"),    r.get_string("actor"),
                      r.get_string("action"),     r.get_string("target"),    r.get_string("detail")};
}

} // namespace

std::string encode(const AuditPage& v) {
    bj::array a;
    for (const auto& e : v.entries)
        a.push_back(bj::object{{"id", e.id}, {"at", time::format_iso8601(e.at_ms)}, {"actor", e.actor},
                               {"action", e.action}, {"target", e.target}, {"detail", e.detail}});
    return bj::serialize(bj::object{{"entries", std::move(a)},
                                    {"next_before_id", v.next_before_id ? bj::value(*v.next_before_id) : bj::value(nullptr)}});
}

template <>
Result<AuditPage> decode_users<AuditPage>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return AuditPage{r.get_list("entries", audit_from), r.get_optional_integer("next_before_id")};
    });
}

std::string encode(const AuditExport& v) {
    return bj::serialize(bj::object{{"entries", v.entries}, {"filter", v.filter}});
}

template <>
Result<AuditExport> decode_users<AuditExport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        AuditExport e{r.get_integer("entries"), r.get_optional_string("filter").value_or("")};
        if (e.entries < 0) r.at("entries").fail("must be 0 or more");
        if (e.filter.size() > max_export_filter) r.at("filter").fail("at most 500 bytes");
        return e;
    });
}

std::string encode(const UserView& v) { return bj::serialize(user_json(v)); }

std::string encode(const std::vector<UserView>& v) {
    bj::array a;
    for (const auto& u : v) a.push_back(user_json(u));
    return bj::serialize(bj::object{{"users", std::move(a)}});
}

std::string encode(const UserCreate& v) {
    return bj::serialize(bj::object{{"username", v.username}, {"display_name", v.display_name}, {"role", to_string(v.role)}});
}

std::string encode(const UserUpdate& v) {
    bj::object o;
    if (v.display_name) o["display_name"] = *v.display_name;
    if (v.role) o["role"] = to_string(*v.role);
    if (v.disabled) o["disabled"] = *v.disabled;
    return bj::serialize(o);
}

std::string encode(const TemporaryPassword& v) {
    return bj::serialize(bj::object{{"user", user_json(v.user)}, {"temporary_password", v.temporary_password}});
}

std::string encode(const PasswordChange& v) {
    return bj::serialize(bj::object{{"current_password", v.current_password}, {"new_password", v.new_password}});
}

std::string encode(const std::vector<SessionView>& v) {
    bj::array a;
    for (const auto& s : v) a.push_back(session_json(s));
    return bj::serialize(bj::object{{"sessions", std::move(a)}});
}

std::string encode(const TwoFactorEnrolment& v) {
    return bj::serialize(bj::object{{"secret", v.secret}, {"otpauth_uri", v.otpauth_uri}});
}

std::string encode(const TwoFactorConfirmation& v) { return bj::serialize(bj::object{{"code", v.code}}); }

std::string encode(const RecoveryCodes& v) {
    bj::array a;
    for (const auto& c : v.codes) a.emplace_back(c);
    return bj::serialize(bj::object{{"recovery_codes", std::move(a)}});
}

template <>
Result<TwoFactorEnrolment> decode_users<TwoFactorEnrolment>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return TwoFactorEnrolment{r.get_string("secret"), r.get_string("otpauth_uri")};
    });
}

template <>
Result<TwoFactorConfirmation> decode_users<TwoFactorConfirmation>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        TwoFactorConfirmation c{r.get_string("code")};
        if (c.code.empty()) r.at("code").fail("must not be empty");
        if (c.code.size() > 16) r.at("code").fail("at most 16 characters");
        return c;
    });
}

template <>
Result<RecoveryCodes> decode_users<RecoveryCodes>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return RecoveryCodes{r.get_list("recovery_codes", [](const json::Reader& e) { return e.string(); })};
    });
}

template <>
Result<UserView> decode_users<UserView>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return user_from(r); });
}

template <>
Result<std::vector<UserView>> decode_users<std::vector<UserView>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("users", user_from); });
}

template <>
Result<UserCreate> decode_users<UserCreate>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        UserCreate c;
        c.username = r.get_string("username");
        c.display_name = r.has("display_name") ? display_name_at(r, "display_name") : "";
        c.role = role_at(r, "role");
        return c;
    });
}

template <>
Result<UserUpdate> decode_users<UserUpdate>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        UserUpdate u;
        if (r.find("display_name")) {
            u.display_name = display_name_at(r, "display_name");
            if (u.display_name->empty()) r.at("display_name").fail("must not be empty");
        }
        if (r.find("role")) u.role = role_at(r, "role");
        if (auto d = r.find("disabled")) u.disabled = d->boolean();
        if (!u.display_name && !u.role && !u.disabled) r.fail("nothing to change: give display_name, role or disabled");
        return u;
    });
}

template <>
Result<TemporaryPassword> decode_users<TemporaryPassword>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return TemporaryPassword{user_from(r.at("user")), r.get_string("temporary_password")};
    });
}

template <>
Result<PasswordChange> decode_users<PasswordChange>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return PasswordChange{r.get_string("current_password"), r.get_string("new_password")};
    });
}

template <>
Result<std::vector<SessionView>> decode_users<std::vector<SessionView>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("sessions", session_from); });
}

} // namespace sportello::api
