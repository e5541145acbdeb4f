#include "sportello/api/codec.hpp"
#include "sportello/api/content.hpp"
#include "sportello/time.hpp"

#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

std::optional<hashtag::Rule> rule_from_string(std::string_view s) {
    for (int i = 0; i <= static_cast<int>(hashtag::Rule::consent_grant); ++i) {
        const auto r = static_cast<hashtag::Rule>(i);
        if (hashtag::to_string(r) == s) return r;
    }
    return std::nullopt;
}

bj::value issue_json(const hashtag::ValidationIssue& i) {
    return bj::object{{"severity", i.severity == hashtag::ValidationIssue::Severity::error ? "error" : "warning"},
                      {"node_id", i.node_id}, {"field", i.field}, {"code", i.code}, {"message", i.message}};
}

hashtag::ValidationIssue issue_from(const json::Reader& r) {
    hashtag::ValidationIssue i;
    i.severity = r.get_string("severity") == "warning" ? hashtag::ValidationIssue::Severity::warning
                                                       : hashtag::ValidationIssue::Severity::error;
    i.node_id = r.get_integer("node_id");
    i.field = r.get_optional_string("field").value_or("");
    i.code = r.get_string("code");
    i.message = r.get_optional_string("message").value_or("");
    return i;
}

bj::value draft_node_json(const DraftNode& d) {
    auto o = to_json(d.node).as_object();
    o["revision"] = d.revision;
    o["updated_by"] = d.updated_by;
    o["updated_at"] = d.updated_at_ms ? bj::value(time::format_iso8601(d.updated_at_ms)) : bj::value(nullptr);
    return o;
}

DraftNode draft_node_from(const json::Reader& r) {
    DraftNode d;
    d.node = node_from_json(r);
    d.revision = r.get_integer("revision");
    d.updated_by = r.get_optional_string("updated_by").value_or("");
    if (auto at = r.get_optional_string("updated_at")) d.updated_at_ms = time::parse_iso8601(*at).value_or(0);
    return d;
}

std::vector<std::int64_t> ids_from(const json::Reader& r, std::string_view key) {
    std::vector<std::int64_t> out;
    if (auto a = r.find(key))
        for (const auto& x : a->array()) out.push_back(x.integer());
    return out;
}

bj::array ids_json(const std::vector<std::int64_t>& ids) {
    bj::array a;
    for (auto i : ids) a.emplace_back(i);
    return a;
}

bj::value decision_json(const hashtag::Decision& d) {
    bj::array items;
    for (const auto& i : d.items)
        items.push_back(bj::object{{"rule", hashtag::to_string(i.rule)},
                                   {"node_id", i.node_id ? bj::value(*i.node_id) : bj::value(nullptr)},
                                   {"token", i.token},
                                   {"suggestions", ids_json(i.suggestions)},
                                   {"page", i.page}});
    bj::value consent = nullptr;
    if (d.consent) consent = *d.consent == hashtag::ConsentAction::withdraw ? "withdraw" : "grant";
    return bj::object{{"rule", hashtag::to_string(d.primary_rule())},
                      {"unanswered", d.unanswered},
                      {"escalate", d.escalate},
                      {"consent", consent},
                      {"items", std::move(items)}};
}

hashtag::Decision decision_from(const json::Reader& r) {
    hashtag::Decision d;
    d.unanswered = r.get_bool("unanswered", false);
    d.escalate = r.get_bool("escalate", false);
    if (auto c = r.get_optional_string("consent"))
        d.consent = *c == "withdraw" ? hashtag::ConsentAction::withdraw : hashtag::ConsentAction::grant;
    for (const auto& i : r.at("items").array()) {
        hashtag::DecisionItem item;
        const auto rule = rule_from_string(i.get_string("rule"));
        if (!rule) i.at("rule").fail("unknown rule");
        item.rule = *rule;
        item.node_id = i.get_optional_integer("node_id");
        item.token = i.get_optional_string("token").value_or("");
        item.suggestions = ids_from(i, "suggestions");
        item.page = static_cast<int>(i.get_optional_integer("page").value_or(0));
        d.items.push_back(std::move(item));
    }
    return d;
}

// The editable fields of a node, at the top level of a request body.
void put_fields(bj::object& o, const hashtag::TreeNode& n) {
    const bj::value all = to_json(n);   // named: the loop must not outlive it
    for (const auto& [k, v] : all.as_object())
        if (k != "id" && k != "parent_id" && k != "position") o[k] = v;
}

} // namespace

std::string_view rule_id(hashtag::Rule rule) noexcept { return hashtag::to_string(rule); }

std::string encode(const hashtag::Decision& decision) { return bj::serialize(decision_json(decision)); }

Result<hashtag::Decision> decode_decision(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return decision_from(r); });
}

std::string encode(const Draft& v) {
    bj::array nodes, issues;
    for (const auto& n : v.nodes) nodes.push_back(draft_node_json(n));
    for (const auto& i : v.issues) issues.push_back(issue_json(i));
    return bj::serialize(bj::object{{"revision", v.revision}, {"base_version", v.base_version}, {"dirty", v.dirty},
                                    {"nodes", std::move(nodes)}, {"issues", std::move(issues)}});
}

std::string encode(const DraftNode& v) { return bj::serialize(draft_node_json(v)); }

std::string encode(const NodeEdit& v) {
    bj::object o{{"revision", v.revision}};
    put_fields(o, v.fields);
    return bj::serialize(o);
}

std::string encode(const NodeCreate& v) {
    bj::object o{{"draft_revision", v.draft_revision}, {"position", v.position}};
    if (v.parent_id == no_parent) o["parent_id"] = nullptr;
    else o["parent_id"] = v.parent_id;
    if (v.id) o["id"] = *v.id;
    put_fields(o, v.fields);
    return bj::serialize(o);
}

std::string encode(const NodeMove& v) {
    return bj::serialize(bj::object{{"draft_revision", v.draft_revision}, {"parent_id", v.parent_id}, {"position", v.position}});
}

std::string encode(const AliasAdd& v) {
    return bj::serialize(bj::object{{"revision", v.revision}, {"alias", v.alias}});
}

std::string encode(const PublishRequest& v) {
    return bj::serialize(bj::object{{"draft_revision", v.draft_revision}, {"note", v.note}});
}

std::string encode(const std::vector<VersionSummary>& v) {
    bj::array a;
    for (const auto& s : v)
        a.push_back(bj::object{{"version", s.version}, {"published_at", time::format_iso8601(s.published_at_ms)},
                               {"published_by", s.published_by}, {"note", s.note}, {"node_count", s.node_count}});
    return bj::serialize(bj::object{{"versions", std::move(a)}});
}

std::string encode(const TreeDiff& v) {
    bj::array changes;
    for (const auto& c : v.changes) {
        bj::array fields;
        for (const auto& f : c.fields) fields.push_back(bj::object{{"field", f.field}, {"before", f.before}, {"after", f.after}});
        changes.push_back(bj::object{{"node_id", c.node_id}, {"tag", c.tag}, {"change", hashtag::to_string(c.kind)},
                                     {"fields", std::move(fields)}});
    }
    return bj::serialize(bj::object{{"from", v.from}, {"to", v.to}, {"changes", std::move(changes)}});
}

std::string encode(const UnansweredReport& v) {
    bj::array items;
    for (const auto& i : v.items)
        items.push_back(bj::object{{"key", i.key}, {"kind", i.kind}, {"count", i.count}, {"citizens", i.citizens},
                                   {"last_seen", time::format_iso8601(i.last_seen_ms)},
                                   {"suggestions", ids_json(i.suggestions)}});
    return bj::serialize(bj::object{
        {"from", time::format_iso8601(v.from_ms)}, {"to", time::format_iso8601(v.to_ms)}, {"total", v.total},
        {"items", std::move(items)}, {"min_citizens", v.min_citizens},
        {"other_phrases", bj::object{{"requests", v.other_phrase_requests}, {"phrases", v.other_phrases}}}});
}

std::string encode(const PreviewRequest& v) {
    bj::object o{{"source", v.source}, {"language", v.language}};
    if (!v.text.empty()) o["text"] = v.text;
    if (!v.reply_id.empty()) o["reply_id"] = v.reply_id;
    return bj::serialize(o);
}

std::string encode(const PreviewResponse& v) {
    bj::array messages;
    for (const auto& m : v.messages) messages.push_back(bj::parse(wa::encode(m)));
    return bj::serialize(bj::object{{"source", v.source}, {"revision", v.revision},
                                    {"decision", decision_json(v.decision)}, {"messages", std::move(messages)}});
}

template <>
Result<Draft> decode_content<Draft>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        Draft d;
        d.revision = r.get_integer("revision");
        d.base_version = r.get_integer("base_version");
        d.dirty = r.get_bool("dirty", false);
        d.nodes = r.get_list("nodes", draft_node_from);
        if (auto issues = r.find("issues"))
            for (const auto& i : issues->array()) d.issues.push_back(issue_from(i));
        return d;
    });
}

template <>
Result<DraftNode> decode_content<DraftNode>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return draft_node_from(r); });
}

template <>
Result<NodeEdit> decode_content<NodeEdit>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return NodeEdit{r.get_integer("revision"), node_fields_from_json(r)};
    });
}

template <>
Result<NodeCreate> decode_content<NodeCreate>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        NodeCreate c;
        c.draft_revision = r.get_integer("draft_revision");
        c.id = r.get_optional_integer("id");
        const auto parent = r.get_optional_integer("parent_id");
        if (parent && *parent == no_parent) r.at("parent_id").fail("a node id, or null for the root");
        c.parent_id = parent.value_or(no_parent);
        c.position = static_cast<int>(r.get_optional_integer("position").value_or(0));
        c.fields = node_fields_from_json(r);
        return c;
    });
}

template <>
Result<NodeMove> decode_content<NodeMove>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return NodeMove{r.get_integer("draft_revision"), r.get_integer("parent_id"),
                        static_cast<int>(r.get_integer("position"))};
    });
}

template <>
Result<AliasAdd> decode_content<AliasAdd>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) { return AliasAdd{r.get_integer("revision"), r.get_string("alias")}; });
}

template <>
Result<PublishRequest> decode_content<PublishRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return PublishRequest{r.get_integer("draft_revision"), r.get_optional_string("note").value_or("")};
    });
}

template <>
Result<std::vector<VersionSummary>> decode_content<std::vector<VersionSummary>>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        std::vector<VersionSummary> out;
        for (const auto& s : r.at("versions").array())
            out.push_back(VersionSummary{s.get_integer("version"),
                                         time::parse_iso8601(s.get_string("published_at")).value_or(0),
                                         s.get_string("published_by"), s.get_optional_string("note").value_or(""),
                                         s.get_integer("node_count")});
        return out;
    });
}

template <>
Result<TreeDiff> decode_content<TreeDiff>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        TreeDiff d;
        d.from = r.get_integer("from");
        d.to = r.get_integer("to");
        for (const auto& c : r.at("changes").array()) {
            hashtag::NodeChange ch;
            const auto kind = c.get_string("change");
            ch.kind = kind == "added" ? hashtag::NodeChange::Kind::added
                      : kind == "removed" ? hashtag::NodeChange::Kind::removed
                                          : hashtag::NodeChange::Kind::changed;
            ch.node_id = c.get_integer("node_id");
            ch.tag = c.get_optional_string("tag").value_or("");
            for (const auto& f : c.at("fields").array())
                ch.fields.push_back({f.get_string("field"), f.get_string("before"), f.get_string("after")});
            d.changes.push_back(std::move(ch));
        }
        return d;
    });
}

template <>
Result<UnansweredReport> decode_content<UnansweredReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        UnansweredReport u;
        u.from_ms = time::parse_iso8601(r.get_string("from")).value_or(0);
        u.to_ms = time::parse_iso8601(r.get_string("to")).value_or(0);
        u.total = r.get_integer("total");
        for (const auto& i : r.at("items").array())
            u.items.push_back(UnansweredItem{i.get_string("key"), i.get_string("kind"), i.get_integer("count"),
                                             time::parse_iso8601(i.get_string("last_seen")).value_or(0),
                                             ids_from(i, "suggestions"), i.get_optional_integer("citizens").value_or(0)});
        // Absent from a 1.0 relay's answer.
        u.min_citizens = r.get_optional_integer("min_citizens").value_or(0);
        if (auto other = r.find("other_phrases")) {
            u.other_phrase_requests = other->get_integer("requests");
            u.other_phrases = other->get_integer("phrases");
        }
        return u;
    });
}

template <>
Result<PreviewRequest> decode_content<PreviewRequest>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        PreviewRequest p;
        p.text = r.get_optional_string("text").value_or("");
        p.reply_id = r.get_optional_string("reply_id").value_or("");
        p.source = r.get_optional_string("source").value_or("draft");
        p.language = r.get_optional_string("language").value_or("it");
        if (p.source != "draft" && p.source != "published") r.at("source").fail("must be \"draft\" or \"published\"");
        if (p.language != "it" && p.language != "en") r.at("language").fail("must be \"it\" or \"en\"");
        if (p.text.size() > 4096) r.at("text").fail("is longer than 4096 bytes");
        return p;
    });
}

template <>
Result<PreviewResponse> decode_content<PreviewResponse>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        PreviewResponse p;
        p.source = r.get_string("source");
        p.revision = r.get_integer("revision");
        p.decision = decision_from(r.at("decision"));
        for (const auto& m : r.at("messages").array()) {
            auto decoded = wa::decode_outgoing(json::to_string(m.raw()));
            if (!decoded) m.fail(decoded.error().message);
            p.messages.push_back(std::move(*decoded));
        }
        return p;
    });
}

} // namespace sportello::api
