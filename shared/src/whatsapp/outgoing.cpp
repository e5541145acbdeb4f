#include "sportello/whatsapp/outgoing.hpp"

#include "sportello/json.hpp"

#include <boost/json.hpp>

namespace sportello::wa {
namespace bj = boost::json;

namespace {

std::string_view kind_name(OutgoingMessage::Kind kind) {
    switch (kind) {
    case OutgoingMessage::Kind::text: return "text";
    case OutgoingMessage::Kind::list: return "list";
    case OutgoingMessage::Kind::template_message: return "template";
    }
    return "text";
}

bj::array rows_json(const std::vector<ListRow>& rows) {
    bj::array out;
    for (const auto& r : rows) {
        bj::object row{{"id", r.id}, {"title", r.title}};
        if (!r.description.empty()) row["description"] = r.description;
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

std::string encode(const OutgoingMessage& m) {
    bj::object o{{"kind", kind_name(m.kind)}, {"body", m.body}};
    if (m.kind == OutgoingMessage::Kind::list) {
        o["header"] = m.header;
        o["footer"] = m.footer;
        o["button"] = m.button;
        o["section_title"] = m.section_title;
        o["rows"] = rows_json(m.rows);
    }
    if (m.kind == OutgoingMessage::Kind::template_message) {
        o["template_name"] = m.template_name;
        o["template_language"] = m.template_language;
        bj::array params;
        for (const auto& p : m.parameters) params.emplace_back(p);
        o["parameters"] = std::move(params);
    }
    return bj::serialize(o);
}

Result<OutgoingMessage> decode_outgoing(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        OutgoingMessage m;
        const auto kind = r.get_string("kind");
        if (kind == "text") m.kind = OutgoingMessage::Kind::text;
        else if (kind == "list") m.kind = OutgoingMessage::Kind::list;
        else if (kind == "template") m.kind = OutgoingMessage::Kind::template_message;
        else r.at("kind").fail("must be text, list or template");
        m.body = r.get_optional_string("body").value_or("");
        m.header = r.get_optional_string("header").value_or("");
        m.footer = r.get_optional_string("footer").value_or("");
        m.button = r.get_optional_string("button").value_or("");
        m.section_title = r.get_optional_string("section_title").value_or("");
        if (auto rows = r.find("rows"))
            for (const auto& row : rows->array())
                m.rows.push_back({row.get_string("id"), row.get_string("title"),
                                  row.get_optional_string("description").value_or("")});
        m.template_name = r.get_optional_string("template_name").value_or("");
        m.template_language = r.get_optional_string("template_language").value_or("");
        m.parameters = r.get_string_list("parameters");
        return m;
    });
}

std::string send_request_body(const OutgoingMessage& m, const Recipient& to,
                              std::string_view context_wamid, std::string_view callback_data) {
    bj::object o{{"messaging_product", "whatsapp"}, {"recipient_type", "individual"}};
    if (!to.phone.empty()) o["to"] = to.phone;
    else o["recipient"] = to.user_id;
    switch (m.kind) {
    case OutgoingMessage::Kind::text:
        o["type"] = "text";
        o["text"] = bj::object{{"preview_url", false}, {"body", m.body}};
        break;
    case OutgoingMessage::Kind::list: {
        bj::object interactive{{"type", "list"}, {"body", bj::object{{"text", m.body}}}};
        if (!m.header.empty()) interactive["header"] = bj::object{{"type", "text"}, {"text", m.header}};
        if (!m.footer.empty()) interactive["footer"] = bj::object{{"text", m.footer}};
        bj::object section{{"title", m.section_title}, {"rows", rows_json(m.rows)}};
        interactive["action"] = bj::object{{"button", m.button}, {"sections", bj::array{std::move(section)}}};
        o["type"] = "interactive";
        o["interactive"] = std::move(interactive);
        break;
    }
    case OutgoingMessage::Kind::template_message: {
        bj::array params;
        for (const auto& p : m.parameters) params.push_back(bj::object{{"type", "text"}, {"text", p}});
        bj::object tmpl{{"name", m.template_name},
                        {"language", bj::object{{"code", m.template_language}}}};
        if (!params.empty())
            tmpl["components"] = bj::array{bj::object{{"type", "body"}, {"parameters", std::move(params)}}};
        o["type"] = "template";
        o["template"] = std::move(tmpl);
        break;
    }
    }
    if (!context_wamid.empty()) o["context"] = bj::object{{"message_id", context_wamid}};
    if (!callback_data.empty()) o["biz_opaque_callback_data"] = callback_data;
    return bj::serialize(o);
}

std::string mark_read_body(std::string_view inbound_wamid) {
    return bj::serialize(bj::object{
        {"messaging_product", "whatsapp"}, {"status", "read"}, {"message_id", inbound_wamid}});
}

SendOutcome parse_send_response(int http_status, std::string_view body) {
    SendOutcome out;
    auto doc = json::parse(body);
    if (http_status == 200 && doc && doc->is_object()) {
        const auto& o = doc->get_object();
        if (const auto* msgs = o.if_contains("messages"); msgs && msgs->is_array() && !msgs->get_array().empty()) {
            const auto& first = msgs->get_array().front();
            if (first.is_object()) {
                if (const auto* id = first.get_object().if_contains("id"); id && id->is_string()) {
                    SendAccepted a;
                    a.wamid = std::string(id->get_string());
                    if (const auto* st = first.get_object().if_contains("message_status"); st && st->is_string())
                        a.message_status = std::string(st->get_string());
                    if (const auto* contacts = o.if_contains("contacts");
                        contacts && contacts->is_array() && !contacts->get_array().empty() &&
                        contacts->get_array().front().is_object())
                    {
                        const auto& contact = contacts->get_array().front().get_object();
                        if (const auto* w = contact.if_contains("wa_id"); w && w->is_string())
                            a.wa_id = std::string(w->get_string());
                        if (const auto* u = contact.if_contains("user_id"); u && u->is_string())
                            a.user_id = std::string(u->get_string());
                    }
                    out.accepted = std::move(a);
                    return out;
                }
            }
        }
        if (const auto* success = o.if_contains("success"); success && success->is_bool() && success->get_bool()) {
            out.accepted = SendAccepted{};   // mark-as-read
            return out;
        }
    }
    SendFailure f;
    f.http_status = http_status;
    if (doc && doc->is_object()) {
        if (const auto* err = doc->get_object().if_contains("error"); err && err->is_object()) {
            const auto& e = err->get_object();
            if (const auto* c = e.if_contains("code"); c && c->is_int64()) f.code = static_cast<int>(c->get_int64());
            if (const auto* m = e.if_contains("message"); m && m->is_string()) f.title = std::string(m->get_string());
            if (const auto* t = e.if_contains("fbtrace_id"); t && t->is_string()) f.fbtrace_id = std::string(t->get_string());
            if (const auto* d = e.if_contains("error_data"); d && d->is_object())
                if (const auto* det = d->get_object().if_contains("details"); det && det->is_string())
                    f.details = std::string(det->get_string());
        }
    }
    if (f.title.empty()) f.title = http_status == 200 ? "response without a message id" : "HTTP " + std::to_string(http_status);
    out.failure = std::move(f);
    return out;
}

} // namespace sportello::wa
