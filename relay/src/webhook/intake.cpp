#include "webhook/intake.hpp"

#include "cases/case_store.hpp"
#include "cases/escalation.hpp"
#include "content/unanswered.hpp"
#include "core/report_rollups.hpp"
#include "core/audit.hpp"
#include "core/contacts.hpp"
#include "core/http_errors.hpp"
#include "log/log.hpp"
#include "log/metrics.hpp"
#include "outbound/outbox.hpp"
#include "outbound/window.hpp"
#include "sire/consent_ledger.hpp"
#include "sportello/api/content.hpp"
#include "sportello/crypto.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/error_codes.hpp"
#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "storage/async.hpp"

#include <algorithm>

namespace sportello::relay {
namespace {

constexpr std::size_t max_challenge_length = 128;

// Types the bot reads; everything else is stored and never answered.
bool is_conversational(const std::string& type) {
    return type == "text" || type == "interactive" || type == "button";
}

// What one inbound message becomes, computed on the I/O thread so that the
// writer thread does no cryptography and no matching.
struct PlannedMessage {
    const wa::InboundMessage* message = nullptr;
    std::string phone_number_id;
    bool ignored = false;                     // not our business number, or a group chat
    std::int64_t sent_at_ms = 0;              // its own time, or when it arrived if that is not plausible
    std::optional<ContactKey> contact;
    std::optional<storage::Blob> body_enc;
    std::optional<storage::Blob> details_enc;
    std::optional<hashtag::Decision> decision;
    std::int64_t tree_version = 0;
    std::vector<storage::Blob> replies_it;    // encrypted wa::OutgoingMessage JSON
    std::vector<storage::Blob> replies_en;    // empty when the tree has no English
    std::optional<ContactKey> new_number;     // system message: the citizen changed number
    std::string decision_json;                // what the bot decided, for explainability
    hashtag::UnansweredKey unanswered;        // how the unanswered report counts it
    std::optional<SealedPhrase> phrase;       // a phrase, encrypted: its key is never stored in clear
    std::optional<api::CaseReason> case_reason;   // goes to a person: opens a case (or joins the open one)
    bool answered_while_open = false;         // the bot answers even while the citizen's case is open
    // The availability probe's own message (from sla.probe_sender), not a
    // citizen's: stored as inbound_messages.synthetic, never sent to WhatsApp
    // and left out of every report.
    bool synthetic = false;
};

struct PlannedStatus {
    const wa::StatusUpdate* update = nullptr;
    OutboxState state = OutboxState::sent;   // update->status, one WhatsApp reports
    std::int64_t at_ms = 0;                  // the time to record
};

struct Plan {
    std::vector<PlannedMessage> messages;
    std::vector<PlannedStatus> statuses;
};

// The status WhatsApp documents (§2.3) that s names, or nullopt.
std::optional<OutboxState> known_status(std::string_view s) {
    const auto state = outbox_state_from_string(s);
    if (state && reported_by_whatsapp(*state)) return state;
    return std::nullopt;
}

// A webhook's own time in ms, or now_ms with a warning when it cannot be
// true (missing, not a number, negative, before 2009, a day ahead): never a
// date in 1970, which would close the citizen's 24-hour window.
std::int64_t message_time(std::int64_t unix_seconds, std::int64_t now_ms, std::string_view what, std::string_view wamid) {
    if (auto ms = wa::plausible_time_ms(unix_seconds, now_ms)) return *ms;
    log::warning("webhook", std::string(what) + " " + std::string(wamid.substr(0, 80)) + ": timestamp " +
                 std::to_string(unix_seconds) + " is missing or implausible; the time it was received is used");
    return now_ms;
}

// The citizen a message names: its number (`from`), its user id, or both;
// nullopt when it names neither in a usable form.
std::optional<ContactKey> citizen_key(const security::Vault& vault, const wa::InboundMessage& m) {
    std::string msisdn;
    if (!m.from.empty())
        if (auto p = phone::from_wa_id(m.from, "from")) msisdn = *p;
    const std::string user_id = wa::is_user_id(m.from_user_id) ? m.from_user_id : std::string();
    if (msisdn.empty() && user_id.empty()) return std::nullopt;
    return make_citizen_key(vault, msisdn, user_id, m.profile_name);
}

// A message that goes to a person joins the citizen's open case, or opens
// one. Returns whether the bot may still answer it: not while the case is
// open, but for consent words (and hashtags, when configured).
bool speaks_to_case(storage::Connection& c, const PlannedMessage& pm, std::int64_t contact_id, std::int64_t inbound_id,
                    std::int64_t now_ms, bool& case_events) {
    if (auto open = open_case_of(c, contact_id)) {
        join_case(c, *open, inbound_id, pm.sent_at_ms, now_ms);
        case_events = true;
        return pm.answered_while_open;
    }
    if (pm.case_reason) {
        open_case(c, contact_id, *pm.case_reason, inbound_id, now_ms);
        case_events = true;
    }
    return true;
}

bool tree_has_english(const hashtag::HashtagTree& tree) {
    return std::any_of(tree.nodes().begin(), tree.nodes().end(),
                       [](const hashtag::TreeNode& n) { return !wa::is_blank(n.answer_en); });
}

std::vector<storage::Blob> encrypted_replies(const security::Vault& vault, const hashtag::Decision& d,
                                             const hashtag::HashtagTree& tree, hashtag::ReplyOptions options) {
    std::vector<storage::Blob> out;
    for (const auto& m : hashtag::render_reply(d, tree, options))
        out.push_back(vault.encrypt(wa::encode(m), "outbox.payload"));
    return out;
}

} // namespace

WebhookIntake::WebhookIntake(const RelayConfig& config, storage::Database& db, const security::Vault& vault,
                             const TreeStore& trees, std::function<void()> on_new_outbox,
                             std::function<void()> on_case_events)
    : config_(config), db_(db), vault_(vault), trees_(trees), on_new_outbox_(std::move(on_new_outbox)),
      on_case_events_(std::move(on_case_events)) {}

net::HttpResponse WebhookIntake::verify(const net::HttpRequest& request) const {
    const auto mode = request.query_param("hub.mode").value_or("");
    const auto token = request.query_param("hub.verify_token").value_or("");
    if (mode != "subscribe" || !crypto::constant_time_equal(token, config_.whatsapp.verify_token)) {
        log::warning("webhook", "verification refused: wrong hub.mode or hub.verify_token");
        return error_response(api::ErrorCode::forbidden, "wrong hub.mode or hub.verify_token");
    }
    const auto challenge = request.query_param("hub.challenge");
    if (!challenge || challenge->empty())
        return error_response(api::ErrorCode::invalid_request, "hub.challenge is missing", "hub.challenge");
    if (challenge->size() > max_challenge_length)
        return error_response(api::ErrorCode::invalid_request, "hub.challenge is longer than " +
                              std::to_string(max_challenge_length) + " characters", "hub.challenge");
    if (!std::all_of(challenge->begin(), challenge->end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
        return error_response(api::ErrorCode::invalid_request, "hub.challenge must be letters and digits only",
                              "hub.challenge");
    // Plain text, never HTML: the challenge is reflected back.
    return net::HttpResponse::text(200, *challenge);
}

net::asio::awaitable<net::HttpResponse> WebhookIntake::receive(net::HttpRequest& request) {
    const auto started = std::chrono::steady_clock::now();
    auto response = co_await handle(request);
    auto& m = metrics::global();
    if (response.status == 200) {
        m.webhook(response.body == "quarantined" ? metrics::WebhookResult::quarantined : metrics::WebhookResult::ok);
        m.webhook_ack.observe(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    } else {
        m.webhook(response.status == 401 ? metrics::WebhookResult::invalid_signature
                                         : metrics::WebhookResult::storage_unavailable);
    }
    co_return response;
}

net::asio::awaitable<net::HttpResponse> WebhookIntake::handle(net::HttpRequest& request) {
    const auto check = wa::check_signature(request.header("x-hub-signature-256"), request.body,
                                           config_.whatsapp.app_secret);
    if (check != wa::SignatureCheck::valid) {
        const char* why = check == wa::SignatureCheck::missing     ? "the X-Hub-Signature-256 header is missing"
                          : check == wa::SignatureCheck::malformed ? "the X-Hub-Signature-256 header is malformed"
                                                                   : "the X-Hub-Signature-256 signature does not match the body";
        if (const auto suppressed = refusals_log_.admit())
            log::warning("webhook", std::string("refused from ") + request.remote_address + ": " + why +
                         (*suppressed ? " (" + std::to_string(*suppressed) + " more refused since the last such line)"
                                      : std::string()));
        co_return error_response(api::ErrorCode::invalid_signature, why, "X-Hub-Signature-256");
    }
    const std::int64_t now = time::now_ms();

    auto payload = wa::parse_webhook(request.body);
    if (!payload) {
        // Authentic but unreadable: keep the bytes for inspection and say 200,
        // or Meta would redeliver the same bytes for days.
        auto body_enc = vault_.encrypt(request.body, "quarantine.body");
        const auto reason = payload.error().message;
        co_await storage::write(db_, [body_enc, reason, now](storage::Connection& c) {
            c.query("INSERT INTO quarantine(received_at, reason, body_enc) VALUES (?, ?, ?)", now, reason, body_enc).run();
        });
        log::warning("webhook", "signed body quarantined: " + reason);
        co_return net::HttpResponse::text(200, "quarantined");
    }
    for (const auto& w : payload->warnings) log::info("webhook", "skipped: " + w);

    const auto snapshot = trees_.current();
    const auto& tree = snapshot->index;
    const bool english = tree_has_english(tree);
    auto bot = config_.bot.matcher;
    bot.today = time::format_date(now);
    hashtag::ReplyOptions reply_it{hashtag::Language::it, config_.bot.interactive_menus, bot.today};
    hashtag::ReplyOptions reply_en{hashtag::Language::en, config_.bot.interactive_menus, bot.today};

    Plan plan;
    for (const auto& change : payload->changes) {
        if (change.field != "messages") {
            log::info("webhook", "ignored change of field '" + change.field + "'");
            continue;
        }
        for (const auto& e : change.errors)
            log::warning("webhook", "WhatsApp reported error " + std::to_string(e.code) + ": " + e.title);
        for (const auto& s : change.statuses) {
            if (s.wamid.empty() || s.status.empty()) continue;
            const auto state = known_status(s.status);
            if (!state) {   // never history: nothing is stored
                log::warning("webhook", "status '" + s.status.substr(0, 32) + "' for " + s.wamid.substr(0, 80) +
                             " is not one WhatsApp documents: ignored");
                continue;
            }
            plan.statuses.push_back({&s, *state, message_time(s.timestamp, now, "status of", s.wamid)});
        }
        for (const auto& m : change.messages) {
            if (m.wamid.empty()) {
                log::warning("webhook", "a message without id was skipped");
                continue;
            }
            PlannedMessage pm;
            pm.message = &m;
            pm.phone_number_id = change.phone_number_id;
            // Group chats are not a citizen's conversation with the service.
            pm.ignored = change.phone_number_id != config_.whatsapp.phone_number_id || !m.group_id.empty();
            pm.sent_at_ms = message_time(m.timestamp, now, "message", m.wamid);
            pm.contact = citizen_key(vault_, m);
            const auto& probe = config_.sla.probe_sender;
            pm.synthetic = !probe.empty() && (m.from == probe || m.from_user_id == probe);
            if (!m.text.empty()) pm.body_enc = vault_.encrypt(m.text, "inbound.body");
            // The whole message object only where the text does not say it all
            // (media ids, locations, contacts…): data minimisation, and speed.
            if (!is_conversational(m.type)) pm.details_enc = vault_.encrypt(m.raw_json, "inbound.details");
            if (m.type == "system" && !m.new_wa_id.empty() && !pm.ignored &&
                (m.system_type == "user_changed_number" || m.system_type == "customer_changed_number"))
                if (auto fresh = phone::from_wa_id(m.new_wa_id, "new_wa_id")) pm.new_number = make_contact_key(vault_, *fresh);
            if (!pm.ignored && pm.contact && is_conversational(m.type)) {
                hashtag::CitizenInput input;
                input.kind = m.reply_id.empty() ? hashtag::CitizenInput::Kind::text : hashtag::CitizenInput::Kind::reply_id;
                input.text = m.reply_id.empty() ? m.text : m.reply_id;
                pm.decision = hashtag::decide(input, tree, bot);
                pm.case_reason = case_reason(pm.decision, m.type, tree, config_.cases);
                if (pm.case_reason) pm.decision->escalate = true;   // the bot says a person will answer
                pm.answered_while_open = bot_answers_while_open(*pm.decision, tree, config_.cases);
                pm.decision_json = api::encode(hashtag::without_personal_data(*pm.decision));
                pm.unanswered = hashtag::unanswered_key(*pm.decision, input.text);
                if (pm.unanswered.kind == "phrase") pm.phrase = seal_phrase(vault_, pm.unanswered.key);
                pm.tree_version = tree.version();
                pm.replies_it = encrypted_replies(vault_, *pm.decision, tree, reply_it);
                if (english) pm.replies_en = encrypted_replies(vault_, *pm.decision, tree, reply_en);
            } else if (!pm.ignored && pm.contact) {
                // A type the bot does not read (a photo, a voice message…) goes
                // to a person; the citizen is told so by the operator topic's
                // published answer, when the tree has one.
                pm.case_reason = case_reason(std::nullopt, m.type, tree, config_.cases);
                if (const auto* node = pm.case_reason ? operator_node(tree, config_.cases) : nullptr) {
                    hashtag::Decision told;
                    told.items.push_back({hashtag::Rule::tag, node->id, node->tag, {}, 0});
                    pm.replies_it = encrypted_replies(vault_, told, tree, reply_it);
                    if (english) pm.replies_en = encrypted_replies(vault_, told, tree, reply_en);
                }
            }
            plan.messages.push_back(std::move(pm));
        }
    }

    int queued = 0;
    bool case_events = false;
    std::vector<OutboxState> new_statuses;   // not duplicates: counted once committed
    try {
        // STOP withdraws every consent and cancels what is pending; #consenso
        // grants general information. The citizen's message is the evidence.
        auto record_whatsapp_consent = [this](storage::Connection& c, std::int64_t contact, hashtag::ConsentAction action,
                                              const wa::InboundMessage& m, std::int64_t said_at, std::int64_t at) {
            const bool grant = action == hashtag::ConsentAction::grant;
            for (auto scope : {api::ConsentScope::reminders, api::ConsentScope::information}) {
                if (grant && scope == api::ConsentScope::reminders) continue;   // reminders come from SIRE
                ConsentRecord r{contact, scope, grant, "whatsapp", "whatsapp",
                                "WhatsApp message " + m.wamid + ": " + m.text, said_at, "citizen"};
                const int cancelled = record_consent(c, vault_, r, at);
                if (cancelled > 0)
                    audit(c, "citizen", "pending_messages_cancelled", "contact " + std::to_string(contact),
                          std::to_string(cancelled) + " after a withdrawal on WhatsApp", at);
            }
        };
        auto store = [this, &plan, now, &record_whatsapp_consent, &case_events, &new_statuses](storage::Connection& c) {
            case_events = false;   // a retried job starts over
            new_statuses.clear();
            int new_rows = 0;
            for (const auto& pm : plan.messages) {
                const auto& m = *pm.message;
                std::optional<std::int64_t> contact_id;
                std::string language;
                if (pm.contact)
                    contact_id = upsert_contact(c, *pm.contact, pm.ignored ? std::nullopt
                                                                           : std::optional<std::int64_t>(pm.sent_at_ms),
                                                now, &language);
                // The probe's contact: its answers are never sent to WhatsApp
                // and statistics leave it out (docs/operations.md).
                if (pm.synthetic && contact_id)
                    c.query("UPDATE contacts SET synthetic = 1 WHERE id = ? AND synthetic = 0", *contact_id).run();
                std::optional<std::string> rule, decision, key, kind;
                std::optional<storage::Blob> phrase_hash, phrase_enc;
                std::optional<std::int64_t> node;
                bool unanswered = false, escalated = false;
                if (pm.decision) {
                    rule = std::string(hashtag::to_string(pm.decision->primary_rule()));
                    node = pm.decision->items.front().node_id;
                    unanswered = pm.decision->unanswered;
                    escalated = pm.decision->escalate;
                    decision = pm.decision_json;
                    if (pm.phrase) {
                        kind = pm.unanswered.kind;
                        phrase_hash = pm.phrase->hash;
                        phrase_enc = pm.phrase->encrypted;
                    } else if (!pm.unanswered.key.empty()) {
                        key = pm.unanswered.key;
                        kind = pm.unanswered.kind;
                    }
                }
                auto ins = c.query(
                    "INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, body_enc, details_enc, "
                    "  sent_at, received_at, ignored, rule, node_id, tree_version, unanswered, escalated, decision, "
                    "  unanswered_key, unanswered_kind, unanswered_hash, unanswered_enc, synthetic) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(wamid) DO NOTHING RETURNING id",
                    m.wamid, contact_id, pm.phone_number_id, m.type.empty() ? std::string("unknown") : m.type,
                    pm.body_enc, pm.details_enc, pm.sent_at_ms, now, pm.ignored, rule, node,
                    pm.decision ? std::optional<std::int64_t>(pm.tree_version) : std::nullopt, unanswered, escalated,
                    decision, key, kind, phrase_hash, phrase_enc, pm.synthetic);
                if (!ins.next()) continue;   // seen before: already stored and answered
                const std::int64_t inbound_id = ins.int64(0);
                if (pm.decision && contact_id && !pm.ignored)
                    roll_up_request(c, RequestFacts{inbound_id, *contact_id, now, node.value_or(0), unanswered,
                                                    kind == "tag" && key ? *key : std::string(),
                                                    pm.decision->primary_rule() == hashtag::Rule::consent_withdraw,
                                                    pm.synthetic});
                if (config_.cases.enabled && contact_id && !pm.ignored && (pm.decision || pm.case_reason) &&
                    !speaks_to_case(c, pm, *contact_id, inbound_id, now, case_events))
                    continue;   // the citizen's case is open: a person answers, the bot stays silent
                if (pm.new_number && pm.contact && pm.contact->has_phone() && change_contact_number(c, *pm.contact, *pm.new_number))
                    audit(c, "whatsapp", "contact_number_changed", "inbound " + std::to_string(inbound_id),
                          "the citizen's history, consent and cases moved to the new number", now);
                if (!contact_id || (!pm.decision && pm.replies_it.empty())) continue;
                if (pm.decision && pm.decision->consent)
                    record_whatsapp_consent(c, *contact_id, *pm.decision->consent, m, pm.sent_at_ms, now);
                const bool en = language == "en" && !pm.replies_en.empty();
                const auto& replies = en ? pm.replies_en : pm.replies_it;
                for (std::size_t i = 0; i < replies.size(); ++i) {
                    NewOutbound o{"reply:" + m.wamid + ":" + std::to_string(i), *contact_id, "auto_reply",
                                  Lane::interactive, replies[i], i == 0 ? m.wamid : std::string(), inbound_id, now};
                    new_rows += enqueue(c, o, now).inserted ? 1 : 0;
                }
            }
            for (const auto& [s, state, at] : plan.statuses) {
                if (!apply_status(c, *s, state, at, now)) continue;
                new_statuses.push_back(state);
                if (config_.cases.enabled && note_reply_status(c, s->wamid, state, now)) case_events = true;
                // Meta may also report the closed 24-hour window after accepting the send.
                if (state == OutboxState::failed && !s->errors.empty() &&
                    s->errors.front().code == wa::error_code::re_engagement) {
                    auto row = c.query("SELECT id, kind FROM outbox WHERE wamid = ?", s->wamid);
                    if (row.next() && is_free_form(row.text(1)) &&
                        fall_back_to_template(c, vault_, config_.whatsapp, row.int64(0), now))
                        ++new_rows;
                }
            }
            return new_rows;
        };
        queued = co_await storage::write(db_, store);
    } catch (...) {
        // Not stored: answer 503 so that Meta delivers it again.
        co_return exception_response(std::current_exception(), "webhook intake");
    }
    for (const auto state : new_statuses) metrics::global().status(to_string(state));
    if (queued > 0 && on_new_outbox_) on_new_outbox_();
    if (case_events && on_case_events_) on_case_events_();
    co_return net::HttpResponse::text(200, "ok");
}

} // namespace sportello::relay
