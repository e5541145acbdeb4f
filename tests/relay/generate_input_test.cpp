// sportello-relay generate refuses what it must not do, says why, and
// changes nothing: bad options, a database with citizens' traffic, a running
// relay.
#include "generate_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace sportello::testing;

namespace {

int generate(RelayFixture& f, std::vector<std::string> args, std::string& output) {
    args.insert(args.begin(), {"generate", "--config", f.relay_config});
    output.clear();
    return run_program(relay_binary(), args, &output);
}

// Rows a generation would add, counted (statuses are left out: WhatsApp's
// keep arriving for the relay's own reply meanwhile).
std::int64_t rows(RelayFixture& f) {
    return f.db_int("SELECT (SELECT count(*) FROM inbound_messages) + (SELECT count(*) FROM outbox) + "
                    "(SELECT count(*) FROM contacts) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM users) + "
                    "(SELECT count(*) FROM probe_results) + (SELECT count(*) FROM broadcasts) + "
                    "(SELECT count(*) FROM api_clients) + (SELECT count(*) FROM templates) + "
                    "(SELECT count(*) FROM tree_versions)");
}

} // namespace

TEST(GenerateInput, BadOptionsAreRefusedBeforeTheDatabaseIsTouched) {
    FixtureOptions o;
    o.start_relay = false;
    o.start_simulator = false;
    RelayFixture f(o);
    std::string out;
    EXPECT_EQ(generate(f, {"--year", "2025", "--scael", "0.1"}, out), 2);
    EXPECT_NE(out.find("unknown option '--scael'"), std::string::npos) << out;
    EXPECT_EQ(generate(f, {"--year", "25"}, out), 2);
    EXPECT_NE(out.find("--year: a year as four digits, not '25'"), std::string::npos) << out;
    EXPECT_EQ(generate(f, {"--year", "2999"}, out), 2);
    EXPECT_NE(out.find("not in the future"), std::string::npos) << out;
    EXPECT_EQ(generate(f, {"--year", "2025", "--scale", "0"}, out), 2);
    EXPECT_NE(out.find("--scale: a number above 0"), std::string::npos) << out;
    EXPECT_EQ(generate(f, {"--year", "2025", "--seed", "-3"}, out), 2);
    EXPECT_NE(out.find("--seed: a non-negative integer"), std::string::npos) << out;
    EXPECT_EQ(generate(f, {"--year"}, out), 2);
    EXPECT_NE(out.find("--year needs a value"), std::string::npos) << out;
    EXPECT_FALSE(std::filesystem::exists(f.db_path)) << "a refused generation created the database";
}

TEST(GenerateInput, ARunningRelayAndCitizensTrafficAreLeftAlone) {
    RelayFixture f;
    f.citizen_says("393331234567", "#vaccinazione");
    ASSERT_TRUE(wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL") == 1; }))
        << f.logs();
    std::string out;
    const auto before = rows(f);
    EXPECT_EQ(generate(f, {"--year", "2025", "--scale", "0.0001"}, out), 1);
    EXPECT_NE(out.find("stop the relay before generating"), std::string::npos) << out;
    EXPECT_EQ(rows(f), before);

    f.stop_relay();
    const auto stopped = rows(f);
    EXPECT_EQ(generate(f, {"--year", "2025", "--scale", "0.0001"}, out), 1);
    EXPECT_NE(out.find("already holds 2 messages of citizen traffic"), std::string::npos) << out;
    EXPECT_EQ(rows(f), stopped);
}
