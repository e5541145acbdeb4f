// The rows of one generated event, as the intake, the dispatcher, the status
// webhooks, the consent ledger and the case store write them.
#include "app/year_traffic.hpp"

#include "cases/case_store.hpp"
#include "content/unanswered.hpp"
#include "sire/consent_ledger.hpp"
#include "sportello/crypto.hpp"
#include "sportello/outbox_state.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <algorithm>

namespace sportello::relay::generate {
namespace {

constexpr std::int64_t second = 1000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;

constexpr const char* insert_outbox_sql =
    "INSERT INTO outbox(idempotency_key, contact_id, kind, lane, payload_enc, context_wamid, inbound_id, state, "
    "  attempts, not_before, created_at, sent_at, wamid, error_code, error_title, state_changed_at, template_name, "
    "  broadcast_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

constexpr const char* insert_status_sql =
    "INSERT INTO message_statuses(wamid, status, at, received_at, error_code, error_title, error_details, "
    "pricing_category) VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT(wamid, status) DO NOTHING";

std::int64_t ms(double v) { return static_cast<std::int64_t>(v); }

std::optional<std::int64_t> some(std::int64_t v) { return v; }
const std::optional<std::int64_t> none;
const std::optional<std::string> no_text;

} // namespace

void Traffic::request(storage::Connection& c, std::int64_t at, std::size_t citizen, bool after_push) {
    std::string text;
    const double u = random_.unit();
    if (after_push) {
        text = push_answers()[static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(push_answers().size())))];
        if (text == "STOP" && !random_.chance(0.2)) text = "grazie";   // about 3 % of answers to a push
    } else if (u < 0.93 && !topics_.empty()) {
        text = "#" + topics_[topic_rank_.pick(random_)];
    } else if (u < 0.965) {
        text = free_texts()[static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(free_texts().size())))];
    } else if (u < 0.999) {
        text = unknown_tags()[unknown_rank_.pick(random_)];
    } else {
        text = "STOP";
    }
    const Decided& d = decide(text, at);
    const auto contact = citizens_[citizen].id;
    const auto wamid = next_wamid('i');
    const auto sent_at = at - 300 - random_.below(4000);
    c.query("UPDATE contacts SET last_inbound_at = max(coalesce(last_inbound_at, 0), ?) WHERE id = ?", sent_at, contact)
        .run();
    std::optional<std::string> key, kind;
    std::optional<storage::Blob> phrase_hash, phrase_enc;
    if (d.unanswered.kind == "phrase") {
        auto sealed = seal_phrase(vault_, d.unanswered.key);
        kind = d.unanswered.kind;
        phrase_hash = std::move(sealed.hash);
        phrase_enc = std::move(sealed.encrypted);
    } else if (!d.unanswered.key.empty()) {
        key = d.unanswered.key;
        kind = d.unanswered.kind;
    }
    auto ins = c.query("INSERT INTO inbound_messages(wamid, contact_id, phone_number_id, type, body_enc, details_enc, "
                       "  sent_at, received_at, ignored, rule, node_id, tree_version, unanswered, escalated, decision, "
                       "  unanswered_key, unanswered_kind, unanswered_hash, unanswered_enc, synthetic) "
                       "VALUES (?, ?, ?, 'text', ?, NULL, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id",
                       wamid, contact, config_.whatsapp.phone_number_id, vault_.encrypt(text, "inbound.body"), sent_at,
                       at, d.rule, d.decision.items.front().node_id, tree_.version(), d.decision.unanswered,
                       d.decision.escalate, d.json, key, kind, phrase_hash, phrase_enc);
    ins.next();
    const auto inbound = ins.int64(0);
    ++counts_.requests;
    if (after_push) ++counts_.push_replies;
    if (config_.cases.enabled) {
        if (auto open = open_cases_.find(static_cast<std::int64_t>(citizen)); open != open_cases_.end()) {
            if (auto state = open_case_of(c, contact)) join_case(c, *state, inbound, sent_at, at);
            if (!d.answered_while_open) return;   // a person answers: the bot stays silent
        } else if (d.case_reason) {
            const auto id = open_case(c, contact, *d.case_reason, inbound, at);
            open_cases_[static_cast<std::int64_t>(citizen)] = id;
            ++counts_.cases_opened;
            const int op = static_cast<int>(random_.below(static_cast<std::int64_t>(operators_.size())));
            if (!operators_.empty())
                pending_.emplace(at + ms(random_.log_normal(25.0 * minute, 1.0)),
                                 Event{Kind::claim, static_cast<std::int64_t>(citizen), id, op});
        }
    }
    if (d.decision.consent) consent(c, citizen, *d.decision.consent, at);
    for (std::size_t i = 0; i < d.replies.size(); ++i) {
        // The first reply quotes the request; accepted a few hundred ms later.
        const auto reply_wamid = next_wamid('r');
        const auto accepted = at + 40 + ms(random_.log_normal(300, 0.6));
        const auto fate = statuses(c, reply_wamid, accepted, false);
        c.query(insert_outbox_sql, "reply:" + wamid + ":" + std::to_string(i), contact, "auto_reply",
                static_cast<int>(Lane::interactive), vault_.encrypt(d.replies[i], "outbox.payload"),
                i == 0 ? std::optional<std::string>(wamid) : no_text, inbound, fate.state, at, at, accepted, reply_wamid,
                fate.error_code, fate.error_title, none, no_text, none)
            .run();
        ++counts_.auto_replies;
    }
}

void Traffic::push(storage::Connection& c, std::int64_t at, std::size_t citizen, std::int64_t broadcast_id) {
    const auto contact = citizens_[citizen].id;
    const auto& templates = push_templates();
    // Personal reminders follow a long tail of templates too.
    const auto& name = broadcast_id ? templates.back()
                                    : templates[std::min(templates.size() - 2,
                                                         static_cast<std::size_t>(random_.exponential(1.6)))];
    wa::OutgoingMessage m;
    m.kind = wa::OutgoingMessage::Kind::template_message;
    m.template_name = name;
    m.template_language = "it";
    m.parameters = {broadcast_id ? "la campagna" : "il " + time::format_date(at + 3 * day)};
    const auto payload = vault_.encrypt(wa::encode(m), "outbox.payload");
    const auto created = broadcast_id ? at - ms(random_.unit() * 2 * hour) : at - ms(random_.exponential(10 * minute));
    const std::string idempotency = broadcast_id ? "broadcast:" + std::to_string(broadcast_id) + ":" + std::to_string(contact)
                                                 : "push:" + std::to_string(sire_client_) + ":" + next_wamid('k');
    std::optional<std::int64_t> sent_at;
    std::optional<std::string> wamid;
    Fate fate;
    if (random_.chance(0.015)) {   // refused by the Cloud API at once: never accepted
        const auto& e = send_errors()[static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(send_errors().size())))];
        fate = {OutboxState::failed, e.code, e.title};
    } else {
        sent_at = at;
        wamid = next_wamid('p');
        fate = statuses(c, *wamid, at, true);
    }
    auto row = c.query(insert_outbox_sql, idempotency, contact, broadcast_id ? "broadcast" : "push",
                       static_cast<int>(Lane::bulk), payload, no_text, none, fate.state, created, created, sent_at, wamid,
                       fate.error_code, fate.error_title, sent_at ? none : some(at),
                       broadcast_id ? no_text : std::optional<std::string>(name),
                       broadcast_id ? some(broadcast_id) : none);
    row.next();
    const auto outbox_id = row.int64(0);
    if (broadcast_id) {
        ++counts_.broadcast_messages;
    } else {
        ++counts_.pushes;
        c.query("INSERT INTO notifications(client_id, idempotency_key, body_hash, outbox_id, contact_id, replace_key, "
                "created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)",
                sire_client_, idempotency, crypto::sha256(idempotency + name), outbox_id, contact, created)
            .run();
    }
    // Some citizens answer a push within the day.
    if (sent_at && fate.state != OutboxState::failed && random_.chance(broadcast_id ? 0.05 : 0.12))
        pending_.emplace(at + std::min(ms(random_.exponential(2.0 * hour)), 23 * hour),
                         Event{Kind::push_reply, static_cast<std::int64_t>(citizen), 0, 0});
}

Traffic::Fate Traffic::statuses(storage::Connection& c, const std::string& wamid, std::int64_t sent_at, bool is_template) {
    const std::optional<std::string> pricing(is_template ? "utility" : "service");
    auto status = [&](OutboxState s, std::int64_t at, std::int64_t arrived, std::optional<std::int64_t> code = {},
                      std::optional<std::string> title = {}) {
        c.query(insert_status_sql, wamid, s, at, arrived, code, title, s == OutboxState::failed ? no_text : pricing).run();
        ++counts_.statuses;
    };
    const auto sent = sent_at + 100 + ms(random_.log_normal(400, 0.5));
    status(OutboxState::sent, sent, sent + 50 + random_.below(800));
    if (random_.chance(is_template ? 0.02 : 0.004)) {   // WhatsApp could not deliver it
        const auto& e = send_errors()[static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(send_errors().size())))];
        const auto at = sent + ms(random_.exponential(5.0 * minute));
        status(OutboxState::failed, at, at + 300, e.code, std::string(e.title));
        return {OutboxState::failed, e.code, std::string(e.title)};
    }
    if (random_.chance(0.03)) return {OutboxState::sent, {}, {}};   // the phone stayed off: never delivered
    // Delivered within seconds, or hours later when the phone was off (late).
    const auto delivered = random_.chance(0.04) ? sent + ms(random_.exponential(8.0 * hour))
                                                : sent + 300 + ms(random_.log_normal(1500, 0.7));
    status(OutboxState::delivered, delivered, delivered + 50 + random_.below(800));
    if (!random_.chance(is_template ? 0.68 : 0.75)) return {OutboxState::delivered, {}, {}};
    // Read receipts: minutes later, some a day or more later (late statuses).
    const auto read = random_.chance(0.06) ? delivered + day + ms(random_.exponential(day))
                                           : delivered + ms(random_.exponential(40.0 * minute));
    status(OutboxState::read, read, read + 50 + random_.below(800));
    return {OutboxState::read, {}, {}};
}

void Traffic::consent(storage::Connection& c, std::size_t citizen, hashtag::ConsentAction action, std::int64_t at) {
    const bool grant = action == hashtag::ConsentAction::grant;
    for (auto scope : {api::ConsentScope::reminders, api::ConsentScope::information}) {
        if (grant && scope == api::ConsentScope::reminders) continue;   // reminders come from SIRE
        ConsentRecord r{citizens_[citizen].id, scope, grant, "whatsapp", "whatsapp", "WhatsApp message (generated)",
                        at, "citizen"};
        record_consent(c, vault_, r, at);
        (scope == api::ConsentScope::reminders ? citizens_[citizen].reminders : citizens_[citizen].information) = grant;
    }
}

void Traffic::case_step(storage::Connection& c, const Event& e, std::int64_t at) {
    const auto user = operators_[static_cast<std::size_t>(e.op)];
    const auto next = [&](Kind kind, double median_ms) {
        pending_.emplace(at + ms(random_.log_normal(median_ms, 0.8)), Event{kind, e.contact, e.ref, e.op});
    };
    auto close = [&](api::CaseOutcome outcome) {
        if (close_case(c, e.ref, user, outcome, at)) ++counts_.cases_closed;
        open_cases_.erase(e.contact);
    };
    if (e.kind == Kind::claim) {
        if (claim_case(c, e.ref, user, at)) next(random_.chance(0.85) ? Kind::operator_reply : Kind::close, 6.0 * minute);
        return;
    }
    if (e.kind == Kind::operator_reply) {
        wa::OutgoingMessage m;
        m.body = "Buongiorno, le rispondo io: trova tutte le informazioni su salutepiemonte.it.";
        const PreparedReply reply{vault_.encrypt(wa::encode(m), "outbox.payload"), false, next_wamid('o')};
        auto queued = queue_case_reply(c, e.ref, user, reply, at);
        if (!queued) {   // the citizen's 24-hour window closed meanwhile
            close(api::CaseOutcome::not_pertinent);
            return;
        }
        // The dispatcher sends it at once: accepted, then WhatsApp's statuses.
        const auto wamid = next_wamid('r');
        const auto accepted = at + 40 + ms(random_.log_normal(300, 0.6));
        const auto fate = statuses(c, wamid, accepted, false);
        c.query("UPDATE outbox SET state = ?, attempts = 1, sent_at = ?, wamid = ?, error_code = ?, error_title = ? "
                "WHERE id = ?",
                fate.state, accepted, wamid, fate.error_code, fate.error_title, queued->outbox_id)
            .run();
        ++counts_.operator_replies;
        next(Kind::close, 20.0 * minute);
        return;
    }
    auto replied = c.query("SELECT first_reply_outbox IS NOT NULL FROM cases WHERE id = ?", e.ref);
    if (replied.next() && replied.int64(0) == 0) {   // closed without a reply
        close(random_.chance(0.5) ? api::CaseOutcome::spam : api::CaseOutcome::not_pertinent);
        return;
    }
    const double u = random_.unit();
    close(u < 0.82 ? api::CaseOutcome::answered : u < 0.92 ? api::CaseOutcome::not_pertinent
                 : u < 0.97 ? api::CaseOutcome::duplicate : api::CaseOutcome::spam);
}

} // namespace sportello::relay::generate
