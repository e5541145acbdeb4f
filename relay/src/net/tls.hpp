#pragma once
// TLS contexts. Servers speak TLS 1.2 and 1.3 only; clients verify the peer's
// certificate chain and name, against a given CA file or the system store,
// and never skip verification.

#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <string>

namespace sportello::net {

struct ServerTlsFiles {
    std::string certificate_chain_file;   // PEM, leaf first
    std::string private_key_file;         // PEM
    std::string client_ca_file;           // optional: request and verify client certificates
};

// Throws std::runtime_error naming the file that could not be used.
std::shared_ptr<boost::asio::ssl::context> make_server_context(const ServerTlsFiles& files);

// ca_file empty: the system's trust store.
std::shared_ptr<boost::asio::ssl::context> make_client_context(const std::string& ca_file,
                                                               const std::string& client_certificate_file = {},
                                                               const std::string& client_key_file = {});

// Writes a development CA and a server certificate signed by it, valid for
// localhost, 127.0.0.1 and ::1: ca.pem, server.pem (chain) and server.key
// into dir (created if missing; keys are 0600). Existing files are kept.
// Throws std::runtime_error on failure.
struct DevCertificatePaths {
    std::string ca_file;
    std::string certificate_chain_file;
    std::string private_key_file;
};
DevCertificatePaths ensure_dev_certificates(const std::string& dir);

// Issues a client certificate with the given common name, signed by the
// development CA in dir (made by ensure_dev_certificates): <name>.pem and
// <name>.key. For tests of mutual TLS.
DevCertificatePaths issue_dev_client_certificate(const std::string& dir, const std::string& common_name);

} // namespace sportello::net
