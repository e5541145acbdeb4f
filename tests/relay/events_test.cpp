// GET /ops/v1/events against the real relay, read by a real client (curl,
// streaming): every event exactly once and in order across a forced
// disconnect in the middle of a thousand, with Last-Event-ID.
#include "process.hpp"
#include "relay_fixture.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

struct Event {
    std::int64_t id = 0;
    std::string type;
};

// The complete events in an SSE transcript (a block cut by a disconnect is not one).
std::vector<Event> events_in(const std::string& transcript) {
    std::vector<Event> out;
    std::size_t at = 0;
    for (auto end = transcript.find("\n\n", at); end != std::string::npos; end = transcript.find("\n\n", at)) {
        const auto block = transcript.substr(at, end - at);
        at = end + 2;
        const auto id = block.find("id: "), type = block.find("event: ");
        if (id == std::string::npos || type == std::string::npos) continue;   // retry: or a heartbeat
        out.push_back({std::stoll(block.substr(id + 4, block.find('\n', id) - id - 4)),
                       block.substr(type + 7, block.find('\n', type) - type - 7)});
    }
    return out;
}

// curl reading the stream as it comes, into `file`.
std::unique_ptr<Process> listen(const RelayFixture& f, const std::string& token, const std::string& file,
                                const std::string& last_event_id) {
    std::vector<std::string> args{"-sSN", "--cacert", f.ca_file, "-H", "Authorization: Bearer " + token};
    if (!last_event_id.empty()) args.insert(args.end(), {"-H", "Last-Event-ID: " + last_event_id});
    args.push_back(f.relay_url + "/ops/v1/events" + (last_event_id.empty() ? "?after=0" : ""));
    return std::make_unique<Process>("/usr/bin/curl", args, file);
}

std::string login(RelayFixture& f, const std::string& user, const std::string& role) {
    if (f.create_user(user, "una-password-lunga", role) != 0) throw std::runtime_error("create_user");
    return f.login(user, "una-password-lunga");
}

} // namespace

TEST(Events, EveryEventExactlyOnceInOrderAcrossAForcedDisconnect) {
    RelayFixture f;
    const auto token = login(f, "anna", "operator");
    f.citizen_says("393401400001", "#operatore");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 1; })) << f.logs();
    const auto id = std::to_string(f.db_int("SELECT id FROM cases"));
    const std::string first = f.dir + "/events-1.txt", second = f.dir + "/events-2.txt";
    auto reader = listen(f, token, first, {});
    ASSERT_TRUE(wait_for([&] { return !events_in(read_text_file(first)).empty(); })) << read_text_file(first) << f.logs();
    EXPECT_EQ(events_in(read_text_file(first)).front().type, "case_opened");

    // A thousand changes: claim and release, again and again.
    constexpr int rounds = 500;
    std::atomic<int> failures{0};
    std::thread changes([&] {
        const net::Headers auth{{"authorization", "Bearer " + token}};
        for (int i = 0; i < rounds; ++i) {
            if (f.relay("POST", "/ops/v1/cases/" + id + "/claim", {}, auth).response->status != 200) ++failures;
            if (f.relay("POST", "/ops/v1/cases/" + id + "/release", {}, auth).response->status != 204) ++failures;
        }
    });
    // Cut the connection in the middle, then come back from the last event seen.
    ASSERT_TRUE(wait_for([&] { return events_in(read_text_file(first)).size() >= 400; }, std::chrono::seconds(120)));
    reader->kill_now();
    const auto before = events_in(read_text_file(first));
    reader = listen(f, token, second, std::to_string(before.back().id));
    changes.join();
    EXPECT_EQ(failures, 0);
    const auto last = f.db_int("SELECT max(id) FROM case_events");
    EXPECT_EQ(last, 1 + 2 * rounds);
    ASSERT_TRUE(wait_for([&] {
        const auto after = events_in(read_text_file(second));
        return !after.empty() && after.back().id == last;
    }, std::chrono::seconds(60))) << read_text_file(second).substr(0, 2000);

    std::vector<Event> all = before;
    const auto after = events_in(read_text_file(second));
    all.insert(all.end(), after.begin(), after.end());
    ASSERT_EQ(all.size(), static_cast<std::size_t>(last));
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].id, static_cast<std::int64_t>(i + 1)) << "event " << i;
        if (i > 0) EXPECT_EQ(all[i].type, i % 2 == 1 ? "case_claimed" : "case_released") << "event " << i;
    }
}

TEST(Events, NeedAnswerRequestsAndAReadableLastEventId) {
    RelayFixture f;
    const auto viewer = login(f, "lettore", "viewer");
    const auto op = login(f, "anna", "operator");
    EXPECT_EQ(f.relay("GET", "/ops/v1/events", {}, {{"authorization", "Bearer " + viewer}}).response->status, 403);
    EXPECT_EQ(f.relay("GET", "/ops/v1/events", {}, {{"authorization", "Bearer " + op}, {"last-event-id", "x7"}})
                  .response->status, 400);
    EXPECT_EQ(f.relay("GET", "/ops/v1/events").response->status, 401);
}

TEST(Events, ADisabledOperatorsOpenStreamEndsAndGetsNothingMore) {
    RelayFixture f;
    const auto token = login(f, "anna", "operator");
    const auto admin = login(f, "amministratore", "admin");
    const std::string transcript = f.dir + "/events-disabled.txt";
    auto reader = listen(f, token, transcript, {});
    f.citizen_says("393401400002", "#operatore");
    ASSERT_TRUE(wait_for([&] { return !events_in(read_text_file(transcript)).empty(); })) << f.logs();
    const auto seen = events_in(read_text_file(transcript)).size();
    const auto anna = std::to_string(f.db_int("SELECT id FROM users WHERE username = 'anna'"));
    ASSERT_EQ(f.relay("PATCH", "/ops/v1/users/" + anna, R"({"disabled":true})",
                      {{"authorization", "Bearer " + admin}}).response->status, 200);
    f.citizen_says("393401400003", "#operatore");   // a change the stream would carry
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM cases") == 2; })) << f.logs();
    // The stream ends at that event (or at the next heartbeat at the latest) without writing it.
    EXPECT_TRUE(wait_for([&] { return !reader->running(); }, std::chrono::seconds(30))) << read_text_file(transcript);
    EXPECT_EQ(events_in(read_text_file(transcript)).size(), seen) << read_text_file(transcript);
}
