// The one JSON codec of /ops/v1: round trips, and golden files that pin the
// shapes both programs depend on.
#include "sportello/api/codec.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace sportello;

namespace {

std::string golden(const std::string& name) {
    std::ifstream in(std::string(SPORTELLO_GOLDEN_DIR) + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

api::PublishedTree sample_tree() {
    api::PublishedTree t;
    t.version = 3;
    t.published_at_ms = 1795339800000;   // 2026-11-22T09:30:00Z
    t.published_by = "m.rossi";
    t.note = "Orari aggiornati";
    hashtag::TreeNode root;
    root.id = 1;
    root.tag = "menu";
    root.title = "Menu principale";
    root.answer_it = "Benvenuto";
    hashtag::TreeNode child;
    child.id = 2;
    child.parent_id = 1;
    child.position = 0;
    child.tag = "centrivaccinali";
    child.aliases = {"hub"};
    child.title = "Centri vaccinali";
    child.title_en = "Vaccination centres";
    child.answer_it = "Ci si vaccina nelle ASL. \xC3\x88 gratuito.";
    child.answer_en = "Vaccinations at the ASL.";
    child.valid_from = "2026-01-01";
    child.valid_until = "2026-12-31";
    child.reviewed_at = "2026-10-15";
    child.reviewer = "Ufficio comunicazione";
    t.nodes = {root, child};
    return t;
}

api::Session sample_session() {
    return api::Session{"tok_abc", 1795339800000, api::UserInfo{7, "operatore", "Operatore demo", Role::editor}};
}

} // namespace

TEST(Contract, TreeMatchesGoldenAndRoundTrips) {
    const auto tree = sample_tree();
    EXPECT_EQ(api::encode(tree), golden("tree.json"));
    auto decoded = api::decode<api::PublishedTree>(golden("tree.json"));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(*decoded, tree);
}

TEST(Contract, SessionMatchesGoldenAndRoundTrips) {
    EXPECT_EQ(api::encode(sample_session()), golden("session.json"));
    auto decoded = api::decode<api::Session>(golden("session.json"));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(*decoded, sample_session());
}

TEST(Contract, ErrorBodyMatchesGoldenAndRoundTrips) {
    const auto e = make_error(api::ErrorCode::consent_missing, "no consent for personal reminders", "phone");
    EXPECT_EQ(api::encode(e), golden("error.json"));
    EXPECT_EQ(api::decode_error(golden("error.json")), e);
    EXPECT_FALSE(api::decode_error("{\"oops\":1}").has_value());
}

TEST(Contract, LoginRequestRoundTripsAndNamesBadFields) {
    const api::LoginRequest req{"operatore", "segreto \xE2\x82\xAC", {}, {}};
    EXPECT_EQ(api::decode<api::LoginRequest>(api::encode(req)).value(), req);
    EXPECT_EQ(api::encode(req).find("totp_code"), std::string::npos) << "absent when not given";
    const api::LoginRequest with_code{"operatore", "p", "123456", {}};
    EXPECT_EQ(api::decode<api::LoginRequest>(api::encode(with_code)).value(), with_code);
    const api::LoginRequest with_recovery{"operatore", "p", {}, "abcd-efgh-jkmn"};
    EXPECT_EQ(api::decode<api::LoginRequest>(api::encode(with_recovery)).value(), with_recovery);
    auto both = api::decode<api::LoginRequest>(R"({"username":"x","password":"p","totp_code":"1","recovery_code":"2"})");
    ASSERT_FALSE(both);
    EXPECT_EQ(both.error().field, "recovery_code");

    auto missing = api::decode<api::LoginRequest>(R"({"username":"x"})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, api::ErrorCode::invalid_request);
    EXPECT_EQ(missing.error().field, "password");

    auto wrong_type = api::decode<api::LoginRequest>(R"({"username":5,"password":"p"})");
    ASSERT_FALSE(wrong_type);
    EXPECT_EQ(wrong_type.error().field, "username");
    EXPECT_NE(wrong_type.error().message.find("expected a string"), std::string::npos);
}

TEST(Contract, MalformedBodiesSayWhatIsWrong) {
    for (const char* bad : {"", "{", "[1,2", "{\"a\":1} x", "nul"}) {
        auto r = api::decode<api::LoginRequest>(bad);
        ASSERT_FALSE(r) << bad;
        EXPECT_EQ(r.error().code, api::ErrorCode::invalid_json) << bad;
    }
    auto utf8 = api::decode<api::LoginRequest>("{\"username\":\"\xFF\",\"password\":\"p\"}");
    ASSERT_FALSE(utf8);
    EXPECT_EQ(utf8.error().code, api::ErrorCode::invalid_json);
    std::string deep(100, '[');
    deep += std::string(100, ']');
    auto too_deep = api::decode<api::LoginRequest>(deep);
    ASSERT_FALSE(too_deep);
    EXPECT_NE(too_deep.error().message.find("nesting"), std::string::npos);
}

TEST(Contract, DatesAreValidated) {
    auto bad = api::decode<api::PublishedTree>(
        R"({"version":1,"nodes":[{"id":1,"tag":"menu","valid_until":"2026-02-30"}]})");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "nodes[0].valid_until");
}

TEST(Contract, ListsNameTheFieldThatIsMissingOrNotAList) {
    auto missing = api::decode<api::PublishedTree>(R"({"version":1})");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "nodes");
    auto not_a_list = api::decode<api::PublishedTree>(R"({"version":1,"nodes":{"id":1}})");
    ASSERT_FALSE(not_a_list);
    EXPECT_EQ(not_a_list.error().field, "nodes");
    EXPECT_NE(not_a_list.error().message.find("array"), std::string::npos) << not_a_list.error().message;
    auto bad_element = api::decode<api::PublishedTree>(R"({"version":1,"nodes":[{"id":1,"tag":"a"},7]})");
    ASSERT_FALSE(bad_element);
    EXPECT_EQ(bad_element.error().field, "nodes[1]");
}

TEST(Contract, EveryErrorCodeHasAStableIdAndStatus) {
    using api::ErrorCode;
    EXPECT_EQ(api::http_status(ErrorCode::invalid_signature), 401);
    EXPECT_EQ(api::http_status(ErrorCode::conflict), 409);
    EXPECT_EQ(api::http_status(ErrorCode::payload_too_large), 413);
    EXPECT_EQ(api::http_status(ErrorCode::consent_missing), 403);
    EXPECT_EQ(api::http_status(ErrorCode::storage_unavailable), 503);
    for (int i = 0; i <= static_cast<int>(ErrorCode::internal); ++i) {
        const auto code = static_cast<ErrorCode>(i);
        EXPECT_EQ(api::error_code_from_string(api::to_string(code)), code);
    }
}
