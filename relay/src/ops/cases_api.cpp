#include "ops/cases_api.hpp"

#include "cases/case_store.hpp"
#include "cases/case_views.hpp"
#include "core/audit.hpp"
#include "core/contacts.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/ops_api.hpp"
#include "sire/templates.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "sportello/whatsapp/outgoing.hpp"
#include "sportello/whatsapp/text_rules.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t body_limit = 64 * 1024;
constexpr std::size_t canned_limit = 20;

api::CaseOperator operator_of(const api::UserInfo& u) { return api::CaseOperator{u.id, u.username, u.display_name}; }

// Who calls, about which case: the preamble of every /cases/{id} endpoint.
struct CaseCall {
    api::UserInfo user;
    std::int64_t id = 0;
};

asio::awaitable<Result<CaseCall>> case_call(CasesApiDeps& deps, HttpRequest& req,
                                           Permission permission = Permission::answer_requests) {
    auto user = co_await authorize(deps.auth, req, permission);
    if (!user) co_return user.error();
    auto id = integer_param(req.path_param("id"), "id");
    if (!id) co_return id.error();
    co_return CaseCall{std::move(*user), *id};
}

// The same with a JSON body of type Body.
template <class Body>
asio::awaitable<Result<std::pair<CaseCall, Body>>> case_call_with(CasesApiDeps& deps, HttpRequest& req) {
    auto call = co_await case_call(deps, req);
    if (!call) co_return call.error();
    if (auto e = require_json(req)) co_return *e;
    auto body = api::decode_cases<Body>(req.body);
    if (!body) co_return body.error();
    co_return std::pair{std::move(*call), std::move(*body)};
}

// 204 after a change (the event streams are told), or the error.
HttpResponse changed(EventFeed& feed, const Status& s) {
    if (!s) return error_response(s.error());
    feed.notify();
    return HttpResponse::empty(204);
}

// The reply as it will be sent, checked on the I/O thread: free text within
// WhatsApp's limit, or a registered template with the right parameters.
asio::awaitable<Result<PreparedReply>> prepare_reply(CasesApiDeps& deps, const api::CaseReply& reply) {
    wa::OutgoingMessage m;
    if (reply.template_name.empty()) {
        if (wa::is_blank(reply.text)) co_return make_error(api::ErrorCode::validation_failed, "the reply is empty", "text");
        if (wa::length(reply.text) > wa::limits::text_body)
            co_return make_error(api::ErrorCode::validation_failed, "the reply is longer than " +
                                     std::to_string(wa::limits::text_body) + " characters", "text");
        m.kind = wa::OutgoingMessage::Kind::text;
        m.body = reply.text;
    } else {
        auto problem = co_await storage::read(deps.db, [&reply](storage::Connection& c) {
            return check_template_use(c, reply.template_name, reply.template_language, reply.parameters.size(),
                                      "template.");
        });
        if (problem) co_return *problem;
        for (std::size_t i = 0; i < reply.parameters.size(); ++i)
            if (wa::is_blank(reply.parameters[i]) || reply.parameters[i].find('\n') != std::string::npos)
                co_return make_error(api::ErrorCode::template_parameters, "parameter " + std::to_string(i + 1) +
                                         " must be one line of text", "template.parameters");
        m.kind = wa::OutgoingMessage::Kind::template_message;
        m.template_name = reply.template_name;
        m.template_language = reply.template_language;
        m.parameters = reply.parameters;
    }
    co_return PreparedReply{deps.vault.encrypt(wa::encode(m), "outbox.payload"), !reply.template_name.empty(),
                            reply.idempotency_key};
}

asio::awaitable<HttpResponse> detail_response(CasesApiDeps& deps, std::int64_t id, int status) {
    const auto tree = deps.trees.current();
    const auto now = time::now_ms();
    auto detail = co_await storage::read(deps.db, [&](storage::Connection& c) {
        return case_detail(c, deps.vault, id, *tree, deps.presence, now);
    });
    if (!detail) co_return error_response(detail.error());
    co_return HttpResponse::json(status, api::encode(*detail));
}

} // namespace

void register_cases_routes(net::Router& router, CasesApiDeps deps) {
    router.add("GET", "/ops/v1/cases", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::answer_requests);
        if (!user) co_return error_response(user.error());
        const auto filter = case_filter_from_string(req.query_param("filter").value_or("all"));
        if (!filter)
            co_return error_response(api::ErrorCode::invalid_request, "filter: mine, unassigned, all or closed", "filter");
        const auto now = time::now_ms();
        auto list = co_await storage::read(deps.db, [&](storage::Connection& c) {
            return list_cases(c, deps.vault, *filter, user->id, deps.presence, now);
        });
        co_return HttpResponse::json(200, api::encode(list));
    }, 0);

    router.add("GET", "/ops/v1/cases/{id}", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req);
        if (!call) co_return error_response(call.error());
        co_return co_await detail_response(deps, call->id, 200);
    }, 0);

    // The most urgent unassigned case, claimed at once: 200 with it, 204 when the queue is empty.
    router.add("POST", "/ops/v1/cases/next", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::answer_requests);
        if (!user) co_return error_response(user.error());
        const auto now = time::now_ms();
        auto id = co_await storage::write(deps.db, [&](storage::Connection& c) { return claim_next_case(c, user->id, now); });
        if (!id) co_return HttpResponse::empty(204);
        deps.feed.notify();
        co_return co_await detail_response(deps, *id, 200);
    }, 0);

    router.add("POST", "/ops/v1/cases/{id}/claim", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req);
        if (!call) co_return error_response(call.error());
        const auto& user = call->user;
        const auto id = call->id;
        const auto now = time::now_ms();
        auto claimed = co_await storage::write(deps.db, [&](storage::Connection& c) { return claim_case(c, id, user.id, now); });
        if (!claimed) co_return error_response(claimed.error());
        deps.feed.notify();
        co_return co_await detail_response(deps, id, 200);
    }, 0);

    router.add("POST", "/ops/v1/cases/{id}/release", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req);
        if (!call) co_return error_response(call.error());
        const auto& user = call->user;
        const auto id = call->id;
        const auto now = time::now_ms();
        co_return changed(deps.feed, co_await storage::write(deps.db, [&](storage::Connection& c) {
            return release_case(c, id, user.id, now);
        }));
    }, 0);

    router.add("POST", "/ops/v1/cases/{id}/transfer", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await case_call_with<api::CaseTransfer>(deps, req);
        if (!in) co_return error_response(in.error());
        const auto& user = in->first.user;
        const auto id = in->first.id;
        const auto& to = in->second;
        const auto now = time::now_ms();
        co_return changed(deps.feed, co_await storage::write(deps.db, [&](storage::Connection& c) {
            return transfer_case(c, id, user.id, to.username, now);
        }));
    }, body_limit);

    // Who may take a transferred case, for the desk's picker (GET /users needs manage_users).
    router.add("GET", "/ops/v1/colleagues", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::answer_requests);
        if (!user) co_return error_response(user.error());
        auto colleagues = co_await storage::read(deps.db, [](storage::Connection& c) { return list_colleagues(c); });
        co_return HttpResponse::json(200, api::encode(colleagues));
    }, 0);

    router.add("POST", "/ops/v1/cases/{id}/close", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await case_call_with<api::CaseClose>(deps, req);
        if (!in) co_return error_response(in.error());
        const auto& user = in->first.user;
        const auto id = in->first.id;
        const auto& close = in->second;
        const auto now = time::now_ms();
        co_return changed(deps.feed, co_await storage::write(deps.db, [&](storage::Connection& c) {
            return close_case(c, id, user.id, close.outcome, now);
        }));
    }, body_limit);

    router.add("POST", "/ops/v1/cases/{id}/replies", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await case_call_with<api::CaseReply>(deps, req);
        if (!in) co_return error_response(in.error());
        const auto& user = in->first.user;
        const auto id = in->first.id;
        const auto& reply = in->second;
        auto prepared = co_await prepare_reply(deps, reply);
        if (!prepared) co_return error_response(prepared.error());
        const auto now = time::now_ms();
        auto accepted = co_await storage::write(deps.db, [&](storage::Connection& c) {
            return queue_case_reply(c, id, user.id, *prepared, now);
        });
        if (!accepted) co_return error_response(accepted.error());
        deps.dispatcher.wake();
        deps.feed.notify();
        co_return HttpResponse::json(202, api::encode(*accepted));
    }, body_limit);

    // The citizen's full number, for a colleague who must call them back;
    // recorded in the audit trail (the number itself is not).
    router.add("POST", "/ops/v1/cases/{id}/reveal", net::Access::needs(Permission::reveal_phone), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req, Permission::reveal_phone);
        if (!call) co_return error_response(call.error());
        const auto& user = call->user;
        const auto id = call->id;
        const auto now = time::now_ms();
        const auto actor = user.username;
        auto phone = co_await storage::write(deps.db, [&](storage::Connection& c) -> Result<std::optional<storage::Blob>> {
            auto contact = case_contact(c, id);
            if (!contact) return contact.error();
            auto q = c.query("SELECT phone_enc FROM contacts WHERE id = ?", *contact);
            q.next();
            auto phone = q.optional_blob(0);
            if (phone) audit(c, actor, "phone_revealed", "case " + std::to_string(id), "", now);
            return phone;
        });
        if (!phone) co_return error_response(phone.error());
        if (!*phone)
            co_return error_response(api::ErrorCode::not_found,
                                     "this citizen writes with a WhatsApp username: WhatsApp gave no number");
        co_return HttpResponse::json(200, api::encode(api::RevealedNumber{
                                              phone::to_e164(deps.vault.decrypt(**phone, "contacts.phone"))}));
    }, 0);

    // Presence: the desk says it is viewing the case (every few seconds);
    // the owner viewing it keeps it claimed.
    router.add("PUT", "/ops/v1/cases/{id}/presence", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req);
        if (!call) co_return error_response(call.error());
        const auto& user = call->user;
        const auto id = call->id;
        const auto now = time::now_ms();
        deps.presence.viewing(id, operator_of(user), now);
        co_await storage::write(deps.db, [&](storage::Connection& c) { touch_case(c, id, user.id, now); });
        co_return HttpResponse::empty(204);
    }, 0);

    router.add("DELETE", "/ops/v1/cases/{id}/presence", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto call = co_await case_call(deps, req);
        if (!call) co_return error_response(call.error());
        const auto& user = call->user;
        const auto id = call->id;
        deps.presence.left(id, user.id);
        co_return HttpResponse::empty(204);
    }, 0);

    router.add("GET", "/ops/v1/canned-answers", net::Access::needs(Permission::answer_requests), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::answer_requests);
        if (!user) co_return error_response(user.error());
        const auto tree = deps.trees.current();
        co_return HttpResponse::json(200, api::encode(canned_answers(*tree, req.query_param("q").value_or(""),
                                                                     canned_limit)));
    }, 0);
}

} // namespace sportello::relay
