#pragma once
// What the backup and key rotation tests share: citizens writing from another
// thread while a command runs, the command line, and a database's contents.
#include "relay_fixture.hpp"
#include "storage/sqlite.hpp"

#include <boost/json.hpp>

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sportello::testing {

struct Said {
    std::string wamid, text;
    int relay_status = 0;   // 200: acknowledged
};

// A citizen writes through the simulator, which posts the signed webhook and
// reports the relay's answer.
inline Said say(RelayFixture& f, const std::string& wa_id, const std::string& text) {
    auto r = f.sim("POST", "/_sim/citizens/" + wa_id + "/messages", boost::json::serialize(boost::json::object{{"text", text}}));
    if (!r.ok() || r.response->status != 200) return {"", text, -1};
    const auto o = boost::json::parse(r.response->body).as_object();
    return {std::string(o.at("wamid").as_string()), text, static_cast<int>(o.at("relay_status").as_int64())};
}

// Citizens writing one message after another until stop().
class Load {
public:
    explicit Load(RelayFixture& f) : thread_([this, &f] {
        for (int i = 0; !stop_; ++i) {
            auto s = say(f, "3934700" + std::to_string(10000 + i % 50), "messaggio numero " + std::to_string(i));
            std::lock_guard lock(mutex_);
            (s.relay_status == 200 ? acknowledged_ : refused_).push_back(std::move(s));
        }
    }) {}
    ~Load() { stop(); }
    void stop() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
    }
    std::vector<Said> acknowledged() {
        std::lock_guard lock(mutex_);
        return acknowledged_;
    }
    std::vector<Said> refused() {
        std::lock_guard lock(mutex_);
        return refused_;
    }

private:
    std::mutex mutex_;
    std::vector<Said> acknowledged_, refused_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

// sportello-relay WORDS... --config (the fixture's); returns the exit code.
inline int cli(RelayFixture& f, std::vector<std::string> args, std::string* output, const std::string& config = {}) {
    args.push_back("--config");
    args.push_back(config.empty() ? f.relay_config : config);
    return run_program(relay_binary(), args, output);
}

// Every table's rows, each rendered with SQL quote() and sorted.
inline std::map<std::string, std::vector<std::string>> contents(const std::string& db_path) {
    storage::Connection c(db_path, storage::Connection::Mode::read_write, false);
    std::map<std::string, std::vector<std::string>> out;
    std::vector<std::string> tables;
    for (auto q = c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"); q.next();)
        tables.push_back(q.text(0));
    for (const auto& table : tables) {
        std::string row = "''";
        for (auto q = c.query("SELECT name FROM pragma_table_info(?)", table); q.next();)
            row += " || '|' || quote(\"" + q.text(0) + "\")";
        auto& rows = out[table];
        for (auto q = c.query("SELECT " + row + " FROM \"" + table + "\" ORDER BY 1"); q.next();) rows.push_back(q.text(0));
    }
    return out;
}

inline std::int64_t count_in(const std::string& db_path, const std::string& sql, const std::string& arg) {
    storage::Connection c(db_path, storage::Connection::Mode::read_write, false);
    auto q = c.query(sql, arg);
    q.next();
    return q.int64(0);
}

} // namespace sportello::testing
