// The content screens' smaller models and texts: the unanswered table, the
// version list, the issue list, diff lines, rule labels, and the WhatsApp
// bubbles of a preview, all fed through the shared codec.

#include "api/content_conversion.hpp"
#include "model/issue_list_model.hpp"
#include "model/unanswered_model.hpp"
#include "model/version_list_model.hpp"
#include "sportello/api/content.hpp"
#include "text/bubble_html.hpp"
#include "text/content_labels.hpp"
#include "text/diff_text.hpp"
#include "ui/content/bot_test_panel.hpp"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace sportello;
using namespace sportello::desk;

namespace {

template <class Wire>
auto throughTheCodec(const Wire& value) {
    auto decoded = api::decode_content<Wire>(api::encode(value));
    if (!decoded) qFatal("the codec refused a test value: %s", decoded.error().message.c_str());
    return toDesk(*decoded);
}

constexpr std::int64_t day = 86'400'000;
constexpr std::int64_t someTime = 1'790'000'000'000;

QString plainTextOf(const QString& html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

class ContentModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unansweredTable() {
        UnansweredModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        api::UnansweredReport report;
        report.from_ms = someTime - 30 * day;
        report.to_ms = someTime;
        report.total = 57;
        report.items = {{"centrivacinali", "tag", 12, someTime - day, {4, 2}, 9},
                        {"green pass", "phrase", 5, someTime - 2 * day, {}, 4},
                        {"prenotazione [numero]", "phrase", 3, someTime - 3 * day, {}, 3}};
        report.min_citizens = 3;
        report.other_phrase_requests = 6;
        report.other_phrases = 5;
        model.setReport(throughTheCodec(report));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UnansweredModel::ColumnCount));
        QCOMPARE(model.index(0, UnansweredModel::KeyColumn).data().toString(), QStringLiteral("#centrivacinali"));
        QCOMPARE(model.index(1, UnansweredModel::KeyColumn).data().toString(), QStringLiteral("green pass"));
        QCOMPARE(model.index(0, UnansweredModel::KindColumn).data().toString(), QStringLiteral("unknown hashtag"));
        QCOMPARE(model.index(1, UnansweredModel::KindColumn).data().toString(), QStringLiteral("phrase"));
        QCOMPARE(model.index(0, UnansweredModel::CountColumn).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(0, UnansweredModel::CountColumn).data(UnansweredModel::SortRole).toLongLong(), 12);
        QVERIFY(!model.index(0, UnansweredModel::LastSeenColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(UnansweredModel::KeyRole).toString(), QStringLiteral("centrivacinali"));
        QCOMPARE(model.index(0, 0).data(UnansweredModel::SuggestionsRole).value<QList<qint64>>(), (QList<qint64>{4, 2}));
        QCOMPARE(model.headerData(UnansweredModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Count"));
        QCOMPARE(model.headerData(UnansweredModel::CitizensColumn, Qt::Horizontal).toString(), QStringLiteral("Citizens"));
        QCOMPARE(model.index(1, UnansweredModel::CitizensColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model.index(1, UnansweredModel::CitizensColumn).data(UnansweredModel::SortRole).toLongLong(), 4);
        // Masked personal data: said in a tooltip, and never an alias.
        QVERIFY(!model.item(1)->masked);
        QVERIFY(model.item(2)->masked);
        QVERIFY(!model.index(1, UnansweredModel::KeyColumn).data(Qt::ToolTipRole).isValid());
        QVERIFY(model.index(2, UnansweredModel::KeyColumn).data(Qt::ToolTipRole).toString().contains(u"masked"));
        QCOMPARE(model.report().total, 57);
        QCOMPARE(model.report().minCitizens, 3);
        QCOMPARE(model.report().otherPhraseRequests, 6);
        QCOMPARE(model.report().otherPhrases, 5);
        QVERIFY(!model.index(3, 0).isValid());
        QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());   // a table: no children
        model.setReport({});
        QCOMPARE(model.rowCount(), 0);
    }

    void versionList() {
        VersionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<api::VersionSummary> versions{{2, someTime, "m.rossi", "Orari", 20},
                                                  {3, someTime + day, "l.bianchi", "Tamponi", 21},
                                                  {1, someTime - day, "seed", "Iniziale", 19}};
        model.setVersions(throughTheCodec(versions));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, VersionListModel::VersionColumn).data().toLongLong(), 3);   // newest first
        QCOMPARE(model.index(2, VersionListModel::VersionColumn).data().toLongLong(), 1);
        QCOMPARE(model.index(0, VersionListModel::PublishedByColumn).data().toString(), QStringLiteral("l.bianchi"));
        QCOMPARE(model.index(1, VersionListModel::NoteColumn).data().toString(), QStringLiteral("Orari"));
        QCOMPARE(model.previousOf(0)->version, 2);
        QVERIFY(!model.previousOf(2));
        QCOMPARE(model.rowOfVersion(1), 2);
        QCOMPARE(model.rowOfVersion(9), -1);
    }

    void issueList() {
        IssueListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ContentIssue> issues{
            {ContentIssue::Severity::Warning, 5, QStringLiteral("valid_until"), QStringLiteral("expired"), {}},
            {ContentIssue::Severity::Error, 4, QStringLiteral("answer.it"), QStringLiteral("missing_answer"), {}},
            {ContentIssue::Severity::Error, 0, {}, QStringLiteral("new_code"), QStringLiteral("Something new")}};
        model.setIssues(issues, [](qint64 id) { return id == 4 ? QStringLiteral("centrivaccinali") : QString(); });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.errorCount(), 2);
        QCOMPARE(model.warningCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("#centrivaccinali: Error: The Italian answer is empty."));
        QCOMPARE(model.index(0).data(IssueListModel::NodeIdRole).toLongLong(), 4);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Whole tree: Error: Something new"));
        QCOMPARE(model.index(2).data().toString(),
                 QStringLiteral("node 5: Warning: The content has expired: citizens no longer receive it."));
        QVERIFY(!model.index(2).data(IssueListModel::IsErrorRole).toBool());
    }

    void diffLines() {
        api::TreeDiff diff;
        diff.from = 3;
        diff.to = 4;
        diff.changes = {{hashtag::NodeChange::Kind::added, 7, "richiamo", {}},
                        {hashtag::NodeChange::Kind::removed, 8, "vecchio", {}},
                        {hashtag::NodeChange::Kind::changed, 4, "centrivaccinali",
                         {{"title", "Centri vaccinali", "Dove vaccinarsi"},
                          {"answer.it", "", "Nuova\nrisposta"},
                          {"parent_id", "2", "1"},
                          {"answer.en", std::string(200, 'x'), ""}}}};
        const QStringList lines = DiffText::lines(throughTheCodec(diff), [](qint64 id) {
            return id == 1 ? QStringLiteral("menu") : QString();
        });
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("#richiamo: added"));
        QCOMPARE(lines[1], QStringLiteral("#vecchio: removed"));
        QCOMPARE(lines[2], QStringLiteral("#centrivaccinali: title changed from “Centri vaccinali” to “Dove vaccinarsi”"));
        QCOMPARE(lines[3], QStringLiteral("#centrivaccinali: Italian answer changed from (empty) to “Nuova risposta”"));
        QCOMPARE(lines[4], QStringLiteral("#centrivaccinali: parent changed from “2” to #menu"));
        QVERIFY(lines[5].contains(u'…'));
        QVERIFY(lines[5].size() < 200);
        QCOMPARE(DiffText::lines(TreeDiff{}), QStringList{QStringLiteral("No differences.")});
    }

    void everyRuleHasItsOwnLabel() {
        QSet<QString> labels;
        for (int i = 0; i <= int(hashtag::Rule::consent_grant); ++i) {
            const auto rule = static_cast<hashtag::Rule>(i);
            const QString label = ContentLabels::ruleLabel(rule);
            QVERIFY(!label.isEmpty());
            QVERIFY(!ContentLabels::ruleExplanation(rule).isEmpty());
            labels.insert(label);
        }
        QCOMPARE(labels.size(), int(hashtag::Rule::consent_grant) + 1);
        QCOMPARE(ContentLabels::ruleLabel(hashtag::Rule::typo), QStringLiteral("Typo corrected"));
    }

    void previewBubbles() {
        api::PreviewResponse response;
        response.source = "draft";
        response.revision = 12;
        response.decision.items = {{hashtag::Rule::typo, 4, "centrivacinali", {}, 0}};
        wa::OutgoingMessage text;
        text.body = "*Centri* vaccinali <aperti> & attivi";
        wa::OutgoingMessage list;
        list.kind = wa::OutgoingMessage::Kind::list;
        list.body = "Scegli un argomento";
        list.button = "Argomenti";
        list.section_title = "Approfondisci";
        list.rows = {{"tag:prenotazione", "Prenotare il vaccino", "Come e dove"}, {"tag:richiamo", "Dose di richiamo", ""}};
        response.messages = {text, list};
        const BotPreview preview = throughTheCodec(response);
        QCOMPARE(preview.rule, hashtag::Rule::typo);
        QCOMPARE(preview.revision, 12);
        QCOMPARE(preview.messages.size(), 2);

        const QString html = BubbleHtml::conversation(preview.messages);
        QVERIFY(html.contains(QStringLiteral("<b>Centri</b> vaccinali &lt;aperti&gt; &amp; attivi")));
        QVERIFY(html.contains(QStringLiteral("href=\"reply:tag%3Aprenotazione\"")));
        const QString shown = plainTextOf(html);
        for (const char* expected : {"Centri vaccinali <aperti> & attivi", "Scegli un argomento", "☰ Argomenti",
                                     "Approfondisci", "Prenotare il vaccino", "Come e dove", "Dose di richiamo"})
            QVERIFY2(shown.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(plainTextOf(BubbleHtml::conversation({})).contains(QStringLiteral("The bot sends nothing.")));

        QCOMPARE(BotTestPanel::ruleText(preview),
                 QStringLiteral("Rule: Typo corrected — The hashtag was misspelt; the closest one was answered."));
        QCOMPARE(BotTestPanel::nodesText(preview, [](qint64 id) { return id == 4 ? QStringLiteral("centrivaccinali") : QString(); }),
                 QStringLiteral("Answered: #centrivaccinali"));
    }
};

QTEST_MAIN(ContentModelsTest)
#include "tst_content_models.moc"
