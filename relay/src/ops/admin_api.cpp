#include "ops/admin_api.hpp"

#include "core/audit.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/ops_api.hpp"
#include "sire/api_clients.hpp"
#include "sire/templates.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t body_limit = 64 * 1024;

api::ApiClientView view_of(const ApiClient& c) {
    return api::ApiClientView{c.id, c.name, c.scopes, c.rate_per_minute, c.require_client_certificate,
                              c.certificate_subject, c.created_at_ms, c.rotated_at_ms, c.revoked_at_ms};
}

} // namespace

void register_admin_routes(net::Router& router, AdminApiDeps deps) {
    // --- API clients (manage_api_clients) ---
    router.add("GET", "/ops/v1/api-clients", net::Access::needs(Permission::manage_api_clients), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_api_clients);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) {
            std::vector<api::ApiClientView> out;
            for (const auto& client : list_api_clients(c)) out.push_back(view_of(client));
            return api::encode(out);
        };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/api-clients", net::Access::needs(Permission::manage_api_clients), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_api_clients);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto spec = api::decode_admin<api::ApiClientView>(req.body);
        if (!spec) co_return error_response(spec.error());
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Result<api::ApiClientToken> {
            ApiClient a;
            a.name = spec->name;
            a.scopes = spec->scopes;
            a.rate_per_minute = spec->rate_per_minute;
            a.require_client_certificate = spec->require_client_certificate;
            a.certificate_subject = spec->certificate_subject;
            auto created = create_api_client(c, a, now);
            if (!created) return created.error();
            audit(c, user->username, "api_client_created", "client " + std::to_string(created->client.id), a.name, now);
            return api::ApiClientToken{view_of(created->client), created->token};
        };
        co_return json_or_error(201, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("POST", "/ops/v1/api-clients/{id}/rotate", net::Access::needs(Permission::manage_api_clients), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_api_clients);
        if (!user) co_return error_response(user.error());
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Result<api::ApiClientToken> {
            auto token = rotate_api_client(c, *id, now);
            if (!token) return token.error();
            audit(c, user->username, "api_client_rotated", "client " + std::to_string(*id), "", now);
            for (const auto& client : list_api_clients(c))
                if (client.id == *id) return api::ApiClientToken{view_of(client), *token};
            return make_error(api::ErrorCode::not_found, "no client " + std::to_string(*id));
        };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, 0);

    router.add("DELETE", "/ops/v1/api-clients/{id}", net::Access::needs(Permission::manage_api_clients), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_api_clients);
        if (!user) co_return error_response(user.error());
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Status {
            auto s = revoke_api_client(c, *id, now);
            if (s) audit(c, user->username, "api_client_revoked", "client " + std::to_string(*id), "", now);
            return s;
        };
        auto s = co_await storage::write(deps.db, job);
        if (!s) co_return error_response(s.error());
        co_return HttpResponse::empty(204);
    }, 0);

    // --- Templates (manage_templates to change; read_content to read) ---
    router.add("GET", "/ops/v1/templates", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) { return api::encode(list_templates(c)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("PUT", "/ops/v1/templates/{name}/{language}", net::Access::needs(Permission::manage_templates), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_templates);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto spec = api::decode_sire<api::TemplateSpec>(req.body);
        if (!spec) co_return error_response(spec.error());
        spec->name = std::string(req.path_param("name"));
        spec->language = std::string(req.path_param("language"));
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Status {
            auto s = upsert_template(c, *spec, now);
            if (s) audit(c, user->username, "template_saved", spec->name + " (" + spec->language + ")",
                         std::to_string(spec->parameter_count) + " parameter(s)", now);
            return s;
        };
        auto s = co_await storage::write(deps.db, job);
        if (!s) co_return error_response(s.error());
        co_return HttpResponse::json(200, api::encode(*spec));
    }, body_limit);

    router.add("DELETE", "/ops/v1/templates/{name}/{language}", net::Access::needs(Permission::manage_templates), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::manage_templates);
        if (!user) co_return error_response(user.error());
        const std::string name(req.path_param("name")), language(req.path_param("language"));
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) {
            const bool gone = delete_template(c, name, language);
            if (gone) audit(c, user->username, "template_deleted", name + " (" + language + ")", "", now);
            return gone;
        };
        if (!co_await storage::write(deps.db, job))
            co_return error_response(api::ErrorCode::not_found, "no template " + name + " (" + language + ")");
        co_return HttpResponse::empty(204);
    }, 0);

    // --- Broadcasts (send_broadcasts) ---
    router.add("POST", "/ops/v1/broadcasts/estimate", net::Access::needs(Permission::send_broadcasts), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::send_broadcasts);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto request = api::decode_admin<api::BroadcastRequest>(req.body);
        if (!request) co_return error_response(request.error());
        auto estimate = co_await deps.broadcasts.estimate(*request);
        if (!estimate) co_return error_response(estimate.error());
        co_return HttpResponse::json(200, api::encode(*estimate));
    }, body_limit);

    router.add("POST", "/ops/v1/broadcasts", net::Access::needs(Permission::send_broadcasts), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::send_broadcasts);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto request = api::decode_admin<api::BroadcastRequest>(req.body);
        if (!request) co_return error_response(request.error());
        auto created = co_await deps.broadcasts.create(std::move(*request), user->username);
        if (!created) co_return error_response(created.error());
        co_return HttpResponse::json(201, api::encode(*created));
    }, body_limit);

    router.add("GET", "/ops/v1/broadcasts", net::Access::needs(Permission::read_reports), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        co_return HttpResponse::json(200, api::encode(co_await deps.broadcasts.list()));
    }, 0);

    router.add("GET", "/ops/v1/broadcasts/{id}", net::Access::needs(Permission::read_reports), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        auto b = co_await deps.broadcasts.get(*id);
        if (!b) co_return error_response(api::ErrorCode::not_found, "no broadcast " + std::to_string(*id));
        co_return HttpResponse::json(200, api::encode(*b));
    }, 0);

    router.add("POST", "/ops/v1/broadcasts/{id}/cancel", net::Access::needs(Permission::send_broadcasts), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::send_broadcasts);
        if (!user) co_return error_response(user.error());
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        auto b = co_await deps.broadcasts.cancel(*id, user->username);
        if (!b) co_return error_response(b.error());
        co_return HttpResponse::json(200, api::encode(*b));
    }, 0);
}

} // namespace sportello::relay
