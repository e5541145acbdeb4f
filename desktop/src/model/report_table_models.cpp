#include "model/report_table_models.hpp"

#include <cmath>

namespace sportello::desk {

QString RequestsTableModel::header(int column) const {
    switch (column) {
    case PeriodColumn: return tr("Period");
    case DirectColumn: return tr("Direct");
    case PushReplyColumn: return tr("Replies to a push");
    case UnansweredColumn: return tr("Unanswered");
    case TotalColumn: return tr("Total");
    default: return {};
    }
}

QVariant RequestsTableModel::cell(const RequestCounts& row, int column) const {
    switch (column) {
    case PeriodColumn: return row.period;
    case DirectColumn: return row.direct;
    case PushReplyColumn: return row.pushReply;
    case UnansweredColumn: return row.unanswered;
    case TotalColumn: return row.total();
    default: return {};
    }
}

QString TopTopicsTableModel::header(int column) const {
    switch (column) {
    case TagColumn: return tr("Topic");
    case SubtreeColumn: return tr("Requests (with subtopics)");
    case OwnColumn: return tr("Requests (this topic)");
    case UnansweredColumn: return tr("Unanswered");
    default: return {};
    }
}

QVariant TopTopicsTableModel::cell(const TopicRequests& row, int column) const {
    switch (column) {
    case TagColumn: return row.tag.isEmpty() ? tr("(no topic)") : u'#' + row.tag;
    case SubtreeColumn: return row.subtreeRequests;
    case OwnColumn: return row.requests;
    case UnansweredColumn: return row.unanswered;
    default: return {};
    }
}

QVariant TopTopicsTableModel::roleData(const TopicRequests& row, int role) const {
    return role == NodeIdRole ? QVariant(row.nodeId) : QVariant();
}

void PushFunnelModel::setFunnel(const PushFunnel& f) {
    setRows({FunnelStage{tr("Sent"), f.sent, f.sent}, FunnelStage{tr("Delivered"), f.delivered, f.sent},
             FunnelStage{tr("Read (lower bound)"), f.read, f.sent}, FunnelStage{tr("Replied"), f.replied, f.sent},
             FunnelStage{tr("STOP"), f.stopped, f.sent}});
}

QString PushFunnelModel::header(int column) const {
    switch (column) {
    case StageColumn: return tr("Stage");
    case MessagesColumn: return tr("Messages");
    case ShareColumn: return tr("% of sent");
    default: return {};
    }
}

QVariant PushFunnelModel::cell(const FunnelStage& row, int column) const {
    switch (column) {
    case StageColumn: return row.name;
    case MessagesColumn: return row.messages;
    case ShareColumn:
        return row.sent > 0 ? QVariant(std::round(1000.0 * static_cast<double>(row.messages) /
                                                  static_cast<double>(row.sent)) / 10.0)
                            : QVariant();
    default: return {};
    }
}

double ReplyTimesTableModel::seconds(double ms) { return std::round(ms / 100.0) / 10.0; }

QString ReplyTimesTableModel::header(int column) const {
    switch (column) {
    case PeriodColumn: return tr("Period");
    case SamplesColumn: return tr("Replies");
    case P50Column: return tr("Median (s)");
    case P90Column: return tr("90th percentile (s)");
    default: return {};
    }
}

QVariant ReplyTimesTableModel::cell(const ReplyTimePoint& row, int column) const {
    switch (column) {
    case PeriodColumn: return row.period;
    case SamplesColumn: return row.samples;
    case P50Column: return row.samples > 0 ? QVariant(seconds(row.p50Ms)) : QVariant();
    case P90Column: return row.samples > 0 ? QVariant(seconds(row.p90Ms)) : QVariant();
    default: return {};
    }
}

QString TopTermsModel::header(int column) const {
    switch (column) {
    case TermColumn: return tr("Unknown term");
    case RequestsColumn: return tr("Requests");
    default: return {};
    }
}

QVariant TopTermsModel::cell(const TermCount& row, int column) const {
    switch (column) {
    case TermColumn: return QString(u'#' + row.term);
    case RequestsColumn: return row.requests;
    default: return {};
    }
}

} // namespace sportello::desk
