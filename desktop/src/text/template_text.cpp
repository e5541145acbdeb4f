#include "text/template_text.hpp"

#include "api/wire_conversion.hpp"
#include "sportello/whatsapp/text_rules.hpp"

namespace sportello::desk {

QString TemplateText::render(const QString& body, const QStringList& parameters) {
    QString out = body;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString slot = QStringLiteral("{{%1}}").arg(i + 1);
        const QString& value = parameters[i];
        // Replaced left to right, never inside a value already put in.
        for (qsizetype at = out.indexOf(slot); at >= 0; at = out.indexOf(slot, at + value.size()))
            out.replace(at, slot.size(), value);
    }
    return out;
}

QString TemplateText::parameterProblem(const QString& parameter) {
    if (parameter.trimmed().isEmpty()) return tr("Required.");
    if (parameter.contains(u'\n') || parameter.contains(u'\r') || parameter.contains(u'\t'))
        return tr("One line only: no line breaks or tabs.");
    return {};
}

QString TemplateText::answerParameter(const QString& title, const QString& answer) {
    constexpr std::size_t maxCodePoints = 900;   // the relay's limit for one template parameter
    const QString oneLine = QString(u'*' + title + QStringLiteral("* ") + answer).simplified();
    return toQString(wa::truncate(toUtf8(oneLine), maxCodePoints));
}

} // namespace sportello::desk
