#include "text/whatsapp_html.hpp"

namespace sportello::desk {

namespace {

constexpr QStringView monoFence = u"```";

bool isMarker(QChar c) { return c == u'*' || c == u'_' || c == u'~'; }

// Whether the marker at i can open a span: at the start of a word, followed by
// a non-space, not doubled.
bool canOpen(QStringView text, qsizetype i) {
    const QChar marker = text[i];
    if (i > 0 && (text[i - 1].isLetterOrNumber() || text[i - 1] == marker)) return false;
    return i + 1 < text.size() && !text[i + 1].isSpace() && text[i + 1] != marker;
}

bool canClose(QStringView text, qsizetype j) {
    const QChar marker = text[j];
    if (text[j - 1].isSpace() || text[j - 1] == marker) return false;
    return j + 1 == text.size() || (!text[j + 1].isLetterOrNumber() && text[j + 1] != marker);
}

// The index of the marker closing the one at i on the same line, or -1.
qsizetype closerOf(QStringView text, qsizetype i) {
    const QChar marker = text[i];
    for (qsizetype j = i + 2; j < text.size(); ++j) {
        if (text[j] == u'\n') return -1;
        if (text[j] == marker && canClose(text, j)) return j;
    }
    return -1;
}

void appendEscaped(QString& out, QStringView text) {
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\n': out += QLatin1String("<br>"); break;
        default: out += c;
        }
    }
}

QLatin1String openTag(QChar marker) {
    switch (marker.unicode()) {
    case u'*': return QLatin1String("<b>");
    case u'_': return QLatin1String("<i>");
    default: return QLatin1String("<s>");
    }
}

QLatin1String closeTag(QChar marker) {
    switch (marker.unicode()) {
    case u'*': return QLatin1String("</b>");
    case u'_': return QLatin1String("</i>");
    default: return QLatin1String("</s>");
    }
}

void render(QStringView text, QString& out) {
    qsizetype plainFrom = 0;   // text not yet written, from here up to i
    const auto flush = [&](qsizetype upTo) {
        appendEscaped(out, text.sliced(plainFrom, upTo - plainFrom));
    };
    for (qsizetype i = 0; i < text.size();) {
        if (text.sliced(i).startsWith(monoFence)) {
            const qsizetype end = text.indexOf(monoFence, i + monoFence.size());
            if (end > i + monoFence.size()) {
                flush(i);
                out += QLatin1String("<tt>");
                appendEscaped(out, text.sliced(i + monoFence.size(), end - i - monoFence.size()));
                out += QLatin1String("</tt>");
                i = plainFrom = end + monoFence.size();
            } else {
                i += monoFence.size();   // an unpaired fence is text
            }
            continue;
        }
        if (isMarker(text[i]) && canOpen(text, i)) {
            if (const qsizetype close = closerOf(text, i); close > 0) {
                flush(i);
                out += openTag(text[i]);
                render(text.sliced(i + 1, close - i - 1), out);
                out += closeTag(text[i]);
                i = plainFrom = close + 1;
                continue;
            }
        }
        ++i;
    }
    flush(text.size());
}

} // namespace

QString whatsAppToHtml(QStringView text) {
    QString out;
    out.reserve(text.size() + text.size() / 4);
    render(text, out);
    return out;
}

} // namespace sportello::desk
