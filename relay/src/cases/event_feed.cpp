#include "cases/event_feed.hpp"

#include <boost/asio/post.hpp>

namespace sportello::relay {

std::shared_ptr<void> EventFeed::subscribe(std::shared_ptr<Timer> wake) {
    std::lock_guard lock(mutex_);
    subscribers_.push_back(wake);
    auto at = std::prev(subscribers_.end());
    // The handle: dropping it removes the subscription.
    return std::shared_ptr<void>(nullptr, [this, at](void*) {
        std::lock_guard lock(mutex_);
        subscribers_.erase(at);
    });
}

void EventFeed::notify() {
    ++generation_;
    std::lock_guard lock(mutex_);
    for (const auto& weak : subscribers_)
        if (auto timer = weak.lock()) boost::asio::post(timer->get_executor(), [timer] { timer->cancel(); });
}

} // namespace sportello::relay
