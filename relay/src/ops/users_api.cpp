#include "ops/users_api.hpp"

#include "core/audit.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/audit_api.hpp"
#include "ops/ops_api.hpp"
#include "ops/two_factor_api.hpp"
#include "ops/users.hpp"
#include "security/passwords.hpp"
#include "sportello/api/users.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::Access;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t small_body = 16 * 1024;

// The body decoded as T, or the response refusing it.
template <class T>
Result<T> json_body(const HttpRequest& req) {
    if (auto e = require_json(req)) return *e;
    return api::decode_users<T>(req.body);
}

// The administrator making the request and the {id} of the user it is about.
struct Target {
    api::UserInfo admin;
    std::int64_t id = 0;
};
asio::awaitable<Result<Target>> admin_and_target(Auth& auth, const HttpRequest& req) {
    auto admin = co_await auth.authenticate(req);
    if (!admin) co_return admin.error();
    const auto id = integer_param(req.path_param("id"), "id");
    if (!id) co_return id.error();
    co_return Target{std::move(*admin), *id};
}

std::int64_t idle_cutoff(const Auth& auth, std::int64_t now) {
    return now - static_cast<std::int64_t>(auth.settings().idle_minutes) * 60 * 1000;
}

} // namespace

void register_user_routes(net::Router& router, UsersApiDeps deps) {
    register_audit_routes(router, deps.auth, deps.db);
    register_two_factor_routes(router, deps.auth, deps.db);

    router.add("PUT", "/ops/v1/session/password", Access::session_setup(),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        auto change = json_body<api::PasswordChange>(req);
        if (!change) co_return error_response(change.error());
        auto done = co_await deps.auth.change_password(req, *user, std::move(*change));
        if (!done) co_return error_response(done.error());
        co_return HttpResponse::empty(204);
    }, small_body);

    // Own sessions; an administrator ends anyone's by id.
    router.add("GET", "/ops/v1/sessions", Access::any_session(), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        const auto now = time::now_ms();
        auto job = [&, id = user->id, hash = token_hash_of(req), cutoff = idle_cutoff(deps.auth, now)](storage::Connection& c) {
            return api::encode(list_sessions(c, id, hash, now, cutoff));
        };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("DELETE", "/ops/v1/sessions/{id}", Access::any_session(),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await deps.auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        std::optional<std::int64_t> owner;
        if (!has_permission(user->role, Permission::manage_users)) owner = user->id;
        const auto now = time::now_ms();
        auto job = [&, public_id = std::string(req.path_param("id"))](storage::Connection& c) {
            return end_session(c, public_id, owner, user->username, now);
        };
        if (!co_await storage::write(deps.db, job))
            co_return error_response(api::ErrorCode::not_found, "no such session of yours");
        co_return HttpResponse::empty(204);
    }, 0);

    router.add("GET", "/ops/v1/users", Access::needs(Permission::manage_users),
               [deps](HttpRequest&) -> asio::awaitable<HttpResponse> {
        const auto now = time::now_ms();
        auto job = [now](storage::Connection& c) { return api::encode(list_users(c, now)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/users", Access::needs(Permission::manage_users),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto admin = co_await deps.auth.authenticate(req);
        if (!admin) co_return error_response(admin.error());
        auto spec = json_body<api::UserCreate>(req);
        if (!spec) co_return error_response(spec.error());
        if (!is_valid_username(spec->username))
            co_return error_response(api::ErrorCode::validation_failed,
                                     "username: 3 to 64 letters, digits, dots, dashes or underscores", "username");
        const auto temporary = security::generate_temporary_password();
        const auto hash = co_await deps.auth.hash(temporary);
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Result<api::TemporaryPassword> {
            auto created = create_user(c, spec->username, spec->display_name, spec->role, hash, now, true);
            if (!created) return created.error();
            audit(c, admin->username, "user_created", created->username,
                  "role " + std::string(to_string(created->role)), now);
            return api::TemporaryPassword{*user_view(c, created->id, now), temporary};
        };
        co_return json_or_error(201, co_await storage::write(deps.db, job));
    }, small_body);

    router.add("PATCH", "/ops/v1/users/{id}", Access::needs(Permission::manage_users),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto target = co_await admin_and_target(deps.auth, req);
        if (!target) co_return error_response(target.error());
        const auto& admin = target->admin;
        const auto id = target->id;
        auto update = json_body<api::UserUpdate>(req);
        if (!update) co_return error_response(update.error());
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) { return update_user(c, id, *update, admin.username, now); };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, small_body);

    router.add("POST", "/ops/v1/users/{id}/password-reset", Access::needs(Permission::manage_users),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto target = co_await admin_and_target(deps.auth, req);
        if (!target) co_return error_response(target.error());
        const auto& admin = target->admin;
        const auto id = target->id;
        const auto temporary = security::generate_temporary_password();
        const auto hash = co_await deps.auth.hash(temporary);
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Result<api::TemporaryPassword> {
            auto user = set_temporary_password(c, id, hash, admin.username, now);
            if (!user) return user.error();
            return api::TemporaryPassword{*user, temporary};
        };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/users/{id}/unlock", Access::needs(Permission::manage_users),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto target = co_await admin_and_target(deps.auth, req);
        if (!target) co_return error_response(target.error());
        const auto& admin = target->admin;
        const auto id = target->id;
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) { return unlock_user(c, id, admin.username, now); };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, 0);

    router.add("GET", "/ops/v1/users/{id}/sessions", Access::needs(Permission::manage_users),
               [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        const auto now = time::now_ms();
        auto job = [&, hash = token_hash_of(req), cutoff = idle_cutoff(deps.auth, now)](storage::Connection& c)
            -> Result<std::string> {
            if (!user_view(c, *id, now)) return make_error(api::ErrorCode::not_found, "no user " + std::to_string(*id));
            return api::encode(list_sessions(c, *id, hash, now, cutoff));
        };
        co_return json_or_error(200, co_await storage::read(deps.db, job));
    }, 0);
}

} // namespace sportello::relay
