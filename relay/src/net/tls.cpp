#include "net/tls.hpp"

#include <openssl/ssl.h>

#include <stdexcept>

namespace sportello::net {

namespace ssl = boost::asio::ssl;

namespace {
constexpr const char* intermediate_tls12_ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
    "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305";
constexpr const char* intermediate_tls13_suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
} // namespace

std::shared_ptr<ssl::context> make_server_context(const ServerTlsFiles& files) {
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    // Mozilla's "intermediate" profile (version 5.7): TLS 1.2 with forward
    // secrecy and AEAD ciphers only, TLS 1.3's three suites, the client's
    // preference (every suite listed is strong), X25519 and the NIST curves,
    // ffdhe2048 for DHE.
    char groups[] = "X25519:prime256v1:secp384r1";   // the OpenSSL macro takes a char*
    if (SSL_CTX_set_cipher_list(ctx->native_handle(), intermediate_tls12_ciphers) != 1 ||
        SSL_CTX_set_ciphersuites(ctx->native_handle(), intermediate_tls13_suites) != 1 ||
        SSL_CTX_set1_groups_list(ctx->native_handle(), groups) != 1)
        throw std::runtime_error("OpenSSL refused the TLS cipher settings");
    SSL_CTX_set_dh_auto(ctx->native_handle(), 1);
    SSL_CTX_clear_options(ctx->native_handle(), SSL_OP_CIPHER_SERVER_PREFERENCE);
    boost::system::error_code ec;
    ctx->use_certificate_chain_file(files.certificate_chain_file, ec);
    if (ec) throw std::runtime_error("cannot use TLS certificate " + files.certificate_chain_file + ": " + ec.message());
    ctx->use_private_key_file(files.private_key_file, ssl::context::pem, ec);
    if (ec) throw std::runtime_error("cannot use TLS private key " + files.private_key_file + ": " + ec.message());
    if (SSL_CTX_check_private_key(ctx->native_handle()) != 1)
        throw std::runtime_error("the TLS private key does not match the certificate " + files.certificate_chain_file);
    if (!files.client_ca_file.empty()) {
        ctx->load_verify_file(files.client_ca_file, ec);
        if (ec) throw std::runtime_error("cannot load client CA " + files.client_ca_file + ": " + ec.message());
        // Ask for a certificate; whether one is required is decided per request.
        ctx->set_verify_mode(ssl::verify_peer);
        ctx->set_verify_callback([](bool preverified, ssl::verify_context&) { return preverified; });
    }
    return ctx;
}

std::shared_ptr<ssl::context> make_client_context(const std::string& ca_file, const std::string& cert_file,
                                                  const std::string& key_file) {
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
    boost::system::error_code ec;
    if (ca_file.empty()) ctx->set_default_verify_paths(ec);
    else ctx->load_verify_file(ca_file, ec);
    if (ec) throw std::runtime_error("cannot load CA certificates " + (ca_file.empty() ? std::string("(system store)") : ca_file) +
                                     ": " + ec.message());
    ctx->set_verify_mode(ssl::verify_peer);
    if (!cert_file.empty()) {
        ctx->use_certificate_chain_file(cert_file, ec);
        if (!ec) ctx->use_private_key_file(key_file, ssl::context::pem, ec);
        if (ec) throw std::runtime_error("cannot use client certificate " + cert_file + ": " + ec.message());
    }
    return ctx;
}

} // namespace sportello::net
