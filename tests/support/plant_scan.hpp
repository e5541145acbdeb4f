#pragma once
// Plant-and-scan: personal data planted through the public interfaces must
// appear nowhere on disk, in any encoding. The needles are every form the
// planted value could take in a file; the scan looks for each, byte for byte,
// in every file given. To scan one more file (a backup, an export), add its
// path to the list.

#include <cstddef>
#include <string>
#include <vector>

namespace sportello::testing {

struct Needle {
    std::string what;    // e.g. "base64 (offset 1) of the number +39 347 123 9876"
    std::string bytes;
};

// A phone number as typed (e.g. "+39 347 123 9876"): as typed, with "+" and
// no spaces, digits only, and the national part (without the Italian 39);
// each as is, percent-encoded, in UTF-16LE, in hex (both cases) and in
// base64 at each of its three alignments (standard and URL-safe alphabet).
std::vector<Needle> phone_needles(const std::string& typed);

// A text (UTF-8): as is, in UTF-16LE and UTF-16BE, with JSON \u escapes for
// what is not ASCII, percent-encoded, in hex (both cases) and in base64 at
// each of its three alignments (both alphabets).
std::vector<Needle> text_needles(const std::string& label, const std::string& utf8);

struct ScanHit {
    std::string file;
    std::string what;
    std::size_t offset = 0;
};

struct ScanResult {
    std::vector<ScanHit> hits;
    std::vector<std::string> scanned;   // the files that existed, with their sizes: "path (N bytes)"
    std::vector<std::string> missing;   // the files that did not
};

ScanResult scan_files(const std::vector<std::string>& files, const std::vector<Needle>& needles);

std::string describe(const ScanResult& result);

} // namespace sportello::testing
