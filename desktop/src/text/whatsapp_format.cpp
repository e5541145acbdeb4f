#include "text/whatsapp_format.hpp"

#include "sportello/whatsapp/text_rules.hpp"

#include <algorithm>

namespace sportello::desk {

TextSelection toggleMarker(const TextSelection& in, QStringView marker) {
    const int length = static_cast<int>(in.text.size());
    int start = std::clamp(std::min(in.start, in.end), 0, length);
    int end = std::clamp(std::max(in.start, in.end), 0, length);
    const int m = static_cast<int>(marker.size());
    QString text = in.text;

    if (start == end) {
        text.insert(start, marker.toString().repeated(2));
        return {text, start + m, start + m};
    }
    // Keep spaces at the edges outside the markers.
    while (start < end && text[start].isSpace()) ++start;
    while (end > start && text[end - 1].isSpace()) --end;
    if (start == end) return in;   // only spaces selected

    const QStringView selected = QStringView(text).sliced(start, end - start);
    if (selected.size() >= 2 * m + 1 && selected.startsWith(marker) && selected.endsWith(marker)) {
        text.remove(end - m, m);
        text.remove(start, m);
        return {text, start, end - 2 * m};
    }
    if (start >= m && end + m <= length && QStringView(text).sliced(start - m, m) == marker &&
        QStringView(text).sliced(end, m) == marker) {
        text.remove(end, m);
        text.remove(start - m, m);
        return {text, start - m, end - m};
    }
    text.insert(end, marker.toString());
    text.insert(start, marker.toString());
    return {text, start + m, end + m};
}

int whatsAppLength(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return static_cast<int>(sportello::wa::length(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))));
}

} // namespace sportello::desk
