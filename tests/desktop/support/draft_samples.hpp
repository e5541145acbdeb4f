#pragma once
// Drafts for the DraftTreeModel tests, built as the relay sends them and fed
// through the shared codec, and a compact text form of a model's tree.

#include "api/content_conversion.hpp"
#include "model/draft_tree_model.hpp"
#include "sportello/api/content.hpp"

#include <QMimeData>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <string>

namespace sportello::testing {

inline api::DraftNode node(std::int64_t id, std::optional<std::int64_t> parent, int position, std::string tag) {
    api::DraftNode d;
    d.node.id = id;
    d.node.parent_id = parent;
    d.node.position = position;
    d.node.tag = tag;
    d.node.title = "Titolo " + tag;
    d.node.answer_it = "Risposta per #" + tag;
    d.revision = 1;
    return d;
}

// menu(1) ─┬─ tamponi(3)
//          ├─ vaccinazione(2) ─┬─ centrivaccinali(4)
//          │                   └─ prenotazione(5)
//          └─ certificati(6)
inline api::Draft covidDraft() {
    api::Draft d;
    d.revision = 10;
    d.base_version = 3;
    d.nodes = {node(1, std::nullopt, 0, "menu"), node(2, 1, 1, "vaccinazione"), node(3, 1, 0, "tamponi"),
               node(4, 2, 0, "centrivaccinali"), node(5, 2, 1, "prenotazione"), node(6, 1, 2, "certificati")};
    return d;
}

// The way the model is fed in the application: wire text → codec → Qt types.
inline desk::DraftSnapshot throughTheCodec(const api::Draft& draft) {
    auto decoded = api::decode_content<api::Draft>(api::encode(draft));
    if (!decoded) qFatal("the codec refused a test draft: %s", decoded.error().message.c_str());
    return desk::toDesk(*decoded);
}

inline api::DraftNode& byId(api::Draft& d, std::int64_t id) {
    for (auto& n : d.nodes)
        if (n.node.id == id) return n;
    qFatal("no node %lld", static_cast<long long>(id));
}

// "#menu(#tamponi #vaccinazione(#centrivaccinali #prenotazione) #certificati)"
inline QString shape(const QAbstractItemModel& model, const QModelIndex& parent = {}) {
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        QString part = child.data().toString();
        if (model.rowCount(child) > 0) part += u'(' + shape(model, child) + u')';
        parts.append(part);
    }
    return parts.join(u' ');
}

inline std::unique_ptr<QMimeData> dragOf(desk::DraftTreeModel& model, qint64 id) {
    return std::unique_ptr<QMimeData>(model.mimeData({model.indexOfNode(id)}));
}


} // namespace sportello::testing
