#pragma once
// WhatsApp Cloud API error codes the relay, the desk and the simulator act
// on (whatsapp-cloud-api.md §5), named once. Meta's `error.code`, never its
// title or HTTP status, decides what is done.

namespace sportello::wa::error_code {

inline constexpr int none = 0;                       // no code: AuthException, or a transport failure
inline constexpr int api_unknown = 1;
inline constexpr int api_overloaded = 2;
inline constexpr int app_rate_limit = 4;
inline constexpr int invalid_parameter = 100;
inline constexpr int access_token = 190;             // expired or invalid token: stop all sending
inline constexpr int policy_block = 368;             // temporarily blocked for policy violations
inline constexpr int waba_rate_limit = 80007;
inline constexpr int throughput = 130429;            // per-number throughput limit
inline constexpr int something_went_wrong = 131000;
inline constexpr int parameter_missing = 131008;
inline constexpr int parameter_invalid = 131009;
inline constexpr int service_unavailable = 131016;
inline constexpr int undeliverable = 131026;
inline constexpr int account_locked = 131031;
inline constexpr int re_engagement = 131047;         // the 24-hour window is closed: a template only
inline constexpr int unsupported_type = 131051;
inline constexpr int pair_rate_limit = 131056;       // too fast to one recipient
inline constexpr int maintenance = 131057;
inline constexpr int template_parameters = 132000;
inline constexpr int template_missing = 132001;

} // namespace sportello::wa::error_code
