#include "app/year_traffic.hpp"

#include "cases/escalation.hpp"
#include "core/contacts.hpp"
#include "ops/users.hpp"
#include "sire/api_clients.hpp"
#include "sire/templates.hpp"
#include "sire/consent_ledger.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/outbox_state.hpp"
#include "sportello/phone.hpp"
#include "sportello/rome_time.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace sportello::relay::generate {

Traffic::Traffic(const RelayConfig& config, const security::Vault& vault, const hashtag::HashtagTree& tree,
                 std::uint64_t seed, std::string wamid_prefix)
    : config_(config), vault_(vault), tree_(tree), random_(seed), wamid_prefix_(std::move(wamid_prefix)),
      topic_rank_(1, 1.0), unknown_rank_(unknown_tags().size(), 1.0) {
    for (const auto& n : tree.nodes())
        if (!n.tag.empty()) topics_.push_back(n.tag);
    // Which topics are popular is part of the seed too.
    for (std::size_t i = topics_.size(); i > 1; --i)
        std::swap(topics_[i - 1], topics_[static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(i)))]);
    topic_rank_ = Zipf(std::max<std::size_t>(topics_.size(), 1), 1.05);
}

void Traffic::setup(storage::Connection& c, std::int64_t contacts, int operators, std::int64_t at_ms) {
    citizens_.reserve(static_cast<std::size_t>(contacts));
    for (std::int64_t i = 0; i < contacts; ++i) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "3933%08lld", static_cast<long long>((i * 7919 + 1234567) % 100000000));
        const auto msisdn = phone::from_wa_id(digits);
        const auto key = make_contact_key(vault_, msisdn ? *msisdn : std::string("+") + digits);
        auto q = c.query("INSERT INTO contacts(phone_hash, phone_enc, created_at) VALUES (?, ?, ?) "
                         "ON CONFLICT(phone_hash) DO UPDATE SET phone_enc = phone_enc RETURNING id",
                         key.phone_hash, key.phone_enc, at_ms);
        q.next();
        Citizen citizen{q.int64(0), true, random_.chance(0.4)};
        citizens_.push_back(citizen);
        ConsentRecord r{citizen.id, api::ConsentScope::reminders, true, "sire-preregistrazione", "api",
                        "pre-registration (generated)", at_ms, "sire"};
        record_consent(c, vault_, r, at_ms);
        if (citizen.information) {
            r.scope = api::ConsentScope::information;
            record_consent(c, vault_, r, at_ms);
        }
    }
    for (int k = 1; k <= operators; ++k) {
        char name[32];
        std::snprintf(name, sizeof name, "gen.operatore%02d", k);
        if (auto user = find_user(c, name)) {
            operators_.push_back(user->info.id);
            continue;
        }
        // Nobody can log in as them: the hash is of no password (a random
        // string never shown); they exist to be named in the reports.
        auto made = create_user(c, name, std::string("Operatore ") + std::to_string(k) + " (generato)", Role::operator_,
                                "$argon2id$generated$" + wamid_prefix_ + std::to_string(random_.below(1'000'000'000)),
                                at_ms);
        if (!made) continue;
        c.query("UPDATE users SET disabled = 1 WHERE id = ?", made->id).run();
        operators_.push_back(made->id);
    }
    auto client = c.query("SELECT id FROM api_clients WHERE name = 'SIRE (generated)'");
    if (client.next()) {
        sire_client_ = client.int64(0);
    } else {
        ApiClient spec;
        spec.name = "SIRE (generated)";
        spec.scopes = {"consent", "notify"};
        auto made = create_api_client(c, spec, at_ms);
        if (!made) throw std::runtime_error("cannot create the generated SIRE client: " + made.error().message);
        sire_client_ = made->client.id;
        // Its token was never shown: nobody can use it.
        if (!revoke_api_client(c, sire_client_, at_ms)) throw std::runtime_error("cannot revoke the generated SIRE client");
    }
    for (const auto& name : push_templates())
        if (!upsert_template(c, api::TemplateSpec{name, "it", "utility", 1, "Gentile cittadino, {{1}}."}, at_ms))
            throw std::runtime_error("cannot save the template " + name);
}

std::string Traffic::next_wamid(char kind) {
    return wamid_prefix_ + kind + std::to_string(++serial_);
}

std::size_t Traffic::pick_citizen() {
    // A long tail of citizens: a few write often, most once or twice.
    const double u = random_.unit();
    return static_cast<std::size_t>(u * u * u * static_cast<double>(citizens_.size()));
}

void Traffic::add_request(std::int64_t at_ms) { pending_.emplace(at_ms, Event{Kind::request, 0, 0, 0}); }
void Traffic::add_push(std::int64_t at_ms) { pending_.emplace(at_ms, Event{Kind::push, 0, 0, 0}); }

void Traffic::add_broadcast(storage::Connection& c, std::int64_t at_ms, std::int64_t recipients, const std::string& name) {
    c.query("INSERT INTO broadcasts(name, template, language, parameters, state, scheduled_at, recipients, queued_up_to, "
            "created_by, created_at) VALUES (?, 'invito_campagna', 'it', '[\"la campagna\"]', 'scheduled', ?, 0, 0, "
            "'gen.operatore01', ?)",
            name, at_ms, at_ms - std::int64_t{2 * 3'600'000})
        .run();
    const auto id = c.last_insert_rowid();
    std::int64_t queued = 0, last_contact = 0;
    const auto start = static_cast<std::size_t>(random_.below(static_cast<std::int64_t>(citizens_.size())));
    for (std::size_t k = 0; k < citizens_.size() && queued < recipients; ++k) {
        const auto i = (start + k) % citizens_.size();
        if (!citizens_[i].information) continue;
        // The dispatcher's pace: messages_per_second.
        const auto at = at_ms + queued * 1000 / std::max(1, static_cast<int>(config_.dispatcher.messages_per_second));
        pending_.emplace(at, Event{Kind::broadcast_send, static_cast<std::int64_t>(i), id, 0});
        last_contact = std::max(last_contact, citizens_[i].id);
        ++queued;
    }
    c.query("UPDATE broadcasts SET recipients = ?, queued_up_to = ? WHERE id = ?", queued, last_contact, id).run();
}

void Traffic::run_until(storage::Connection& c, std::int64_t end_ms) {
    while (!pending_.empty() && pending_.begin()->first < end_ms) {
        const auto at = pending_.begin()->first;
        const Event e = pending_.begin()->second;
        pending_.erase(pending_.begin());
        switch (e.kind) {
        case Kind::request: request(c, at, pick_citizen(), false); break;
        case Kind::push_reply: request(c, at, static_cast<std::size_t>(e.contact), true); break;
        case Kind::push: {
            auto i = pick_citizen();
            for (int tries = 0; tries < 5 && !citizens_[i].reminders; ++tries) i = pick_citizen();
            if (citizens_[i].reminders) push(c, at, i, 0);
            break;
        }
        case Kind::broadcast_send:
            if (citizens_[static_cast<std::size_t>(e.contact)].information)
                push(c, at, static_cast<std::size_t>(e.contact), e.ref);
            break;
        default: case_step(c, e, at); break;
        }
    }
}

const Traffic::Decided& Traffic::decide(const std::string& text, std::int64_t at_ms) {
    const auto today = time::rome_date(at_ms);
    if (today != decided_day_) {   // nodes may start or expire at midnight
        decided_.clear();
        decided_day_ = today;
    }
    if (auto it = decided_.find(text); it != decided_.end()) return it->second;
    auto bot = config_.bot.matcher;
    bot.today = time::format_date(at_ms);
    hashtag::CitizenInput input;
    input.text = text;
    Decided d;
    d.decision = hashtag::decide(input, tree_, bot);
    d.case_reason = case_reason(d.decision, "text", tree_, config_.cases);
    if (d.case_reason) d.decision.escalate = true;
    d.answered_while_open = bot_answers_while_open(d.decision, tree_, config_.cases);
    d.json = api::encode(hashtag::without_personal_data(d.decision));
    d.rule = std::string(hashtag::to_string(d.decision.primary_rule()));
    d.unanswered = hashtag::unanswered_key(d.decision, text);
    const hashtag::ReplyOptions options{hashtag::Language::it, config_.bot.interactive_menus, bot.today};
    for (const auto& m : hashtag::render_reply(d.decision, tree_, options)) d.replies.push_back(wa::encode(m));
    return decided_.emplace(text, std::move(d)).first->second;
}

} // namespace sportello::relay::generate
