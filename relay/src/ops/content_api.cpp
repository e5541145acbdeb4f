#include "ops/content_api.hpp"

#include "content/draft_store.hpp"
#include "content/publishing.hpp"
#include "content/unanswered.hpp"
#include "core/http_errors.hpp"
#include "net/request_checks.hpp"
#include "ops/ops_api.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/hashtag/reply.hpp"
#include "sportello/time.hpp"
#include "storage/async.hpp"

namespace sportello::relay {

namespace asio = net::asio;
using net::HttpRequest;
using net::HttpResponse;

namespace {

constexpr std::size_t body_limit = 256 * 1024;

std::string today() { return time::format_date(time::now_ms()); }

template <class Body>
struct Authorized {
    api::UserInfo user;
    Body body;
};

// The editor's identity and a decoded body, or the error that refuses the request.
template <class Body>
asio::awaitable<Result<Authorized<Body>>> authorized_body(ContentApiDeps& deps, HttpRequest& req,
                                                          Permission permission) {
    auto user = co_await authorize(deps.auth, req, permission);
    if (!user) co_return user.error();
    if (auto e = require_json(req)) co_return *e;
    auto body = api::decode_content<Body>(req.body);
    if (!body) co_return body.error();
    co_return Authorized<Body>{std::move(*user), std::move(*body)};
}

} // namespace

void register_content_routes(net::Router& router, ContentApiDeps deps) {
    router.add("GET", "/ops/v1/draft", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        const auto day = today();
        auto load = [&day](storage::Connection& c) { return api::encode(load_draft(c, day)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, load));
    }, 0);

    router.add("PUT", "/ops/v1/draft/nodes/{id}", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        auto in = co_await authorized_body<api::NodeEdit>(deps, req, Permission::edit_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& edit = in->body;
        const auto now = time::now_ms();
        auto job = [&, id = *id](storage::Connection& c) { return edit_node(c, id, edit, user.username, now); };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/nodes", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::NodeCreate>(deps, req, Permission::edit_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& create = in->body;
        const auto now = time::now_ms();
        auto job = [&](storage::Connection& c) { return create_node(c, create, user.username, now); };
        co_return json_or_error(201, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/nodes/{id}/move", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        auto in = co_await authorized_body<api::NodeMove>(deps, req, Permission::edit_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& move = in->body;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&, id = *id](storage::Connection& c) -> Result<std::string> {
            if (auto s = move_node(c, id, move, user.username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("DELETE", "/ops/v1/draft/nodes/{id}", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        const auto revision = integer_param(req.query_param("draft_revision").value_or(""), "draft_revision");
        if (!revision) co_return error_response(revision.error());
        auto user = co_await authorize(deps.auth, req, Permission::edit_content);
        if (!user) co_return error_response(user.error());
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&, id = *id, revision = *revision](storage::Connection& c) -> Result<std::string> {
            if (auto s = delete_node(c, id, revision, user->username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/draft/nodes/{id}/aliases", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto id = integer_param(req.path_param("id"), "id");
        if (!id) co_return error_response(id.error());
        auto in = co_await authorized_body<api::AliasAdd>(deps, req, Permission::edit_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& add = in->body;
        const auto now = time::now_ms();
        auto job = [&, id = *id](storage::Connection& c) { return add_alias(c, id, add, user.username, now); };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("POST", "/ops/v1/draft/discard", net::Access::needs(Permission::edit_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::edit_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& request = in->body;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&](storage::Connection& c) -> Result<std::string> {
            if (auto s = discard_draft(c, request.draft_revision, user.username, now); !s) return s.error();
            return api::encode(load_draft(c, day));
        };
        co_return json_or_error(200, co_await storage::write(deps.db, job));
    }, body_limit);

    router.add("GET", "/ops/v1/draft/diff", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) { return api::encode(diff_draft(c)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/publish", net::Access::needs(Permission::publish_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::publish_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& request = in->body;
        const auto now = time::now_ms();
        const auto day = today();
        auto job = [&](storage::Connection& c) { return publish_draft(c, request, user.username, now, day); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        deps.trees.replace(*r);   // committed: the live tree swaps at once
        co_return HttpResponse::json(201, api::encode(*r));
    }, body_limit);

    router.add("GET", "/ops/v1/versions", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [](storage::Connection& c) { return api::encode(list_versions(c)); };
        co_return HttpResponse::json(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("GET", "/ops/v1/versions/{v}", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto v = integer_param(req.path_param("v"), "version");
        if (!v) co_return error_response(v.error());
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [v = *v](storage::Connection& c) { return TreeStore::load_version(c, v); };
        auto tree = co_await storage::read(deps.db, job);
        if (!tree) co_return error_response(api::ErrorCode::not_found, "no version " + std::to_string(*v));
        co_return HttpResponse::json(200, api::encode(*tree));
    }, 0);

    router.add("GET", "/ops/v1/versions/{a}/diff/{b}", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        const auto a = integer_param(req.path_param("a"), "version");
        if (!a) co_return error_response(a.error());
        const auto b = integer_param(req.path_param("b"), "version");
        if (!b) co_return error_response(b.error());
        auto user = co_await authorize(deps.auth, req, Permission::read_content);
        if (!user) co_return error_response(user.error());
        auto job = [a = *a, b = *b](storage::Connection& c) { return diff_versions(c, a, b); };
        co_return json_or_error(200, co_await storage::read(deps.db, job));
    }, 0);

    router.add("POST", "/ops/v1/versions/{v}/rollback", net::Access::needs(Permission::publish_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        const auto v = integer_param(req.path_param("v"), "version");
        if (!v) co_return error_response(v.error());
        auto in = co_await authorized_body<api::PublishRequest>(deps, req, Permission::publish_content);
        if (!in) co_return error_response(in.error());
        const auto& user = in->user;
        const auto& request = in->body;
        const auto now = time::now_ms();
        auto job = [&, v = *v](storage::Connection& c) { return rollback_to(c, v, request, user.username, now); };
        auto r = co_await storage::write(deps.db, job);
        if (!r) co_return error_response(r.error());
        deps.trees.replace(*r);
        co_return HttpResponse::json(201, api::encode(*r));
    }, body_limit);

    router.add("GET", "/ops/v1/unanswered", net::Access::needs(Permission::read_reports), [deps](HttpRequest& req) -> asio::awaitable<HttpResponse> {
        auto user = co_await authorize(deps.auth, req, Permission::read_reports);
        if (!user) co_return error_response(user.error());
        const auto days = integer_param(req.query_param("days").value_or("30"), "days");
        const auto limit = integer_param(req.query_param("limit").value_or("20"), "limit");
        if (!days || *days < 1 || *days > 3660) co_return error_response(api::ErrorCode::invalid_request,
                                                                          "days must be between 1 and 3660", "days");
        if (!limit || *limit < 1 || *limit > 500) co_return error_response(api::ErrorCode::invalid_request,
                                                                            "limit must be between 1 and 500", "limit");
        const auto now = time::now_ms();
        const auto snapshot = deps.trees.current();
        const UnansweredQuery query{now - *days * 86'400'000LL, now, *limit, deps.config.unanswered.min_citizens};
        auto job = [&](storage::Connection& c) { return unanswered_report(c, deps.vault, snapshot->index, query); };
        co_return HttpResponse::json(200, api::encode(co_await storage::read(deps.db, job)));
    }, 0);

    router.add("POST", "/ops/v1/bot/preview", net::Access::needs(Permission::read_content), [deps](HttpRequest& req) mutable -> asio::awaitable<HttpResponse> {
        auto in = co_await authorized_body<api::PreviewRequest>(deps, req, Permission::read_content);
        if (!in) co_return error_response(in.error());
        const auto& request = in->body;
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
