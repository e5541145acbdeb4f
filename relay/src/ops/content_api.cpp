#include "ops/content_api.hpp"

#include "app/http_errors.hpp"
#include "content/draft_store.hpp"
#include "content/publishing.hpp"
#include "content/unanswered.hpp"
#include "ops/ops_api.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

#include <charconv>

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t body_limit = 256 * 1024;

std::string today() { return time::format_date(time::now_ms()); }

std::optional<std::int64_t> int_param(std::string_view text) {
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || p != text.data() + text.size()) return std::nullopt;
    return v;
}

HttpResponse bad_id(std::string_view what) {
    return error_response(api::ErrorCode::invalid_request, std::string(what) + " must be an integer", std::string(what));
}

// The editor's identity and a decoded body, or the response that refuses the request.
template <class Body>
asio::awaitable<std::variant<std::pair<api::UserInfo, Body>, HttpResponse>>
authorized_body(ContentApiDeps& deps, HttpRequest& req, Permission permission) {
    auto user = co_await authorize(deps.auth, req, permission);
    if (!user) co_return error_response(user.error());
    if (auto e = require_json(req)) co_return error_response(*e);
    auto body = api::decode_content<Body>(req.body);
    if (!body) co_return error_response(body.error());
    co_return std::make_pair(*user, std::move(*body));
}

} // namespace

void register_content_routes(net::Router& router, ContentApiDeps deps) {
    router.add("GET", "/ops/v1/draft", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        const auto day = today();
        auto load = [&day](storage::Connection& c) { return api::encode(load_draft(c, day)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, load));
    }, 0);

    router.add("PUT", "/ops/v1/draft/nodes/{id}", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = int_param(req.path_param("id"));
        if (!id) co_return bad_id("id");
        auto in = co_await authorized_body<api::NodeEdit>(deps, req, Permission::edit_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, edit_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& edit = edit_value;
        const auto now = time::now_ms();
        auto job = [&, id = *id](storage::Connection& c) { return edit_node(c, id, edit, user.username, now); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, api::encode(*r));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/nodes", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::NodeCreate>(deps, req, Permission::edit_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, create_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& create = create_value;
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) { return create_node(c, create, user.username, now); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(201, api::encode(*r));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/nodes/{id}/move", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = int_param(req.path_param("id"));
        if (!id) co_return bad_id("id");
        auto in = co_await authorized_body<api::NodeMove>(deps, req, Permission::edit_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, move_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& move = move_value;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&, id = *id](storage::Connection& c) -> Result<std::string> {
            if (auto s = move_node(c, id, move, user.username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, *r);
    }, body_limit);

    router.add("DELETE", "/ops/v1/draft/nodes/{id}", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto id = int_param(req.path_param("id"));
        if (!id) co_return bad_id("id");
        const auto revision = int_param(req.query_param("draft_revision").value_or(""));
        if (!revision) co_return bad_id("draft_revision");
        auto user = co_await authorize(deps.auth, req, Permission::edit_content);
        if (!user) co_return error_response(user.error());
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&, id = *id, revision = *revision](storage::Connection& c) -> Result<std::string> {
            if (auto s = delete_node(c, id, revision, user->username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, *r);
    }, 0);

    router.add("POST", "/ops/v1/draft/nodes/{id}/aliases", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = int_param(req.path_param("id"));
        if (!id) co_return bad_id("id");
        auto in = co_await authorized_body<api::AliasAdd>(deps, req, Permission::edit_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, add_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& add = add_value;
        const auto now = time::now_ms();
        auto job = [&, id = *id](storage::Connection& c) { return add_alias(c, id, add, user.username, now); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, api::encode(*r));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/discard", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::edit_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, request_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& request = request_value;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&](storage::Connection& c) -> Result<std::string> {
            if (auto s = discard_draft(c, request.draft_revision, user.username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, *r);
    }, body_limit);

    router.add("GET", "/ops/v1/draft/diff", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) { return api::encode(diff_draft(c)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/publish", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::publish_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, request_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& request = request_value;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&](storage::Connection& c) { return publish_draft(c, request, user.username, now, day); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        deps.trees.replace(*r);   // committed: the live tree swaps at once
        co_return HttpResponse::json(201, api::encode(*r));
    }, body_limit);

    router.add("GET", "/ops/v1/versions", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) { return api::encode(list_versions(c)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("GET", "/ops/v1/versions/{v}", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto v = int_param(req.path_param("v"));
        if (!v) co_return bad_id("version");
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [v = *v](storage::Connection& c) { return TreeStore::load_version(c, v); };
        auto tree = co_await storage::read(deps.db, job);
        if (!tree) co_return error_response(api::ErrorCode::not_found, "no version " + std::to_string(*v));
        co_return HttpResponse::json(200, api::encode(*tree));
    }, 0);

    router.add("GET", "/ops/v1/versions/{a}/diff/{b}", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto a = int_param(req.path_param("a"));
        const auto b = int_param(req.path_param("b"));
        if (!a || !b) co_return bad_id("version");
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [a = *a, b = *b](storage::Connection& c) { return diff_versions(c, a, b); };
        auto r = co_await storage::read(deps.db, job);
        if (!r) co_return error_response(r.error());
        co_return HttpResponse::json(200, api::encode(*r));
    }, 0);

    router.add("POST", "/ops/v1/versions/{v}/rollback", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto v = int_param(req.path_param("v"));
        if (!v) co_return bad_id("version");
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::publish_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, request_value] = std::get<0>(in);
        const auto& user = user_value;
        const auto& request = request_value;
        const auto now = time::now_ms();
        auto job = [&, v = *v](storage::Connection& c) { return rollback_to(c, v, request, user.username, now); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        deps.trees.replace(*r);
        co_return HttpResponse::json(201, api::encode(*r));
    }, body_limit);

    router.add("GET", "/ops/v1/unanswered", [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        const auto days = int_param(req.query_param("days").value_or("30"));
        const auto limit = int_param(req.query_param("limit").value_or("20"));
        if (!days || *days < 1 || *days > 3660) co_return error_response(api::ErrorCode::invalid_request,
                                                                          "days must be between 1 and 3660", "days");
        if (!limit || *limit < 1 || *limit > 500) co_return error_response(api::ErrorCode::invalid_request,
                                                                            "limit must be between 1 and 500", "limit");
        const auto now = time::now_ms();
        const auto snapshot = deps.trees.current();
        auto job = [&, days = *days, limit = *limit](storage::Connection& c) {
            return unanswered_report(c, snapshot->index, now - days * 86'400'000LL, now, limit);
        };
        co_return HttpResponse::json(200, api::encode(co_await storage::read(deps.db, job)));
    }, 0);

    router.add("POST", "/ops/v1/bot/preview", [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PreviewRequest>(deps, req, Permission::read_content);
        if (auto* refused = std::get_if<HttpResponse>(&in)) co_return std::move(*refused);
        auto& [user_value, request_value] = std::get<0>(in);
        [[maybe_unused]] const auto& user = user_value;
        const auto& request = request_value;
        api::PreviewResponse out;
        out.source = request.source;
        hashtag::HashtagTree tree;
        if (request.source == "draft") {
            auto job = [](storage::Connection& c) { return std::make_pair(draft_revision(c), draft_nodes(c)); };
            auto [revision, nodes] = co_await storage::read(deps.db, job);
            out.revision = revision;
            tree = hashtag::HashtagTree(std::move(nodes), revision);
        } else {
            const auto snapshot = deps.trees.current();
            out.revision = snapshot->published.version;
            tree = snapshot->index;
        }
        // The very code the relay runs on inbound messages.
        auto bot = deps.config.bot.matcher;
        bot.today = today();
        hashtag::CitizenInput input;
        input.kind = request.reply_id.empty() ? hashtag::CitizenInput::Kind::text : hashtag::CitizenInput::Kind::reply_id;
        input.text = request.reply_id.empty() ? request.text : request.reply_id;
        out.decision = hashtag::decide(input, tree, bot);
        const hashtag::ReplyOptions options{request.language == "en" ? hashtag::Language::en : hashtag::Language::it,
                                            deps.config.bot.interactive_menus, bot.today};
        out.messages = hashtag::render_reply(out.decision, tree, options);
        co_return HttpResponse::json(200, api::encode(out));
    }, body_limit);
}

} // namespace sportello::relay
