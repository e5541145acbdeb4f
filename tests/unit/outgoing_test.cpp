#include "sportello/json.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace sportello;
namespace bj = boost::json;

TEST(Outgoing, StorageFormRoundTrips) {
    wa::OutgoingMessage list;
    list.kind = wa::OutgoingMessage::Kind::list;
    list.body = "Scegli";
    list.button = "Argomenti";
    list.section_title = "Vaccini";
    list.rows = {{"tag:centrivaccinali", "Centri vaccinali", "#centrivaccinali"}};
    EXPECT_EQ(wa::decode_outgoing(wa::encode(list)).value(), list);
    wa::OutgoingMessage tmpl;
    tmpl.kind = wa::OutgoingMessage::Kind::template_message;
    tmpl.template_name = "promemoria_appuntamento";
    tmpl.template_language = "it";
    tmpl.parameters = {"vaccinazione", "12/03 ore 10:30", "Torino"};
    EXPECT_EQ(wa::decode_outgoing(wa::encode(tmpl)).value(), tmpl);
}

TEST(Outgoing, SendBodiesHaveMetasShape) {
    wa::OutgoingMessage text;
    text.body = "Ciao";
    auto o = bj::parse(wa::send_request_body(text, {"+393401234567", "US.88"}, "wamid.A", "outbox:7")).as_object();
    EXPECT_EQ(o["messaging_product"], "whatsapp");
    EXPECT_EQ(o["to"], "+393401234567");
    EXPECT_EQ(o["type"], "text");
    EXPECT_EQ(o["text"].as_object()["body"], "Ciao");
    EXPECT_EQ(o["context"].as_object()["message_id"], "wamid.A");
    EXPECT_EQ(o["biz_opaque_callback_data"], "outbox:7");
    EXPECT_FALSE(o.contains("recipient"));   // the number, when there is one
    // A citizen known only by a user id: "recipient", and no "to" at all.
    auto u = bj::parse(wa::send_request_body(text, {"", "US.1234"})).as_object();
    EXPECT_EQ(u["recipient"], "US.1234");
    EXPECT_EQ(u["recipient_type"], "individual");
    EXPECT_FALSE(u.contains("to"));
    auto r = bj::parse(wa::mark_read_body("wamid.A")).as_object();
    EXPECT_EQ(r["status"], "read");
}

TEST(Outgoing, ParsesAcceptedAndFailedResponses) {
    auto ok = wa::parse_send_response(200, R"({"messaging_product":"whatsapp","contacts":[{"input":"+39340","wa_id":"39340"}],"messages":[{"id":"wamid.B","message_status":"accepted"}]})");
    ASSERT_TRUE(ok.accepted);
    EXPECT_EQ(ok.accepted->wamid, "wamid.B");
    EXPECT_EQ(ok.accepted->message_status, "accepted");
    auto by_user = wa::parse_send_response(200, R"({"messaging_product":"whatsapp","contacts":[{"input":"US.1234","user_id":"US.1234"}],"messages":[{"id":"wamid.U"}]})");
    ASSERT_TRUE(by_user.accepted);
    EXPECT_EQ(by_user.accepted->user_id, "US.1234");
    EXPECT_EQ(by_user.accepted->wa_id, "");
    auto err = wa::parse_send_response(400, R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"details":"24h"},"fbtrace_id":"T"}})");
    ASSERT_TRUE(err.failure);
    EXPECT_EQ(err.failure->code, 131047);
    EXPECT_EQ(err.failure->details, "24h");
    EXPECT_EQ(err.failure->fbtrace_id, "T");
    auto junk = wa::parse_send_response(502, "<html>Bad gateway</html>");
    ASSERT_TRUE(junk.failure);
    EXPECT_EQ(junk.failure->code, 0);
    EXPECT_EQ(junk.failure->http_status, 502);
    EXPECT_TRUE(wa::parse_send_response(200, R"({"success":true})").accepted);
}
