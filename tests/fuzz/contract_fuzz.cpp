// Every body of our own API contract as untrusted bytes: what the relay
// reads from the desktop and from SIRE, what the desktop reads from the
// relay. Decoding never crashes and says what was wrong; whatever decodes is
// a fixpoint of the codec: encoding it and decoding that gives the same
// bytes again, so neither side can drift from the other.
//
// The first input byte chooses the type; the rest is the JSON text.

#include "fuzz_target.hpp"

#include "sportello/api/admin.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/api/sire.hpp"
#include "sportello/whatsapp/outgoing.hpp"

#include <array>
#include <string>
#include <string_view>

using namespace sportello;
using namespace sportello::api;

namespace {

using Check = void (*)(std::string_view);

// decode_fn returns a Result (whose error must say what was wrong) or, for
// error bodies, an optional.
template <auto decode_fn>
void round_trip(std::string_view text) {
    auto value = decode_fn(text);
    if (!value) {
        if constexpr (requires { value.error().message; }) FUZZ_CHECK(!value.error().message.empty());
        return;
    }
    const std::string once = encode(*value);   // found by argument-dependent lookup
    auto back = decode_fn(once);
    FUZZ_CHECK(static_cast<bool>(back));
    FUZZ_CHECK(encode(*back) == once);
}

constexpr std::array<Check, 34> checks{
    round_trip<decode<LoginRequest>>,
    round_trip<decode<Session>>,
    round_trip<decode<PublishedTree>>,
    round_trip<decode<Health>>,
    round_trip<decode_error>,
    round_trip<decode_content<Draft>>,
    round_trip<decode_content<DraftNode>>,
    round_trip<decode_content<NodeEdit>>,
    round_trip<decode_content<NodeCreate>>,
    round_trip<decode_content<NodeMove>>,
    round_trip<decode_content<AliasAdd>>,
    round_trip<decode_content<PublishRequest>>,
    round_trip<decode_content<std::vector<VersionSummary>>>,
    round_trip<decode_content<TreeDiff>>,
    round_trip<decode_content<UnansweredReport>>,
    round_trip<decode_content<PreviewRequest>>,
    round_trip<decode_content<PreviewResponse>>,
    round_trip<decode_decision>,
    round_trip<decode_sire<ConsentChange>>,
    round_trip<decode_sire<ConsentView>>,
    round_trip<decode_sire<NotificationRequest>>,
    round_trip<decode_sire<NotificationAccepted>>,
    round_trip<decode_sire<BatchRequest>>,
    round_trip<decode_sire<std::vector<BatchItemResult>>>,
    round_trip<decode_sire<MessageView>>,
    round_trip<decode_sire<MessagePage>>,
    round_trip<decode_sire<TemplateSpec>>,
    round_trip<decode_sire<std::vector<TemplateSpec>>>,
    round_trip<decode_admin<BroadcastRequest>>,
    round_trip<decode_admin<BroadcastView>>,
    round_trip<decode_admin<std::vector<ApiClientView>>>,
    round_trip<decode_admin<ApiClientToken>>,
    round_trip<decode_admin<std::vector<Alert>>>,
    round_trip<wa::decode_outgoing>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    checks[data[0] % checks.size()](text);
    return 0;
}
