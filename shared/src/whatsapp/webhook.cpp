#include "sportello/whatsapp/webhook.hpp"

#include "sportello/json.hpp"

#include <boost/json.hpp>
#include <boost/json/monotonic_resource.hpp>

#include <charconv>

namespace sportello::wa {
namespace bj = boost::json;

namespace {

const bj::object* obj(const bj::value* v) { return v && v->is_object() ? &v->get_object() : nullptr; }
const bj::array* arr(const bj::value* v) { return v && v->is_array() ? &v->get_array() : nullptr; }

std::string str(const bj::object* o, std::string_view key) {
    if (!o) return {};
    const auto* v = o->if_contains(key);
    if (v && v->is_string()) return std::string(v->get_string());
    return {};
}

std::int64_t integer(const bj::object* o, std::string_view key) {
    if (!o) return 0;
    const auto* v = o->if_contains(key);
    if (!v) return 0;
    if (v->is_int64()) return v->get_int64();
    if (v->is_uint64()) return static_cast<std::int64_t>(v->get_uint64());
    if (v->is_string()) {   // Meta sends timestamps as strings of digits
        std::int64_t out = 0;
        const auto s = v->get_string();
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        if (ec == std::errc{} && p == s.data() + s.size()) return out;
    }
    return 0;
}

std::optional<double> number(const bj::object* o, std::string_view key) {
    if (!o) return std::nullopt;
    const auto* v = o->if_contains(key);
    if (!v) return std::nullopt;
    if (v->is_double()) return v->get_double();
    if (v->is_int64()) return static_cast<double>(v->get_int64());
    if (v->is_string()) {
        try { return std::stod(std::string(v->get_string())); } catch (...) { return std::nullopt; }
    }
    return std::nullopt;
}

std::vector<ApiErrorInfo> errors_of(const bj::array* a) {
    std::vector<ApiErrorInfo> out;
    if (!a) return out;
    for (const auto& e : *a) {
        const auto* o = obj(&e);
        if (!o) continue;
        ApiErrorInfo info;
        info.code = static_cast<int>(integer(o, "code"));
        info.title = str(o, "title");
        info.message = str(o, "message");
        info.details = str(obj(o->if_contains("error_data")), "details");
        if (info.details.empty()) info.details = str(o, "details");   // legacy "unknown" shape
        out.push_back(std::move(info));
    }
    return out;
}

void read_media(InboundMessage& m, const bj::object* media) {
    m.media_id = str(media, "id");
    m.mime_type = str(media, "mime_type");
    m.sha256 = str(media, "sha256");
    m.filename = str(media, "filename");
    m.text = str(media, "caption");
}

InboundMessage read_message(const bj::object& o, const bj::object* value) {
    InboundMessage m;
    m.wamid = str(&o, "id");
    m.from = str(&o, "from");
    m.from_user_id = str(&o, "from_user_id");
    m.timestamp = integer(&o, "timestamp");
    m.type = str(&o, "type");
    // The whole object is kept only for types whose content is not plain
    // text (media ids, locations, contacts…): readers of text need no copy.
    if (m.type != "text" && m.type != "interactive" && m.type != "button") m.raw_json = bj::serialize(o);
    if (const auto* ctx = obj(o.if_contains("context"))) {
        m.context_wamid = str(ctx, "id");
        const auto* fw = ctx->if_contains("forwarded");
        m.forwarded = fw && fw->is_bool() && fw->get_bool();
    }
    m.group_id = str(&o, "group_id");
    // The sender's profile comes from value.contacts, matched by wa_id or by
    // user id, never by index. A user id given only in contacts is taken too.
    if (const auto* contacts = arr(value ? value->if_contains("contacts") : nullptr))
        for (const auto& c : *contacts) {
            const auto* co = obj(&c);
            if (!co) continue;
            const auto user_id = str(co, "user_id");
            const bool by_phone = !m.from.empty() && str(co, "wa_id") == m.from;
            const bool by_user = !m.from_user_id.empty() && user_id == m.from_user_id;
            if (!by_phone && !by_user) continue;
            const auto* profile = obj(co->if_contains("profile"));
            m.profile_name = str(profile, "name");
            m.username = str(profile, "username");
            if (m.from_user_id.empty()) m.from_user_id = user_id;
            break;
        }

    const auto& t = m.type;
    if (t == "text") {
        m.text = str(obj(o.if_contains("text")), "body");
    } else if (t == "interactive") {
        const auto* in = obj(o.if_contains("interactive"));
        const std::string kind = str(in, "type");
        const auto* reply = obj(in ? in->if_contains(kind) : nullptr);   // list_reply / button_reply
        m.reply_id = str(reply, "id");
        m.text = str(reply, "title");
    } else if (t == "button") {
        const auto* b = obj(o.if_contains("button"));
        m.reply_id = str(b, "payload");
        m.text = str(b, "text");
    } else if (t == "image" || t == "video" || t == "audio" || t == "document" || t == "sticker") {
        read_media(m, obj(o.if_contains(t)));
    } else if (t == "location") {
        const auto* l = obj(o.if_contains("location"));
        m.latitude = number(l, "latitude");
        m.longitude = number(l, "longitude");
        m.location_name = str(l, "name");
        m.location_address = str(l, "address");
    } else if (t == "reaction") {
        const auto* r = obj(o.if_contains("reaction"));
        m.reaction_to = str(r, "message_id");
        m.emoji = str(r, "emoji");
    } else if (t == "system") {
        const auto* s = obj(o.if_contains("system"));
        m.system_type = str(s, "type");
        m.text = str(s, "body");
        m.new_wa_id = str(s, "wa_id");
        if (m.new_wa_id.empty()) m.new_wa_id = str(s, "new_wa_id");   // customer_changed_number
    } else if (t == "unsupported") {
        m.text = str(obj(o.if_contains("unsupported")), "type");
    }
    m.errors = errors_of(arr(o.if_contains("errors")));
    return m;
}

StatusUpdate read_status(const bj::object& o) {
    StatusUpdate s;
    s.wamid = str(&o, "id");
    s.status = str(&o, "status");
    s.timestamp = integer(&o, "timestamp");
    s.recipient_id = str(&o, "recipient_id");
    s.recipient_user_id = str(&o, "recipient_user_id");
    s.callback_data = str(&o, "biz_opaque_callback_data");
    if (const auto* p = obj(o.if_contains("pricing"))) {
        s.pricing_category = str(p, "category");
        s.pricing_type = str(p, "type");
    }
    s.errors = errors_of(arr(o.if_contains("errors")));
    return s;
}

} // namespace

Result<WebhookPayload> parse_webhook(std::string_view body, std::size_t max_depth) {
    // Most webhooks are a few KiB: parse into one stack buffer rather than
    // one allocation per JSON node; strings are copied out before it goes.
    unsigned char buffer[16384];
    bj::monotonic_resource arena(buffer, sizeof buffer);
    auto doc = json::parse(body, max_depth, bj::storage_ptr(&arena));
    if (!doc) return doc.error();
    const auto* root = obj(&*doc);
    if (!root) return make_error(api::ErrorCode::invalid_json, "the webhook body is not a JSON object");

    WebhookPayload out;
    out.object = str(root, "object");
    const auto* entries = arr(root->if_contains("entry"));
    if (!entries) {
        out.warnings.push_back("no entry array");
        return out;
    }
    for (std::size_t ei = 0; ei < entries->size(); ++ei) {
        const auto* entry = obj(&(*entries)[ei]);
        if (!entry) { out.warnings.push_back("entry[" + std::to_string(ei) + "] is not an object"); continue; }
        const auto* changes = arr(entry->if_contains("changes"));
        if (!changes) { out.warnings.push_back("entry[" + std::to_string(ei) + "] has no changes"); continue; }
        for (std::size_t ci = 0; ci < changes->size(); ++ci) {
            const auto* change = obj(&(*changes)[ci]);
            const std::string where = "entry[" + std::to_string(ei) + "].changes[" + std::to_string(ci) + "]";
            if (!change) { out.warnings.push_back(where + " is not an object"); continue; }
            Change c;
            c.field = str(change, "field");
            c.waba_id = str(entry, "id");
            const auto* value = obj(change->if_contains("value"));
            if (!value) { out.warnings.push_back(where + " has no value"); out.changes.push_back(std::move(c)); continue; }
            const auto* meta = obj(value->if_contains("metadata"));
            c.phone_number_id = str(meta, "phone_number_id");
            c.display_phone_number = str(meta, "display_phone_number");
            if (const auto* msgs = arr(value->if_contains("messages")))
                for (const auto& m : *msgs) {
                    if (const auto* mo = obj(&m)) c.messages.push_back(read_message(*mo, value));
                    else out.warnings.push_back(where + ": a message is not an object");
                }
            if (const auto* sts = arr(value->if_contains("statuses")))
                for (const auto& s : *sts) {
                    if (const auto* so = obj(&s)) c.statuses.push_back(read_status(*so));
                    else out.warnings.push_back(where + ": a status is not an object");
                }
            c.errors = errors_of(arr(value->if_contains("errors")));
            out.changes.push_back(std::move(c));
        }
    }
    return out;
}

namespace build {
namespace {

bj::object message_head(const Sender& from, std::string_view wamid, std::int64_t ts, std::string_view type) {
    bj::object o{{"id", wamid}, {"timestamp", std::to_string(ts)}, {"type", type}};
    if (!from.wa_id.empty()) o["from"] = from.wa_id;
    if (!from.user_id.empty()) o["from_user_id"] = from.user_id;
    return o;
}

} // namespace

std::string ascii_json(std::string_view json_text) {
    // Re-escape every non-ASCII code point inside the (already valid) JSON text.
    std::string out;
    out.reserve(json_text.size());
    auto put_unit = [&](unsigned unit) {
        static constexpr char hex[] = "0123456789abcdef";
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4) out.push_back(hex[(unit >> s) & 0xF]);
    };
    for (std::size_t i = 0; i < json_text.size();) {
        const auto b = static_cast<unsigned char>(json_text[i]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b));
            ++i;
            continue;
        }
        int extra = (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : 3;
        unsigned cp = b & (extra == 1 ? 0x1F : extra == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= extra && i + k < json_text.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(json_text[i + k]) & 0x3F);
        i += static_cast<std::size_t>(extra) + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            put_unit(0xD800 + (cp >> 10));
            put_unit(0xDC00 + (cp & 0x3FF));
        } else {
            put_unit(cp);
        }
    }
    return out;
}

std::string text_message(const Sender& from, std::string_view wamid, std::int64_t ts, std::string_view body) {
    auto o = message_head(from, wamid, ts, "text");
    o["text"] = bj::object{{"body", body}};
    return bj::serialize(o);
}

std::string list_reply_message(const Sender& from, std::string_view wamid, std::int64_t ts, std::string_view id,
                               std::string_view title, std::string_view context_wamid) {
    auto o = message_head(from, wamid, ts, "interactive");
    o["context"] = bj::object{{"from", "390000000000"}, {"id", context_wamid}};
    o["interactive"] = bj::object{{"type", "list_reply"},
                                  {"list_reply", bj::object{{"id", id}, {"title", title}, {"description", ""}}}};
    return bj::serialize(o);
}

std::string button_message(const Sender& from, std::string_view wamid, std::int64_t ts, std::string_view payload,
                           std::string_view text, std::string_view context_wamid) {
    auto o = message_head(from, wamid, ts, "button");
    o["context"] = bj::object{{"from", "390000000000"}, {"id", context_wamid}};
    o["button"] = bj::object{{"payload", payload}, {"text", text}};
    return bj::serialize(o);
}

std::string status(std::string_view wamid, std::string_view st, std::int64_t ts, std::string_view recipient_id,
                   std::string_view callback_data, const std::optional<ApiErrorInfo>& error,
                   std::string_view recipient_user_id) {
    bj::object o{{"id", wamid}, {"status", st}, {"timestamp", std::to_string(ts)}, {"recipient_id", recipient_id}};
    if (!recipient_user_id.empty()) o["recipient_user_id"] = recipient_user_id;
    if (!callback_data.empty()) o["biz_opaque_callback_data"] = callback_data;
    if (st == "sent" || st == "delivered")
        o["pricing"] = bj::object{{"billable", false}, {"pricing_model", "PMP"},
                                  {"type", "free_customer_service"}, {"category", "service"}};
    if (error)
        o["errors"] = bj::array{bj::object{{"code", error->code}, {"title", error->title}, {"message", error->title},
                                           {"error_data", bj::object{{"details", error->details}}}}};
    return bj::serialize(o);
}

std::string envelope(std::string_view waba_id, std::string_view phone_number_id, std::string_view display,
                     const std::vector<Sender>& contacts, const std::vector<std::string>& messages,
                     const std::vector<std::string>& statuses) {
    bj::object value{{"messaging_product", "whatsapp"},
                     {"metadata", bj::object{{"display_phone_number", display}, {"phone_number_id", phone_number_id}}}};
    if (!contacts.empty()) {
        bj::array cs;
        for (const auto& c : contacts) {
            bj::object profile{{"name", c.profile_name}};
            if (!c.username.empty()) profile["username"] = c.username;
            bj::object contact{{"profile", std::move(profile)}};
            if (!c.wa_id.empty()) contact["wa_id"] = c.wa_id;
            if (!c.user_id.empty()) contact["user_id"] = c.user_id;
            cs.push_back(std::move(contact));
        }
        value["contacts"] = std::move(cs);
    }
    if (!messages.empty()) {
        bj::array ms;
        for (const auto& m : messages) ms.push_back(bj::parse(m));
        value["messages"] = std::move(ms);
    }
    if (!statuses.empty()) {
        bj::array ss;
        for (const auto& s : statuses) ss.push_back(bj::parse(s));
        value["statuses"] = std::move(ss);
    }
    bj::object root{{"object", "whatsapp_business_account"},
                    {"entry", bj::array{bj::object{{"id", waba_id},
                                                   {"changes", bj::array{bj::object{{"value", std::move(value)},
                                                                                    {"field", "messages"}}}}}}}};
    return ascii_json(bj::serialize(root));
}

} // namespace build
} // namespace sportello::wa
