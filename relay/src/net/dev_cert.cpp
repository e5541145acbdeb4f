// Development certificates for the demo and the tests: a private CA and
// certificates it signs. Never used in production, where the operator
// installs a CA-signed certificate (see docs/configuration.md).
#include "net/tls.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <sys/stat.h>

namespace sportello::net {
namespace {

namespace fs = std::filesystem;

struct KeyDeleter { void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); } };
struct CertDeleter { void operator()(X509* c) const { X509_free(c); } };
struct FileCloser { void operator()(FILE* f) const { std::fclose(f); } };
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;
using File = std::unique_ptr<FILE, FileCloser>;

void check(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string("development certificate: ") + what + " failed");
}

Key new_key() {
    char curve[] = "P-256";   // the variadic API takes a non-const char*
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
    check(key != nullptr, "key generation");
    return key;
}

void add_extension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    check(ext != nullptr, "certificate extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

Cert new_certificate(EVP_PKEY* key, const char* common_name, X509* issuer, EVP_PKEY* issuer_key, bool ca,
                     bool client_only = false) {
    Cert cert(X509_new());
    check(cert != nullptr, "X509_new");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    check(RAND_bytes(serial, sizeof serial) == 1, "serial number");
    serial[0] &= 0x7F;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * (ca ? 3650 : 825));
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("Sportello development"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(common_name), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    if (ca) {
        add_extension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        add_extension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else if (client_only) {
        add_extension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        add_extension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        add_extension(cert.get(), signer, NID_ext_key_usage, "clientAuth");
    } else {
        add_extension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        add_extension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        add_extension(cert.get(), signer, NID_ext_key_usage, "serverAuth,clientAuth");
        add_extension(cert.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    add_extension(cert.get(), signer, NID_subject_key_identifier, "hash");
    check(X509_sign(cert.get(), issuer_key ? issuer_key : key, EVP_sha256()) > 0, "signing");
    return cert;
}

File open_for_write(const fs::path& path, bool secret) {
    const mode_t old = ::umask(secret ? 077 : 022);
    File f(std::fopen(path.c_str(), "wb"));
    ::umask(old);
    if (!f) throw std::runtime_error("cannot write " + path.string());
    return f;
}

void write_cert(const fs::path& path, std::initializer_list<X509*> chain) {
    auto f = open_for_write(path, false);
    for (X509* c : chain) check(PEM_write_X509(f.get(), c) == 1, "writing a certificate");
}

void write_key(const fs::path& path, EVP_PKEY* key) {
    auto f = open_for_write(path, true);
    check(PEM_write_PrivateKey(f.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1, "writing a key");
}

template <class T, auto Read>
std::unique_ptr<T, void (*)(T*)> read_pem(const fs::path& path, void (*free_fn)(T*)) {
    File f(std::fopen(path.c_str(), "rb"));
    if (!f) throw std::runtime_error("cannot read " + path.string());
    return {Read(f.get(), nullptr, nullptr, nullptr), free_fn};
}

} // namespace

DevCertificatePaths issue_dev_client_certificate(const std::string& dir, const std::string& common_name) {
    const fs::path base(dir);
    auto ca = read_pem<X509, PEM_read_X509>(base / "ca.pem", X509_free);
    auto ca_key = read_pem<EVP_PKEY, PEM_read_PrivateKey>(base / "ca.key", EVP_PKEY_free);
    if (!ca || !ca_key) throw std::runtime_error("development CA in " + dir + " is unreadable");
    Key key = new_key();
    Cert cert = new_certificate(key.get(), common_name.c_str(), ca.get(), ca_key.get(), false, true);
    DevCertificatePaths paths{(base / "ca.pem").string(), (base / (common_name + ".pem")).string(),
                              (base / (common_name + ".key")).string()};
    write_key(paths.private_key_file, key.get());
    write_cert(paths.certificate_chain_file, {cert.get()});
    return paths;
}

DevCertificatePaths ensure_dev_certificates(const std::string& dir) {
    const fs::path base(dir);
    fs::create_directories(base);
    DevCertificatePaths paths{(base / "ca.pem").string(), (base / "server.pem").string(),
                              (base / "server.key").string()};
    if (fs::exists(paths.ca_file) && fs::exists(paths.certificate_chain_file) && fs::exists(paths.private_key_file))
        return paths;
    Key ca_key = new_key();
    Cert ca = new_certificate(ca_key.get(), "Sportello development CA", nullptr, nullptr, true);
    Key server_key = new_key();
    Cert server = new_certificate(server_key.get(), "localhost", ca.get(), ca_key.get(), false);
    write_key(base / "ca.key", ca_key.get());
    write_cert(paths.ca_file, {ca.get()});
    write_key(paths.private_key_file, server_key.get());
    write_cert(paths.certificate_chain_file, {server.get(), ca.get()});
    return paths;
}

} // namespace sportello::net
