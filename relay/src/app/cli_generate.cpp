// sportello-relay generate: a year of generated traffic (app/year_generator.hpp).
#include "app/cli_generate.hpp"

#include "app/year_generator.hpp"
#include "log/log.hpp"

#include <charconv>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <string>

namespace sportello::relay {
namespace {

constexpr const char* generate_usage =
    "Usage: sportello-relay generate --config FILE --year YYYY [--scale F] [--seed N] [--force]\n";

template <class T>
std::optional<T> number(const std::string& text) {
    T v{};
    const auto* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc{} || p != end) return std::nullopt;
    return v;
}

int refuse(const std::string& message) {
    std::cerr << "generate: " << message << "\n" << generate_usage;
    return 2;
}

} // namespace

int run_generate(int argc, char** argv) {
    std::map<std::string, std::string> options;
    bool force = false;
    for (int i = 2; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--force") {
            force = true;
        } else if (flag == "--config" || flag == "--year" || flag == "--scale" || flag == "--seed") {
            if (i + 1 >= argc) return refuse("option " + flag + " needs a value");
            options[flag.substr(2)] = argv[++i];
        } else {
            return refuse("unknown option '" + flag + "'");
        }
    }
    if (!options.count("config")) return refuse("--config FILE is required");
    if (!options.count("year")) return refuse("--year YYYY is required");
    YearOptions o;
    o.force = force;
    const auto year = number<int>(options["year"]);
    if (!year || options["year"].size() != 4) return refuse("--year: a year as four digits, not '" + options["year"] + "'");
    o.year = *year;
    if (options.count("scale")) {
        const auto scale = number<double>(options["scale"]);
        if (!scale) return refuse("--scale: a number such as 0.01, not '" + options["scale"] + "'");
        o.scale = *scale;
    }
    if (options.count("seed")) {
        const auto seed = number<std::uint64_t>(options["seed"]);
        if (!seed) return refuse("--seed: a non-negative integer, not '" + options["seed"] + "'");
        o.seed = *seed;
    }
    auto config = load_config(options["config"]);
    if (!config) {
        std::cerr << "configuration " << options["config"] << ": " << config.error().message << "\n";
        return 2;
    }
    log::Level level;
    if (log::parse_level(config->log_level, level)) log::set_level(level);
    auto done = generate_year(*config, o, std::cout);
    if (!done) {
        std::cerr << "generate: " << done.error().message << "\n";
        return done.error().code == api::ErrorCode::invalid_request ? 2 : 1;
    }
    const auto& s = *done;
    const auto& n = s.counts;
    std::cout << std::fixed << std::setprecision(1) << "generated in " << s.seconds << " s: " << n.requests
              << " requests (" << n.push_replies << " answers to pushes), " << n.auto_replies << " auto-replies, "
              << n.pushes << " pushes, " << n.broadcast_messages << " broadcast messages, " << n.statuses
              << " statuses, " << n.cases_opened << " cases opened, " << n.cases_closed << " closed, "
              << n.operator_replies << " operator replies, " << s.contacts << " citizens, " << s.heartbeats
              << " heartbeats, " << s.probes << " probe results, " << s.outages << " outages; rollups rebuilt from "
              << s.rollup_rows << " rows; database " << static_cast<double>(s.database_bytes) / 1e6 << " MB\n";
    return 0;
}

} // namespace sportello::relay
