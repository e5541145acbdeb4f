#include "ui/stats/stats_panel.hpp"

#include "api/api_client.hpp"
#include "model/availability_models.hpp"
#include "model/busiest_hours_model.hpp"
#include "model/csv_export.hpp"
#include "model/report_table_models.hpp"
#include "text/user_labels.hpp"
#include "ui/dialogs.hpp"
#include "ui/stats/stats_charts.hpp"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello::desk {

namespace {
constexpr int topTopicsShown = 15;
constexpr int topTermsShown = 15;
}

StatsPanel::StatsPanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), api_(api), presets_(new QComboBox), from_(new QDateEdit), to_(new QDateEdit),
      refresh_(new QPushButton(tr("&Refresh"))), monthlyReport_(new QPushButton(tr("Monthly report PDF…"))), status_(new QLabel), drillLabel_(new QLabel),
      allTopics_(new QPushButton(tr("All topics"))), sections_(new QTabWidget),
      requests_(new RequestsTableModel(this)), topics_(new TopTopicsTableModel(this)),
      funnel_(new PushFunnelModel(this)), autoReply_(new ReplyTimesTableModel(this)),
      operatorReply_(new ReplyTimesTableModel(this)), availability_(new AvailabilityDaysModel(this)),
      incidents_(new IncidentTableModel(this)), busiestHours_(new BusiestHoursModel(this)),
      terms_(new TopTermsModel(this)), requestsChart_(new QChart), topicsChart_(new QChart),
      funnelChart_(new QChart), autoReplyChart_(new QChart), operatorReplyChart_(new QChart),
      availabilityChart_(new QChart), busiestHoursChart_(new QChart), termsChart_(new QChart) {
    status_->setObjectName(QStringLiteral("statsStatusLabel"));
    drillLabel_->setObjectName(QStringLiteral("statsDrillLabel"));
    allTopics_->setObjectName(QStringLiteral("statsAllTopicsButton"));
    sections_->setObjectName(QStringLiteral("statsSections"));
    requestsChart_->setTitle(tr("Requests per period"));
    topicsChart_->setTitle(tr("Most asked topics (click a bar to see its requests)"));
    funnelChart_->setTitle(tr("Pushes and broadcasts: from sent to replied (read is a lower bound)"));
    autoReplyChart_->setTitle(tr("Automatic reply time"));
    operatorReplyChart_->setTitle(tr("Operator reply time"));
    availabilityChart_->setTitle(tr("Availability this month"));
    busiestHoursChart_->setTitle(tr("Busiest hours (Rome time), by weekday"));
    termsChart_->setTitle(tr("Requests the bot could not answer"));

    auto* drillBar = new QHBoxLayout;
    drillBar->addWidget(drillLabel_, 1);
    drillBar->addWidget(allTopics_);
    auto* requestsPage = new QWidget;
    auto* requestsLayout = new QVBoxLayout(requestsPage);
    requestsLayout->addLayout(drillBar);
    requestsLayout->addWidget(section(requestsChart_, requests_, "statsRequestsTable", QStringLiteral("requests")), 1);
    sections_->addTab(requestsPage, tr("Requests"));
    sections_->addTab(section(topicsChart_, topics_, "statsTopicsTable", QStringLiteral("top-topics")), tr("Topics"));
    sections_->addTab(section(funnelChart_, funnel_, "statsFunnelTable", QStringLiteral("pushes")), tr("Pushes"));
    sections_->addTab(
        twoSections(section(autoReplyChart_, autoReply_, "statsAutoReplyTable", QStringLiteral("auto-reply")),
                    section(operatorReplyChart_, operatorReply_, "statsOperatorTable",
                            QStringLiteral("operator-replies"))),
        tr("Reply times"));
    sections_->addTab(
        twoSections(section(availabilityChart_, availability_, "statsAvailabilityTable", QStringLiteral("sla")),
                    section(nullptr, incidents_, "statsIncidentsTable", QStringLiteral("incidents"))),
        tr("Availability"));
    sections_->addTab(section(busiestHoursChart_, busiestHours_, "statsBusiestHoursTable",
                              QStringLiteral("busiest-hours")),
                      tr("Busiest hours"));
    sections_->addTab(section(termsChart_, terms_, "statsTermsTable", QStringLiteral("unanswered")),
                      tr("Unanswered"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildPeriodBar());
    layout->addWidget(sections_, 1);
    drillDown(std::nullopt);   // labels only: nothing is fetched before refresh()
    choosePreset(StatsPreset::Last30Days);
}

QWidget* StatsPanel::buildPeriodBar() {
    presets_->setObjectName(QStringLiteral("statsPeriodCombo"));
    presets_->addItem(tr("Today"), static_cast<int>(StatsPreset::Today));
    presets_->addItem(tr("Last 7 days"), static_cast<int>(StatsPreset::Last7Days));
    presets_->addItem(tr("Last 30 days"), static_cast<int>(StatsPreset::Last30Days));
    presets_->addItem(tr("This month"), static_cast<int>(StatsPreset::ThisMonth));
    presets_->addItem(tr("This year"), static_cast<int>(StatsPreset::ThisYear));
    presets_->addItem(tr("Custom…"), static_cast<int>(StatsPreset::Custom));
    from_->setObjectName(QStringLiteral("statsFrom"));
    to_->setObjectName(QStringLiteral("statsTo"));
    refresh_->setObjectName(QStringLiteral("statsRefreshButton"));
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Period:")));
    row->addWidget(presets_);
    row->addWidget(new QLabel(tr("from")));
    row->addWidget(from_);
    row->addWidget(new QLabel(tr("to")));
    row->addWidget(to_);
    row->addWidget(refresh_);
    row->addWidget(status_, 1);
    monthlyReport_->setObjectName(QStringLiteral("statsMonthlyReportButton"));
    row->addWidget(monthlyReport_);
    connect(monthlyReport_, &QPushButton::clicked, this, &StatsPanel::writeMonthlyReport);
    connect(presets_, &QComboBox::activated, this, [this](int index) {
        const auto preset = static_cast<StatsPreset>(presets_->itemData(index).toInt());
        if (preset == StatsPreset::Custom) {
            from_->setEnabled(true);
            to_->setEnabled(true);
            return;
        }
        choosePreset(preset);
        refresh();
    });
    connect(refresh_, &QPushButton::clicked, this, &StatsPanel::refresh);
    connect(allTopics_, &QPushButton::clicked, this, [this] { drillDown(std::nullopt); });
    return bar;
}

QWidget* StatsPanel::section(QChart* chart, QAbstractItemModel* model, const char* tableName,
                             const QString& exportName) {
    auto* table = new QTableView;
    table->setObjectName(QLatin1String(tableName));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto* exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QLatin1String(tableName) + QStringLiteral("Export"));
    connect(exportButton, &QPushButton::clicked, this, [this, model, exportName] { exportCsv(model, exportName); });

    auto* tablePart = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePart);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(table, 1);
    tableLayout->addWidget(exportButton, 0, Qt::AlignRight);
    if (!chart) return tablePart;
    auto* splitter = new QSplitter(Qt::Vertical);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    splitter->addWidget(view);
    splitter->addWidget(tablePart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget* StatsPanel::twoSections(QWidget* first, QWidget* second) {
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(first);
    splitter->addWidget(second);
    return splitter;
}

StatsPeriod StatsPanel::period() const { return StatsPeriods::custom(from_->date(), to_->date()); }

void StatsPanel::choosePreset(StatsPreset preset) {
    const int index = presets_->findData(static_cast<int>(preset));
    presets_->setCurrentIndex(index);
    const bool custom = preset == StatsPreset::Custom;
    from_->setEnabled(custom);
    to_->setEnabled(custom);
    if (custom) return;
    const StatsPeriod p = StatsPeriods::preset(preset, StatsPeriods::romeToday());
    from_->setDate(p.from);
    to_->setDate(p.to);
}

void StatsPanel::chooseCustom(const QDate& from, const QDate& to) {
    choosePreset(StatsPreset::Custom);
    from_->setDate(from);
    to_->setDate(to);
}

void StatsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (loadedOnce_) return;
    loadedOnce_ = true;
    refresh();
}

bool StatsPanel::settle(int generation, const ApiFailure* failure) {
    if (generation != generation_) return false;
    if (failure && failure->endsSession()) {
        pending_ = 0;
        Q_EMIT sessionEnded(failure->message);
        return false;
    }
    if (failure) failures_.append(UserLabels::failure(*failure));
    if (--pending_ == 0) {
        refresh_->setEnabled(true);
        status_->setText(failures_.isEmpty() ? tr("Figures from %1 to %2.")
                                                   .arg(from_->date().toString(QStringLiteral("dd/MM/yyyy")),
                                                        to_->date().toString(QStringLiteral("dd/MM/yyyy")))
                                             : tr("Some figures could not be loaded: %1").arg(failures_.first()));
        QMetaObject::invokeMethod(this, &StatsPanel::loaded, Qt::QueuedConnection);
    }
    return !failure;
}

void StatsPanel::refresh() {
    loadedOnce_ = true;
    const int generation = ++generation_;
    pending_ = 8;   // and one more in fetchRequests()
    requestsPending_ = false;
    failures_.clear();
    refresh_->setEnabled(false);
    status_->setText(tr("Loading…"));
    const StatsPeriod p = period();
    requestedPeriod_ = p;
    fetchRequests();
    fetchHoursAndTerms(generation);
    api_.fetchTopTopics(p, topTopicsShown, this, [this, generation](ApiResult<QList<TopicRequests>> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        topics_->setRows(r.value());
        topicsSeries_ = StatsCharts::drawTopics(*topicsChart_, *topics_);
        connect(topicsSeries_, &QHorizontalBarSeries::clicked, this,
                [this](int index, QBarSet*) { onTopicBarClicked(index); });
    });
    api_.fetchPushFunnel(p, this, [this, generation](ApiResult<PushFunnel> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        funnel_->setFunnel(r.value());
        StatsCharts::drawFunnel(*funnelChart_, *funnel_);
    });
    api_.fetchAutoReplyTimes(p, this, [this, generation](ApiResult<ReplyTimes> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        autoReply_->setRows(withEveryBucket(r.value().series, requestedPeriod_));
        StatsCharts::drawReplyTimes(*autoReplyChart_, *autoReply_);
    });
    api_.fetchOperatorReplyTimes(p, this, [this, generation](ApiResult<ReplyTimes> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        operatorReply_->setRows(withEveryBucket(r.value().series, requestedPeriod_));
        StatsCharts::drawReplyTimes(*operatorReplyChart_, *operatorReply_);
    });
    api_.fetchMonthAvailability(p.to, this, [this, generation](ApiResult<MonthAvailability> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        const MonthAvailability& month = r.value();
        availability_->setRows(month.days);
        incidents_->setRows(month.incidents);
        StatsCharts::drawAvailability(*availabilityChart_, *availability_, month.targetPercent);
        availabilityChart_->setTitle(
            month.percent ? tr("Availability in %1: %2 % (target %3 %)")
                                .arg(month.month, QString::number(*month.percent, 'f', 3),
                                     QString::number(month.targetPercent))
                          : tr("Availability in %1: not measured yet").arg(month.month));
    });
}

void StatsPanel::fetchHoursAndTerms(int generation) {
    const StatsPeriod& p = requestedPeriod_;
    api_.fetchBusiestHours(p, this, [this, generation](ApiResult<BusiestHours> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        busiestHours_->setHours(r.value());
        StatsCharts::drawBusiestHours(*busiestHoursChart_, *busiestHours_);
    });
    api_.fetchUnansweredFigures(p, topTermsShown, this, [this, generation](ApiResult<UnansweredFigures> r) {
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        const UnansweredFigures& u = r.value();
        terms_->setRows(u.topTerms);
        StatsCharts::drawTopTerms(*termsChart_, *terms_);
        termsChart_->setTitle(tr("Requests the bot could not answer: %1 of %2; the unknown terms asked most")
                                  .arg(u.unanswered)
                                  .arg(u.requests));
    });
    api_.fetchCsvMinCellCount(this, [this, generation](ApiResult<int> r) {
        if (settle(generation, r.ok() ? nullptr : &r.failure())) minCellCount_ = r.value();
    });
}

void StatsPanel::fetchRequests() {
    const int generation = generation_;
    const int requestsGeneration = ++requestsGeneration_;
    if (!requestsPending_) ++pending_;   // else this answer takes the place of the one still awaited
    requestsPending_ = true;
    api_.fetchRequestFigures(requestedPeriod_, drillNode_, this,
                             [this, generation, requestsGeneration](ApiResult<RequestFigures> r) {
        if (requestsGeneration != requestsGeneration_) return;   // an earlier topic's answer
        requestsPending_ = false;
        if (!settle(generation, r.ok() ? nullptr : &r.failure())) return;
        requests_->setRows(withEveryBucket(r.value().series, requestedPeriod_));
        StatsCharts::drawRequests(*requestsChart_, *requests_);
    });
}

void StatsPanel::drillDown(std::optional<qint64> nodeId) {
    drillNode_ = nodeId;
    QString tag;
    for (const TopicRequests& topic : topics_->rows())
        if (nodeId && topic.nodeId == *nodeId) tag = topic.tag;
    drillLabel_->setText(nodeId ? tr("Requests about #%1 and its subtopics").arg(tag) : tr("All requests"));
    allTopics_->setEnabled(nodeId.has_value());
    if (!loadedOnce_) return;
    if (pending_ == 0) failures_.clear();
    refresh_->setEnabled(false);
    fetchRequests();
    sections_->setCurrentIndex(0);
}

void StatsPanel::onTopicBarClicked(int index) {
    if (index < 0 || index >= topics_->rowCount()) return;
    drillDown(topics_->rows()[index].nodeId);
}

void StatsPanel::exportCsv(QAbstractItemModel* model, const QString& name) {
    const StatsPeriod& p = requestedPeriod_;
    const QString suggested = QStringLiteral("sportello-%1-%2-%3.csv")
                                  .arg(name, p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    if (!minCellCount_) {
        // Without the relay's threshold no cell could be known safe to show.
        status_->setText(tr("Not exported: the relay's threshold for small counts is not known yet; refresh first."));
        return;
    }
    const auto path = Dialogs::saveFileName(this, tr("Export the table"), suggested, tr("CSV for Excel (*.csv)"));
    if (!path) return;
    const QString error = CsvExport::write(*path, CsvExport::encodeStatistics(*model, *minCellCount_));
    status_->setText(error.isEmpty() ? tr("Exported to %1.").arg(*path) : tr("Not exported: %1").arg(error));
}

} // namespace sportello::desk
