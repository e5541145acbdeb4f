// Outbox states: one list of names (stored, and the statuses of /api/v1) and
// one forward-only rank, which the SQL of status updates follows.
#include "outbound/outbox.hpp"
#include "storage/schema.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

using namespace sportello;
using namespace sportello::relay;

TEST(OutboxState, NamesRoundTripAndAreTheStatusesOfTheApi) {
    for (const auto state : all_outbox_states) EXPECT_EQ(outbox_state_from_string(to_string(state)), state);
    EXPECT_EQ(outbox_state_from_string("accepted"), std::nullopt);
    EXPECT_EQ(outbox_state_from_string("Queued"), std::nullopt);
    EXPECT_EQ(outbox_state_from_string(""), std::nullopt);

    // docs/openapi.yaml, Status: every state but played (the relay sends no voice messages).
    std::ifstream in(SPORTELLO_OPENAPI);
    std::ostringstream doc;
    doc << in.rdbuf();
    const std::string text = doc.str();
    std::smatch listed;
    ASSERT_TRUE(std::regex_search(text, listed, std::regex(R"(\n    Status:\n      type: string\n      enum: \[([^\]]*)\])")));
    std::string expected;
    for (const auto state : all_outbox_states) {
        if (state == OutboxState::played) continue;
        if (!expected.empty()) expected += ", ";
        expected += to_string(state);
    }
    EXPECT_EQ(listed[1].str(), expected);
}

TEST(OutboxState, RanksFollowTheWayAMessageGoes) {
    using enum OutboxState;
    EXPECT_LT(forward_rank(queued), forward_rank(sending));
    EXPECT_LT(forward_rank(sending), forward_rank(sent));
    EXPECT_LT(forward_rank(sent), forward_rank(delivered));
    EXPECT_LT(forward_rank(delivered), forward_rank(read));
    EXPECT_EQ(forward_rank(read), forward_rank(played));
    EXPECT_LT(forward_rank(read), forward_rank(failed));
    EXPECT_LT(forward_rank(failed), forward_rank(cancelled));
    EXPECT_EQ(forward_rank(expired), forward_rank(queued));
}

// Every stored state against every status WhatsApp reports: the row moves
// exactly when forward_rank says so (the SQL's rank is generated from it).
TEST(OutboxState, AStatusMovesARowOnlyWhereTheRankSays) {
    const auto dir = std::filesystem::temp_directory_path() / ("sportello-outbox-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        storage::Connection c((dir / "t.db").string(), storage::Connection::Mode::read_write, false);
        storage::migrate(c);
        c.query("INSERT INTO contacts(id, phone_hash, phone_enc, created_at) VALUES (1, x'01', x'01', 0)").run();
        int n = 0;
        for (const auto stored : all_outbox_states) {
            for (const auto status : all_outbox_states) {
                if (!reported_by_whatsapp(status)) continue;
                const std::string wamid = "wamid." + std::to_string(++n);
                const NewOutbound row{"key" + std::to_string(n), 1, "push", Lane::bulk, storage::Blob{1}, {}, {}, 0};
                const auto id = enqueue(c, row, 0).id;
                c.query("UPDATE outbox SET state = ?, wamid = ? WHERE id = ?", stored, wamid, id).run();
                wa::StatusUpdate update;
                update.wamid = wamid;
                update.status = to_string(status);
                if (status == OutboxState::failed) update.errors.push_back({131026, "undeliverable", "", "details"});
                ASSERT_TRUE(apply_status(c, update, status, 1000, 2000));
                auto q = c.query("SELECT state, error_code FROM outbox WHERE id = ?", id);
                ASSERT_TRUE(q.next());
                const bool moves = forward_rank(status) > forward_rank(stored);
                EXPECT_EQ(q.text(0), to_string(moves ? status : stored)) << to_string(stored) << " + " << update.status;
                EXPECT_EQ(q.optional_int64(1).has_value(), moves && status == OutboxState::failed) << to_string(stored);
            }
        }
    }
    std::filesystem::remove_all(dir);
}
