#include "text/diff_text.hpp"

#include "text/content_labels.hpp"

namespace sportello::desk {

QString DiffText::value(const QString& text) {
    QString oneLine = text.simplified();
    if (oneLine.isEmpty()) return tr("(empty)", "a field value");
    if (oneLine.size() > maxValueLength) oneLine = oneLine.left(maxValueLength - 1) + u'…';
    return QStringLiteral("“") + oneLine + QStringLiteral("”");
}

QStringList DiffText::lines(const TreeDiff& diff, const TagOf& tagOf) {
    QStringList out;
    const auto shown = [&](const FieldChange& f, const QString& v) {
        bool isId = false;
        const qint64 id = v.toLongLong(&isId);
        if (f.field == u"parent_id" && isId && tagOf) {
            const QString tag = tagOf(id);
            if (!tag.isEmpty()) return QString(u'#' + tag);
        }
        return value(v);
    };
    for (const NodeChange& change : diff.changes) {
        const QString tag = change.tag.isEmpty() ? tr("node %1").arg(change.nodeId) : QString(u'#' + change.tag);
        switch (change.kind) {
        case NodeChange::Kind::Added:
            out.append(tr("%1: added").arg(tag));
            break;
        case NodeChange::Kind::Removed:
            out.append(tr("%1: removed").arg(tag));
            break;
        case NodeChange::Kind::Changed:
            for (const FieldChange& f : change.fields)
                out.append(tr("%1: %2 changed from %3 to %4")
                               .arg(tag, ContentLabels::fieldLabel(f.field), shown(f, f.before), shown(f, f.after)));
            if (change.fields.isEmpty()) out.append(tr("%1: changed").arg(tag));
            break;
        }
    }
    if (out.isEmpty()) out.append(tr("No differences."));
    return out;
}

} // namespace sportello::desk
