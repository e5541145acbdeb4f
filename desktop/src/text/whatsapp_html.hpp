#pragma once
// WhatsApp's text formatting as the phone shows it, turned into the HTML
// subset Qt's rich text understands. Pure functions, no widgets.
//
// Rules (those of WhatsApp): *bold*, _italic_, ~strike~ and ```mono```. A
// marker opens only at the start of a word (after the start of the text, a
// space or punctuation) and must be followed by a non-space; it closes only
// before the end of a word, after a non-space. Bold, italic and strike stay
// on one line and may nest inside each other; mono may span lines and shows
// its content as written. Markers that do not pair up (unclosed, doubled
// like **, inside a word like 2*3*4) are shown as text. Everything else is
// escaped; line breaks become <br>.

#include <QString>
#include <QStringView>

namespace sportello::desk {

QString whatsAppToHtml(QStringView text);

} // namespace sportello::desk
