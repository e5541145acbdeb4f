// GET /metrics against the Prometheus text exposition format (0.0.4), read
// by a strict parser written here from the format's rules, and its values
// moving with real traffic (webhooks posted, replies sent by the simulator).
#include "relay_fixture.hpp"
#include "sportello/api/cases.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

// Every sample as "name{label="value",…}" (labels sorted) → value. Throws
// std::runtime_error naming the line for anything the format does not allow.
struct Exposition {
    std::map<std::string, double> samples;
    std::map<std::string, std::string> types;   // family → counter, gauge, histogram, summary, untyped
};

double parse_value(const std::string& text, const std::string& line) {
    if (text == "+Inf") return INFINITY;
    if (text == "-Inf") return -INFINITY;
    if (text == "NaN") return NAN;
    static const std::regex number(R"([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)");
    if (!std::regex_match(text, number)) throw std::runtime_error("not a float value: " + line);
    return std::stod(text);
}

Exposition parse_exposition(const std::string& text) {
    static const std::regex name_re("[a-zA-Z_:][a-zA-Z0-9_:]*");
    static const std::regex label_name_re("[a-zA-Z_][a-zA-Z0-9_]*");
    static const std::set<std::string> known_types{"counter", "gauge", "histogram", "summary", "untyped"};
    if (text.empty() || text.back() != '\n') throw std::runtime_error("the exposition must end with a newline");
    Exposition e;
    std::set<std::string> helped, finished_families;
    std::string current_family;
    auto family_of = [&](const std::string& name) {
        for (const char* suffix : {"_bucket", "_sum", "_count"}) {
            const std::string s = suffix;
            if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
                const auto base = name.substr(0, name.size() - s.size());
                if (e.types.count(base) && (e.types[base] == "histogram" || e.types[base] == "summary")) return base;
            }
        }
        return name;
    };
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        if (line[0] == '#') {
            std::istringstream words(line.substr(1));
            std::string keyword, name;
            words >> keyword >> name;
            if (keyword != "HELP" && keyword != "TYPE") continue;   // a plain comment
            if (!std::regex_match(name, name_re)) throw std::runtime_error("bad metric name: " + line);
            if (keyword == "HELP") {
                if (!helped.insert(name).second) throw std::runtime_error("second HELP: " + line);
                continue;
            }
            std::string type, extra;
            words >> type;
            if (!known_types.count(type) || (words >> extra)) throw std::runtime_error("bad TYPE line: " + line);
            if (e.types.count(name)) throw std::runtime_error("second TYPE: " + line);
            if (finished_families.count(name) || current_family == name)
                throw std::runtime_error("TYPE after the family's samples: " + line);
            e.types[name] = type;
            continue;
        }
        // name[{labels}] value [timestamp]
        std::size_t i = 0;
        while (i < line.size() && line[i] != '{' && line[i] != ' ') ++i;
        const std::string name = line.substr(0, i);
        if (!std::regex_match(name, name_re)) throw std::runtime_error("bad metric name: " + line);
        std::map<std::string, std::string> labels;
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (i < line.size() && line[i] != '}') {
                std::size_t eq = line.find('=', i);
                if (eq == std::string::npos) throw std::runtime_error("label without '=': " + line);
                const std::string label = line.substr(i, eq - i);
                if (!std::regex_match(label, label_name_re) || label.rfind("__", 0) == 0)
                    throw std::runtime_error("bad label name '" + label + "': " + line);
                i = eq + 1;
                if (i >= line.size() || line[i] != '"') throw std::runtime_error("label value not quoted: " + line);
                std::string value;
                for (++i;; ++i) {
                    if (i >= line.size()) throw std::runtime_error("unterminated label value: " + line);
                    if (line[i] == '"') break;
                    if (line[i] == '\\') {
                        ++i;
                        if (i >= line.size()) throw std::runtime_error("dangling escape: " + line);
                        if (line[i] == 'n') value += '\n';
                        else if (line[i] == '\\' || line[i] == '"') value += line[i];
                        else throw std::runtime_error("bad escape: " + line);
                    } else {
                        value += line[i];
                    }
                }
                ++i;   // the closing quote
                if (!labels.emplace(label, value).second) throw std::runtime_error("repeated label: " + line);
                if (i < line.size() && line[i] == ',') ++i;
                else if (i < line.size() && line[i] != '}') throw std::runtime_error("expected ',' or '}': " + line);
            }
            if (i >= line.size()) throw std::runtime_error("unterminated label set: " + line);
            ++i;
        }
        if (i >= line.size() || line[i] != ' ') throw std::runtime_error("no value: " + line);
        std::istringstream rest(line.substr(i + 1));
        std::string value_text, timestamp, extra;
        rest >> value_text >> timestamp >> extra;
        if (value_text.empty() || !extra.empty()) throw std::runtime_error("bad value part: " + line);
        if (!timestamp.empty() && !std::regex_match(timestamp, std::regex("-?\\d+")))
            throw std::runtime_error("bad timestamp: " + line);
        const double value = parse_value(value_text, line);
        const auto family = family_of(name);
        if (family != current_family) {
            if (finished_families.count(family)) throw std::runtime_error("family samples not together: " + line);
            if (!current_family.empty()) finished_families.insert(current_family);
            current_family = family;
        }
        const auto type = e.types.count(family) ? e.types[family] : "untyped";
        if (type == "counter" && !(value >= 0)) throw std::runtime_error("negative counter: " + line);
        if (type == "histogram") {
            if (name == family) throw std::runtime_error("a histogram's sample must be _bucket, _sum or _count: " + line);
            if ((name == family + "_bucket") != labels.count("le"))
                throw std::runtime_error("le belongs on _bucket lines only, and always: " + line);
        }
        std::string key = name + "{";
        for (const auto& [k, v] : labels) key += k + "=\"" + v + "\",";
        key += "}";
        if (!e.samples.emplace(key, value).second) throw std::runtime_error("duplicate sample: " + line);
    }
    // Histograms: buckets ascending in le, counts monotone, +Inf last and equal to _count.
    for (const auto& [family, type] : e.types) {
        if (type != "histogram") continue;
        std::vector<std::pair<double, double>> buckets;
        const std::string prefix = family + "_bucket{le=\"";
        for (const auto& [key, v] : e.samples)
            if (key.rfind(prefix, 0) == 0)
                buckets.emplace_back(parse_value(key.substr(prefix.size(), key.find('"', prefix.size()) - prefix.size()), key), v);
        std::sort(buckets.begin(), buckets.end());
        if (buckets.empty() || !std::isinf(buckets.back().first)) throw std::runtime_error(family + ": no le=\"+Inf\" bucket");
        for (std::size_t k = 1; k < buckets.size(); ++k)
            if (buckets[k].second < buckets[k - 1].second) throw std::runtime_error(family + ": bucket counts decrease");
        if (!e.samples.count(family + "_count{}") || !e.samples.count(family + "_sum{}"))
            throw std::runtime_error(family + ": _sum or _count missing");
        if (e.samples.at(family + "_count{}") != buckets.back().second)
            throw std::runtime_error(family + ": _count differs from the +Inf bucket");
    }
    return e;
}

Exposition scrape(RelayFixture& f, net::Headers headers = {}) {
    auto r = f.relay("GET", "/metrics", {}, std::move(headers));
    if (!r.ok() || r.response->status != 200) throw std::runtime_error("GET /metrics failed");
    if (r.response->header("content-type") != "text/plain; version=0.0.4; charset=utf-8")
        throw std::runtime_error("content type " + std::string(r.response->header("content-type")));
    return parse_exposition(r.response->body);
}

} // namespace

TEST(Metrics, TheStrictParserRefusesWhatTheFormatForbids) {
    EXPECT_NO_THROW(parse_exposition("# HELP a_total x\n# TYPE a_total counter\na_total{k=\"v\\\"\\\\\\n\"} 1\n"));
    for (const char* bad : {"a 1",                                        // no final newline
                            "1a 1\n", "a{k=v} 1\n", "a{__k=\"v\"} 1\n", "a{k=\"v\\t\"} 1\n", "a{k=\"v\"\n",
                            "a one\n", "# TYPE a counter\na -1\n", "# TYPE a gauge\n# TYPE a gauge\n",
                            "a 1\nb 1\na 2\n",                            // a family split
                            "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_sum 1\nh_count 1\n",
                            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n",
                            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 1\n"})
        EXPECT_THROW(parse_exposition(bad), std::runtime_error) << bad;
}

TEST(Metrics, ParseAndMoveWithRealTraffic) {
    RelayFixture f;
    const auto before = scrape(f);
    EXPECT_EQ(before.types.at("sportello_webhooks_received_total"), "counter");
    EXPECT_EQ(before.types.at("sportello_webhook_ack_seconds"), "histogram");
    EXPECT_EQ(before.types.at("sportello_outbox_queued"), "gauge");
    for (const char* family : {"sportello_auto_reply_seconds", "sportello_operator_reply_seconds",
                               "sportello_sqlite_commit_seconds", "sportello_message_statuses_total",
                               "sportello_dispatcher_sends_total", "sportello_cloud_api_errors_total",
                               "sportello_open_cases", "sportello_messages_total"})
        EXPECT_TRUE(before.types.count(family)) << family;
    EXPECT_EQ(before.samples.at("sportello_dispatcher_running{}"), 1);

    f.citizen_says("393401270001", "#tamponi");
    f.citizen_says("393401270002", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401270001").size() == 1 && f.inbox("393401270002").size() == 1; }))
        << f.logs();
    // A forged webhook: refused, and counted as such.
    auto forged = f.relay("POST", "/webhook", "{\"object\":\"whatsapp_business_account\"}",
                          {{"x-hub-signature-256", "sha256=" + std::string(64, '0')}});
    ASSERT_EQ(forged.response->status, 401);
    // The simulator reports delivery: statuses arrive by webhook.
    ASSERT_TRUE(wait_for([&] {
        return scrape(f).samples["sportello_message_statuses_total{status=\"delivered\",}"] >= 2;
    })) << f.logs();

    const auto after = scrape(f);
    auto delta = [&](const std::string& key) { return after.samples.at(key) - before.samples.at(key); };
    EXPECT_GE(delta("sportello_webhooks_received_total{result=\"ok\",}"), 2);   // the messages and their statuses
    EXPECT_EQ(delta("sportello_webhooks_received_total{result=\"invalid_signature\",}"), 1);
    EXPECT_EQ(delta("sportello_messages_total{kind=\"auto_reply\",result=\"sent\",}"), 2);
    EXPECT_EQ(delta("sportello_auto_reply_seconds_count{}"), 2);
    EXPECT_GE(delta("sportello_webhook_ack_seconds_count{}"), 2);
    EXPECT_GT(delta("sportello_webhook_ack_seconds_sum{}"), 0);
    EXPECT_GE(delta("sportello_dispatcher_sends_total{}"), 2);
    EXPECT_GE(delta("sportello_sqlite_commit_seconds_count{}"), 2);
    EXPECT_EQ(after.samples.at("sportello_outbox_queued{lane=\"interactive\",}"), 0);
}

TEST(Metrics, ATokenGuardsThemWhenConfigured) {
    const std::string token = "metrics-token-for-the-scraper";
    FixtureOptions o;
    o.tweak_relay_config = [&](bj::object& c) { c["sla"] = bj::object{{"metrics_token", token}}; };
    RelayFixture f(o);
    EXPECT_EQ(f.relay("GET", "/metrics").response->status, 401);
    EXPECT_EQ(f.relay("GET", "/metrics", {}, {{"authorization", "Bearer not-the-token-at-all"}}).response->status, 401);
    EXPECT_NO_THROW(scrape(f, {{"authorization", "Bearer " + token}}));
}

TEST(Metrics, AnOperatorsFirstReplyIsTimedFromTheCaseOpening) {
    RelayFixture f;
    ASSERT_EQ(f.create_user("operatrice", "una-password-lunga", "operator"), 0);
    const auto token = f.login("operatrice", "una-password-lunga");
    const net::Headers auth{{"authorization", "Bearer " + token}};
    const std::string citizen = "393401270010";
    f.citizen_says(citizen, "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto before = scrape(f);
    EXPECT_EQ(before.samples.at("sportello_open_cases{}"), 1);
    const auto id = std::to_string(f.db_int("SELECT id FROM cases"));
    ASSERT_EQ(f.relay("POST", "/ops/v1/cases/" + id + "/claim", {}, auth).response->status / 100, 2);
    api::CaseReply reply;
    reply.text = "Buongiorno, sono l'operatrice: come posso aiutarla?";
    reply.idempotency_key = "metrics-reply-1";
    ASSERT_EQ(f.relay("POST", "/ops/v1/cases/" + id + "/replies", api::encode(reply), auth).response->status / 100, 2);
    ASSERT_TRUE(wait_for([&] {
        return scrape(f).samples.at("sportello_operator_reply_seconds_count{}") == 1;
    })) << f.logs();
    const auto after = scrape(f);
    EXPECT_EQ(after.samples.at("sportello_messages_total{kind=\"operator_reply\",result=\"sent\",}"), 1);
    EXPECT_GE(after.samples.at("sportello_operator_reply_seconds_sum{}"), 0);
}
