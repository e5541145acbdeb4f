#pragma once
// A tree diff as lines an editor reads: "#tag: title changed from “…” to “…”".

#include "api/content_types.hpp"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace sportello::desk {

class DiffText {
    Q_DECLARE_TR_FUNCTIONS(DiffText)

public:
    // Values longer than this are cut with "…".
    static constexpr int maxValueLength = 80;
    // Names a node id (for parent changes); may return empty when unknown.
    using TagOf = std::function<QString(qint64)>;

    static QStringList lines(const TreeDiff& diff, const TagOf& tagOf = {});
    // A field value as shown: on one line, cut, "(empty)" for nothing.
    static QString value(const QString& text);
};

} // namespace sportello::desk
