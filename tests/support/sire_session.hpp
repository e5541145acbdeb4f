#pragma once
// SIRE, the regional booking system, as the integration tests drive it: an
// API client with its own token that records consents, queues reminders and
// reads the message listing. Framework-neutral like the fixture: failures
// of the setup helpers throw.

#include "net/http_types.hpp"
#include "relay_fixture.hpp"
#include "sportello/api/codec.hpp"
#include "sportello/api/sire.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace sportello::testing {

// The citizen a reminder goes to unless the test names another.
inline constexpr const char* sire_citizen = "+39 340 128 0001";

struct Sire {
    RelayFixture& f;
    std::string token;
    explicit Sire(RelayFixture& fixture) : f(fixture) {
        f.save_template("promemoria_appuntamento", 3, "Le ricordiamo {{1}} il {{2}} presso {{3}}.");
        token = f.create_api_client("SIRE", "consent,notify,messages:read");
    }
    net::ClientResult call(const std::string& method, const std::string& path, const std::string& body = {}) {
        return f.api(method, path, token, body);
    }
    net::ClientResult grant(const std::string& phone, const std::string& scope = "reminders") {
        return call("PUT", "/api/v1/consents/" + net::percent_encode(phone),
                    api::encode(api::ConsentChange{*api::consent_scope_from_string(scope), "sire-preregistrazione",
                                                   "modulo 2026/4412", std::nullopt}));
    }
    api::NotificationRequest reminder(const std::string& key, const std::string& phone = sire_citizen) {
        api::NotificationRequest n;
        n.phone = phone;
        n.template_name = "promemoria_appuntamento";
        n.parameters = {"la vaccinazione", "12/03 alle 10:30", "Hub Torino Valdocco"};
        n.idempotency_key = key;
        return n;
    }
    net::ClientResult push(const api::NotificationRequest& n) { return call("POST", "/api/v1/notifications", api::encode(n)); }
    api::MessagePage messages(const std::string& digits) {
        auto r = call("GET", "/api/v1/messages?phone=%2B" + digits);
        return api::decode_sire<api::MessagePage>(r.response->body).value();
    }
    // Records the consent of `count` citizens (national numbers from
    // `first_number` on) and queues a reminder for each in one batch.
    void queue_reminders(int count, const std::string& key_prefix, std::int64_t first_number) {
        api::BatchRequest batch;
        for (int i = 0; i < count; ++i) {
            const std::string phone = "+39" + std::to_string(first_number + i);
            if (auto r = grant(phone); !r.ok() || r.response->status != 201)
                throw std::runtime_error("consent for " + phone + " was not recorded");
            batch.notifications.push_back(reminder(key_prefix + std::to_string(i), phone));
        }
        if (auto r = call("POST", "/api/v1/notifications:batch", api::encode(batch)); !r.ok() || r.response->status != 200)
            throw std::runtime_error("the batch of reminders was not accepted");
    }
};

} // namespace sportello::testing
