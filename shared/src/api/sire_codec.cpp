#include "sportello/api/codec.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "time_fields.hpp"

#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

using detail::optional_time;
using detail::required_time;
using detail::time_or_null;

constexpr std::size_t max_batch = 1000;

ConsentScope scope_from(const json::Reader& r) {
    const auto text = r.string();
    auto scope = consent_scope_from_string(text);
    if (!scope) r.fail("must be \"reminders\" or \"information\"");
    return *scope;
}

bj::value status_json(const ConsentStatus& s) {
    return bj::object{{"granted", s.granted}, {"since", time_or_null(s.since_ms)}};
}

ConsentStatus status_from(const json::Reader& r) { return {r.get_bool("granted", false), optional_time(r, "since")}; }

bj::object notification_json(const NotificationRequest& n) {
    bj::array params;
    for (const auto& p : n.parameters) params.emplace_back(p);
    bj::object o{{"phone", n.phone}, {"template", n.template_name}, {"language", n.language},
                 {"parameters", std::move(params)}, {"idempotency_key", n.idempotency_key}};
    if (n.not_before_ms) o["not_before"] = time::format_iso8601(*n.not_before_ms);
    if (n.expires_at_ms) o["expires_at"] = time::format_iso8601(*n.expires_at_ms);
    if (!n.replace_key.empty()) o["replace_key"] = n.replace_key;
    return o;
}

NotificationRequest notification_from(const json::Reader& r) {
    NotificationRequest n;
    n.phone = r.get_string("phone");
    n.template_name = r.get_string("template");
    n.language = r.get_optional_string("language").value_or("it");
    n.parameters = r.get_string_list("parameters");
    n.idempotency_key = r.get_string("idempotency_key");
    n.not_before_ms = optional_time(r, "not_before");
    n.expires_at_ms = optional_time(r, "expires_at");
    n.replace_key = r.get_optional_string("replace_key").value_or("");
    return n;
}

bj::object accepted_json(const NotificationAccepted& a) {
    bj::object o{{"id", a.id}, {"state", a.state}};
    if (a.replaced) o["replaced"] = *a.replaced;
    if (a.scheduled_for_ms) o["scheduled_for"] = time::format_iso8601(*a.scheduled_for_ms);
    return o;
}

NotificationAccepted accepted_from(const json::Reader& r) {
    return NotificationAccepted{r.get_integer("id"), r.get_string("state"), r.get_optional_integer("replaced"),
                                optional_time(r, "scheduled_for")};
}

bj::object error_json(const Error& e) {
    bj::object o{{"code", to_string(e.code)}, {"message", e.message}};
    if (!e.field.empty()) o["field"] = e.field;
    return o;
}

bj::object message_json(const MessageView& m) {
    bj::array history, params;
    for (const auto& h : m.history) history.push_back(bj::object{{"status", h.status}, {"at", time::format_iso8601(h.at_ms)}});
    for (const auto& p : m.parameters) params.emplace_back(p);
    bj::object o{{"id", m.id}, {"kind", m.kind}, {"status", m.status},
                 {"created_at", time::format_iso8601(m.created_at_ms)}, {"sent_at", time_or_null(m.sent_at_ms)},
                 {"history", std::move(history)}};
    if (m.phone.empty()) o["phone"] = nullptr;
    else o["phone"] = m.phone;
    if (!m.user_id_masked.empty()) o["user_id_masked"] = m.user_id_masked;
    if (!m.template_name.empty()) {
        o["template"] = m.template_name;
        o["parameters"] = std::move(params);
    } else {
        o["text"] = m.text;
    }
    if (m.error_code) o["error"] = bj::object{{"code", *m.error_code}, {"title", m.error_title}, {"details", m.error_details}};
    return o;
}

MessageView message_from(const json::Reader& r) {
    MessageView m;
    m.id = r.get_integer("id");
    m.kind = r.get_string("kind");
    m.phone = r.get_optional_string("phone").value_or("");
    m.user_id_masked = r.get_optional_string("user_id_masked").value_or("");
    m.status = r.get_string("status");
    m.template_name = r.get_optional_string("template").value_or("");
    m.parameters = r.get_string_list("parameters");
    m.text = r.get_optional_string("text").value_or("");
    if (auto e = r.find("error")) {
        m.error_code = e->get_integer("code");
        m.error_title = e->get_optional_string("title").value_or("");
        m.error_details = e->get_optional_string("details").value_or("");
    }
    m.created_at_ms = required_time(r, "created_at");
    m.sent_at_ms = optional_time(r, "sent_at");
    for (const auto& h : r.at("history").array()) m.history.push_back({h.get_string("status"), required_time(h, "at")});
    return m;
}

bj::object template_json(const TemplateSpec& t) {
    return bj::object{{"name", t.name}, {"language", t.language}, {"category", t.category},
                      {"parameter_count", t.parameter_count}, {"body", t.body}};
}

TemplateSpec template_from(const json::Reader& r) {
    TemplateSpec t;
    // Absent in PUT /ops/v1/templates/{name}/{language} bodies, where the path
    // names the template; the registry refuses an empty or malformed name.
    t.name = r.get_optional_string("name").value_or("");
    t.language = r.get_optional_string("language").value_or("it");
    t.category = r.get_optional_string("category").value_or("utility");
    const auto count = r.get_integer("parameter_count");
    if (count < 0 || count > 20) r.at("parameter_count").fail("must be between 0 and 20");
    t.parameter_count = static_cast<int>(count);
    t.body = r.get_optional_string("body").value_or("");
    if (t.category != "utility" && t.category != "marketing" && t.category != "authentication")
        r.at("category").fail("must be utility, marketing or authentication");
    return t;
}

} // namespace

std::string_view to_string(ConsentScope scope) noexcept {
    return scope == ConsentScope::reminders ? "reminders" : "information";
}

std::optional<ConsentScope> consent_scope_from_string(std::string_view text) noexcept {
    if (text == "reminders") return ConsentScope::reminders;
    if (text == "information") return ConsentScope::information;
    return std::nullopt;
}

std::optional<Error> check_notification(const NotificationRequest& n, const std::string& prefix) {
    if (auto p = phone::normalize(n.phone, prefix + "phone"); !p) return p.error();
    if (n.idempotency_key.empty() || n.idempotency_key.size() > 200)
        return make_error(ErrorCode::invalid_request, prefix + "idempotency_key: 1 to 200 characters are required",
                          prefix + "idempotency_key");
    if (n.template_name.empty())
        return make_error(ErrorCode::invalid_request, prefix + "template: is required", prefix + "template");
    if (n.replace_key.size() > 200)
        return make_error(ErrorCode::invalid_request, prefix + "replace_key: at most 200 characters", prefix + "replace_key");
    for (std::size_t i = 0; i < n.parameters.size(); ++i) {
        const auto& p = n.parameters[i];
        const std::string field = prefix + "parameters[" + std::to_string(i) + "]";
        if (p.empty() || p.size() > 1024 || p.find_first_of("\n\t") != std::string::npos)
            return make_error(ErrorCode::validation_failed,
                              field + ": 1 to 1024 characters, without new lines or tabs (WhatsApp's rule)", field);
    }
    if (n.not_before_ms && n.expires_at_ms && *n.expires_at_ms <= *n.not_before_ms)
        return make_error(ErrorCode::validation_failed, prefix + "expires_at: must be after not_before", prefix + "expires_at");
    return std::nullopt;
}

std::string encode(const ConsentChange& v) {
    bj::object o{{"scope", to_string(v.scope)}, {"source", v.source}, {"evidence", v.evidence}};
    if (v.at_ms) o["at"] = time::format_iso8601(*v.at_ms);
    return bj::serialize(o);
}

std::string encode(const ConsentView& v) {
    bj::array history;
    for (const auto& e : v.history)
        history.push_back(bj::object{{"scope", to_string(e.scope)}, {"action", e.action}, {"source", e.source},
                                     {"channel", e.channel}, {"evidence", e.evidence},
                                     {"at", time::format_iso8601(e.at_ms)}, {"recorded_by", e.recorded_by}});
    return bj::serialize(bj::object{{"phone", v.phone},
                                    {"scopes", bj::object{{"reminders", status_json(v.reminders)},
                                                          {"information", status_json(v.information)}}},
                                    {"history", std::move(history)}});
}

std::string encode(const NotificationRequest& v) { return bj::serialize(notification_json(v)); }
std::string encode(const NotificationAccepted& v) { return bj::serialize(accepted_json(v)); }

std::string encode(const BatchRequest& v) {
    bj::array items;
    for (const auto& n : v.notifications) items.push_back(notification_json(n));
    return bj::serialize(bj::object{{"notifications", std::move(items)}});
}

std::string encode(const std::vector<BatchItemResult>& v) {
    bj::array results;
    for (std::size_t i = 0; i < v.size(); ++i) {
        bj::object o{{"index", i}, {"status", v[i].status}};
        if (v[i].accepted) o["notification"] = accepted_json(*v[i].accepted);
        if (v[i].error) o["error"] = error_json(*v[i].error);
        results.push_back(std::move(o));
    }
    return bj::serialize(bj::object{{"results", std::move(results)}});
}

std::string encode(const MessageView& v) { return bj::serialize(message_json(v)); }

std::string encode(const MessagePage& v) {
    bj::array messages;
    for (const auto& m : v.messages) messages.push_back(message_json(m));
    bj::object o{{"messages", std::move(messages)}};
    o["next_cursor"] = v.next_cursor.empty() ? bj::value(nullptr) : bj::value(v.next_cursor);
    return bj::serialize(o);
}

std::string encode(const TemplateSpec& v) { return bj::serialize(template_json(v)); }

std::string encode(const std::vector<TemplateSpec>& v) {
    bj::array a;
    for (const auto& t : v) a.push_back(template_json(t));
    return bj::serialize(bj::object{{"templates", std::move(a)}});
}

template <>
Result<ConsentChange> decode_sire<ConsentChange>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        ConsentChange c;
        c.scope = scope_from(r.at("scope"));
        c.source = r.get_string("source");
        c.evidence = r.get_optional_string("evidence").value_or("");
        c.at_ms = optional_time(r, "at");
        if (c.source.empty() || c.source.size() > 100) r.at("source").fail("1 to 100 characters are required");
        if (c.evidence.size() > 2000) r.at("evidence").fail("is longer than 2000 characters");
        return c;
    });
}

template <>
Result<ConsentView> decode_sire<ConsentView>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        ConsentView v;
        v.phone = r.get_string("phone");
        v.reminders = status_from(r.at("scopes").at("reminders"));
        v.information = status_from(r.at("scopes").at("information"));
        for (const auto& e : r.at("history").array())
            v.history.push_back(ConsentEvent{scope_from(e.at("scope")), e.get_string("action"), e.get_string("source"),
                                             e.get_string("channel"), e.get_optional_string("evidence").value_or(""),
                                             required_time(e, "at"), e.get_optional_string("recorded_by").value_or("")});
        return v;
    });
}

template <>
Result<NotificationRequest> decode_sire<NotificationRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return notification_from(r); });
}

template <>
Result<NotificationAccepted> decode_sire<NotificationAccepted>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return accepted_from(r); });
}

template <>
Result<BatchRequest> decode_sire<BatchRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        BatchRequest b;
        const auto items = r.at("notifications").array();
        if (items.empty() || items.size() > max_batch) r.at("notifications").fail("1 to 1000 notifications are required");
        for (const auto& n : items) b.notifications.push_back(notification_from(n));
        return b;
    });
}

template <>
Result<std::vector<BatchItemResult>> decode_sire<std::vector<BatchItemResult>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        std::vector<BatchItemResult> out;
        for (const auto& item : r.at("results").array()) {
            BatchItemResult b;
            b.status = static_cast<int>(item.get_integer("status"));
            if (auto n = item.find("notification")) b.accepted = accepted_from(*n);
            if (auto e = item.find("error")) {
                Error err;
                err.code = error_code_from_string(e->get_string("code")).value_or(ErrorCode::internal);
                err.message = e->get_optional_string("message").value_or("");
                err.field = e->get_optional_string("field").value_or("");
                b.error = err;
            }
            out.push_back(std::move(b));
        }
        return out;
    });
}

template <>
Result<MessageView> decode_sire<MessageView>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return message_from(r); });
}

template <>
Result<MessagePage> decode_sire<MessagePage>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        MessagePage p;
        p.messages = r.get_list("messages", message_from);
        p.next_cursor = r.get_optional_string("next_cursor").value_or("");
        return p;
    });
}

template <>
Result<TemplateSpec> decode_sire<TemplateSpec>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return template_from(r); });
}

template <>
Result<std::vector<TemplateSpec>> decode_sire<std::vector<TemplateSpec>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("templates", template_from); });
}

} // namespace sportello::api
