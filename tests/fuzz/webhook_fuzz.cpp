// Meta's webhook bodies as untrusted bytes. Whatever arrives, signed or not:
// the parser never crashes, answers the same way twice, and everything it
// accepts can be handled downstream (phone numbers normalised or refused,
// the signature of the exact bytes verified).

#include "fuzz_target.hpp"

#include "sportello/phone.hpp"
#include "sportello/whatsapp/signature.hpp"
#include "sportello/whatsapp/webhook.hpp"

#include <string>
#include <string_view>

using namespace sportello;

namespace {

std::size_t message_count(const wa::WebhookPayload& p) {
    std::size_t n = 0;
    for (const auto& c : p.changes) n += c.messages.size() + c.statuses.size() + c.errors.size();
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);

    auto payload = wa::parse_webhook(body);
    auto again = wa::parse_webhook(body);
    FUZZ_CHECK(payload.ok() == again.ok());
    if (!payload) {
        FUZZ_CHECK(!payload.error().message.empty());
    } else {
        FUZZ_CHECK(message_count(*payload) == message_count(*again));
        for (const auto& change : payload->changes)
            for (const auto& m : change.messages) {
                if (auto msisdn = phone::from_wa_id(m.from, "from")) {
                    FUZZ_CHECK(!msisdn->empty());
                    auto stored = phone::from_wa_id(*msisdn);   // what is stored reads back the same
                    FUZZ_CHECK(stored && *stored == *msisdn);
                    auto typed = phone::normalize(phone::to_e164(*msisdn));   // as an operator or SIRE writes it
                    FUZZ_CHECK(typed && *typed == *msisdn);
                    FUZZ_CHECK(phone::mask(*msisdn).find(*msisdn) == std::string::npos);
                }
            }
    }

    // The signature of the exact bytes verifies; one changed character does not.
    constexpr std::string_view secret = "fuzz-app-secret";
    std::string header = wa::sign_body(body, secret);
    FUZZ_CHECK(wa::check_signature(header, body, secret) == wa::SignatureCheck::valid);
    header[size % header.size()] ^= 1;
    FUZZ_CHECK(wa::check_signature(header, body, secret) != wa::SignatureCheck::valid);
    return 0;
}
