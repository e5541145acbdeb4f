#include "ops/citizen_rights.hpp"

#include "core/audit.hpp"
#include "core/contacts.hpp"
#include "sportello/json.hpp"
#include "sportello/phone.hpp"
#include "sportello/whatsapp/identity.hpp"

#include <boost/json/serialize.hpp>

#include <vector>

namespace sportello::relay {
namespace {

constexpr std::size_t max_reason_length = 500;

std::int64_t count(storage::Connection& c, std::string_view sql, std::int64_t contact_id) {
    auto q = c.query(sql, contact_id);
    q.next();
    return q.int64(0);
}

// Runs a DELETE or UPDATE bound to the contact id; returns the rows changed.
std::int64_t change(storage::Connection& c, std::string_view sql, std::int64_t contact_id) {
    c.query(sql, contact_id).run();
    return c.changes();
}

// The ledger is append-only (no UPDATE): its events are copied without
// their evidence, which may name the citizen, and the originals deleted.
std::int64_t pseudonymise_ledger(storage::Connection& c, std::int64_t contact_id) {
    struct Event {
        std::int64_t id, at, recorded_at;
        std::string scope, action, source, channel, recorded_by;
    };
    std::vector<Event> events;
    auto q = c.query("SELECT id, at, recorded_at, scope, action, source, channel, recorded_by FROM consent_events "
                     "WHERE contact_id = ? ORDER BY id", contact_id);
    while (q.next())
        events.push_back({q.int64(0), q.int64(1), q.int64(2), q.text(3), q.text(4), q.text(5), q.text(6), q.text(7)});
    c.query("DELETE FROM consent_events WHERE contact_id = ?", contact_id).run();
    for (const auto& e : events)
        c.query("INSERT INTO consent_events(id, contact_id, scope, action, source, channel, evidence_enc, at, "
                "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
                e.id, contact_id, e.scope, e.action, e.source, e.channel, e.at, e.recorded_at, e.recorded_by).run();
    return static_cast<std::int64_t>(events.size());
}

std::string audit_detail(const CitizenRequest& request, boost::json::object outcome) {
    outcome["reason"] = request.reason;
    outcome["identified_by"] = request.msisdn.empty() ? "user_id" : "phone";
    return boost::json::serialize(outcome);
}

} // namespace

Result<CitizenRequest> make_citizen_request(const std::string& phone, const std::string& user_id,
                                            const std::string& reason) {
    if (phone.empty() == user_id.empty())
        return make_error(api::ErrorCode::invalid_request,
                          "name the citizen by exactly one of a phone number and a WhatsApp user id", "phone");
    CitizenRequest r;
    if (!phone.empty()) {
        auto msisdn = phone::normalize(phone, "phone");
        if (!msisdn) return msisdn.error();
        r.msisdn = std::move(*msisdn);
    } else if (!wa::is_user_id(user_id)) {
        return make_error(api::ErrorCode::invalid_request,
                          "a WhatsApp user id is 1 to 256 letters, digits, '.', '_' or '-'", "user_id");
    } else {
        r.user_id = user_id;
    }
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return make_error(api::ErrorCode::invalid_request,
                          "say why: the reference of the citizen's request (kept in the audit trail)", "reason");
    if (reason.size() > max_reason_length)
        return make_error(api::ErrorCode::invalid_request,
                          "the reason is longer than " + std::to_string(max_reason_length) + " characters", "reason");
    const std::string& identity = r.msisdn.empty() ? r.user_id : r.msisdn;
    const std::string national = r.msisdn.size() > 2 ? r.msisdn.substr(2) : identity;
    if (reason.find(identity) != std::string::npos || reason.find(national) != std::string::npos)
        return make_error(api::ErrorCode::invalid_request,
                          "the reason must not contain the citizen's number or user id: it is kept in the audit trail",
                          "reason");
    r.reason = reason;
    return r;
}

Result<CitizenRequest> decode_citizen_request(std::string_view body) {
    struct Fields {
        std::string phone, user_id, reason;
    };
    auto fields = json::decode(body, [](const json::Reader& r) {
        r.object();
        return Fields{r.get_optional_string("phone").value_or(""), r.get_optional_string("user_id").value_or(""),
                      r.get_optional_string("reason").value_or("")};
    });
    if (!fields) return fields.error();
    return make_citizen_request(fields->phone, fields->user_id, fields->reason);
}

std::string masked_subject(const CitizenRequest& request) {
    return request.msisdn.empty() ? wa::mask_user_id(request.user_id) : phone::mask(request.msisdn);
}

CitizenLookup citizen_lookup(const security::Vault& vault, const CitizenRequest& request) {
    CitizenLookup l;
    if (!request.msisdn.empty()) l.phone_hash = vault.lookup_hash(request.msisdn);
    else l.user_id_hash = user_id_hash(vault, request.user_id);
    return l;
}

std::optional<std::int64_t> locate_citizen(storage::Connection& c, const CitizenLookup& lookup) {
    return lookup.phone_hash.empty() ? find_contact_by_user_id(c, lookup.user_id_hash)
                                     : find_contact(c, lookup.phone_hash);
}

boost::json::object ErasureCounts::to_json() const {
    return {{"contacts", contacts},
            {"messages_received", messages_received},
            {"messages_sent", messages_sent},
            {"pending_cancelled", pending_cancelled},
            {"statuses", statuses},
            {"notifications", notifications},
            {"cases", cases},
            {"case_events", case_events},
            {"consent_states", consent_states},
            {"consent_events_kept", consent_events_kept}};
}

std::optional<ErasureCounts> erase_citizen(storage::Connection& c, const CitizenLookup& lookup, std::int64_t now_ms) {
    const auto found = locate_citizen(c, lookup);
    if (!found) return std::nullopt;
    const std::int64_t id = *found;
    ErasureCounts n;
    n.pending_cancelled =
        count(c, "SELECT count(*) FROM outbox WHERE contact_id = ? AND state IN ('queued', 'sending')", id);
    // Cases and the rows that point at them, in an order that keeps every
    // foreign key satisfied at each statement.
    constexpr const char* own_cases = "(SELECT id FROM cases WHERE contact_id = ?1)";
    constexpr const char* own_inbound = "(SELECT id FROM inbound_messages WHERE contact_id = ?1)";
    constexpr const char* own_outbox = "(SELECT id FROM outbox WHERE contact_id = ?1)";
    change(c, std::string("UPDATE inbound_messages SET case_id = NULL WHERE case_id IN ") + own_cases, id);
    change(c, std::string("UPDATE outbox SET case_id = NULL WHERE case_id IN ") + own_cases, id);
    n.case_events = change(c, std::string("DELETE FROM case_events WHERE case_id IN ") + own_cases, id);
    n.cases = change(c, "DELETE FROM cases WHERE contact_id = ?1", id);
    // Another citizen's case or message never points here, unless an older
    // merge left it so: unlink rather than fail.
    change(c, std::string("UPDATE cases SET first_reply_outbox = NULL WHERE first_reply_outbox IN ") + own_outbox, id);
    change(c, std::string("UPDATE cases SET opened_by_inbound = NULL WHERE opened_by_inbound IN ") + own_inbound, id);
    change(c, std::string("UPDATE outbox SET inbound_id = NULL WHERE contact_id <> ?1 AND inbound_id IN ") +
                  own_inbound, id);
    n.statuses = change(c, "DELETE FROM message_statuses WHERE wamid IN "
                           "(SELECT wamid FROM outbox WHERE contact_id = ?1 AND wamid IS NOT NULL)", id);
    n.notifications = change(c, std::string("DELETE FROM notifications WHERE contact_id = ?1 OR outbox_id IN ") +
                                    own_outbox, id);
    n.messages_sent = change(c, "DELETE FROM outbox WHERE contact_id = ?1", id);
    n.messages_received = change(c, "DELETE FROM inbound_messages WHERE contact_id = ?1", id);
    n.consent_states = change(c, "DELETE FROM consent_state WHERE contact_id = ?1", id);
    n.consent_events_kept = pseudonymise_ledger(c, id);
    if (n.consent_events_kept == 0) {
        n.contacts = change(c, "DELETE FROM contacts WHERE id = ?1", id);
    } else {
        // The pseudonym is derived from the row id alone: nothing in it, or
        // anywhere else, leads back to the number (its keyed hash is gone).
        c.query("UPDATE contacts SET phone_hash = ?, phone_enc = NULL, user_id_hash = NULL, user_id_enc = NULL, "
                "profile_name_enc = NULL, language = 'it', last_inbound_at = NULL, erased_at = ? WHERE id = ?",
                crypto::sha256("erased:" + std::to_string(id)), now_ms, id).run();
    }
    return n;
}

void audit_citizen_export(storage::Connection& c, const std::string& actor, const CitizenRequest& request,
                          bool found, std::int64_t now_ms) {
    audit(c, actor, "citizen_data_exported", masked_subject(request),
          audit_detail(request, {{"data_held", found}}), now_ms);
}

void audit_citizen_erasure(storage::Connection& c, const std::string& actor, const CitizenRequest& request,
                           const std::optional<ErasureCounts>& counts, std::int64_t now_ms) {
    boost::json::object outcome{{"data_held", counts.has_value()}};
    if (counts) outcome["erased"] = counts->to_json();
    audit(c, actor, "citizen_data_erased", "", audit_detail(request, std::move(outcome)), now_ms);
}

} // namespace sportello::relay
