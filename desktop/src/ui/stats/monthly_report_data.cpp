#include "ui/stats/monthly_report_data.hpp"

#include "api/api_client.hpp"

#include <memory>
#include <optional>

namespace sportello::desk {

namespace {

// The answers gathered so far; done runs when the last one arrives.
struct Gathering {
    MonthlyReportData data;
    std::optional<ApiFailure> failure;
    int pending = 0;
    std::function<void(ApiResult<MonthlyReportData>)> done;

    void settle() {
        if (--pending > 0) return;
        if (failure) done(*failure);
        else done(data);
    }
};

// A callback storing the value with store(data, value), or the first failure.
template <class T, class Store>
ApiClient::Callback<T> into(const std::shared_ptr<Gathering>& g, Store store) {
    ++g->pending;
    return [g, store](ApiResult<T> r) {
        if (r.ok()) store(g->data, r.value());
        else if (!g->failure) g->failure = r.failure();
        g->settle();
    };
}

} // namespace

void MonthlyReportLoader::load(ApiClient& api, const QDate& dayInMonth, const QObject* context,
                               std::function<void(ApiResult<MonthlyReportData>)> done) {
    auto g = std::make_shared<Gathering>();
    g->done = std::move(done);
    const QDate first(dayInMonth.year(), dayInMonth.month(), 1);
    g->data.month = first;
    const StatsPeriod byDay{first, first.addMonths(1).addDays(-1), QStringLiteral("day")};
    StatsPeriod byWeek = byDay;
    byWeek.granularity = QStringLiteral("week");
    // Every callback is created (and counted) before the first call is sent.
    auto daily = into<RequestFigures>(g, [](MonthlyReportData& d, const RequestFigures& v) { d.daily = v; });
    auto weekly = into<RequestFigures>(g, [](MonthlyReportData& d, const RequestFigures& v) { d.weekly = v; });
    auto topics = into<QList<TopicRequests>>(g, [](MonthlyReportData& d, const QList<TopicRequests>& v) { d.topics = v; });
    auto hours = into<BusiestHours>(g, [](MonthlyReportData& d, const BusiestHours& v) { d.hours = v; });
    auto unanswered =
        into<UnansweredFigures>(g, [](MonthlyReportData& d, const UnansweredFigures& v) { d.unanswered = v; });
    auto autoReply = into<ReplyTimes>(g, [](MonthlyReportData& d, const ReplyTimes& v) { d.autoReply = v; });
    auto operatorReply = into<ReplyTimes>(g, [](MonthlyReportData& d, const ReplyTimes& v) { d.operatorReply = v; });
    auto pushes = into<PushFunnel>(g, [](MonthlyReportData& d, const PushFunnel& v) { d.pushes = v; });
    auto availability =
        into<MonthAvailability>(g, [](MonthlyReportData& d, const MonthAvailability& v) { d.availability = v; });

    api.fetchRequestFigures(byDay, std::nullopt, context, std::move(daily));
    api.fetchRequestFigures(byWeek, std::nullopt, context, std::move(weekly));
    api.fetchTopTopics(byDay, topicsShown, context, std::move(topics));
    api.fetchBusiestHours(byDay, context, std::move(hours));
    api.fetchUnansweredFigures(byDay, termsShown, context, std::move(unanswered));
    api.fetchAutoReplyTimes(byDay, context, std::move(autoReply));
    api.fetchOperatorReplyTimes(byDay, context, std::move(operatorReply));
    api.fetchPushFunnel(byDay, context, std::move(pushes));
    api.fetchMonthAvailability(first, context, std::move(availability));
}

} // namespace sportello::desk
