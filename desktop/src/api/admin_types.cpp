#include "api/admin_types.hpp"

#include <algorithm>

namespace sportello::desk {

qint64 Broadcast::progressed() const {
    return count(QStringLiteral("sent")) + count(QStringLiteral("delivered")) + count(QStringLiteral("read"));
}

int Broadcast::progressPercent() const {
    if (recipients <= 0) return 0;
    return static_cast<int>(std::clamp<qint64>(progressed() * 100 / recipients, 0, 100));
}

bool Broadcast::isActive() const {
    return state == u"preparing" || state == u"scheduled" || state == u"sending";
}

} // namespace sportello::desk
