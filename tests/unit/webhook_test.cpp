#include "sportello/whatsapp/identity.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <gtest/gtest.h>

using namespace sportello;

TEST(Webhook, ParsesEveryEntryChangeMessageAndStatus) {
    const std::string body = R"({"object":"whatsapp_business_account","entry":[
      {"id":"W1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
        "metadata":{"display_phone_number":"390110000000","phone_number_id":"P1"},
        "contacts":[{"profile":{"name":"Anna"},"wa_id":"393400000002"},{"profile":{"name":"Bruno"},"wa_id":"393400000001"}],
        "messages":[{"from":"393400000001","id":"wamid.A","timestamp":"1773130500","type":"text","text":{"body":"#tamponi"}},
                    {"from":"393400000002","id":"wamid.B","timestamp":"1773130501","type":"text","text":{"body":"ciao"}}]}}]},
      {"id":"W1","changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"P1"},
        "statuses":[{"id":"wamid.X","status":"read","timestamp":"1773130514","recipient_id":"393400000001",
                     "biz_opaque_callback_data":"outbox:12"},
                    {"id":"wamid.Y","status":"failed","timestamp":"1773130515","recipient_id":"393400000001",
                     "errors":[{"code":131047,"title":"Re-engagement message","error_data":{"details":"24h"}}]}]}}]}]})";
    auto p = wa::parse_webhook(body);
    ASSERT_TRUE(p) << p.error().message;
    ASSERT_EQ(p->changes.size(), 2u);
    const auto& msgs = p->changes[0].messages;
    ASSERT_EQ(msgs.size(), 2u);
    // Senders are matched by wa_id, never by array position.
    EXPECT_EQ(msgs[0].profile_name, "Bruno");
    EXPECT_EQ(msgs[1].profile_name, "Anna");
    EXPECT_EQ(msgs[0].timestamp, 1773130500);
    EXPECT_EQ(msgs[0].text, "#tamponi");
    const auto& st = p->changes[1].statuses;
    ASSERT_EQ(st.size(), 2u);
    EXPECT_EQ(st[0].callback_data, "outbox:12");
    EXPECT_EQ(st[1].errors.at(0).code, 131047);
    EXPECT_EQ(st[1].errors.at(0).details, "24h");
}

TEST(Webhook, ReadsInteractiveButtonMediaLocationReactionSystemAndUnknown) {
    const std::string body = R"({"entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"P"},"messages":[
      {"from":"39","id":"w1","timestamp":"1","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"tag:tamponi","title":"Tamponi"}}},
      {"from":"39","id":"w2","timestamp":"1","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"b1","title":"Sì"}}},
      {"from":"39","id":"w3","timestamp":"1","type":"button","button":{"payload":"APPT_CONFIRM:7F3K2","text":"Confermo"},"context":{"id":"wamid.T"}},
      {"from":"39","id":"w4","timestamp":"1","type":"image","image":{"id":"M1","mime_type":"image/jpeg","sha256":"abc=","caption":"referto"}},
      {"from":"39","id":"w5","timestamp":"1","type":"location","location":{"latitude":45.07,"longitude":7.68,"name":"Torino"}},
      {"from":"39","id":"w6","timestamp":"1","type":"reaction","reaction":{"message_id":"wamid.R"}},
      {"from":"39","id":"w7","timestamp":"1","type":"system","system":{"body":"changed","wa_id":"3955","type":"user_changed_number"}},
      {"from":"39","id":"w8","timestamp":"1","type":"system","system":{"body":"changed","new_wa_id":"3966","type":"customer_changed_number"}},
      {"from":"39","id":"w9","timestamp":"1","type":"unknown","errors":[{"code":131051,"details":"Message type is not currently supported","title":"Unsupported message type"}]},
      {"from":"39","id":"w10","timestamp":"1","type":"poll_v9","poll_v9":{"x":1}}]}}]}]})";
    auto p = wa::parse_webhook(body);
    ASSERT_TRUE(p);
    const auto& m = p->changes.at(0).messages;
    ASSERT_EQ(m.size(), 10u);
    EXPECT_EQ(m[0].reply_id, "tag:tamponi");
    EXPECT_EQ(m[1].reply_id, "b1");
    EXPECT_EQ(m[2].reply_id, "APPT_CONFIRM:7F3K2");
    EXPECT_EQ(m[2].context_wamid, "wamid.T");
    EXPECT_EQ(m[3].media_id, "M1");
    EXPECT_EQ(m[3].text, "referto");
    EXPECT_DOUBLE_EQ(*m[4].latitude, 45.07);
    EXPECT_EQ(m[5].reaction_to, "wamid.R");
    EXPECT_TRUE(m[5].emoji.empty());   // removal
    EXPECT_EQ(m[6].new_wa_id, "3955");
    EXPECT_EQ(m[7].new_wa_id, "3966");
    EXPECT_EQ(m[8].errors.at(0).code, 131051);
    EXPECT_EQ(m[9].type, "poll_v9");   // unknown types are kept, not dropped
}

TEST(Webhook, OddShapesAreSkippedWithWarningsNotErrors) {
    auto p = wa::parse_webhook(R"({"entry":[5,{"changes":"no"},{"changes":[{"field":"messages","value":{"messages":[1,{"id":"w"}]}}]}]})");
    ASSERT_TRUE(p);
    EXPECT_GE(p->warnings.size(), 3u);
    ASSERT_EQ(p->changes.size(), 1u);
    EXPECT_EQ(p->changes[0].messages.size(), 1u);
}

TEST(Webhook, NotJsonIsAnError) {
    for (const char* bad : {"", "{", "[]", "\"x\"", "{\"entry\":[}"}) EXPECT_FALSE(wa::parse_webhook(bad)) << bad;
}

TEST(Webhook, BuildersProduceAsciiThatParsesBack) {
    const wa::build::Sender s{"393400000101", "Giulia \xC3\x88"};
    const auto body = wa::build::envelope("W", "P", "390110000000", {s},
                                          {wa::build::text_message(s, "wamid.Z", 1773130500, "perch\xC3\xA9 \xF0\x9F\x98\x80")}, {});
    for (unsigned char c : body) EXPECT_LT(c, 0x80);
    EXPECT_NE(body.find("\\u00e9"), std::string::npos);
    EXPECT_NE(body.find("\\ud83d\\ude00"), std::string::npos);
    auto p = wa::parse_webhook(body);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->changes.at(0).messages.at(0).text, "perch\xC3\xA9 \xF0\x9F\x98\x80");
    EXPECT_EQ(p->changes.at(0).messages.at(0).profile_name, "Giulia \xC3\x88");
}

// Usernames (whatsapp-cloud-api.md §2.6): a sender with no "from" at all,
// only from_user_id and contacts[].user_id with the username; or both.
TEST(Webhook, ReadsUserIdsUsernamesAndGroups) {
    const std::string body = R"({"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages",
      "value":{"metadata":{"phone_number_id":"P"},
        "contacts":[{"profile":{"name":"Anna","username":"anna.to"},"user_id":"US.77","parent_user_id":"PU.1"},
                    {"profile":{"name":"Bruno"},"wa_id":"393401112222","user_id":"US.88"}],
        "messages":[{"from_user_id":"US.77","from_parent_user_id":"PU.1","id":"wamid.U1","timestamp":"1773130500",
                     "type":"text","text":{"body":"#tamponi"}},
                    {"from":"393401112222","id":"wamid.U2","timestamp":"1773130501","type":"text","text":{"body":"ciao"}},
                    {"from":"393401112222","group_id":"G.5","id":"wamid.U3","timestamp":"x","type":"text","text":{"body":"ciao"}}],
        "statuses":[{"id":"wamid.S","status":"read","timestamp":"1773130502","recipient_id":"","recipient_user_id":"US.77"}]}}]}]})";
    auto p = wa::parse_webhook(body);
    ASSERT_TRUE(p);
    const auto& m = p->changes.at(0).messages;
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m[0].from, "");
    EXPECT_EQ(m[0].from_user_id, "US.77");
    EXPECT_EQ(m[0].profile_name, "Anna");
    EXPECT_EQ(m[0].username, "anna.to");
    EXPECT_EQ(m[1].from, "393401112222");
    EXPECT_EQ(m[1].from_user_id, "US.88");   // from contacts, matched by wa_id
    EXPECT_EQ(m[1].profile_name, "Bruno");
    EXPECT_EQ(m[2].group_id, "G.5");
    EXPECT_EQ(m[2].timestamp, 0);            // not a number
    EXPECT_EQ(p->changes.at(0).statuses.at(0).recipient_user_id, "US.77");

    // The builders write the same shapes.
    const wa::build::Sender only_user{"", "Anna", "US.77", "anna.to"};
    auto built = wa::parse_webhook(wa::build::envelope("W", "P", "39011", {only_user},
                                                       {wa::build::text_message(only_user, "wamid.B1", 1773130500, "ciao")}, {}));
    ASSERT_TRUE(built);
    EXPECT_EQ(built->changes.at(0).messages.at(0).from, "");
    EXPECT_EQ(built->changes.at(0).messages.at(0).from_user_id, "US.77");
    EXPECT_EQ(built->changes.at(0).messages.at(0).username, "anna.to");
}

TEST(Identity, UserIdsTimestampsAndMasks) {
    EXPECT_TRUE(wa::is_user_id("US.1234"));
    EXPECT_TRUE(wa::is_user_id("user.9f3a_b-c"));
    EXPECT_FALSE(wa::is_user_id(""));
    EXPECT_FALSE(wa::is_user_id("US 1234"));
    EXPECT_FALSE(wa::is_user_id("US.1234\n"));
    EXPECT_FALSE(wa::is_user_id(std::string(257, 'a')));
    EXPECT_TRUE(wa::is_user_id(std::string(256, 'a')));
    EXPECT_EQ(wa::mask_user_id("US.12345678"), "US.\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "78");
    EXPECT_EQ(wa::mask_user_id("US.1"), "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2");

    const std::int64_t now_ms = 1773130500000;
    EXPECT_EQ(wa::plausible_time_ms(1773130400, now_ms), 1773130400000);
    EXPECT_EQ(wa::plausible_time_ms(1773130500 + 23 * 3600, now_ms), (1773130500 + 23 * 3600) * 1000LL);
    EXPECT_FALSE(wa::plausible_time_ms(1773130500 + 25 * 3600, now_ms));   // more than a day ahead
    EXPECT_FALSE(wa::plausible_time_ms(0, now_ms));                         // missing or not a number
    EXPECT_FALSE(wa::plausible_time_ms(-5, now_ms));
    EXPECT_FALSE(wa::plausible_time_ms(1230767999, now_ms));                // before 2009
    EXPECT_TRUE(wa::plausible_time_ms(1230768000, now_ms));
}
