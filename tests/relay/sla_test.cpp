// The SLA measured by the product, end to end with the real relay and
// simulator: heartbeats, the probe subcommand (its traffic synthetic, never
// sent to WhatsApp), /readyz in both states, and the SLA report.
#include "process.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/sla.hpp"
#include "sportello/time.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <thread>

using namespace sportello;
using namespace sportello::testing;
namespace bj = boost::json;

namespace {

constexpr const char* probe_sender = "390000000999";

FixtureOptions with_probe(std::function<void(bj::object&)> more = {}) {
    FixtureOptions o;
    o.tweak_relay_config = [more](bj::object& c) {
        c["sla"] = bj::object{{"heartbeat_seconds", 1}, {"probe_sender", probe_sender}, {"probe_text", "#tamponi"},
                              {"probe_deadline_seconds", 10},
                              // The fixture's own CA, which signed the relay's certificate.
                              {"probe_ca_file", c.at("whatsapp").at("ca_file")}};
        if (more) more(c);
    };
    return o;
}

int run_probe(RelayFixture& f, std::string* output) {
    return run_program(relay_binary(), {"probe", "--config", f.relay_config}, output);
}

bj::object readyz(RelayFixture& f, int& status) {
    auto r = f.relay("GET", "/readyz");
    status = r.ok() ? r.response->status : 0;
    return r.ok() ? bj::parse(r.response->body).as_object() : bj::object{};
}

} // namespace

TEST(Sla, TheProbeReachesTheOutboxAndNothingGoesToWhatsApp) {
    RelayFixture f(with_probe());
    std::string out;
    ASSERT_EQ(run_probe(f, &out), 0) << out << f.logs();
    EXPECT_NE(out.find("probe ok"), std::string::npos) << out;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM probe_results WHERE ok = 1 AND cause = ''"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE synthetic = 1"), 1);
    // Known by its number, as sla.probe_sender is digits.
    EXPECT_EQ(f.db_int("SELECT count(*) FROM contacts WHERE synthetic = 1 AND phone_hash IS NOT NULL "
                       "AND user_id_hash IS NULL"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox o JOIN contacts c ON c.id = o.contact_id "
                       "WHERE c.synthetic = 1 AND o.state = 'cancelled' AND o.error_title LIKE 'synthetic%'"), 1);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM outbox WHERE wamid IS NOT NULL"), 0);
    ASSERT_EQ(run_probe(f, &out), 0) << out;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM probe_results WHERE ok = 1"), 2);
    // A real citizen is answered through WhatsApp as always; the probe never was.
    f.citizen_says("393401260001", "#tamponi");
    ASSERT_TRUE(wait_for([&] { return f.inbox("393401260001").size() == 1; })) << f.logs();
    EXPECT_TRUE(f.inbox(probe_sender).empty());
    EXPECT_EQ(f.all_sent_messages().size(), 1u);
    // Heartbeats every second, each saying what the relay knows.
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM heartbeats") >= 2; })) << f.logs();
    EXPECT_EQ(f.db_int("SELECT count(*) FROM heartbeats WHERE dispatcher_running = 0 OR sending_stopped = 1"), 0);
}

TEST(Sla, TheProbeFailsWithACauseWhenTheRelayIsDownOrSendingIsStopped) {
    RelayFixture f(with_probe([](bj::object& c) {
        c["sla"].as_object()["probe_deadline_seconds"] = 2;
    }));
    ASSERT_EQ(f.create_user("admin.sla", "una-password-lunga", "admin"), 0);
    // WhatsApp refuses the token: sending stops, the probe's answer waits in the outbox.
    f.sim_faults({bj::object{{"kind", "error"}, {"code", 190}, {"http_status", 401}}});
    f.citizen_says("393401260002", "#tamponi");
    int status = 0;
    ASSERT_TRUE(wait_for([&] { return readyz(f, status).at("sending_stopped") == true; })) << f.logs();
    auto body = readyz(f, status);
    EXPECT_EQ(status, 503);
    EXPECT_EQ(body.at("ready"), false);
    EXPECT_EQ(body.at("database_writable"), true);
    ASSERT_FALSE(body.at("problems").as_array().empty());
    EXPECT_NE(bj::serialize(body.at("problems")).find("190"), std::string::npos);
    std::string out;
    EXPECT_EQ(run_probe(f, &out), 1);
    EXPECT_NE(out.find("dispatcher did not take it"), std::string::npos) << out;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM probe_results WHERE ok = 0 AND cause LIKE '%dispatcher%'"), 1);

    // The relay down: the listener cannot be reached.
    f.stop_relay();
    EXPECT_EQ(run_probe(f, &out), 1);
    EXPECT_NE(out.find("could not be reached"), std::string::npos) << out;
    EXPECT_EQ(f.db_int("SELECT count(*) FROM probe_results WHERE ok = 0"), 2);
}

TEST(Sla, ReadyzNamesAnUnwritableDatabase) {
    RelayFixture f(with_probe([](bj::object& c) { c["database"].as_object()["busy_timeout_ms"] = 200; }));
    int status = 0;
    EXPECT_EQ(readyz(f, status).at("ready"), true);
    EXPECT_EQ(status, 200);
    {
        // Another process holds the write lock: the relay's writes fail.
        storage::Connection holder(f.db_path, storage::Connection::Mode::read_write, true);
        holder.exec_script("BEGIN IMMEDIATE");
        auto body = readyz(f, status);
        EXPECT_EQ(status, 503);
        EXPECT_EQ(body.at("database_writable"), false);
        EXPECT_EQ(body.at("dispatcher_running"), true);
        EXPECT_NE(bj::serialize(body.at("problems")).find("database"), std::string::npos);
        holder.exec_script("ROLLBACK");
    }
    EXPECT_EQ(readyz(f, status).at("ready"), true);
    EXPECT_EQ(status, 200);
}

TEST(Sla, TheReportAnswersForTheMonthAndRefusesABadOne) {
    RelayFixture f(with_probe());
    ASSERT_EQ(f.create_user("capo", "una-password-lunga", "supervisor"), 0);
    const auto token = f.login("capo", "una-password-lunga");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM heartbeats") >= 1; })) << f.logs();
    std::string out;
    ASSERT_EQ(run_probe(f, &out), 0) << out;
    const net::Headers auth{{"authorization", "Bearer " + token}};
    auto r = f.relay("GET", "/ops/v1/reports/sla", {}, auth);
    ASSERT_EQ(r.response->status, 200) << r.response->body;
    auto report = api::decode_sla_report(r.response->body);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->month, time::format_date(time::now_ms() + 3600'000).substr(0, 7));
    EXPECT_GE(report->days.size(), 28u);
    EXPECT_NEAR(report->target_percent, 99.6, 1e-9);
    EXPECT_GT(report->budget_minutes, 170.0);
    // A month before monitoring began: nothing measured, the whole budget left.
    auto past = f.relay("GET", "/ops/v1/reports/sla?month=2020-02", {}, auth);
    ASSERT_EQ(past.response->status, 200);
    auto february = api::decode_sla_report(past.response->body);
    ASSERT_TRUE(february);
    EXPECT_EQ(february->measured_minutes, 0);
    EXPECT_EQ(february->month_minutes, 29 * 1440);
    EXPECT_NEAR(february->budget_left_minutes, 29 * 1440 * 0.004, 1e-9);
    auto bad = f.relay("GET", "/ops/v1/reports/sla?month=2026-13", {}, auth);
    EXPECT_EQ(bad.response->status, 400);
    EXPECT_NE(bad.response->body.find("month"), std::string::npos);
}

// The relay killed for a measured time: once the minute is over, the report
// shows a relay_down incident as long as the outage, to the minute the
// heartbeats' gap touched, and the month's availability falls by as much.
TEST(Sla, ARelayKilledForAMeasuredTimeBecomesARelayDownIncident) {
    RelayFixture f(with_probe());
    ASSERT_EQ(f.create_user("capo", "una-password-lunga", "supervisor"), 0);
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM heartbeats") >= 2; })) << f.logs();
    f.kill_relay();
    const auto killed = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::seconds(5));
    f.start_relay();
    f.wait_until_ready();
    const auto down_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - killed).count();
    const auto token = f.login("capo", "una-password-lunga");
    std::optional<api::SlaIncident> incident;
    std::optional<api::SlaReport> report;
    // The incident's minutes count once they have ended: up to a minute's wait.
    ASSERT_TRUE(wait_for([&] {
        auto r = f.relay("GET", "/ops/v1/reports/sla", {}, {{"authorization", "Bearer " + token}});
        if (!r.ok() || r.response->status != 200) return false;
        auto decoded = api::decode_sla_report(r.response->body);
        if (!decoded) return false;
        for (const auto& i : decoded->incidents)
            if (i.cause == api::IncidentCause::relay_down) incident = i;
        report = *decoded;
        return incident.has_value();
    }, std::chrono::seconds(90))) << f.logs();
    // A gap of down_s seconds touches one minute, or two across a boundary.
    EXPECT_GE(incident->minutes, 1);
    EXPECT_LE(incident->minutes, static_cast<std::int64_t>(down_s / 60) + 2);
    EXPECT_LE(std::abs(static_cast<double>(incident->minutes) * 60 - down_s), 60.0 + 60.0) << down_s;
    EXPECT_NE(incident->detail.find("no heartbeat"), std::string::npos) << incident->detail;
    EXPECT_GE(report->unavailable_minutes, incident->minutes);
    ASSERT_TRUE(report->availability_percent);
    EXPECT_LT(*report->availability_percent, 100.0);
}
