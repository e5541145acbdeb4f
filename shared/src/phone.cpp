#include "sportello/phone.hpp"

namespace sportello::phone {

Result<std::string> normalize(std::string_view input, std::string_view field) {
    const auto fail = [&](std::string why) {
        return make_error(api::ErrorCode::invalid_phone,
                          std::string(field) + ": " + why + " (expected an international number such as +393401234567)",
                          std::string(field));
    };
    if (input.size() > 32) return fail("too long");
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c >= '0' && c <= '9') digits.push_back(c);
        else if (c == '+' && digits.empty() && !plus) plus = true;
        else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') continue;
        else return fail("contains a character that is not a digit");
    }
    if (!plus && digits.rfind("00", 0) == 0) digits.erase(0, 2);   // 0039… international prefix
    if (digits.empty()) return fail("is empty");
    if (digits.front() == '0') return fail("has no country code");
    if (!plus && digits.size() == 10 && digits.front() == '3')
        return fail("looks like an Italian mobile number without the country code");
    if (digits.size() < 8) return fail("has too few digits");
    if (digits.size() > 15) return fail("has too many digits");
    return digits;
}

Result<std::string> from_wa_id(std::string_view wa_id, std::string_view field) {
    const bool digits_only = !wa_id.empty() && wa_id.find_first_not_of("0123456789") == std::string_view::npos;
    if (!digits_only)
        return make_error(api::ErrorCode::invalid_phone, std::string(field) + ": a WhatsApp id is digits only",
                          std::string(field));
    return normalize("+" + std::string(wa_id), field);
}

std::string to_e164(std::string_view msisdn) { return "+" + std::string(msisdn); }

std::string mask(std::string_view msisdn) {
    if (msisdn.size() < 8) return "+\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2";
    // Country code length is not encoded in the number; 2 digits is right for
    // Italy and close enough for a masked display elsewhere.
    const std::string bullet = "\xE2\x80\xA2";
    std::string out = "+" + std::string(msisdn.substr(0, 2)) + " " + std::string(msisdn.substr(2, 3)) + " ";
    const std::size_t hidden = msisdn.size() - 5 - 3;
    for (std::size_t i = 0; i < hidden; ++i) out += bullet;
    out += std::string(msisdn.substr(msisdn.size() - 3));
    return out;
}

} // namespace sportello::phone
