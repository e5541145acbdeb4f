// DraftTreeModel fed with drafts that went through the shared codec, checked
// by QAbstractItemModelTester through every kind of change (edits, moves,
// reorders, deletions, restores, resets) and by explicit expectations on the
// notifications, persistent indexes and issues. Drag and drop:
// tst_draft_tree_dnd.cpp.

#include "draft_samples.hpp"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;


class DraftTreeModelTest : public QObject {
    Q_OBJECT

    DraftTreeModel model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

private Q_SLOTS:
    void init() {
        model_.clear();
        model_.setEditable(true);
        tester_ = std::make_unique<QAbstractItemModelTester>(&model_, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model_.setDraft(throughTheCodec(covidDraft()));
    }
    void cleanup() { tester_.reset(); }

    void layoutAndRoles() {
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #certificati)"));
        QCOMPARE(model_.nodeCount(), 6);
        const QModelIndex vacc = model_.indexOfNode(2);
        QCOMPARE(vacc.data(DraftTreeModel::TagRole).toString(), QStringLiteral("vaccinazione"));
        QCOMPARE(vacc.data(DraftTreeModel::NodeIdRole).toLongLong(), 2);
        QCOMPARE(vacc.data(DraftTreeModel::RevisionRole).toLongLong(), 1);
        QCOMPARE(vacc.data(Qt::EditRole).toString(), QStringLiteral("vaccinazione"));
        QCOMPARE(vacc.siblingAtColumn(DraftTreeModel::TitleColumn).data().toString(), QStringLiteral("Titolo vaccinazione"));
        QCOMPARE(model_.parent(vacc), model_.indexOfNode(1));
        QCOMPARE(model_.subtreeOf(2), (QList<qint64>{2, 4, 5}));
        QCOMPARE(model_.allIdsInOrder(), (QList<qint64>{1, 3, 2, 4, 5, 6}));
        QVERIFY(model_.isInSubtree(4, 2));
        QVERIFY(!model_.isInSubtree(2, 4));
        QCOMPARE(*model_.parentIdOf(1), TreeLayout::topLevel);
    }

    void anEditIsOnlyDataChanged() {
        QSignalSpy changed(&model_, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model_, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model_, &QAbstractItemModel::rowsMoved);
        const QPersistentModelIndex centri = model_.indexOfNode(4);
        api::Draft next = covidDraft();
        byId(next, 4).node.title = "Dove vaccinarsi";
        byId(next, 4).revision = 2;
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), QModelIndex(centri));
        QCOMPARE(QModelIndex(centri).siblingAtColumn(1).data().toString(), QStringLiteral("Dove vaccinarsi"));
        QCOMPARE(centri.data(DraftTreeModel::RevisionRole).toLongLong(), 2);
    }

    void reparentIsOneMove() {
        QSignalSpy aboutToMove(&model_, &QAbstractItemModel::rowsAboutToBeMoved);
        QSignalSpy reset(&model_, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model_, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model_, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex tamponi = model_.indexOfNode(3);
        api::Draft next = covidDraft();
        byId(next, 3).node.parent_id = 2;   // tamponi under vaccinazione, last
        byId(next, 3).node.position = 2;
        byId(next, 2).node.position = 0;
        byId(next, 6).node.position = 1;
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(shape(model_), QStringLiteral("#menu(#vaccinazione(#centrivaccinali #prenotazione #tamponi) #certificati)"));
        QCOMPARE(aboutToMove.count(), 1);
        QCOMPARE(reset.count() + inserted.count() + removed.count(), 0);
        QVERIFY(tamponi.isValid());   // the operator's selection follows the node
        QCOMPARE(tamponi.data(DraftTreeModel::NodeIdRole).toLongLong(), 3);
        QCOMPARE(model_.parent(tamponi), model_.indexOfNode(2));
    }

    void reorderAmongSiblings() {
        QSignalSpy moved(&model_, &QAbstractItemModel::rowsMoved);
        api::Draft next = covidDraft();
        byId(next, 6).node.position = -1;   // certificati first
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(shape(model_), QStringLiteral("#menu(#certificati #tamponi #vaccinazione(#centrivaccinali #prenotazione))"));
        QCOMPARE(moved.count(), 1);
        // Back, and a swap inside vaccinazione at the same time.
        next = covidDraft();
        byId(next, 4).node.position = 5;
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#prenotazione #centrivaccinali) #certificati)"));
    }

    void deleteAndRestoreWithTheSameIds() {
        QSignalSpy removed(&model_, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model_, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model_, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex centri = model_.indexOfNode(4);
        api::Draft without = covidDraft();
        without.nodes.erase(without.nodes.begin() + 1);   // vaccinazione …
        without.nodes.erase(without.nodes.begin() + 2);   // … centrivaccinali …
        without.nodes.erase(without.nodes.begin() + 2);   // … and prenotazione
        model_.setDraft(throughTheCodec(without));
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #certificati)"));
        QCOMPARE(removed.count(), 1);   // the subtree in one notification
        QVERIFY(!centri.isValid());
        QVERIFY(!model_.nodeById(4));

        // Undo restores parent first, one answer at a time.
        api::Draft step = without;
        step.nodes.push_back(node(2, 1, 1, "vaccinazione"));
        model_.setDraft(throughTheCodec(step));
        step.nodes.push_back(node(4, 2, 0, "centrivaccinali"));
        step.nodes.push_back(node(5, 2, 1, "prenotazione"));
        model_.setDraft(throughTheCodec(step));
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #certificati)"));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void survivorsUnderNewNodesFallBackToAReset() {
        QSignalSpy reset(&model_, &QAbstractItemModel::modelReset);
        api::Draft next = covidDraft();
        next.nodes.push_back(node(7, 1, 3, "nuovo"));
        byId(next, 6).node.parent_id = 7;   // certificati under a node that is new
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #nuovo(#certificati))"));
        // And a survivor whose parent goes away.
        next = covidDraft();
        next.nodes.erase(next.nodes.begin() + 1);   // vaccinazione gone, its children moved up
        byId(next, 4).node.parent_id = 1;
        byId(next, 5).node.parent_id = 1;
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #centrivaccinali #prenotazione #certificati)"));
    }

    void manyChangesAtOnce() {
        api::Draft next = covidDraft();
        next.nodes.erase(next.nodes.begin() + 5);          // certificati gone
        byId(next, 5).node.parent_id = 1;                  // prenotazione up
        byId(next, 5).node.position = 0;
        byId(next, 3).node.parent_id = 4;                  // tamponi deep down
        next.nodes.push_back(node(8, 2, 9, "richiamo"));   // new at the end of vaccinazione
        next.nodes.push_back(node(9, 8, 0, "quarta"));     // and a new child of the new node
        byId(next, 2).node.answer_it = "Nuova risposta";
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(shape(model_),
                 QStringLiteral("#menu(#prenotazione #vaccinazione(#centrivaccinali(#tamponi) #richiamo(#quarta)))"));
        QCOMPARE(model_.indexOfNode(2).data(DraftTreeModel::AnswerRole).toString(), QStringLiteral("Nuova risposta"));
        model_.setDraft(throughTheCodec(covidDraft()));   // and all the way back
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #certificati)"));
    }

    // Any sequence of drafts ends in the same tree as a model built from the
    // last one alone, with the tester watching every step.
    void randomDraftsMatchAFreshModel() {
        QRandomGenerator random(20261122);
        for (int round = 0; round < 300; ++round) {
            api::Draft d;
            d.nodes.push_back(node(1, std::nullopt, 0, "menu"));
            for (std::int64_t id = 2; id <= 14; ++id) {
                if (random.bounded(4) == 0) continue;   // absent this time
                const auto& parent = d.nodes[random.bounded(int(d.nodes.size()))];
                d.nodes.push_back(node(id, parent.node.id, random.bounded(5), "n" + std::to_string(id)));
            }
            const DraftSnapshot snapshot = throughTheCodec(d);
            model_.setDraft(snapshot);
            DraftTreeModel fresh;
            fresh.setDraft(snapshot);
            QCOMPARE(shape(model_), shape(fresh));
            QCOMPARE(model_.nodeCount(), fresh.nodeCount());
        }
    }

    void issuesAreShownOnTheirNodes() {
        api::Draft next = covidDraft();
        next.issues = {{hashtag::ValidationIssue::Severity::error, 4, "answer.it", "missing_answer", "the Italian answer is empty"},
                       {hashtag::ValidationIssue::Severity::warning, 5, "valid_until", "expired", "expired on 2020-01-01"},
                       {hashtag::ValidationIssue::Severity::error, 0, "", "root_count", "tree-wide"}};
        QSignalSpy changed(&model_, &QAbstractItemModel::dataChanged);
        model_.setDraft(throughTheCodec(next));
        QCOMPARE(changed.count(), 2);
        const QModelIndex centri = model_.indexOfNode(4);
        QCOMPARE(centri.data(DraftTreeModel::IssueLevelRole).toInt(), int(DraftTreeModel::ErrorIssue));
        QCOMPARE(centri.data(Qt::DecorationRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(centri.data(Qt::ForegroundRole).isValid());
        QCOMPARE(centri.data(DraftTreeModel::IssueTextRole).toString(), QStringLiteral("Error: The Italian answer is empty."));
        QVERIFY(centri.data(Qt::ToolTipRole).toString().contains(QStringLiteral("The Italian answer is empty.")));
        const QModelIndex pren = model_.indexOfNode(5);
        QCOMPARE(pren.data(DraftTreeModel::IssueLevelRole).toInt(), int(DraftTreeModel::WarningIssue));
        QVERIFY(!pren.data(Qt::ForegroundRole).isValid());
        QCOMPARE(model_.indexOfNode(3).data(DraftTreeModel::IssueLevelRole).toInt(), int(DraftTreeModel::NoIssue));
        QVERIFY(!model_.indexOfNode(3).data(Qt::DecorationRole).isValid());

        model_.setDraft(throughTheCodec(covidDraft()));   // fixed
        QCOMPARE(centri.data(DraftTreeModel::IssueLevelRole).toInt(), int(DraftTreeModel::NoIssue));
    }

    void orphansDuplicatesAndLoopsStayVisible() {
        api::Draft d = covidDraft();
        d.nodes.push_back(node(10, 42, 0, "orfano"));
        d.nodes.push_back(node(2, 1, 5, "doppione"));
        d.nodes.push_back(node(11, 12, 0, "anelloa"));
        d.nodes.push_back(node(12, 11, 0, "anellob"));
        d.nodes.push_back(node(0, 1, 0, "senzaid"));
        model_.setDraft(throughTheCodec(d));
        QCOMPARE(model_.nodeCount(), 9);
        QCOMPARE(model_.nodeById(2)->node.tag, QStringLiteral("vaccinazione"));
        QVERIFY(model_.indexOfNode(10).isValid());
        QVERIFY(!model_.parent(model_.indexOfNode(10)).isValid());
        QVERIFY(!model_.parent(model_.indexOfNode(11)).isValid() || !model_.parent(model_.indexOfNode(12)).isValid());
    }
};

QTEST_GUILESS_MAIN(DraftTreeModelTest)
#include "tst_draft_tree_model.moc"
