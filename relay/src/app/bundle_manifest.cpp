#include "app/bundle_manifest.hpp"

#include "sportello/crypto.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

namespace sportello::relay {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool is_bundle_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

struct Listed {
    std::string name, sha256;
    std::uint64_t size = 0;
};

// The file lines after the header's empty line; a malformed line is a problem.
std::vector<Listed> parse_manifest(const std::string& text, std::vector<std::string>& problems) {
    std::vector<Listed> out;
    std::istringstream in(text);
    std::string line;
    bool in_files = false;
    while (std::getline(in, line)) {
        if (!in_files) {
            in_files = line.empty();
            continue;
        }
        std::istringstream fields(line);
        Listed l;
        std::string size;
        fields >> l.sha256 >> size;
        std::getline(fields >> std::ws, l.name);
        const bool hex = l.sha256.size() == 64 && crypto::hex_decode(l.sha256).has_value();
        if (!hex || size.empty() || !std::all_of(size.begin(), size.end(), ::isdigit) || !is_bundle_name(l.name)) {
            problems.push_back(std::string(manifest_file) + ": malformed line \"" + line + "\"");
            continue;
        }
        l.size = std::stoull(size);
        out.push_back(std::move(l));
    }
    return out;
}

} // namespace

void write_text_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + path);
}

FileDigest digest_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw std::runtime_error("SHA-256 unavailable");
    FileDigest d;
    std::vector<char> buffer(64 * 1024);
    while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
        const auto n = static_cast<std::size_t>(in.gcount());
        EVP_DigestUpdate(ctx.get(), buffer.data(), n);
        d.size += n;
    }
    if (in.bad()) throw std::runtime_error("cannot read " + path);
    crypto::Bytes hash(32);
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), hash.data(), &length);
    d.sha256 = crypto::hex_encode(hash);
    return d;
}

std::string write_signed_manifest(const std::string& dir, const std::vector<std::string>& header,
                                  const security::SigningKey& key) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const auto name = entry.path().filename().string();
        if (entry.is_regular_file() && name != manifest_file && name != signature_file) names.insert(name);
    }
    std::string text;
    for (const auto& line : header) text += line + "\n";
    text += "\n";
    for (const auto& name : names) {
        const auto d = digest_file((fs::path(dir) / name).string());
        text += d.sha256 + " " + std::to_string(d.size) + " " + name + "\n";
    }
    write_text_file((fs::path(dir) / manifest_file).string(), text);
    const auto signature = key.sign(text);
    write_text_file((fs::path(dir) / signature_file).string(), crypto::hex_encode(crypto::Bytes(signature.begin(), signature.end())) + "\n");
    return crypto::hex_encode(crypto::sha256(text));
}

BundleVerdict verify_bundle(const std::string& dir, const std::string& expected_key_sha256) {
    BundleVerdict v;
    auto& problems = v.problems;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        problems.push_back(dir + ": not a folder");
        return v;
    }
    const fs::path root(dir);
    for (const char* required : {manifest_file, signature_file, public_key_file})
        if (!fs::is_regular_file(root / required, ec)) problems.push_back(std::string(required) + ": missing");
    if (!problems.empty()) return v;

    const std::string manifest = read_all(root / manifest_file);
    const std::string public_key = read_all(root / public_key_file);
    v.manifest_sha256 = crypto::hex_encode(crypto::sha256(manifest));
    v.public_key_sha256 = crypto::hex_encode(crypto::sha256(public_key));
    std::string sig_text = read_all(root / signature_file);
    while (!sig_text.empty() && (sig_text.back() == '\n' || sig_text.back() == '\r')) sig_text.pop_back();
    const auto signature = crypto::hex_decode(sig_text);
    std::string key_problem;
    if (!signature || signature->size() != 64) {
        problems.push_back(std::string(signature_file) + ": not an Ed25519 signature in hex");
    } else if (!security::verify_signature(public_key, manifest, crypto::as_view(*signature), &key_problem)) {
        problems.push_back(key_problem.empty()
                               ? std::string(manifest_file) + ": the signature in " + signature_file +
                                     " does not match it with the key in " + public_key_file +
                                     " (one of the three was changed)"
                               : std::string(public_key_file) + ": " + key_problem);
    }
    if (!expected_key_sha256.empty() && expected_key_sha256 != v.public_key_sha256)
        problems.push_back(std::string(public_key_file) + ": SHA-256 " + v.public_key_sha256 +
                           " is not the expected " + expected_key_sha256 + " (a different signing key)");

    const auto listed = parse_manifest(manifest, problems);
    v.files = listed.size();
    std::set<std::string> names;
    for (const auto& l : listed) {
        if (!names.insert(l.name).second) problems.push_back(l.name + ": listed twice in the MANIFEST");
        const auto path = root / l.name;
        if (!fs::is_regular_file(path, ec)) {
            problems.push_back(l.name + ": missing");
            continue;
        }
        const auto d = digest_file(path.string());
        if (d.size != l.size)
            problems.push_back(l.name + ": " + std::to_string(d.size) + " bytes, the MANIFEST says " +
                               std::to_string(l.size));
        else if (d.sha256 != l.sha256)
            problems.push_back(l.name + ": changed (its SHA-256 is not the MANIFEST's)");
    }
    for (const char* required : {public_key_file, "schema.json"})
        if (!names.count(required)) problems.push_back(std::string(required) + ": not listed in the MANIFEST");
    for (const auto& entry : fs::directory_iterator(root)) {
        const auto name = entry.path().filename().string();
        if (name != manifest_file && name != signature_file && !names.count(name))
            problems.push_back(name + ": not listed in the MANIFEST (an extra file)");
    }
    v.ok = problems.empty();
    return v;
}

} // namespace sportello::relay
