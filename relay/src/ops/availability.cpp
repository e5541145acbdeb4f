#include "ops/availability.hpp"

#include "outbound/quiet_hours.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace sportello::relay {
namespace {

using namespace std::chrono;

constexpr std::int64_t minute_ms = 60'000;
constexpr std::int64_t hour_ms = 60 * minute_ms;
constexpr std::int64_t probe_carry_ms = 2 * minute_ms;   // a probe stands for a minute without one, this long

constexpr int no_cause = 99;

struct Mark {
    int priority = no_cause;   // api::IncidentCause as int; lower wins
    int detail = -1;           // index into details
};

std::string clock_text(std::int64_t ms) {
    const auto local = ms + rome_offset_ms(ms);
    const auto minutes = (local / minute_ms) % (24 * 60);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
    return buf;
}

class MinuteMarks {
public:
    MinuteMarks(std::int64_t start_ms, std::size_t minutes) : start_(start_ms), marks_(minutes) {}

    // Marks every minute the interval [from, to) touches (a zero-length
    // interval touches the minute it falls in).
    void mark(std::int64_t from, std::int64_t to, api::IncidentCause cause, std::string detail) {
        if (to < from) return;
        if (to == from) to = from + 1;   // an instant touches its minute
        if (to <= start_) return;
        const std::int64_t first = (std::max(from, start_) - start_) / minute_ms;
        const std::int64_t last =
            std::min<std::int64_t>((to - start_ + minute_ms - 1) / minute_ms, static_cast<std::int64_t>(marks_.size()));
        if (first >= last) return;
        const int p = static_cast<int>(cause);
        int index = -1;
        for (auto i = first; i < last; ++i) {
            auto& m = marks_[static_cast<std::size_t>(i)];
            if (p >= m.priority) continue;
            if (index < 0) {
                index = static_cast<int>(details_.size());
                details_.push_back(detail);
            }
            m = Mark{p, index};
        }
    }

    const Mark& at(std::size_t i) const { return marks_[i]; }
    const std::string& detail(int index) const { return details_[static_cast<std::size_t>(index)]; }

private:
    std::int64_t start_;
    std::vector<Mark> marks_;
    std::vector<std::string> details_;
};

void mark_heartbeats(const AvailabilityInput& in, const MonthRange& range, std::int64_t watched_from,
                     MinuteMarks& marks) {
    const auto gap = 2 * in.heartbeat_interval_ms;
    const auto& hb = in.heartbeats;
    const std::int64_t horizon = std::min(in.now_ms, range.end_ms);
    // No heartbeat since monitoring began (or before the first one here).
    const std::int64_t first_at = hb.empty() ? horizon : hb.front().at_ms;
    if (first_at - watched_from > gap)
        marks.mark(watched_from, first_at, api::IncidentCause::relay_down,
                   "no heartbeat from " + clock_text(watched_from) + " to " + clock_text(first_at));
    for (std::size_t i = 0; i < hb.size(); ++i) {
        const auto& h = hb[i];
        const bool last = i + 1 == hb.size();
        const std::int64_t next_at = last ? in.now_ms : hb[i + 1].at_ms;
        if (next_at - h.at_ms > gap) {
            const bool db = !last && hb[i + 1].db_failed_since_ms && *hb[i + 1].db_failed_since_ms <= next_at;
            marks.mark(h.at_ms, next_at, db ? api::IncidentCause::database_unwritable : api::IncidentCause::relay_down,
                       std::string(db ? "the database refused writes" : "no heartbeat") + " from " + clock_text(h.at_ms) +
                       " to " + (last ? std::string("now") : clock_text(next_at)));
        }
        const std::int64_t until = std::min(next_at, h.at_ms + in.heartbeat_interval_ms);
        if (!h.dispatcher_running)
            marks.mark(h.at_ms, until, api::IncidentCause::relay_down, "the dispatcher was not running");
        if (h.sending_stopped)
            marks.mark(h.at_ms, until, api::IncidentCause::sending_stopped, "sending stopped by WhatsApp");
    }
}

// The probe's verdict on the minute starting at t: nullopt when it succeeded.
std::optional<std::string> probe_problem(const std::vector<ProbeRow>& probes, std::int64_t t) {
    auto it = std::lower_bound(probes.begin(), probes.end(), t, [](const ProbeRow& p, std::int64_t v) { return p.at_ms < v; });
    bool any = false;
    for (auto p = it; p != probes.end() && p->at_ms < t + minute_ms; ++p) {
        if (!p->ok) return "probe failed: " + p->cause;
        any = true;
    }
    if (any) return std::nullopt;
    if (it != probes.begin()) {
        const auto& before = *std::prev(it);
        if (before.at_ms >= t - probe_carry_ms) {
            if (before.ok) return std::nullopt;
            return "probe failed: " + before.cause;
        }
    }
    return std::string("no probe result");
}

std::string date_text(int y, unsigned m, unsigned d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

} // namespace

std::int64_t rome_midnight_ms(int year, unsigned month, unsigned day) {
    const sys_days date{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
    const std::int64_t local = duration_cast<milliseconds>(date.time_since_epoch()).count();
    // Midnight is never inside a switch (they happen at 02:00 and 03:00 local).
    const std::int64_t summer = local - 2 * hour_ms;
    return rome_offset_ms(summer) == 2 * hour_ms ? summer : local - hour_ms;
}

MonthRange rome_month(int year, unsigned month) {
    MonthRange r{year, month, rome_midnight_ms(year, month, 1), 0};
    r.end_ms = month == 12 ? rome_midnight_ms(year + 1, 1, 1) : rome_midnight_ms(year, month + 1, 1);
    return r;
}

std::optional<MonthRange> parse_rome_month(std::string_view t) {
    if (t.size() != 7 || t[4] != '-') return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
        if (t[i] < '0' || t[i] > '9') return std::nullopt;
    const int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    const unsigned month = static_cast<unsigned>((t[5] - '0') * 10 + (t[6] - '0'));
    if (year < 2000 || year > 2999 || month < 1 || month > 12) return std::nullopt;
    return rome_month(year, month);
}

MonthRange rome_month_of(std::int64_t utc_ms) {
    const auto local = utc_ms + rome_offset_ms(utc_ms);
    const year_month_day ymd{floor<days>(sys_time<milliseconds>{milliseconds{local}})};
    return rome_month(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
}

api::SlaReport compute_availability(const AvailabilityInput& in, const MonthRange& range) {
    api::SlaReport r;
    r.month = date_text(range.year, range.month, 1).substr(0, 7);
    r.target_percent = in.target_percent;
    r.month_minutes = (range.end_ms - range.start_ms) / minute_ms;
    r.budget_minutes = static_cast<double>(r.month_minutes) * (100.0 - in.target_percent) / 100.0;
    const auto minutes = static_cast<std::size_t>(r.month_minutes);

    // Minutes measured: ended, and at or after the start of monitoring.
    std::int64_t watched_from = range.end_ms;
    if (in.monitoring_start_ms)
        watched_from = std::max(range.start_ms, *in.monitoring_start_ms - *in.monitoring_start_ms % minute_ms);
    auto measured = [&](std::size_t i) {
        const auto t = range.start_ms + static_cast<std::int64_t>(i) * minute_ms;
        return t >= watched_from && t + minute_ms <= in.now_ms;
    };

    MinuteMarks marks(range.start_ms, minutes);
    if (in.monitoring_start_ms) mark_heartbeats(in, range, std::max(watched_from, *in.monitoring_start_ms), marks);
    MinuteMarks probe_marks(range.start_ms, minutes);
    for (std::size_t i = 0; i < minutes; ++i) {
        if (!measured(i) || marks.at(i).priority != no_cause) continue;
        const auto t = range.start_ms + static_cast<std::int64_t>(i) * minute_ms;
        if (auto problem = probe_problem(in.probes, t)) probe_marks.mark(t, t, api::IncidentCause::probe_failed, *problem);
    }
    auto mark_of = [&](std::size_t i) -> std::pair<const Mark*, const MinuteMarks*> {
        if (marks.at(i).priority != no_cause) return {&marks.at(i), &marks};
        if (probe_marks.at(i).priority != no_cause) return {&probe_marks.at(i), &probe_marks};
        return {nullptr, nullptr};
    };

    // The month, its incidents.
    std::optional<api::SlaIncident> open;
    auto close = [&] {
        if (open) r.incidents.push_back(*open);
        open.reset();
    };
    for (std::size_t i = 0; i < minutes; ++i) {
        const auto t = range.start_ms + static_cast<std::int64_t>(i) * minute_ms;
        if (!measured(i)) {
            close();
            continue;
        }
        ++r.measured_minutes;
        const auto [mark, source] = mark_of(i);
        if (!mark) {
            close();
            continue;
        }
        ++r.unavailable_minutes;
        const auto cause = static_cast<api::IncidentCause>(mark->priority);
        if (open && open->cause == cause && open->end_ms == t) {
            open->end_ms = t + minute_ms;
            ++open->minutes;
            continue;
        }
        close();
        open = api::SlaIncident{t, t + minute_ms, 1, cause, source->detail(mark->detail)};
    }
    close();
    if (r.measured_minutes > 0)
        r.availability_percent = 100.0 * static_cast<double>(r.measured_minutes - r.unavailable_minutes) /
                                 static_cast<double>(r.measured_minutes);
    r.budget_left_minutes = r.budget_minutes - static_cast<double>(r.unavailable_minutes);
    r.target_met = r.budget_left_minutes >= 0;

    // The days.
    const year_month_day_last last{std::chrono::year{range.year} / std::chrono::month{range.month} / std::chrono::last};
    const unsigned days_in_month = static_cast<unsigned>(last.day());
    for (unsigned d = 1; d <= days_in_month; ++d) {
        api::SlaDay day;
        day.date = date_text(range.year, range.month, d);
        const auto from = rome_midnight_ms(range.year, range.month, d);
        const auto to = d == days_in_month ? range.end_ms : rome_midnight_ms(range.year, range.month, d + 1);
        day.minutes = (to - from) / minute_ms;
        for (auto i = static_cast<std::size_t>((from - range.start_ms) / minute_ms);
             i < static_cast<std::size_t>((to - range.start_ms) / minute_ms); ++i) {
            if (!measured(i)) continue;
            ++day.measured_minutes;
            if (mark_of(i).first) ++day.unavailable_minutes;
        }
        if (day.measured_minutes > 0)
            day.availability_percent = 100.0 * static_cast<double>(day.measured_minutes - day.unavailable_minutes) /
                                       static_cast<double>(day.measured_minutes);
        r.days.push_back(std::move(day));
    }
    return r;
}

} // namespace sportello::relay
