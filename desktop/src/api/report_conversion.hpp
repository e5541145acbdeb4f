#pragma once
// The bridge from the shared reports and SLA codecs' structs to report_types.hpp.

#include "api/report_types.hpp"
#include "sportello/api/reports.hpp"
#include "sportello/api/sla.hpp"

namespace sportello::desk {

RequestFigures toDesk(const api::RequestsReport& report);
QList<TopicRequests> toDesk(const api::TopTopicsReport& report);
PushFunnel toDesk(const api::PushReport& report);
ReplyTimes toDesk(const api::AutoReplyReport& report);        // accepted by WhatsApp
ReplyTimes toDesk(const api::OperatorReplyReport& report);
MonthAvailability toDesk(const api::SlaReport& report);
BusiestHours toDesk(const api::BusiestHoursReport& report);
UnansweredFigures toDesk(const api::UnansweredFigures& report);
int toDesk(const api::ReportCsvPolicy& policy);   // the smallest count a CSV may show

} // namespace sportello::desk
