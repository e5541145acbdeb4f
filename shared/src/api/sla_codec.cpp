#include "sportello/api/sla.hpp"

#include "sportello/json.hpp"
#include "time_fields.hpp"

#include <array>
#include <boost/json.hpp>

namespace sportello::api {
namespace bj = boost::json;

namespace {

constexpr std::array<std::string_view, 4> cause_names{"relay_down", "database_unwritable", "sending_stopped",
                                                      "probe_failed"};

bj::value percent_or_null(const std::optional<double>& p) { return p ? bj::value(*p) : bj::value(nullptr); }

std::optional<double> optional_number(const json::Reader& r, std::string_view key) {
    auto v = r.find(key);
    if (!v) return std::nullopt;
    return v->number();
}

} // namespace

std::string_view to_string(IncidentCause cause) noexcept { return cause_names[static_cast<std::size_t>(cause)]; }

std::optional<IncidentCause> incident_cause_from_string(std::string_view text) noexcept {
    for (std::size_t i = 0; i < cause_names.size(); ++i)
        if (cause_names[i] == text) return static_cast<IncidentCause>(i);
    return std::nullopt;
}

std::string encode(const SlaReport& v) {
    bj::array days, incidents;
    for (const auto& d : v.days)
        days.push_back(bj::object{{"date", d.date},
                                  {"minutes", d.minutes},
                                  {"measured_minutes", d.measured_minutes},
                                  {"unavailable_minutes", d.unavailable_minutes},
                                  {"availability_percent", percent_or_null(d.availability_percent)}});
    for (const auto& i : v.incidents)
        incidents.push_back(bj::object{{"start", time::format_iso8601(i.start_ms)},
                                       {"end", time::format_iso8601(i.end_ms)},
                                       {"minutes", i.minutes},
                                       {"cause", to_string(i.cause)},
                                       {"detail", i.detail}});
    return bj::serialize(bj::object{{"month", v.month},
                                    {"target_percent", v.target_percent},
                                    {"month_minutes", v.month_minutes},
                                    {"measured_minutes", v.measured_minutes},
                                    {"unavailable_minutes", v.unavailable_minutes},
                                    {"availability_percent", percent_or_null(v.availability_percent)},
                                    {"budget_minutes", v.budget_minutes},
                                    {"budget_left_minutes", v.budget_left_minutes},
                                    {"target_met", v.target_met},
                                    {"days", std::move(days)},
                                    {"incidents", std::move(incidents)}});
}

Result<SlaReport> decode_sla_report(std::string_view text) {
    return json::decode(text, [](const json::Reader& r) {
        SlaReport v;
        v.month = r.get_string("month");
        v.target_percent = r.at("target_percent").number();
        v.month_minutes = r.get_integer("month_minutes");
        v.measured_minutes = r.get_integer("measured_minutes");
        v.unavailable_minutes = r.get_integer("unavailable_minutes");
        v.availability_percent = optional_number(r, "availability_percent");
        v.budget_minutes = r.at("budget_minutes").number();
        v.budget_left_minutes = r.at("budget_left_minutes").number();
        v.target_met = r.get_bool("target_met", true);
        v.days = r.get_list("days", [](const json::Reader& d) {
            SlaDay day;
            day.date = d.get_string("date");
            day.minutes = d.get_integer("minutes");
            day.measured_minutes = d.get_integer("measured_minutes");
            day.unavailable_minutes = d.get_integer("unavailable_minutes");
            day.availability_percent = optional_number(d, "availability_percent");
            return day;
        });
        v.incidents = r.get_list("incidents", [](const json::Reader& i) {
            SlaIncident inc;
            inc.start_ms = detail::required_time(i, "start");
            inc.end_ms = detail::required_time(i, "end");
            inc.minutes = i.get_integer("minutes");
            const auto cause = incident_cause_from_string(i.get_string("cause"));
            if (!cause) i.at("cause").fail("unknown incident cause");
            inc.cause = *cause;
            inc.detail = i.get_optional_string("detail").value_or("");
            return inc;
        });
        return v;
    });
}

} // namespace sportello::api
