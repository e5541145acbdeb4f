#pragma once
// Plain HTTP request and response values. Handlers see only these, never
// Beast types, so that they compile fast and can be tested without sockets.

#include <boost/asio/awaitable.hpp>

#include <any>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sportello::net {

namespace asio = boost::asio;

using Headers = std::vector<std::pair<std::string, std::string>>;   // names lowercase

struct HttpRequest {
    std::string method;                   // "GET", "POST", …
    std::string target;                   // as received, e.g. "/webhook?hub.mode=subscribe"
    std::string path;                     // percent-decoded, without the query
    std::vector<std::pair<std::string, std::string>> query;   // decoded, in order
    Headers headers;
    std::string body;
    std::string remote_address;
    bool tls = false;
    std::string client_certificate_subject;   // verified client certificate, if any
    std::map<std::string, std::string, std::less<>> path_params;   // filled by the router
    std::any principal;                   // who the access guard authenticated, if anyone

    std::string_view header(std::string_view lowercase_name) const noexcept;
    std::optional<std::string> query_param(std::string_view name) const;
    std::string_view path_param(std::string_view name) const;
};

// Writes a streamed response's body piece by piece (Server-Sent Events).
class StreamWriter {
public:
    virtual ~StreamWriter() = default;
    // false once the client is gone or a write timed out: stop streaming.
    virtual asio::awaitable<bool> write(std::string_view chunk) = 0;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    Headers headers;
    bool close = false;                   // close the connection after writing
    bool drop = false;                    // close without writing anything (fault injection)
    // Set: the body is streamed (chunked) by this function after the head,
    // instead of `body`; the connection closes when it returns. It runs on
    // the connection's strand, outside the request deadline.
    std::function<asio::awaitable<void>(StreamWriter&)> stream;

    static HttpResponse json(int status, std::string body);
    static HttpResponse text(int status, std::string body);
    static HttpResponse empty(int status);
};

using Handler = std::function<asio::awaitable<HttpResponse>(HttpRequest&)>;

// Percent-decodes; '+' is a space only in query strings. nullopt on a bad escape.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);
std::string percent_encode(std::string_view text);

// Splits a target into its decoded path and query. nullopt if malformed.
std::optional<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>>
split_target(std::string_view target);

} // namespace sportello::net
