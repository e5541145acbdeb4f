// DraftTreeModel's drag and drop and inline renames: they only ask for the
// change (moveRequested, renameRequested) with the right target, refuse what
// the relay would refuse, and leave the model to the relay's answer.

#include "draft_samples.hpp"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;
using namespace sportello::testing;

class DraftTreeDndTest : public QObject {
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

    void dragAndDropAsksForAMove() {
        QSignalSpy requested(&model_, &DraftTreeModel::moveRequested);
        QCOMPARE(model_.supportedDropActions(), Qt::DropActions(Qt::MoveAction));
        QCOMPARE(model_.mimeTypes(), QStringList{QLatin1String(DraftTreeModel::nodeMimeType)});
        QVERIFY(!(model_.flags(model_.indexOfNode(1)) & Qt::ItemIsDragEnabled));   // the root stays
        QVERIFY(model_.flags(model_.indexOfNode(3)) & Qt::ItemIsDragEnabled);
        QVERIFY(model_.flags(model_.indexOfNode(3)) & Qt::ItemIsDropEnabled);

        // tamponi dropped onto vaccinazione: its last child.
        auto data = dragOf(model_, 3);
        QVERIFY(data);
        const QModelIndex vacc = model_.indexOfNode(2);
        QVERIFY(model_.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, vacc));
        QVERIFY(model_.dropMimeData(data.get(), Qt::MoveAction, -1, -1, vacc));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested[0], (QVariantList{qint64(3), qint64(2), 2}));
        // The model does not change by itself: the relay's answer will.
        QCOMPARE(shape(model_), QStringLiteral("#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #certificati)"));

        // Between siblings: certificati (row 2) dropped before row 0; tamponi (row 0) after row 2.
        const QModelIndex menu = model_.indexOfNode(1);
        QVERIFY(model_.dropMimeData(dragOf(model_, 6).get(), Qt::MoveAction, 0, 0, menu));
        QCOMPARE(requested.last(), (QVariantList{qint64(6), qint64(1), 0}));
        QVERIFY(model_.dropMimeData(dragOf(model_, 3).get(), Qt::MoveAction, 3, 0, menu));
        QCOMPARE(requested.last(), (QVariantList{qint64(3), qint64(1), 2}));

        // Refused: where it already is, into itself, into its own subtree, the root, outside the root.
        QVERIFY(!model_.dropMimeData(dragOf(model_, 3).get(), Qt::MoveAction, 1, 0, menu));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 2).get(), Qt::MoveAction, -1, 0, vacc));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 2).get(), Qt::MoveAction, -1, 0, model_.indexOfNode(4)));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 1).get(), Qt::MoveAction, -1, 0, vacc));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 4).get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 4).get(), Qt::CopyAction, -1, 0, menu));
        QMimeData foreign;
        foreign.setText(QStringLiteral("4"));
        QVERIFY(!model_.dropMimeData(&foreign, Qt::MoveAction, -1, 0, menu));
        QCOMPARE(requested.count(), 3);

        // Read-only operators cannot drag, drop or rename.
        model_.setEditable(false);
        QVERIFY(!(model_.flags(model_.indexOfNode(3)) & Qt::ItemIsDragEnabled));
        QVERIFY(!model_.dropMimeData(dragOf(model_, 6).get(), Qt::MoveAction, -1, 0, vacc));
        QVERIFY(!model_.setData(model_.indexOfNode(3), QStringLiteral("altro")));
        QCOMPARE(requested.count(), 3);
    }

    void inlineRenameAsksForAnEdit() {
        QSignalSpy requested(&model_, &DraftTreeModel::renameRequested);
        const QModelIndex tamponi = model_.indexOfNode(3);
        QVERIFY(model_.flags(tamponi) & Qt::ItemIsEditable);
        QVERIFY(model_.setData(tamponi, QStringLiteral(" test ")));
        QVERIFY(model_.setData(tamponi.siblingAtColumn(1), QStringLiteral("Test e tamponi")));
        QVERIFY(!model_.setData(tamponi, QStringLiteral("tamponi")));   // unchanged
        QVERIFY(!model_.setData(tamponi, QString()));                   // empty
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested[0], (QVariantList{qint64(3), 0, QStringLiteral("test")}));
        QCOMPARE(requested[1], (QVariantList{qint64(3), 1, QStringLiteral("Test e tamponi")}));
        QCOMPARE(tamponi.data().toString(), QStringLiteral("#tamponi"));   // until the relay answers
    }
};

QTEST_GUILESS_MAIN(DraftTreeDndTest)
#include "tst_draft_tree_dnd.moc"
