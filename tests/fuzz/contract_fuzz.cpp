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

template <class T, Result<T> (*decode_fn)(std::string_view)>
void round_trip(std::string_view text) {
    auto value = decode_fn(text);
    if (!value) {
        FUZZ_CHECK(!value.error().message.empty());
        return;
    }
    const std::string once = encode(*value);   // found by argument-dependent lookup
    auto back = decode_fn(once);
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(encode(*back) == once);
}

void error_body(std::string_view text) {
    if (auto e = decode_error(text)) {
        const std::string once = encode(*e);
        auto back = decode_error(once);
        FUZZ_CHECK(back && encode(*back) == once);
    }
}

constexpr std::array<Check, 34> checks{
    round_trip<LoginRequest, decode<LoginRequest>>,
    round_trip<Session, decode<Session>>,
    round_trip<PublishedTree, decode<PublishedTree>>,
    round_trip<Health, decode<Health>>,
    error_body,
    round_trip<Draft, decode_content<Draft>>,
    round_trip<DraftNode, decode_content<DraftNode>>,
    round_trip<NodeEdit, decode_content<NodeEdit>>,
    round_trip<NodeCreate, decode_content<NodeCreate>>,
    round_trip<NodeMove, decode_content<NodeMove>>,
    round_trip<AliasAdd, decode_content<AliasAdd>>,
    round_trip<PublishRequest, decode_content<PublishRequest>>,
    round_trip<std::vector<VersionSummary>, decode_content<std::vector<VersionSummary>>>,
    round_trip<TreeDiff, decode_content<TreeDiff>>,
    round_trip<UnansweredReport, decode_content<UnansweredReport>>,
    round_trip<PreviewRequest, decode_content<PreviewRequest>>,
    round_trip<PreviewResponse, decode_content<PreviewResponse>>,
    round_trip<hashtag::Decision, decode_decision>,
    round_trip<ConsentChange, decode_sire<ConsentChange>>,
    round_trip<ConsentView, decode_sire<ConsentView>>,
    round_trip<NotificationRequest, decode_sire<NotificationRequest>>,
    round_trip<NotificationAccepted, decode_sire<NotificationAccepted>>,
    round_trip<BatchRequest, decode_sire<BatchRequest>>,
    round_trip<std::vector<BatchItemResult>, decode_sire<std::vector<BatchItemResult>>>,
    round_trip<MessageView, decode_sire<MessageView>>,
    round_trip<MessagePage, decode_sire<MessagePage>>,
    round_trip<TemplateSpec, decode_sire<TemplateSpec>>,
    round_trip<std::vector<TemplateSpec>, decode_sire<std::vector<TemplateSpec>>>,
    round_trip<BroadcastRequest, decode_admin<BroadcastRequest>>,
    round_trip<BroadcastView, decode_admin<BroadcastView>>,
    round_trip<std::vector<ApiClientView>, decode_admin<std::vector<ApiClientView>>>,
    round_trip<ApiClientToken, decode_admin<ApiClientToken>>,
    round_trip<std::vector<Alert>, decode_admin<std::vector<Alert>>>,
    round_trip<wa::OutgoingMessage, wa::decode_outgoing>,
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    checks[data[0] % checks.size()](text);
    return 0;
}
