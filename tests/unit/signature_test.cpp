#include "sportello/crypto.hpp"
#include "sportello/whatsapp/signature.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

using namespace sportello;

// Known answers: the classic HMAC-SHA256 vector and RFC 4231 test case 2.
TEST(Signature, KnownAnswers) {
    EXPECT_EQ(crypto::hex_encode(crypto::hmac_sha256("key", "The quick brown fox jumps over the lazy dog")),
              "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    EXPECT_EQ(crypto::hex_encode(crypto::hmac_sha256("Jefe", "what do ya want for nothing?")),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    EXPECT_EQ(wa::sign_body("The quick brown fox jumps over the lazy dog", "key"),
              "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
}

// The MAC keeps keyed contexts per thread: keys must never bleed into each
// other, whatever the order of calls, the number of keys or the thread.
TEST(Signature, KeysStayApartAcrossCallsAndThreads) {
    const std::string long_key(131, '\xaa');   // RFC 4231 test case 6: hashed first
    const std::string long_msg = "Test Using Larger Than Block-Size Key - Hash Key First";
    auto check_all = [&] {
        for (int round = 0; round < 3; ++round) {
            EXPECT_EQ(crypto::hex_encode(crypto::hmac_sha256(long_key, long_msg)),
                      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
            EXPECT_EQ(crypto::hex_encode(crypto::hmac_sha256("", "")),
                      "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
            EXPECT_EQ(crypto::hex_encode(crypto::hmac_sha256("Jefe", "what do ya want for nothing?")),
                      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
            // More keys than a thread keeps, then the first ones again.
            for (int k = 0; k < 12; ++k)
                EXPECT_NE(crypto::hmac_sha256("key" + std::to_string(k), "x"),
                          crypto::hmac_sha256("key" + std::to_string(k + 1), "x"));
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) threads.emplace_back(check_all);
    check_all();
    for (auto& t : threads) t.join();
}

TEST(Signature, ValidHeaderIsAccepted) {
    const std::string body = R"({"object":"whatsapp_business_account","entry":[]})";
    EXPECT_EQ(wa::check_signature(wa::sign_body(body, "s3cret"), body, "s3cret"), wa::SignatureCheck::valid);
}

TEST(Signature, UppercaseHexIsAccepted) {
    const std::string body = "x";
    std::string header = wa::sign_body(body, "k");
    for (std::size_t i = 7; i < header.size(); ++i) header[i] = static_cast<char>(std::toupper(header[i]));
    EXPECT_EQ(wa::check_signature(header, body, "k"), wa::SignatureCheck::valid);
}

TEST(Signature, RejectsMissingMalformedAndWrong) {
    const std::string body = "payload";
    const std::string good = wa::sign_body(body, "k");
    EXPECT_EQ(wa::check_signature("", body, "k"), wa::SignatureCheck::missing);
    EXPECT_EQ(wa::check_signature("sha1=abcdef", body, "k"), wa::SignatureCheck::malformed);
    EXPECT_EQ(wa::check_signature(good.substr(0, good.size() - 1), body, "k"), wa::SignatureCheck::malformed);
    EXPECT_EQ(wa::check_signature("sha256=" + std::string(64, 'g'), body, "k"), wa::SignatureCheck::malformed);
    EXPECT_EQ(wa::check_signature(good, body + " ", "k"), wa::SignatureCheck::mismatch);
    EXPECT_EQ(wa::check_signature(good, body, "other-secret"), wa::SignatureCheck::mismatch);
}

// The signature covers the bytes as sent: Meta's escaped form and the same
// text unescaped are different bodies.
TEST(Signature, CoversRawBytesNotParsedJson) {
    const std::string escaped = R"({"text":"perch\u00e9"})";
    const std::string unescaped = "{\"text\":\"perch\xC3\xA9\"}";
    const auto header = wa::sign_body(escaped, "k");
    EXPECT_EQ(wa::check_signature(header, escaped, "k"), wa::SignatureCheck::valid);
    EXPECT_EQ(wa::check_signature(header, unescaped, "k"), wa::SignatureCheck::mismatch);
}

TEST(Crypto, ConstantTimeEqualAndEncodings) {
    EXPECT_TRUE(crypto::constant_time_equal("abc", "abc"));
    EXPECT_FALSE(crypto::constant_time_equal("abc", "abd"));
    EXPECT_FALSE(crypto::constant_time_equal("abc", "ab"));
    const crypto::Bytes bytes{0x00, 0xff, 0x10, 0x7e, 0x80};
    EXPECT_EQ(crypto::hex_decode(crypto::hex_encode(bytes)), bytes);
    EXPECT_FALSE(crypto::hex_decode("zz").has_value());
    for (std::size_t n = 0; n < 8; ++n) {
        crypto::Bytes b(bytes.begin(), bytes.begin() + static_cast<long>(std::min(n, bytes.size())));
        EXPECT_EQ(crypto::base64url_decode(crypto::base64url_encode(b)), b);
    }
    EXPECT_EQ(crypto::base64url_encode({0xfb, 0xff}), "-_8");
    EXPECT_FALSE(crypto::base64url_decode("a+b/").has_value());
    EXPECT_EQ(crypto::random_bytes(32).size(), 32u);
    EXPECT_NE(crypto::random_bytes(16), crypto::random_bytes(16));
}
