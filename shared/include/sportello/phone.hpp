#pragma once
// Citizens' phone numbers: validation, normalisation and masking.
//
// On the wire WhatsApp uses digits only ("393400000101"); Meta's send API wants
// "+" and the country code. Internally a number is always E.164 digits
// without "+" (an "msisdn"): 8 to 15 digits, no leading zero.

#include "sportello/result.hpp"

#include <string>
#include <string_view>

namespace sportello::phone {

// Accepts "+39 340 000 0101", "0039-340-0000101", "393400000101",
// "(+39) 340.000.0101". Rejects letters, too few or too many digits, and
// numbers without a country code (a leading single 0 or 3 on 10 digits is an
// Italian national number and is rejected rather than guessed).
// Error: invalid_phone, with the field name given.
Result<std::string> normalize(std::string_view input, std::string_view field = "phone");

// A WhatsApp id ("from", "wa_id", "new_wa_id" in webhooks): digits that
// always include the country code, so none of normalize's guessing about
// national numbers applies ("3541234567" is Iceland, not an Italian mobile).
// Error: invalid_phone, with the field name given.
Result<std::string> from_wa_id(std::string_view wa_id, std::string_view field = "wa_id");

// "+393400000101"
std::string to_e164(std::string_view msisdn);

// For logs and operator screens where the full number is not needed:
// "+39 340 ••• •101" keeps the country code, three digits of prefix and the
// last three digits.
std::string mask(std::string_view msisdn);

} // namespace sportello::phone
