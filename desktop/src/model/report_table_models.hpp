#pragma once
// The tables behind the "Statistiche" tab's charts (docs/desktop.md,
// "Statistics (Statistiche)"): each chart draws its model, its table view
// shows it and "Esporta CSV…" writes it with CsvExport. Add a column by
// adding it to Column before ColumnCount.

#include "api/report_types.hpp"
#include "model/report_rows_model.hpp"

namespace sportello::desk {

// Requests per period bucket: direct, replies to a push, unanswered (of
// those), total.
class RequestsTableModel : public ReportRowsModel<RequestCounts> {
    Q_OBJECT
public:
    enum Column { PeriodColumn = 0, DirectColumn, PushReplyColumn, UnansweredColumn, TotalColumn, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const RequestCounts& row, int column) const override;
    bool isCount(int column) const override { return column != PeriodColumn; }
};

// The most asked topics, by requests to the topic and everything below it.
class TopTopicsTableModel : public ReportRowsModel<TopicRequests> {
    Q_OBJECT
public:
    enum Column { TagColumn = 0, SubtreeColumn, OwnColumn, UnansweredColumn, ColumnCount };
    enum Role { NodeIdRole = Qt::UserRole + 1 };   // qint64
    using ReportRowsModel::ReportRowsModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const TopicRequests& row, int column) const override;
    QVariant roleData(const TopicRequests& row, int role) const override;
    bool isCount(int column) const override { return column != TagColumn; }
};

// One funnel stage: its name and how many messages reached it.
struct FunnelStage {
    QString name;
    qint64 messages = 0;
    qint64 sent = 0;   // the funnel's first stage, for the share
};

// The push funnel, one row per stage: sent → delivered → read (a lower
// bound) → replied → STOP.
class PushFunnelModel : public ReportRowsModel<FunnelStage> {
    Q_OBJECT
public:
    enum Column { StageColumn = 0, MessagesColumn, ShareColumn, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

    void setFunnel(const PushFunnel& funnel);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const FunnelStage& row, int column) const override;
    bool isCount(int column) const override { return column == MessagesColumn; }
    int gateColumn(int column) const override { return column == ShareColumn ? MessagesColumn : -1; }
};

// Reply times per period bucket, in seconds with one decimal.
class ReplyTimesTableModel : public ReportRowsModel<ReplyTimePoint> {
    Q_OBJECT
public:
    enum Column { PeriodColumn = 0, SamplesColumn, P50Column, P90Column, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

    static double seconds(double ms);   // rounded to a tenth

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const ReplyTimePoint& row, int column) const override;
    bool isCount(int column) const override { return column == SamplesColumn; }
    int gateColumn(int column) const override { return column == P50Column || column == P90Column ? SamplesColumn : -1; }
};

// The unknown tags asked most in the period (requests the bot could not
// answer), masked as the relay stores them.
class TopTermsModel : public ReportRowsModel<TermCount> {
    Q_OBJECT
public:
    enum Column { TermColumn = 0, RequestsColumn, ColumnCount };
    using ReportRowsModel::ReportRowsModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const TermCount& row, int column) const override;
    bool isCount(int column) const override { return column == RequestsColumn; }
};

} // namespace sportello::desk
