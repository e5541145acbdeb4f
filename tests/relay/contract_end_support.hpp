#pragma once
// What the contract-end tests share (export_bundle_test.cpp, purge_test.cpp):
// running sportello-relay's commands and reading the files they write.
#include "process.hpp"
#include "relay_fixture.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sportello::testing::contract_end {

namespace bj = boost::json;
namespace fs = std::filesystem;

inline constexpr const char* citizen = "393401300001";

struct Run {
    int code = -1;
    std::string output;
};

inline Run relay_cli(const std::vector<std::string>& args) {
    Run r;
    r.code = run_program(relay_binary(), args, &r.output);
    return r;
}

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::vector<bj::object> jsonl(const fs::path& p) {
    std::vector<bj::object> rows;
    std::istringstream in(slurp(p));
    for (std::string line; std::getline(in, line);) rows.push_back(bj::parse(line).as_object());
    return rows;
}

inline void flip_a_byte(const fs::path& p) {
    std::fstream f(p, std::ios::binary | std::ios::in | std::ios::out);
    f.seekg(10);
    char c = 0;
    f.get(c);
    f.seekp(10);
    f.put(static_cast<char>(c ^ 0x01));
}

} // namespace sportello::testing::contract_end
