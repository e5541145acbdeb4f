#include "ops/two_factor_api.hpp"

#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/two_factor.hpp"
#include "ops/users.hpp"
#include "sportello/api/users.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::Access;
using net::HttpRequest;
using net::HttpResponse;

namespace {
constexpr std::size_t small_body = 1024;
} // namespace

void register_two_factor_routes(net::Router& router, Auth& auth, storage::Database& db) {
    router.add("POST", "/ops/v1/session/two-factor", Access::session_setup(),
               [&auth, &db](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        const auto now = time::now_ms();
        auto job = [&, vault = &auth.vault()](storage::Connection& c) { return start_enrolment(c, *vault, *user, now); };
        co_return json_or_error(201, co_await storage::write(db, job));
    }, 0);

    router.add("POST", "/ops/v1/session/two-factor/confirm", Access::session_setup(),
               [&auth, &db](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await auth.authenticate(req);
        if (!user) co_return error_response(user.error());
        if (auto e = require_json(req)) co_return error_response(*e);
        auto confirmation = api::decode_users<api::TwoFactorConfirmation>(req.body);
        if (!confirmation) co_return error_response(confirmation.error());
        const auto now = time::now_ms();
        auto job = [&, vault = &auth.vault()](storage::Connection& c) {
            return confirm_enrolment(c, *vault, *user, confirmation->code, now);
        };
        co_return json_or_error(200, co_await storage::write(db, job));
    }, small_body);

    router.add("POST", "/ops/v1/users/{id}/two-factor/reset", Access::needs(Permission::manage_users),
               [&auth, &db](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto admin = co_await auth.authenticate(req);
        if (!admin) co_return error_response(admin.error());
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) -> Result<api::UserView> {
            if (auto reset = reset_two_factor(c, *id, admin->username, now); !reset) return reset.error();
            return *user_view(c, *id, now);
        };
        co_return json_or_error(200, co_await storage::write(db, job));
    }, 0);
}

} // namespace sportello::relay
