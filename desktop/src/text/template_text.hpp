#pragma once
// The text a citizen reads for a template message, and the rules its
// parameters follow (as the relay checks them: not empty, one line).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sportello::desk {

class TemplateText {
    Q_DECLARE_TR_FUNCTIONS(TemplateText)

public:
    // body with every {{n}} replaced by parameters[n-1], as the relay renders
    // it; a placeholder without its parameter stays as it is.
    static QString render(const QString& body, const QStringList& parameters);
    // Why a parameter cannot be sent, translated; empty when it can.
    static QString parameterProblem(const QString& parameter);
    // The parameter of a published answer broadcast: "*title* answer" on one
    // line (runs of blanks become one space), at most 900 characters, as the
    // relay builds it.
    static QString answerParameter(const QString& title, const QString& answer);
};

} // namespace sportello::desk
