#include "sire/sire_api.hpp"

#include "core/audit.hpp"
#include "core/contacts.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "sire/consent_ledger.hpp"
#include "sire/message_listing.hpp"
#include "sire/notifications.hpp"
#include "sire/openapi_document.hpp"
#include "sire/templates.hpp"
#include "sportello/phone.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t small_body = 64 * 1024;
constexpr std::size_t batch_body = 4 * 1024 * 1024;

using SireHandler = std::function<asio::awaitable<HttpResponse>(HttpRequest&, const ApiClient&)>;

// Every /api/v1 call, refused or not: the client's token, scope and rate,
// the handler, and an audit record naming the route (never the phone number
// in the path).
void add_route(net::Router& router, SireApiDeps deps, std::string method, std::string pattern, std::string scope,
               std::size_t limit, SireHandler handler) {
    const std::string route = method + " " + pattern;
    router.add(std::move(method), std::move(pattern), net::Access::client_scope(scope),
               [deps, scope, route, handler](HttpRequest& req) -> asio::awaitable<HttpResponse> {
                   std::string actor;
                   auto client = co_await deps.gate.admit(req, scope, actor);
                   HttpResponse res = client ? co_await handler(req, *client) : error_response(client.error());
                   const auto detail = "HTTP " + std::to_string(res.status);
                   const auto now = time::now_ms();
                   auto record = [&actor, &route, &detail, now](storage::Connection& c) {
                       audit(c, actor, "api_call", route, detail, now);
                   };
                   co_await storage::write(deps.db, record);
                   co_return res;
               },
               limit);
}

// The contact of the {phone} in the path, or the response refusing it.
Result<std::string> path_phone(const HttpRequest& req) {
    return phone::normalize(req.path_param("phone"), "phone");
}

QuietHours quiet_of(const RelayConfig& c) {
    return QuietHours{c.pushes.quiet_hours, c.pushes.quiet_start_minute, c.pushes.quiet_end_minute};
}

asio::awaitable<HttpResponse> change_consent(SireApiDeps deps, HttpRequest& req, const ApiClient& client, bool grant) {
    if (auto e = require_json(req)) co_return error_response(*e);
    auto msisdn = path_phone(req);
    if (!msisdn) co_return error_response(msisdn.error());
    auto change = api::decode_sire<api::ConsentChange>(req.body);
    if (!change) co_return error_response(change.error());
    const auto now = time::now_ms();
    const auto key = make_contact_key(deps.vault, *msisdn);
    auto job = [&](storage::Connection& c) -> Result<api::ConsentView> {
        const auto contact = grant ? upsert_contact(c, key, std::nullopt, now) : find_contact(c, key.phone_hash);
        if (!contact) return make_error(api::ErrorCode::not_found, "no consent is recorded for this number");
        ConsentRecord r{*contact, change->scope, grant, change->source, "api", change->evidence,
                        change->at_ms.value_or(now), "client:" + client.name};
        const int cancelled = record_consent(c, deps.vault, r, now);
        if (cancelled > 0)
            audit(c, "client:" + client.name, "pending_messages_cancelled", "contact " + std::to_string(*contact),
                  std::to_string(cancelled) + " after a withdrawal", now);
        return consent_view(c, deps.vault, *contact, *msisdn);
    };
    auto view = co_await storage::write(deps.db, job);
    if (!view) co_return error_response(view.error());
    co_return HttpResponse::json(grant ? 201 : 200, api::encode(*view));
}

} // namespace

void register_sire_routes(net::Router& router, SireApiDeps deps) {
    router.add("GET", "/api/v1/openapi.yaml", net::Access::open_to_all(), [](HttpRequest&) -> asio::awaitable<HttpResponse> {
        auto r = HttpResponse::text(200, std::string(openapi_document()));
        r.content_type = "application/yaml";
        co_return r;
    }, 0);

    add_route(router, deps, "PUT", "/api/v1/consents/{phone}", "consent", small_body,
              [deps](HttpRequest& req, const ApiClient& client) { return change_consent(deps, req, client, true); });
    add_route(router, deps, "DELETE", "/api/v1/consents/{phone}", "consent", small_body,
              [deps](HttpRequest& req, const ApiClient& client) { return change_consent(deps, req, client, false); });

    add_route(router, deps, "GET", "/api/v1/consents/{phone}", "consent", 0,
              [deps](HttpRequest& req, const ApiClient&) -> asio::awaitable<HttpResponse> {
                  auto msisdn = path_phone(req);
                  if (!msisdn) co_return error_response(msisdn.error());
                  const auto key = make_contact_key(deps.vault, *msisdn);
                  auto job = [&](storage::Connection& c) -> std::optional<api::ConsentView> {
                      const auto contact = find_contact(c, key.phone_hash);
                      if (!contact) return std::nullopt;
                      return consent_view(c, deps.vault, *contact, *msisdn);
                  };
                  auto view = co_await storage::read(deps.db, job);
                  if (!view) {   // never seen: no consent, and an empty ledger
                      api::ConsentView empty;
                      empty.phone = phone::to_e164(*msisdn);
                      co_return HttpResponse::json(200, api::encode(empty));
                  }
                  co_return HttpResponse::json(200, api::encode(*view));
              });

    add_route(router, deps, "POST", "/api/v1/notifications", "notify", small_body,
              [deps](HttpRequest& req, const ApiClient& client) -> asio::awaitable<HttpResponse> {
                  if (auto e = require_json(req)) co_return error_response(*e);
                  auto request = api::decode_sire<api::NotificationRequest>(req.body);
                  if (!request) co_return error_response(request.error());
                  const auto prepared = prepare_notification(deps.vault, std::move(*request));
                  const auto now = time::now_ms();
                  const auto quiet = quiet_of(deps.config);
                  auto job = [&](storage::Connection& c) { return accept_notification(c, prepared, client.id, quiet, now); };
                  auto outcome = co_await storage::write(deps.db, job);
                  if (outcome.error) co_return error_response(*outcome.error);
                  deps.dispatcher.wake();
                  co_return HttpResponse::json(202, api::encode(*outcome.accepted));
              });

    add_route(router, deps, "POST", "/api/v1/notifications:batch", "notify", batch_body,
              [deps](HttpRequest& req, const ApiClient& client) -> asio::awaitable<HttpResponse> {
                  if (auto e = require_json(req)) co_return error_response(*e);
                  auto batch = api::decode_sire<api::BatchRequest>(req.body);
                  if (!batch) co_return error_response(batch.error());
                  std::vector<PreparedNotification> prepared;
                  prepared.reserve(batch->notifications.size());
                  for (std::size_t i = 0; i < batch->notifications.size(); ++i)
                      prepared.push_back(prepare_notification(deps.vault, std::move(batch->notifications[i]),
                                                              "notifications[" + std::to_string(i) + "]."));
                  const auto now = time::now_ms();
                  const auto quiet = quiet_of(deps.config);
                  // One transaction: each item has its own result, all durable at once.
                  auto job = [&](storage::Connection& c) {
                      std::vector<api::BatchItemResult> results;
                      for (const auto& p : prepared) {
                          auto o = accept_notification(c, p, client.id, quiet, now);
                          results.push_back({o.status, o.accepted, o.error});
                      }
                      return results;
                  };
                  auto results = co_await storage::write(deps.db, job);
                  deps.dispatcher.wake();
                  co_return HttpResponse::json(200, api::encode(results));
              });

    add_route(router, deps, "GET", "/api/v1/messages", "messages:read", 0,
              [deps](HttpRequest& req, const ApiClient&) -> asio::awaitable<HttpResponse> {
                  auto msisdn = phone::normalize(req.query_param("phone").value_or(""), "phone");
                  if (!msisdn) co_return error_response(msisdn.error());
                  MessageQuery mq;
                  if (auto since = req.query_param("since")) {
                      auto ms = time::parse_iso8601(*since);
                      if (!ms) co_return error_response(api::ErrorCode::invalid_request,
                                                        "since: expected an ISO 8601 time", "since");
                      mq.since_ms = *ms;
                  }
                  if (auto status = req.query_param("status"); status && !status->empty()) {
                      // played (a voice message heard) is not one of the API's statuses:
                      // the relay sends no voice messages.
                      mq.status = outbox_state_from_string(*status);
                      if (!mq.status || *mq.status == OutboxState::played)
                          co_return error_response(api::ErrorCode::invalid_request, "status: unknown status", "status");
                  }
                  if (auto cursor = req.query_param("cursor")) {
                      auto id = integer_param(*cursor, "cursor");
                      if (!id) co_return error_response(api::ErrorCode::invalid_request, "cursor: not a cursor", "cursor");
                      mq.after_id = *id;
                  }
                  const auto limit = integer_param(req.query_param("limit").value_or("50"), "limit");
                  if (!limit || *limit < 1 || *limit > 500)
                      co_return error_response(api::ErrorCode::invalid_request, "limit: 1 to 500", "limit");
                  mq.limit = static_cast<int>(*limit);
                  const auto key = make_contact_key(deps.vault, *msisdn);
                  auto job = [&](storage::Connection& c) {
                      const auto contact = find_contact(c, key.phone_hash);
                      if (!contact) return api::MessagePage{};
                      mq.contact_id = *contact;
                      return list_messages(c, deps.vault, mq);
                  };
                  co_return HttpResponse::json(200, api::encode(co_await storage::read(deps.db, job)));
              });

    add_route(router, deps, "GET", "/api/v1/messages/{id}", "messages:read", 0,
              [deps](HttpRequest& req, const ApiClient& client) -> asio::awaitable<HttpResponse> {
                  const auto id = integer_param(req.path_param("id"), "id");
                  if (!id) co_return error_response(api::ErrorCode::invalid_request, "id: not a message id", "id");
                  // Ids are sequential: a client reads only the messages it sent
                  // itself; any other id is "not found", never "forbidden".
                  auto job = [&](storage::Connection& c) { return get_message(c, deps.vault, *id, client.id); };
                  auto m = co_await storage::read(deps.db, job);
                  if (!m) co_return error_response(api::ErrorCode::not_found, "no message " + std::to_string(*id));
                  co_return HttpResponse::json(200, api::encode(*m));
              });

    add_route(router, deps, "GET", "/api/v1/templates", "notify", 0,
              [deps](HttpRequest&, const ApiClient&) -> asio::awaitable<HttpResponse> {
                  auto job = [](storage::Connection& c) { return api::encode(list_templates(c)); };
                  co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
              });
}

} // namespace sportello::relay
