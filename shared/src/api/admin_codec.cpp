#include "sportello/api/admin.hpp"
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

bj::array strings(const std::vector<std::string>& v) {
    bj::array a;
    for (const auto& s : v) a.emplace_back(s);
    return a;
}

bj::object broadcast_json(const BroadcastView& b) {
    bj::object counts;
    for (const auto& [k, n] : b.counts) counts[k] = n;
    return bj::object{{"id", b.id}, {"name", b.name}, {"template", b.template_name}, {"language", b.language},
                      {"parameters", strings(b.parameters)},
                      {"node_id", b.node_id ? bj::value(*b.node_id) : bj::value(nullptr)}, {"state", b.state},
                      {"scheduled_at", time::format_iso8601(b.scheduled_at_ms)}, {"created_by", b.created_by},
                      {"created_at", time::format_iso8601(b.created_at_ms)}, {"recipients", b.recipients},
                      {"counts", std::move(counts)}, {"eta_seconds", b.eta_seconds}};
}

BroadcastView broadcast_from(const json::Reader& r) {
    BroadcastView b;
    b.id = r.get_integer("id");
    b.name = r.get_string("name");
    b.template_name = r.get_string("template");
    b.language = r.get_string("language");
    b.parameters = r.get_string_list("parameters");
    b.node_id = r.get_optional_integer("node_id");
    b.state = r.get_string("state");
    b.scheduled_at_ms = required_time(r, "scheduled_at");
    b.created_by = r.get_string("created_by");
    b.created_at_ms = required_time(r, "created_at");
    b.recipients = r.get_integer("recipients");
    for (const auto& [k, v] : r.at("counts").object()) b.counts[std::string(k)] = json::Reader(v).integer();
    b.eta_seconds = r.get_integer("eta_seconds");
    return b;
}

bj::object client_json(const ApiClientView& c) {
    return bj::object{{"id", c.id}, {"name", c.name}, {"scopes", strings(c.scopes)},
                      {"rate_per_minute", c.rate_per_minute}, {"require_client_certificate", c.require_client_certificate},
                      {"certificate_subject", c.certificate_subject}, {"created_at", time::format_iso8601(c.created_at_ms)},
                      {"rotated_at", time_or_null(c.rotated_at_ms)}, {"revoked_at", time_or_null(c.revoked_at_ms)}};
}

ApiClientView client_from(const json::Reader& r) {
    ApiClientView c;
    c.id = r.get_optional_integer("id").value_or(0);
    c.name = r.get_string("name");
    c.scopes = r.get_string_list("scopes");
    c.rate_per_minute = static_cast<int>(r.get_optional_integer("rate_per_minute").value_or(600));
    c.require_client_certificate = r.get_bool("require_client_certificate", false);
    c.certificate_subject = r.get_optional_string("certificate_subject").value_or("");
    c.created_at_ms = optional_time(r, "created_at").value_or(0);
    c.rotated_at_ms = optional_time(r, "rotated_at");
    c.revoked_at_ms = optional_time(r, "revoked_at");
    return c;
}

Alert alert_from(const json::Reader& r) {
    Alert a;
    a.id = r.get_string("id");
    a.severity = r.get_string("severity");
    a.code = r.get_integer("code");
    a.message = r.get_string("message");
    a.since_ms = required_time(r, "since");
    return a;
}

} // namespace

std::string encode(const BroadcastRequest& v) {
    bj::object o{{"name", v.name}, {"template", v.template_name}, {"language", v.language},
                 {"parameters", strings(v.parameters)}};
    if (v.node_id) o["node_id"] = *v.node_id;
    if (v.scheduled_at_ms) o["scheduled_at"] = time::format_iso8601(*v.scheduled_at_ms);
    return bj::serialize(o);
}

std::string encode(const BroadcastEstimate& v) {
    return bj::serialize(bj::object{{"recipients", v.recipients}, {"messages_per_second", v.messages_per_second},
                                    {"eta_seconds", v.eta_seconds}});
}

std::string encode(const BroadcastView& v) { return bj::serialize(broadcast_json(v)); }

std::string encode(const std::vector<BroadcastView>& v) {
    bj::array a;
    for (const auto& b : v) a.push_back(broadcast_json(b));
    return bj::serialize(bj::object{{"broadcasts", std::move(a)}});
}

std::string encode(const ApiClientView& v) { return bj::serialize(client_json(v)); }

std::string encode(const std::vector<ApiClientView>& v) {
    bj::array a;
    for (const auto& c : v) a.push_back(client_json(c));
    return bj::serialize(bj::object{{"clients", std::move(a)}});
}

std::string encode(const ApiClientToken& v) {
    return bj::serialize(bj::object{{"client", client_json(v.client)}, {"token", v.token}});
}

std::string encode(const std::vector<Alert>& v) {
    bj::array a;
    for (const auto& alert : v)
        a.push_back(bj::object{{"id", alert.id}, {"severity", alert.severity}, {"code", alert.code},
                               {"message", alert.message}, {"since", time::format_iso8601(alert.since_ms)}});
    return bj::serialize(bj::object{{"alerts", std::move(a)}});
}

template <>
Result<std::vector<Alert>> decode_admin<std::vector<Alert>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("alerts", alert_from); });
}

template <>
Result<BroadcastRequest> decode_admin<BroadcastRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        BroadcastRequest b;
        b.name = r.get_string("name");
        b.template_name = r.get_optional_string("template").value_or("");
        b.language = r.get_optional_string("language").value_or("it");
        b.parameters = r.get_string_list("parameters");
        b.node_id = r.get_optional_integer("node_id");
        b.scheduled_at_ms = optional_time(r, "scheduled_at");
        if (b.name.empty() || b.name.size() > 200) r.at("name").fail("1 to 200 characters are required");
        if (b.template_name.empty() && !b.node_id) r.fail("give a template or the node_id of a published answer");
        return b;
    });
}

template <>
Result<BroadcastEstimate> decode_admin<BroadcastEstimate>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return BroadcastEstimate{r.get_integer("recipients"), r.at("messages_per_second").number(),
                                 r.get_integer("eta_seconds")};
    });
}

template <>
Result<BroadcastView> decode_admin<BroadcastView>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return broadcast_from(r); });
}

template <>
Result<std::vector<BroadcastView>> decode_admin<std::vector<BroadcastView>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("broadcasts", broadcast_from); });
}

template <>
Result<ApiClientView> decode_admin<ApiClientView>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return client_from(r); });
}

template <>
Result<std::vector<ApiClientView>> decode_admin<std::vector<ApiClientView>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return r.get_list("clients", client_from); });
}

template <>
Result<ApiClientToken> decode_admin<ApiClientToken>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return ApiClientToken{client_from(r.at("client")), r.get_string("token")};
    });
}

} // namespace sportello::api
