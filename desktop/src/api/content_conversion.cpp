#include "api/content_conversion.hpp"

#include "api/wire_conversion.hpp"
#include "sportello/hashtag/redact.hpp"

namespace sportello::desk {

namespace {

QList<qint64> toIdList(const std::vector<std::int64_t>& ids) {
    QList<qint64> list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (std::int64_t id : ids) list.append(id);
    return list;
}

} // namespace

DraftNode toDesk(const api::DraftNode& node) {
    return DraftNode{toDesk(node.node), node.revision, toQString(node.updated_by), utcFromMs(node.updated_at_ms)};
}

ContentIssue toDesk(const hashtag::ValidationIssue& issue) {
    ContentIssue i;
    i.severity = issue.severity == hashtag::ValidationIssue::Severity::warning ? ContentIssue::Severity::Warning
                                                                             : ContentIssue::Severity::Error;
    i.nodeId = issue.node_id;
    i.field = toQString(issue.field);
    i.code = toQString(issue.code);
    i.message = toQString(issue.message);
    return i;
}

DraftSnapshot toDesk(const api::Draft& draft) {
    DraftSnapshot d;
    d.revision = draft.revision;
    d.baseVersion = draft.base_version;
    d.dirty = draft.dirty;
    d.nodes.reserve(static_cast<qsizetype>(draft.nodes.size()));
    for (const auto& node : draft.nodes) d.nodes.append(toDesk(node));
    for (const auto& issue : draft.issues) d.issues.append(toDesk(issue));
    return d;
}

QList<VersionInfo> toDesk(const std::vector<api::VersionSummary>& versions) {
    QList<VersionInfo> list;
    list.reserve(static_cast<qsizetype>(versions.size()));
    for (const auto& v : versions)
        list.append(VersionInfo{v.version, utcFromMs(v.published_at_ms), toQString(v.published_by), toQString(v.note),
                                v.node_count});
    return list;
}

TreeDiff toDesk(const api::TreeDiff& diff) {
    TreeDiff d;
    d.from = diff.from;
    d.to = diff.to;
    for (const auto& change : diff.changes) {
        NodeChange c;
        switch (change.kind) {
        case hashtag::NodeChange::Kind::added: c.kind = NodeChange::Kind::Added; break;
        case hashtag::NodeChange::Kind::removed: c.kind = NodeChange::Kind::Removed; break;
        case hashtag::NodeChange::Kind::changed: c.kind = NodeChange::Kind::Changed; break;
        }
        c.nodeId = change.node_id;
        c.tag = toQString(change.tag);
        for (const auto& f : change.fields)
            c.fields.append(FieldChange{toQString(f.field), toQString(f.before), toQString(f.after)});
        d.changes.append(std::move(c));
    }
    return d;
}

UnansweredReport toDesk(const api::UnansweredReport& report) {
    UnansweredReport r;
    r.from = utcFromMs(report.from_ms);
    r.to = utcFromMs(report.to_ms);
    r.total = report.total;
    for (const auto& item : report.items)
        r.items.append(UnansweredItem{toQString(item.key), toQString(item.kind), item.count,
                                      utcFromMs(item.last_seen_ms), toIdList(item.suggestions), item.citizens,
                                      hashtag::holds_redaction(item.key)});
    r.minCitizens = report.min_citizens;
    r.otherPhraseRequests = report.other_phrase_requests;
    r.otherPhrases = report.other_phrases;
    return r;
}

BotMessage toDesk(const wa::OutgoingMessage& message) {
    BotMessage m;
    switch (message.kind) {
    case wa::OutgoingMessage::Kind::text: m.kind = BotMessage::Kind::Text; break;
    case wa::OutgoingMessage::Kind::list: m.kind = BotMessage::Kind::List; break;
    case wa::OutgoingMessage::Kind::template_message: m.kind = BotMessage::Kind::Template; break;
    }
    m.body = toQString(message.body);
    m.header = toQString(message.header);
    m.footer = toQString(message.footer);
    m.button = toQString(message.button);
    m.sectionTitle = toQString(message.section_title);
    for (const auto& row : message.rows)
        m.rows.append(BotRow{toQString(row.id), toQString(row.title), toQString(row.description)});
    m.templateName = toQString(message.template_name);
    m.parameters = toQStringList(message.parameters);
    return m;
}

BotPreview toDesk(const api::PreviewResponse& preview) {
    BotPreview p;
    p.source = preview.source == "published" ? ContentSource::Published : ContentSource::Draft;
    p.revision = preview.revision;
    p.rule = preview.decision.primary_rule();
    p.unanswered = preview.decision.unanswered;
    p.escalate = preview.decision.escalate;
    for (const auto& item : preview.decision.items)
        p.steps.append(BotStep{item.rule, item.node_id, toQString(item.token), toIdList(item.suggestions), item.page});
    for (const auto& message : preview.messages) p.messages.append(toDesk(message));
    return p;
}

api::PreviewRequest toWire(const BotQuery& query) {
    api::PreviewRequest r;
    r.text = toUtf8(query.text);
    r.reply_id = toUtf8(query.replyId);
    r.source = query.source == ContentSource::Published ? "published" : "draft";
    r.language = toUtf8(query.language);
    return r;
}

} // namespace sportello::desk
