#include "net/tls.hpp"

#include <openssl/ssl.h>

#include <stdexcept>

namespace sportello::net {

namespace ssl = boost::asio::ssl;

std::shared_ptr<ssl::context> make_server_context(const ServerTlsFiles& files) {
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX_set_min_proto_version(ctx->native_handle(), TLS1_2_VERSION);
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
