#pragma once
// The editor's WhatsApp helpers, as pure functions: wrapping a selection in
// formatting markers, and counting characters the way WhatsApp does.

#include <QString>
#include <QStringView>

namespace sportello::desk {

// A text with a selection [start, end) in UTF-16 positions (QString's).
struct TextSelection {
    QString text;
    int start = 0;
    int end = 0;
    friend bool operator==(const TextSelection&, const TextSelection&) = default;
};

// WhatsApp's markers: "*" bold, "_" italic, "~" strike, "```" mono.
namespace markers {
inline constexpr QStringView bold = u"*";
inline constexpr QStringView italic = u"_";
inline constexpr QStringView strike = u"~";
inline constexpr QStringView mono = u"```";
} // namespace markers

// Toggles marker around the selection of in:
//  - an empty selection gets an empty pair with the cursor between;
//  - spaces at the selection's edges stay outside the markers (WhatsApp
//    formats only when markers touch the words);
//  - a selection already wrapped in marker (the markers selected or just
//    outside it) is unwrapped.
// The result selects the same words.
TextSelection toggleMarker(const TextSelection& in, QStringView marker);

// WhatsApp's length of a text: Unicode code points (sportello::wa::length).
int whatsAppLength(const QString& text);

} // namespace sportello::desk
