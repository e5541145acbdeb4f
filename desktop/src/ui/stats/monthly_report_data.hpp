#pragma once
// Everything the monthly report (docs/desktop.md, "The monthly report")
// shows, fetched from the relay's reports for one calendar month, Europe/Rome.
// The calls run in parallel through ApiClient's asynchronous requests: the
// UI thread never waits on the network.

#include "api/api_result.hpp"
#include "api/report_types.hpp"

#include <QDate>
#include <QObject>

#include <functional>

namespace sportello::desk {

class ApiClient;

struct MonthlyReportData {
    QDate month;   // its first day
    RequestFigures daily, weekly;
    QList<TopicRequests> topics;
    BusiestHours hours;
    UnansweredFigures unanswered;
    ReplyTimes autoReply, operatorReply;
    PushFunnel pushes;
    MonthAvailability availability;
};

class MonthlyReportLoader {
public:
    static constexpr int topicsShown = 15, termsShown = 15;
    // Asks for every figure of the month holding dayInMonth; done runs once,
    // on context's thread, with the data or the first failure. Nothing runs
    // if context is destroyed first.
    static void load(ApiClient& api, const QDate& dayInMonth, const QObject* context,
                     std::function<void(ApiResult<MonthlyReportData>)> done);
};

} // namespace sportello::desk
