// HashtagTreeModel fed with trees that went through the shared codec, checked
// by QAbstractItemModelTester and by explicit expectations.

#include "api/wire_conversion.hpp"
#include "model/hashtag_tree_model.hpp"
#include "sportello/api/codec.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sportello;
using namespace sportello::desk;

namespace {

hashtag::TreeNode node(std::int64_t id, std::optional<std::int64_t> parent, int position, std::string tag,
                       std::string title) {
    hashtag::TreeNode n;
    n.id = id;
    n.parent_id = parent;
    n.position = position;
    n.tag = std::move(tag);
    n.title = std::move(title);
    n.answer_it = "Risposta per #" + n.tag;
    return n;
}

// The way the model is fed in the application: wire text → codec → Qt types.
TreeSnapshot throughTheCodec(const api::PublishedTree& tree) {
    auto decoded = api::decode<api::PublishedTree>(api::encode(tree));
    if (!decoded) qFatal("the codec refused a test tree: %s", decoded.error().message.c_str());
    return toDesk(*decoded);
}

// menu ─┬─ tamponi (position 0)
//       └─ vaccinazione (position 1) ── centrivaccinali
api::PublishedTree covidTree() {
    api::PublishedTree tree;
    tree.version = 3;
    tree.published_at_ms = 1'790'000'000'000;
    tree.published_by = "redazione";
    tree.nodes = {node(1, std::nullopt, 0, "menu", "Menu principale"),
                  node(2, 1, 1, "vaccinazione", "Vaccinazione COVID"),
                  node(3, 1, 0, "tamponi", "Tamponi"),
                  node(4, 2, 0, "centrivaccinali", "Centri vaccinali")};
    tree.nodes[1].aliases = {"vaccini", "vaccino"};
    return tree;
}

QString display(const QModelIndex& index) { return index.data(Qt::DisplayRole).toString(); }

} // namespace

class HashtagTreeModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyModelIsValid() {
        HashtagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(HashtagTreeModel::ColumnCount));
        QVERIFY(!model.index(0, 0).isValid());
    }

    void rootAndChildren() {
        HashtagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(throughTheCodec(covidTree()));

        QCOMPARE(model.treeVersion(), 3);
        QCOMPARE(model.nodeCount(), 4);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, HashtagTreeModel::TagColumn);
        QCOMPARE(display(root), QStringLiteral("#menu"));
        QCOMPARE(display(model.index(0, HashtagTreeModel::TitleColumn)), QStringLiteral("Menu principale"));
        QCOMPARE(root.data(HashtagTreeModel::NodeIdRole).toLongLong(), 1);
        QCOMPARE(root.data(HashtagTreeModel::TagRole).toString(), QStringLiteral("menu"));
        QVERIFY(!model.parent(root).isValid());

        // Children in position order, whatever the order on the wire.
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex tamponi = model.index(0, 0, root);
        const QModelIndex vaccinazione = model.index(1, 0, root);
        QCOMPARE(display(tamponi), QStringLiteral("#tamponi"));
        QCOMPARE(display(vaccinazione), QStringLiteral("#vaccinazione"));
        QCOMPARE(model.parent(vaccinazione), root);
        QCOMPARE(model.rowCount(tamponi), 0);
        QCOMPARE(vaccinazione.data(Qt::ToolTipRole).toString(), QStringLiteral("Also: #vaccini, #vaccino"));

        QCOMPARE(model.rowCount(vaccinazione), 1);
        const QModelIndex centri = model.index(0, 0, vaccinazione);
        QCOMPARE(display(centri), QStringLiteral("#centrivaccinali"));
        QCOMPARE(centri.data(HashtagTreeModel::AnswerRole).toString(), QStringLiteral("Risposta per #centrivaccinali"));
        QCOMPARE(model.parent(centri), vaccinazione);

        // Lookups by id agree with the tree's shape.
        QCOMPARE(model.indexOfNode(4), centri);
        QCOMPARE(model.indexOfNode(2, HashtagTreeModel::TitleColumn), model.index(1, 1, root));
        QVERIFY(!model.indexOfNode(99).isValid());
        QCOMPARE(model.nodeById(3)->title, QStringLiteral("Tamponi"));
        QCOMPARE(model.node(centri)->id, 4);
        QVERIFY(model.node(QModelIndex()) == nullptr);

        // Only the first column has children.
        QCOMPARE(model.rowCount(model.index(0, HashtagTreeModel::TitleColumn)), 0);
        QCOMPARE(model.headerData(HashtagTreeModel::TagColumn, Qt::Horizontal).toString(), QStringLiteral("Hashtag"));
        QCOMPARE(model.headerData(HashtagTreeModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void reloadResetsTheModel() {
        HashtagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(throughTheCodec(covidTree()));
        const QPersistentModelIndex oldCentri = model.indexOfNode(4);
        QVERIFY(oldCentri.isValid());

        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);

        api::PublishedTree next = covidTree();
        next.version = 4;
        next.nodes.erase(next.nodes.begin() + 3);   // centrivaccinali withdrawn
        next.nodes.push_back(node(5, 1, 2, "certificati", "Certificati"));
        model.setTree(throughTheCodec(next));

        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(rowsInserted.count(), 0);   // a reset, not a mixture
        QVERIFY(!oldCentri.isValid());
        QCOMPARE(model.treeVersion(), 4);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 3);
        QCOMPARE(display(model.index(2, 0, root)), QStringLiteral("#certificati"));
        QCOMPARE(model.rowCount(model.index(1, 0, root)), 0);
        QVERIFY(model.nodeById(4) == nullptr);

        model.clear();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void orphansDuplicatesAndLoopsStayVisible() {
        api::PublishedTree tree = covidTree();
        tree.nodes.push_back(node(6, 42, 0, "orfano", "Nodo senza genitore"));
        tree.nodes.push_back(node(2, 1, 5, "doppione", "Same id as vaccinazione"));
        tree.nodes.push_back(node(7, 8, 0, "anello-a", "Loop A"));
        tree.nodes.push_back(node(8, 7, 0, "anello-b", "Loop B"));
        HashtagTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(throughTheCodec(tree));

        QCOMPARE(model.nodeCount(), 7);   // the duplicate id is dropped
        QCOMPARE(model.nodeById(2)->tag, QStringLiteral("vaccinazione"));
        QStringList topLevel;
        for (int row = 0; row < model.rowCount(); ++row) topLevel.append(display(model.index(row, 0)));
        QVERIFY2(topLevel.contains(QStringLiteral("#orfano")), qPrintable(topLevel.join(u' ')));
        // The loop is cut once: one of its nodes becomes top level, the other its child.
        const QModelIndex a = model.indexOfNode(7);
        const QModelIndex b = model.indexOfNode(8);
        QVERIFY(a.isValid() && b.isValid());
        QVERIFY(!model.parent(a).isValid() || !model.parent(b).isValid());
    }
};

QTEST_GUILESS_MAIN(HashtagTreeModelTest)
#include "tst_hashtag_tree_model.moc"
