#pragma once
// The shape of a generated year (sportello-relay generate): seeded random
// numbers, long-tail choices, weekly and daily seasonality, what citizens
// write. Deterministic: the same seed gives the same year (on the same
// build; only the generator's own arithmetic is used, no std distribution).

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace sportello::relay::generate {

class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }   // [0, 1)
    std::int64_t below(std::int64_t n) { return n <= 0 ? 0 : static_cast<std::int64_t>(unit() * static_cast<double>(n)); }
    bool chance(double p) { return unit() < p; }
    // Exponentially distributed with this mean.
    double exponential(double mean);
    // Log-normal around a median (sigma in natural-log units).
    double log_normal(double median, double sigma);

private:
    std::mt19937_64 engine_;
};

// Zipf's law over n ranks: rank k (0-based) weighs 1/(k+1)^s.
class Zipf {
public:
    Zipf(std::size_t n, double s);
    std::size_t pick(Random& r) const;

private:
    std::vector<double> cumulative_;
};

// Weights: any non-negative numbers, picked in proportion.
std::size_t pick_weighted(Random& r, const std::vector<double>& weights);

// How busy a local day is against the year's average: the weekday (1 Monday
// … 7 Sunday) and the season (vaccination campaigns in autumn and winter).
double day_weight(int weekday, int day_of_year);
// How busy a local hour (0–23) of a weekday is.
double hour_weight(int weekday, int local_hour);

// What citizens write besides hashtags of the tree.
const std::vector<std::string>& free_texts();
const std::vector<std::string>& unknown_tags();
const std::vector<std::string>& push_answers();

// Personal reminder templates (SIRE) and the Cloud API error codes of failures.
const std::vector<std::string>& push_templates();
struct SendError {
    int code;
    const char* title;
};
const std::vector<SendError>& send_errors();

} // namespace sportello::relay::generate
