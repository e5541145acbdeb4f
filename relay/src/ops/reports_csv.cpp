#include "ops/reports_csv.hpp"

#include <cstdio>
#include <vector>

namespace sportello::relay {
namespace {

// One CSV document, built row by row.
class Csv {
public:
    explicit Csv(int min_cell_count) : min_(min_cell_count) { out_ = "\xEF\xBB\xBF"; }

    Csv& text(const std::string& s) {
        // Quoted when it holds a separator or a quote; a leading formula sign is defused.
        std::string cell = s;
        if (!cell.empty() && std::string_view("=+-@").find(cell.front()) != std::string_view::npos) cell.insert(0, "'");
        if (cell.find_first_of(";\"\r\n") != std::string::npos) {
            std::string q = "\"";
            for (char ch : cell) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            cell = q + "\"";
        }
        return add(cell);
    }
    Csv& count(std::int64_t n) {
        if (n > 0 && n < min_) return add("<" + std::to_string(min_));
        return add(std::to_string(n));
    }
    Csv& number(double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", v);
        std::string s = buf;
        for (auto& ch : s)
            if (ch == '.') ch = ',';
        return add(s);
    }
    Csv& empty() { return add(""); }
    Csv& latency(const api::LatencyFigures& f) {
        count(f.samples);
        if (f.samples < min_) return empty().empty().empty().empty();
        return number(f.mean_ms).number(f.p50_ms).number(f.p90_ms).number(f.p99_ms);
    }
    Csv& header(std::initializer_list<const char*> names) {
        for (const auto* n : names) add(n);
        return end();
    }
    Csv& end() {
        out_ += "\r\n";
        first_ = true;
        return *this;
    }
    std::string str() const { return out_; }

private:
    Csv& add(const std::string& cell) {
        if (!first_) out_ += ';';
        out_ += cell;
        first_ = false;
        return *this;
    }
    int min_;
    std::string out_;
    bool first_ = true;
};

constexpr std::initializer_list<const char*> latency_columns = {"samples", "mean_ms", "p50_ms", "p90_ms", "p99_ms"};

void push_row(Csv& csv, const std::string& kind, const std::string& template_name, std::int64_t broadcast_id,
              const std::string& name, const api::PushFigures& f) {
    csv.text(kind).text(template_name).text(broadcast_id ? std::to_string(broadcast_id) : std::string()).text(name);
    csv.count(f.sent).count(f.delivered).count(f.read).count(f.failed).count(f.replied).count(f.stopped).end();
}

} // namespace

std::string to_csv(const api::AutoReplyReport& r, int min) {
    Csv csv(min);
    csv.text("series").text("period");
    for (const auto* c : latency_columns) csv.text(c);
    csv.end();
    csv.text("accepted").text("total").latency(r.accepted).end();
    csv.text("delivered").text("total").latency(r.delivered).end();
    for (const auto& p : r.accepted_series) csv.text("accepted").text(p.period).latency(p.figures).end();
    for (const auto& p : r.delivered_series) csv.text("delivered").text(p.period).latency(p.figures).end();
    return csv.str();
}

std::string to_csv(const api::OperatorReplyReport& r, int min) {
    Csv csv(min);
    csv.text("group").text("key");
    for (const auto* c : latency_columns) csv.text(c);
    csv.end();
    csv.text("overall").text("total").latency(r.overall).end();
    for (const auto& o : r.operators) csv.text("operator").text(o.username).latency(o.figures).end();
    for (const auto& p : r.series) csv.text("period").text(p.period).latency(p.figures).end();
    csv.text("cases").text("opened").count(r.cases_opened).end();
    csv.text("cases").text("closed").count(r.cases_closed).end();
    csv.text("cases").text("open_now").count(r.cases_open_now).end();
    for (const auto& [outcome, n] : r.closed_by_outcome) csv.text("closed_by_outcome").text(outcome).count(n).end();
    return csv.str();
}

std::string to_csv(const api::PushReport& r, int min) {
    Csv csv(min);
    csv.header({"kind", "template", "broadcast_id", "broadcast_name", "sent", "delivered", "read_lower_bound",
                "failed", "replied_24h", "stop_24h"});
    push_row(csv, "total", "", 0, "", r.total);
    for (const auto& row : r.templates) push_row(csv, row.kind, row.template_name, 0, "", row.figures);
    for (const auto& row : r.broadcasts)
        push_row(csv, row.kind, row.template_name, row.broadcast_id, row.broadcast_name, row.figures);
    // Failures by reason, a row each.
    csv.end().header({"kind", "template", "broadcast_id", "failure_reason", "failed"});
    auto reasons = [&](const api::PushRow& row) {
        for (const auto& [reason, n] : row.figures.failed_by_reason)
            csv.text(row.kind).text(row.template_name).text(row.broadcast_id ? std::to_string(row.broadcast_id) : "")
                .text(reason).count(n).end();
    };
    for (const auto& row : r.templates) reasons(row);
    for (const auto& row : r.broadcasts) reasons(row);
    return csv.str();
}

std::string to_csv(const api::RequestsReport& r, int min) {
    Csv csv(min);
    csv.header({"period", "direct", "push_reply", "unanswered"});
    for (const auto& p : r.series) csv.text(p.period).count(p.direct).count(p.push_reply).count(p.unanswered).end();
    csv.text("total").count(r.totals.direct).count(r.totals.push_reply).count(r.totals.unanswered).end();
    return csv.str();
}

std::string to_csv(const api::TopTopicsReport& r, int min) {
    Csv csv(min);
    csv.header({"node_id", "tag", "requests", "subtree_requests", "unanswered"});
    for (const auto& t : r.topics)
        csv.text(std::to_string(t.node_id)).text(t.tag).count(t.requests).count(t.subtree_requests).count(t.unanswered).end();
    return csv.str();
}

std::string to_csv(const api::BusiestHoursReport& r, int min) {
    Csv csv(min);
    csv.text("weekday");
    for (int h = 0; h < 24; ++h) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d", h);
        csv.text(buf);
    }
    csv.end();
    static const char* days[] = {"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"};
    for (std::size_t d = 0; d < 7; ++d) {
        csv.text(days[d]);
        for (auto n : r.requests[d]) csv.count(n);
        csv.end();
    }
    return csv.str();
}

std::string to_csv(const api::UnansweredFigures& r, int min) {
    Csv csv(min);
    csv.header({"period", "requests", "unanswered"});
    for (const auto& p : r.series) csv.text(p.period).count(p.direct + p.push_reply).count(p.unanswered).end();
    csv.text("total").count(r.requests).count(r.unanswered).end();
    csv.end().header({"term", "requests"});
    for (const auto& t : r.top_terms) csv.text(t.term).count(t.requests).end();
    return csv.str();
}

} // namespace sportello::relay
