#pragma once
// The tab "Statistiche" (read_reports; docs/desktop.md, "Statistics
// (Statistiche)"): a period, then the relay's reports as charts, each with
// its table and "Esporta CSV…". Requests per period stacked by kind; the top
// topics (a click on a bar narrows the requests chart to that topic and its
// subtopics); the push funnel; auto-reply and operator reply times; the
// month's availability against its target with the incidents; the busiest
// hours (weekday × hour, Europe/Rome); the requests the bot could not answer
// with the top unknown terms. CSV exports suppress small cells under the
// relay's threshold (model/small_cells.hpp), learned at each refresh.
//
// Object names for tests: statsPeriodCombo, statsFrom, statsTo,
// statsRefreshButton, statsStatusLabel, statsSections, statsDrillLabel,
// statsAllTopicsButton, and per table statsRequestsTable, statsTopicsTable,
// statsFunnelTable, statsAutoReplyTable, statsOperatorTable,
// statsAvailabilityTable, statsIncidentsTable, statsBusiestHoursTable,
// statsTermsTable with its button
// "<table name>Export" (e.g. statsRequestsTableExport); statsMonthlyReportButton
// ("Rapporto mensile PDF…": asks for the month and the file, fetches the
// month's figures without blocking, then draws the PDF).

#include "api/report_types.hpp"
#include "model/stats_period.hpp"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QChart;
class QComboBox;
class QDateEdit;
class QHorizontalBarSeries;
class QLabel;
class QPushButton;
class QTabWidget;

namespace sportello::desk {

class ApiClient;
struct ApiFailure;
class AvailabilityDaysModel;
class BusiestHoursModel;
class IncidentTableModel;
class PushFunnelModel;
class ReplyTimesTableModel;
class RequestsTableModel;
class TopTermsModel;
class TopTopicsTableModel;

class StatsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StatsPanel(ApiClient& api, QWidget* parent = nullptr);

    StatsPeriod period() const;
    bool isLoading() const { return pending_ > 0; }
    std::optional<qint64> drillNode() const { return drillNode_; }

    RequestsTableModel* requestsModel() const { return requests_; }
    TopTopicsTableModel* topicsModel() const { return topics_; }
    PushFunnelModel* funnelModel() const { return funnel_; }
    ReplyTimesTableModel* autoReplyModel() const { return autoReply_; }
    ReplyTimesTableModel* operatorReplyModel() const { return operatorReply_; }
    AvailabilityDaysModel* availabilityModel() const { return availability_; }
    IncidentTableModel* incidentsModel() const { return incidents_; }
    QChart* requestsChart() const { return requestsChart_; }
    QChart* topicsChart() const { return topicsChart_; }
    QHorizontalBarSeries* topicsSeries() const { return topicsSeries_; }
    BusiestHoursModel* busiestHoursModel() const { return busiestHours_; }
    TopTermsModel* termsModel() const { return terms_; }
    QChart* busiestHoursChart() const { return busiestHoursChart_; }
    QChart* termsChart() const { return termsChart_; }
    // The relay's reports.min_cell_count, once a refresh has learned it.
    std::optional<int> csvMinCellCount() const { return minCellCount_; }

public Q_SLOTS:
    void choosePreset(sportello::desk::StatsPreset preset);
    void chooseCustom(const QDate& from, const QDate& to);
    // Fetches every report for the chosen period.
    void refresh();
    // Narrows the requests chart to a topic and its subtopics; nullopt: all.
    void drillDown(std::optional<qint64> nodeId);
    // Asks for a month (this one and the 12 before) and a file, then writes the monthly report.
    void writeMonthlyReport();

Q_SIGNALS:
    // Every answer asked for by the last refresh() or drillDown() arrived.
    void loaded();
    void sessionEnded(const QString& message);
    // The monthly report was written to path (error empty) or not (error says why).
    void monthlyReportFinished(const QString& path, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildPeriodBar();
    QWidget* section(QChart* chart, QAbstractItemModel* model, const char* tableName, const QString& exportName);
    QWidget* twoSections(QWidget* first, QWidget* second);
    void fetchRequests();
    void onTopicBarClicked(int index);
    void exportCsv(QAbstractItemModel* model, const QString& name);
    // Counts an answer of generation; false when it is stale or ended the session.
    bool settle(int generation, const ApiFailure* failure);
    void fetchHoursAndTerms(int generation);

    ApiClient& api_;
    QComboBox* presets_;
    QDateEdit* from_;
    QDateEdit* to_;
    QPushButton* refresh_;
    QPushButton* monthlyReport_;
    QLabel* status_;
    QLabel* drillLabel_;
    QPushButton* allTopics_;
    QTabWidget* sections_;

    RequestsTableModel* requests_;
    TopTopicsTableModel* topics_;
    PushFunnelModel* funnel_;
    ReplyTimesTableModel* autoReply_;
    ReplyTimesTableModel* operatorReply_;
    AvailabilityDaysModel* availability_;
    IncidentTableModel* incidents_;
    BusiestHoursModel* busiestHours_;
    TopTermsModel* terms_;
    QChart* requestsChart_;
    QChart* topicsChart_;
    QChart* funnelChart_;
    QChart* autoReplyChart_;
    QChart* operatorReplyChart_;
    QChart* availabilityChart_;
    QChart* busiestHoursChart_;
    QChart* termsChart_;
    QHorizontalBarSeries* topicsSeries_ = nullptr;

    std::optional<int> minCellCount_;
    StatsPeriod requestedPeriod_;   // of the last refresh(): what the answers are about
    std::optional<qint64> drillNode_;
    int generation_ = 0;           // of refresh(): older answers are dropped
    int requestsGeneration_ = 0;   // of the requests alone (a drill-down asks again)
    bool requestsPending_ = false;
    int pending_ = 0;
    QStringList failures_;
    bool loadedOnce_ = false;
};

} // namespace sportello::desk
