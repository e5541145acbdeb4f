// Runs a fuzz target without libFuzzer, so that CTest exercises it on every
// build: every file of the seed corpus as it is, then a fixed number of
// deterministic mutations of them (byte flips, insertions of JSON and UTF-8
// fragments, deletions, duplications, splices). The same seed always gives
// the same inputs, so a failure here reproduces.
//
// Usage: <target>-replay CORPUS_DIR [MUTATIONS] [SEED]

#include "fuzz_target.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace {

// xorshift64*: small, fast, and the same everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed ? seed : 1) {}
    std::uint64_t next() {
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return state_ * 2685821657736338717ULL;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t state_;
};

// Fragments that reach deep into JSON, UTF-8 and hashtag handling.
constexpr std::array<std::string_view, 24> fragments{
    "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u0000", "\\ud83d\\ude00", "\\ud800", "null", "-1e309",
    "18446744073709551616", "\xc3\xa8", "\xef\xbc\x83", "\xf0\x9f\x92\x89", "\xff", "\xc0\x80", "#", "# ",
    "\"messages\"", "\"type\":\"text\"", "\"status\":\"read\""};

std::string mutate(const std::vector<std::string>& seeds, Random& random) {
    std::string s = seeds[random.below(seeds.size())];
    const std::size_t steps = 1 + random.below(4);
    for (std::size_t i = 0; i < steps; ++i) {
        const std::size_t at = random.below(s.size() + 1);
        switch (random.below(6)) {
        case 0:   // flip a byte
            if (!s.empty()) s[std::min(at, s.size() - 1)] ^= static_cast<char>(1u << random.below(8));
            break;
        case 1:   // insert a fragment
            s.insert(at, fragments[random.below(fragments.size())]);
            break;
        case 2:   // delete a range
            s.erase(at, random.below(16));
            break;
        case 3: { // duplicate a range
            const std::string piece = s.substr(at, random.below(64));
            s.insert(random.below(s.size() + 1), piece);
            break;
        }
        case 4: { // splice another seed's tail
            const std::string& other = seeds[random.below(seeds.size())];
            s = s.substr(0, at) + other.substr(random.below(other.size() + 1));
            break;
        }
        default:  // truncate
            s.resize(at);
            break;
        }
    }
    return s;
}

// The input being run, written out if it crashes so that it can be replayed
// (and added to the corpus once fixed).
const std::string* current = nullptr;

extern "C" void save_failing_input(int signal_number) {
    constexpr char path[] = "fuzz-failure.bin";
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0 && current) {
        [[maybe_unused]] auto n = ::write(fd, current->data(), current->size());
        ::close(fd);
        constexpr char note[] = "failing input saved in fuzz-failure.bin\n";
        n = ::write(2, note, sizeof note - 1);
    }
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

void run(const std::string& input) {
    current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " CORPUS_DIR [MUTATIONS] [SEED]\n";
        return 2;
    }
    for (int signal_number : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(signal_number, save_failing_input);
    const std::size_t mutations = argc > 2 ? std::stoul(argv[2]) : 20000;
    const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 20261123;

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> seeds;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (seeds.empty()) {
        std::cerr << "no seed inputs in " << argv[1] << "\n";
        return 2;
    }
    for (const auto& s : seeds) run(s);
    Random random(seed);
    for (std::size_t i = 0; i < mutations; ++i) run(mutate(seeds, random));
    std::cout << seeds.size() << " seeds and " << mutations << " mutations passed\n";
    return 0;
}
