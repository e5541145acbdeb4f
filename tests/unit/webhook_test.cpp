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
