#include "ops/citizen_export.hpp"

#include "cases/case_views.hpp"
#include "sire/consent_ledger.hpp"
#include "sportello/phone.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace sportello::relay {
namespace {

namespace bj = boost::json;

bj::value iso(const std::optional<std::int64_t>& ms) {
    if (!ms) return nullptr;
    return bj::value(time::format_iso8601(*ms));
}

bj::value text_or_null(const std::optional<std::string>& s) {
    if (!s) return nullptr;
    return bj::value(*s);
}

// Stored JSON (a decision, a message's raw details) as JSON again; text
// that does not parse stays text.
bj::value embedded_json(const std::string& text) {
    boost::system::error_code ec;
    auto v = bj::parse(text, ec);
    if (ec) return bj::value(text);
    return v;
}

bj::object contact_of(storage::Connection& c, const security::Vault& vault, std::int64_t id) {
    auto q = c.query("SELECT phone_enc, user_id_enc, profile_name_enc, language, created_at, last_inbound_at "
                     "FROM contacts WHERE id = ?", id);
    bj::object o;
    if (!q.next()) return o;
    o["phone"] = q.optional_blob(0) ? bj::value(phone::to_e164(vault.decrypt(q.blob(0), "contacts.phone"))) : nullptr;
    o["user_id"] = q.optional_blob(1) ? bj::value(vault.decrypt(q.blob(1), "contacts.user_id")) : nullptr;
    o["profile_name"] = q.optional_blob(2) ? bj::value(vault.decrypt(q.blob(2), "contacts.profile_name")) : nullptr;
    o["language"] = q.text(3);
    o["first_seen_at"] = iso(q.int64(4));
    o["last_message_at"] = iso(q.optional_int64(5));
    return o;
}

bj::array messages_received(storage::Connection& c, const security::Vault& vault, std::int64_t id) {
    bj::array out;
    auto q = c.query("SELECT id, wamid, type, body_enc, details_enc, sent_at, received_at, rule, decision, "
                     "unanswered, unanswered_enc, case_id FROM inbound_messages WHERE contact_id = ? "
                     "ORDER BY sent_at, id", id);
    while (q.next()) {
        bj::object m{{"id", q.int64(0)}, {"wamid", q.text(1)}, {"type", q.text(2)}};
        m["text"] = q.optional_blob(3) ? bj::value(vault.decrypt(q.blob(3), "inbound.body")) : nullptr;
        m["details"] = q.optional_blob(4) ? embedded_json(vault.decrypt(q.blob(4), "inbound.details")) : nullptr;
        m["sent_at"] = iso(q.int64(5));
        m["received_at"] = iso(q.int64(6));
        m["bot_rule"] = text_or_null(q.optional_text(7));
        m["bot_decision"] = q.optional_text(8) ? embedded_json(q.text(8)) : nullptr;
        m["unanswered"] = q.int64(9) != 0;
        m["unanswered_phrase"] =
            q.optional_blob(10) ? bj::value(vault.decrypt(q.blob(10), "inbound.unanswered_phrase")) : nullptr;
        m["case_id"] = q.is_null(11) ? bj::value(nullptr) : bj::value(q.int64(11));
        out.push_back(std::move(m));
    }
    return out;
}

bj::array statuses_of(storage::Connection& c, const std::optional<std::string>& wamid) {
    bj::array out;
    if (!wamid) return out;
    auto q = c.query("SELECT status, at, error_code, error_title FROM message_statuses WHERE wamid = ? ORDER BY at",
                     *wamid);
    while (q.next()) {
        bj::object s{{"status", q.text(0)}, {"at", iso(q.int64(1))}};
        if (!q.is_null(2)) s["error_code"] = q.int64(2);
        if (auto title = q.optional_text(3)) s["error_title"] = *title;
        out.push_back(std::move(s));
    }
    return out;
}

bj::array messages_sent(storage::Connection& c, const security::Vault& vault, std::int64_t id) {
    struct Row {
        bj::object message;
        std::optional<std::string> wamid;
    };
    std::vector<Row> rows;
    auto q = c.query("SELECT o.id, o.kind, o.payload_enc, o.state, o.created_at, o.sent_at, o.wamid, o.error_code, "
                     "o.error_title, o.case_id, u.display_name, o.broadcast_id, o.template_name "
                     "FROM outbox o LEFT JOIN users u ON u.id = o.author_id WHERE o.contact_id = ? "
                     "ORDER BY o.created_at, o.id", id);
    while (q.next()) {
        bj::object m{{"id", q.int64(0)}, {"kind", q.text(1)}};
        const auto payload = vault.decrypt(q.blob(2), "outbox.payload");
        const auto decoded = wa::decode_outgoing(payload);
        m["text"] = decoded ? bj::value(readable_text(*decoded)) : nullptr;
        m["message"] = embedded_json(payload);
        m["state"] = q.text(3);
        m["created_at"] = iso(q.int64(4));
        m["sent_at"] = iso(q.optional_int64(5));
        m["wamid"] = text_or_null(q.optional_text(6));
        if (!q.is_null(7)) m["error_code"] = q.int64(7);
        if (auto title = q.optional_text(8)) m["error_title"] = *title;
        m["case_id"] = q.is_null(9) ? bj::value(nullptr) : bj::value(q.int64(9));
        m["written_by"] = text_or_null(q.optional_text(10));   // an operator's reply: their display name
        m["broadcast_id"] = q.is_null(11) ? bj::value(nullptr) : bj::value(q.int64(11));
        m["template"] = text_or_null(q.optional_text(12));
        rows.push_back({std::move(m), q.optional_text(6)});
    }
    bj::array out;
    for (auto& r : rows) {
        r.message["statuses"] = statuses_of(c, r.wamid);
        out.push_back(std::move(r.message));
    }
    return out;
}

bj::object consent_of(storage::Connection& c, const security::Vault& vault, std::int64_t id) {
    const auto view = consent_view(c, vault, id, {});
    auto status = [](const api::ConsentStatus& s) {
        return bj::object{{"granted", s.granted}, {"since", iso(s.since_ms)}};
    };
    bj::array ledger;
    for (const auto& e : view.history)
        ledger.push_back(bj::object{{"scope", api::to_string(e.scope)}, {"action", e.action}, {"source", e.source},
                                    {"channel", e.channel}, {"evidence", e.evidence}, {"at", iso(e.at_ms)},
                                    {"recorded_by", e.recorded_by}});
    return {{"reminders", status(view.reminders)}, {"information", status(view.information)},
            {"ledger", std::move(ledger)}};
}

bj::array cases_of(storage::Connection& c, std::int64_t id) {
    bj::array out;
    auto q = c.query("SELECT k.id, k.state, k.reason, k.opened_at, k.closed_at, k.outcome, u.display_name "
                     "FROM cases k LEFT JOIN users u ON u.id = k.owner_id WHERE k.contact_id = ? ORDER BY k.id", id);
    while (q.next()) {
        bj::object k{{"id", q.int64(0)}, {"state", q.text(1)}, {"reason", q.text(2)}, {"opened_at", iso(q.int64(3))},
                     {"closed_at", iso(q.optional_int64(4))}, {"outcome", text_or_null(q.optional_text(5))},
                     {"operator", text_or_null(q.optional_text(6))}};
        out.push_back(std::move(k));
    }
    for (auto& k : out) {
        bj::array events;
        auto e = c.query("SELECT at, type, data FROM case_events WHERE case_id = ? ORDER BY id",
                         k.as_object().at("id").as_int64());
        while (e.next())
            events.push_back(bj::object{{"at", iso(e.int64(0))}, {"type", e.text(1)}, {"data", embedded_json(e.text(2))}});
        k.as_object()["events"] = std::move(events);
    }
    return out;
}

bj::array pushes_of(storage::Connection& c, std::int64_t id) {
    bj::array out;
    auto q = c.query("SELECT n.id, a.name, n.idempotency_key, n.replace_key, n.created_at, n.outbox_id "
                     "FROM notifications n LEFT JOIN api_clients a ON a.id = n.client_id WHERE n.contact_id = ? "
                     "ORDER BY n.id", id);
    while (q.next())
        out.push_back(bj::object{{"id", q.int64(0)}, {"requested_by_client", text_or_null(q.optional_text(1))},
                                 {"idempotency_key", q.text(2)}, {"replace_key", text_or_null(q.optional_text(3))},
                                 {"created_at", iso(q.int64(4))}, {"message_id", q.int64(5)}});
    return out;
}

bj::array broadcasts_of(storage::Connection& c, std::int64_t id) {
    bj::array out;
    auto q = c.query("SELECT b.id, b.name, b.template, b.scheduled_at FROM broadcasts b WHERE b.id IN "
                     "(SELECT broadcast_id FROM outbox WHERE contact_id = ? AND broadcast_id IS NOT NULL) "
                     "ORDER BY b.id", id);
    while (q.next())
        out.push_back(bj::object{{"id", q.int64(0)}, {"name", q.text(1)}, {"template", q.text(2)},
                                 {"scheduled_at", iso(q.int64(3))}});
    return out;
}

// "05/12/2026", the day in Italy.
std::string italian_date(std::int64_t ms) {
    const auto d = time::rome_date(ms);   // "2026-12-05"
    return d.substr(8, 2) + "/" + d.substr(5, 2) + "/" + d.substr(0, 4);
}

std::string consent_sentence(const bj::object& consent, const char* scope, const char* label) {
    const auto& s = consent.at(scope).as_object();
    if (!s.at("granted").as_bool()) return std::string(label) + ": non concesso";
    const auto since = time::parse_iso8601(s.at("since").as_string());
    return std::string(label) + ": concesso dal " + (since ? italian_date(*since) : std::string("?"));
}

// The summary a citizen reads first (Italian, like every text for citizens).
bj::object summary_of(const ExportRequest& request, const std::optional<bj::object>& data) {
    const auto who = request.citizen.msisdn.empty() ? "l'identificativo WhatsApp " + request.citizen.user_id
                                                    : "il numero " + phone::to_e164(request.citizen.msisdn);
    const auto when = italian_date(request.at_ms);
    if (!data)
        return {{"text_it", "Alla data del " + when + " il servizio WhatsApp della Regione Piemonte non conserva alcun "
                            "dato relativo a " + who + "."}};
    const auto size = [&](const char* key) { return static_cast<std::int64_t>(data->at(key).as_array().size()); };
    const auto& consent = data->at("consent").as_object();
    const auto text =
        "Dati conservati al " + when + " dal servizio WhatsApp della Regione Piemonte per " + who + ": " +
        std::to_string(size("messages_received")) + " messaggi ricevuti da Lei, " +
        std::to_string(size("messages_sent")) + " messaggi inviati a Lei (di cui " + std::to_string(size("pushes")) +
        " promemoria personali e messaggi di " + std::to_string(size("broadcasts")) + " comunicazioni generali), " +
        std::to_string(size("cases")) + " richieste seguite da un operatore, " +
        std::to_string(consent.at("ledger").as_array().size()) + " registrazioni del consenso. " +
        consent_sentence(consent, "reminders", "Consenso ai promemoria") + "; " +
        consent_sentence(consent, "information", "consenso alle informazioni generali") + ".";
    return {{"text_it", text},
            {"messages_received", size("messages_received")},
            {"messages_sent", size("messages_sent")},
            {"pushes", size("pushes")},
            {"broadcasts", size("broadcasts")},
            {"cases", size("cases")},
            {"consent_events", consent.at("ledger").as_array().size()}};
}

} // namespace

bj::object citizen_data(storage::Connection& c, const security::Vault& vault, std::int64_t contact_id) {
    return {{"contact", contact_of(c, vault, contact_id)},
            {"messages_received", messages_received(c, vault, contact_id)},
            {"messages_sent", messages_sent(c, vault, contact_id)},
            {"consent", consent_of(c, vault, contact_id)},
            {"cases", cases_of(c, contact_id)},
            {"pushes", pushes_of(c, contact_id)},
            {"broadcasts", broadcasts_of(c, contact_id)}};
}

std::string citizen_export_document(const ExportRequest& request, const std::optional<bj::object>& data) {
    bj::object doc{{"format", "sportello-citizen-export/1"},
                   {"generated_at", time::format_iso8601(request.at_ms)},
                   {"requested_by", request.requested_by},
                   {"reason", request.citizen.reason},
                   {"data_held", data.has_value()},
                   {"summary", summary_of(request, data)}};
    if (data)
        for (const auto& [key, value] : *data) doc[key] = value;
    return bj::serialize(doc);
}

} // namespace sportello::relay
