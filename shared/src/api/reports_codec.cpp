#include "sportello/api/reports.hpp"
#include "sportello/json.hpp"

#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

bj::object period_json(const ReportPeriod& p) {
    return {{"from", p.from}, {"to", p.to}, {"granularity", p.granularity}};
}
ReportPeriod period_from(const json::Reader& r) {
    return {r.get_string("from"), r.get_string("to"), r.get_string("granularity")};
}

bj::object counts_json(const std::map<std::string, std::int64_t>& m) {
    bj::object o;
    for (const auto& [k, n] : m) o[k] = n;
    return o;
}
std::map<std::string, std::int64_t> counts_from(const json::Reader& r) {
    std::map<std::string, std::int64_t> m;
    for (const auto& [k, v] : r.object()) m[std::string(k)] = json::Reader(v).integer();
    return m;
}

bj::object latency_json(const LatencyFigures& f) {
    return {{"samples", f.samples}, {"mean_ms", f.mean_ms}, {"p50_ms", f.p50_ms}, {"p90_ms", f.p90_ms},
            {"p99_ms", f.p99_ms}};
}
LatencyFigures latency_from(const json::Reader& r) {
    return {r.get_integer("samples"), r.at("mean_ms").number(), r.at("p50_ms").number(), r.at("p90_ms").number(),
            r.at("p99_ms").number()};
}

bj::array latency_series_json(const std::vector<LatencyPoint>& v) {
    bj::array a;
    for (const auto& p : v) {
        auto o = latency_json(p.figures);
        o["period"] = p.period;
        a.push_back(std::move(o));
    }
    return a;
}
LatencyPoint latency_point_from(const json::Reader& r) { return {r.get_string("period"), latency_from(r)}; }

bj::object push_json(const PushFigures& f) {
    return {{"sent", f.sent}, {"delivered", f.delivered}, {"read", f.read}, {"failed", f.failed},
            {"replied", f.replied}, {"stopped", f.stopped}, {"failed_by_reason", counts_json(f.failed_by_reason)},
            {"read_rate_lower_bound", f.read_rate_lower_bound}};
}
PushFigures push_from(const json::Reader& r) {
    PushFigures f;
    f.sent = r.get_integer("sent");
    f.delivered = r.get_integer("delivered");
    f.read = r.get_integer("read");
    f.failed = r.get_integer("failed");
    f.replied = r.get_integer("replied");
    f.stopped = r.get_integer("stopped");
    f.failed_by_reason = counts_from(r.at("failed_by_reason"));
    f.read_rate_lower_bound = r.at("read_rate_lower_bound").number();
    return f;
}

bj::array push_rows_json(const std::vector<PushRow>& v) {
    bj::array a;
    for (const auto& row : v)
        a.push_back(bj::object{{"kind", row.kind}, {"template", row.template_name}, {"broadcast_id", row.broadcast_id},
                               {"broadcast_name", row.broadcast_name}, {"figures", push_json(row.figures)}});
    return a;
}
PushRow push_row_from(const json::Reader& r) {
    return {r.get_string("kind"), r.get_string("template"), r.get_integer("broadcast_id"),
            r.get_string("broadcast_name"), push_from(r.at("figures"))};
}

bj::object request_point_json(const RequestPoint& p) {
    return {{"period", p.period}, {"direct", p.direct}, {"push_reply", p.push_reply}, {"unanswered", p.unanswered}};
}
RequestPoint request_point_from(const json::Reader& r) {
    return {r.get_string("period"), r.get_integer("direct"), r.get_integer("push_reply"), r.get_integer("unanswered")};
}
bj::array request_series_json(const std::vector<RequestPoint>& v) {
    bj::array a;
    for (const auto& p : v) a.push_back(request_point_json(p));
    return a;
}

std::string serialize(bj::object o) { return bj::serialize(o); }

} // namespace

std::string encode(const AutoReplyReport& v) {
    return serialize({{"period", period_json(v.period)}, {"resolution_percent", v.resolution_percent},
                      {"accepted", latency_json(v.accepted)}, {"delivered", latency_json(v.delivered)},
                      {"accepted_series", latency_series_json(v.accepted_series)},
                      {"delivered_series", latency_series_json(v.delivered_series)}});
}

std::string encode(const OperatorReplyReport& v) {
    bj::array ops;
    for (const auto& o : v.operators)
        ops.push_back(bj::object{{"operator_id", o.operator_id}, {"username", o.username},
                                 {"figures", latency_json(o.figures)}});
    return serialize({{"period", period_json(v.period)}, {"resolution_percent", v.resolution_percent},
                      {"overall", latency_json(v.overall)}, {"operators", std::move(ops)},
                      {"series", latency_series_json(v.series)}, {"cases_opened", v.cases_opened},
                      {"cases_closed", v.cases_closed}, {"cases_open_now", v.cases_open_now},
                      {"closed_by_outcome", counts_json(v.closed_by_outcome)}});
}

std::string encode(const PushReport& v) {
    return serialize({{"period", period_json(v.period)}, {"read_is_lower_bound", v.read_is_lower_bound},
                      {"total", push_json(v.total)}, {"templates", push_rows_json(v.templates)},
                      {"broadcasts", push_rows_json(v.broadcasts)}});
}

std::string encode(const RequestsReport& v) {
    return serialize({{"period", period_json(v.period)},
                      {"node_id", v.node_id ? bj::value(*v.node_id) : bj::value(nullptr)},
                      {"totals", request_point_json(v.totals)}, {"series", request_series_json(v.series)}});
}

std::string encode(const TopTopicsReport& v) {
    bj::array a;
    for (const auto& t : v.topics)
        a.push_back(bj::object{{"node_id", t.node_id}, {"tag", t.tag}, {"requests", t.requests},
                               {"subtree_requests", t.subtree_requests}, {"unanswered", t.unanswered}});
    return serialize({{"period", period_json(v.period)}, {"topics", std::move(a)}});
}

std::string encode(const BusiestHoursReport& v) {
    bj::array days;
    for (const auto& day : v.requests) {
        bj::array hours;
        for (auto n : day) hours.push_back(n);
        days.push_back(std::move(hours));
    }
    return serialize({{"period", period_json(v.period)}, {"requests", std::move(days)}});
}

std::string encode(const UnansweredFigures& v) {
    bj::array terms;
    for (const auto& t : v.top_terms) terms.push_back(bj::object{{"term", t.term}, {"requests", t.requests}});
    return serialize({{"period", period_json(v.period)}, {"requests", v.requests}, {"unanswered", v.unanswered},
                      {"series", request_series_json(v.series)}, {"top_terms", std::move(terms)}});
}

template <>
Result<AutoReplyReport> decode_report<AutoReplyReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return AutoReplyReport{period_from(r.at("period")), r.at("resolution_percent").number(),
                               latency_from(r.at("accepted")), latency_from(r.at("delivered")),
                               r.get_list("accepted_series", latency_point_from),
                               r.get_list("delivered_series", latency_point_from)};
    });
}

template <>
Result<OperatorReplyReport> decode_report<OperatorReplyReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        OperatorReplyReport v;
        v.period = period_from(r.at("period"));
        v.resolution_percent = r.at("resolution_percent").number();
        v.overall = latency_from(r.at("overall"));
        v.operators = r.get_list("operators", [](const json::Reader& o) {
            return OperatorLatency{o.get_integer("operator_id"), o.get_string("username"), latency_from(o.at("figures"))};
        });
        v.series = r.get_list("series", latency_point_from);
        v.cases_opened = r.get_integer("cases_opened");
        v.cases_closed = r.get_integer("cases_closed");
        v.cases_open_now = r.get_integer("cases_open_now");
        v.closed_by_outcome = counts_from(r.at("closed_by_outcome"));
        return v;
    });
}

template <>
Result<PushReport> decode_report<PushReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return PushReport{period_from(r.at("period")), r.get_bool("read_is_lower_bound", true), push_from(r.at("total")),
                          r.get_list("templates", push_row_from), r.get_list("broadcasts", push_row_from)};
    });
}

template <>
Result<RequestsReport> decode_report<RequestsReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return RequestsReport{period_from(r.at("period")), r.get_optional_integer("node_id"),
                              request_point_from(r.at("totals")), r.get_list("series", request_point_from)};
    });
}

template <>
Result<TopTopicsReport> decode_report<TopTopicsReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return TopTopicsReport{period_from(r.at("period")), r.get_list("topics", [](const json::Reader& t) {
            return TopicCount{t.get_integer("node_id"), t.get_string("tag"), t.get_integer("requests"),
                              t.get_integer("subtree_requests"), t.get_integer("unanswered")};
        })};
    });
}

template <>
Result<BusiestHoursReport> decode_report<BusiestHoursReport>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        BusiestHoursReport v;
        v.period = period_from(r.at("period"));
        const auto days = r.at("requests").array();
        if (days.size() != 7) r.at("requests").fail("expected 7 weekdays");
        for (std::size_t d = 0; d < 7; ++d) {
            const auto hours = days[d].array();
            if (hours.size() != 24) days[d].fail("expected 24 hours");
            for (std::size_t h = 0; h < 24; ++h) v.requests[d][h] = hours[h].integer();
        }
        return v;
    });
}

template <>
Result<UnansweredFigures> decode_report<UnansweredFigures>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        return UnansweredFigures{period_from(r.at("period")), r.get_integer("requests"), r.get_integer("unanswered"),
                                 r.get_list("series", request_point_from), r.get_list("top_terms", [](const json::Reader& t) {
                                     return TermCount{t.get_string("term"), t.get_integer("requests")};
                                 })};
    });
}

std::string encode(const ReportCsvPolicy& v) { return bj::serialize(bj::object{{"min_cell_count", v.min_cell_count}}); }

template <>
Result<ReportCsvPolicy> decode_report<ReportCsvPolicy>(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        const auto min = r.get_integer("min_cell_count");
        if (min < 1 || min > 1000) r.at("min_cell_count").fail("expected 1 to 1000");
        return ReportCsvPolicy{static_cast<int>(min)};
    });
}

} // namespace sportello::api
