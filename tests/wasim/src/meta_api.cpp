#include "meta_api.hpp"

#include "sportello/crypto.hpp"
#include "sportello/json.hpp"
#include "sportello/whatsapp/error_codes.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/text_rules.hpp"

#include <boost/json.hpp>

#include <chrono>

namespace sportello::wasim {
namespace bj = boost::json;

namespace {

struct Rejection {
    int http_status;
    int code;
    std::string message;
    std::string details;
};

std::string render_template(const TemplateSpec& t, const std::vector<std::string>& params) {
    std::string out = t.body.empty() ? "[" + t.name + "]" : t.body;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string slot = "{{" + std::to_string(i + 1) + "}}";
        for (auto pos = out.find(slot); pos != std::string::npos; pos = out.find(slot, pos + params[i].size()))
            out.replace(pos, slot.size(), params[i]);
    }
    return out;
}

// Fills m from the request body or says why Meta would refuse it.
std::optional<Rejection> read_message(const SimConfig& config, const SimState& state, const json::Reader& r,
                                      ReceivedMessage& m, bool enforce_window) {
    if (r.get_optional_string("messaging_product").value_or("") != "whatsapp")
        return Rejection{400, wa::error_code::invalid_parameter, "(#100) The parameter messaging_product is required.", "messaging_product must be whatsapp"};
    const auto to = r.get_optional_string("to");
    const auto recipient = r.get_optional_string("recipient");   // a user id (§2.6)
    if (to && recipient)
        return Rejection{400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", "simulator: send either 'to' or 'recipient', not both"};
    if (recipient) {
        if (!wa::is_user_id(*recipient)) return Rejection{400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", "recipient is not a user id"};
        if (state.citizen_key(*recipient) == *recipient && !state.window_open(*recipient) &&
            state.user_id_of(*recipient).empty())
            return Rejection{400, wa::error_code::undeliverable, "Message undeliverable", "recipient is not a WhatsApp user"};
        m.user_id = *recipient;
    } else {
        const auto number = to.value_or("");
        for (char c : number)
            if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == ' ' || c == '-' || c == '(' || c == ')'))
                return Rejection{400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", "to is not a phone number"};
        for (char c : number)
            if (std::isdigit(static_cast<unsigned char>(c))) m.wa_id.push_back(c);
        if (m.wa_id.size() < 8) return Rejection{400, wa::error_code::undeliverable, "Message undeliverable", "recipient is not a WhatsApp user"};
        if (number.empty() || number.front() != '+')
            return Rejection{400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", "simulator: 'to' must carry + and the country code"};
        m.user_id = state.user_id_of(m.wa_id);
    }
    m.type = r.get_optional_string("type").value_or("text");
    if (auto ctx = r.find("context")) m.context_wamid = ctx->get_optional_string("message_id").value_or("");
    m.callback_data = r.get_optional_string("biz_opaque_callback_data").value_or("");

    if (m.type == "text") {
        m.text = r.at("text").get_string("body");
        if (m.text.empty()) return Rejection{400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", "text.body is empty"};
        if (wa::length(m.text) > wa::limits::text_body)
            return Rejection{400, wa::error_code::invalid_parameter, "(#100) Param text['body'] must be at most 4096 characters long.", ""};
    } else if (m.type == "interactive") {
        const auto in = r.at("interactive");
        if (in.get_string("type") != "list") return Rejection{400, wa::error_code::unsupported_type, "Unsupported message type", "only list is simulated"};
        m.text = in.at("body").get_string("text");
        std::size_t rows = 0;
        for (const auto& section : in.at("action").at("sections").array())
            for (const auto& row : section.at("rows").array()) {
                ++rows;
                m.row_ids.push_back(row.get_string("id"));
                m.row_titles.push_back(row.get_string("title"));
                if (wa::length(m.row_titles.back()) > wa::limits::list_row_title)
                    return Rejection{400, wa::error_code::parameter_invalid, "(#131009) Parameter value is not valid", "row title longer than 24"};
            }
        if (rows == 0 || rows > wa::limits::list_rows)
            return Rejection{400, wa::error_code::parameter_invalid, "(#131009) Parameter value is not valid", "a list needs 1 to 10 rows"};
        if (wa::length(in.at("action").get_string("button")) > wa::limits::list_button)
            return Rejection{400, wa::error_code::parameter_invalid, "(#131009) Parameter value is not valid", "button longer than 20"};
    } else if (m.type == "template") {
        const auto t = r.at("template");
        m.template_name = t.get_string("name");
        const auto lang = t.at("language").get_string("code");
        if (auto comps = t.find("components"))
            for (const auto& c : comps->array())
                if (c.get_string("type") == "body")
                    for (const auto& p : c.at("parameters").array()) m.parameters.push_back(p.get_string("text"));
        const TemplateSpec* spec = nullptr;
        for (const auto& s : config.templates)
            if (s.name == m.template_name && s.language == lang) spec = &s;
        if (!spec)
            return Rejection{404, wa::error_code::template_missing, "(#132001) Template name does not exist in the translation",
                             "template " + m.template_name + " (" + lang + ") is not approved"};
        if (static_cast<int>(m.parameters.size()) != spec->parameters)
            return Rejection{400, wa::error_code::template_parameters, "(#132000) Number of parameters does not match the expected number of params",
                             "expected " + std::to_string(spec->parameters)};
        m.text = render_template(*spec, m.parameters);
    } else {
        return Rejection{400, wa::error_code::unsupported_type, "Unsupported message type", "type " + m.type + " is not simulated"};
    }
    // Outside the customer-service window only templates may be sent.
    if (enforce_window && m.type != "template" && !state.window_open(m.wa_id.empty() ? m.user_id : m.wa_id))
        return Rejection{400, wa::error_code::re_engagement, "Re-engagement message",
                         "Message failed to send because more than 24 hours have passed since the customer last replied"};
    return std::nullopt;
}

} // namespace

net::HttpResponse meta_error(int http_status, int code, const std::string& message, const std::string& details) {
    bj::object e{{"message", message},
                 {"type", "OAuthException"},
                 {"code", code},
                 {"error_data", bj::object{{"messaging_product", "whatsapp"}, {"details", details}}},
                 {"fbtrace_id", "SIM" + crypto::base64url_encode(crypto::random_bytes(9))}};
    return net::HttpResponse::json(http_status, bj::serialize(bj::object{{"error", std::move(e)}}));
}

SendHandling handle_send(const SimConfig& config, SimState& state, const net::HttpRequest& request,
                         bool enforce_window) {
    SendHandling out;
    const auto auth = request.header("authorization");
    if (!crypto::constant_time_equal(auth, "Bearer " + config.access_token)) {
        out.response = meta_error(401, wa::error_code::access_token, "Invalid OAuth access token - Cannot parse access token");
        return out;
    }
    if (request.path_param("phone_number_id") != config.phone_number_id) {
        out.response = meta_error(400, wa::error_code::invalid_parameter, "Unsupported post request. Object with ID '" +
                                  std::string(request.path_param("phone_number_id")) + "' does not exist");
        return out;
    }
    ReceivedMessage m;
    std::optional<Rejection> rejection;
    auto parsed = json::decode(request.body, [&](const json::Reader& r) {
        if (r.get_optional_string("status").value_or("") == "read") {
            m.type = "mark_read";
            m.context_wamid = r.get_string("message_id");
            return true;
        }
        rejection = read_message(config, state, r, m, enforce_window);
        return true;
    });
    if (!parsed) {
        out.response = meta_error(400, wa::error_code::invalid_parameter, "(#100) Invalid parameter", parsed.error().message);
        return out;
    }
    if (rejection) {
        out.response = meta_error(rejection->http_status, rejection->code, rejection->message, rejection->details);
        return out;
    }
    if (m.type == "mark_read") {
        state.mark_read(m.context_wamid);
        out.response = net::HttpResponse::json(200, R"({"success":true})");
        return out;
    }
    m.wamid = state.next_wamid();
    m.received_at_ms = state.now_ms();
    m.received_at_us = std::chrono::duration_cast<std::chrono::microseconds>(
                           std::chrono::system_clock::now().time_since_epoch()).count();
    m.request_json = request.body;
    // The contact as Meta returns it: the input, the number and the user id
    // where the citizen has them.
    bj::object contact{{"input", m.wa_id.empty() ? m.user_id : "+" + m.wa_id}};
    if (!m.wa_id.empty()) contact["wa_id"] = m.wa_id;
    if (!m.user_id.empty()) contact["user_id"] = m.user_id;
    const bj::object body{{"messaging_product", "whatsapp"},
                          {"contacts", bj::array{std::move(contact)}},
                          {"messages", bj::array{bj::object{{"id", m.wamid}}}}};
    out.response = net::HttpResponse::json(200, bj::serialize(body));
    state.record(m);
    out.accepted = std::move(m);
    return out;
}

} // namespace sportello::wasim
