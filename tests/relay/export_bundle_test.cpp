// The contract-end export on a real relay and simulator: traffic of every
// kind, `sportello-relay export` while the relay serves, the bundle's
// contents (decrypted, documented, without secrets), and `export verify`
// with what makes it fail.
#include "contract_end_support.hpp"
#include "sire_session.hpp"
#include "sportello/api/admin.hpp"
#include "sportello/api/cases.hpp"
#include "sportello/crypto.hpp"
#include "storage/sqlite.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <map>
#include <set>

using namespace sportello;
using namespace sportello::testing;
using namespace sportello::testing::contract_end;

namespace {

// A comma, quotes and a line break: what RFC 4180 quoting must carry intact.
constexpr const char* question = "Buongiorno, ho perso il \"foglio\" della prenotazione.\nCome posso riaverlo?";
constexpr const char* operator_reply = "Buongiorno, le rimandiamo la prenotazione per SMS entro oggi.";

net::Headers bearer(RelayFixture& f, const std::string& user, const std::string& role) {
    if (f.create_user(user, "una-password-lunga", role) != 0) throw std::runtime_error("create_user " + user);
    return {{"authorization", "Bearer " + f.login(user, "una-password-lunga")}};
}

// Every kind of personal data: a citizen's question that an operator
// answers in a case, consent on WhatsApp, a SIRE reminder with its consent,
// a broadcast, users (creating them is audited).
void make_history(RelayFixture& f) {
    f.sim_settings({{"enforce_window", false}});
    f.citizen_says(citizen, question);
    if (!wait_for([&] { return f.inbox(citizen).size() == 1; })) throw std::runtime_error("no answer\n" + f.logs());
    const auto desk = bearer(f, "operatrice", "operator");
    auto list = api::decode_cases<api::CaseList>(f.relay("GET", "/ops/v1/cases?filter=all", {}, desk).response->body);
    if (!list || list->cases.size() != 1) throw std::runtime_error("no case");
    const auto id = std::to_string(list->cases.front().id);
    f.relay("POST", "/ops/v1/cases/" + id + "/claim", {}, desk);
    api::CaseReply reply;
    reply.text = operator_reply;
    reply.idempotency_key = "risposta-1";
    auto sent = f.relay("POST", "/ops/v1/cases/" + id + "/replies", api::encode(reply), desk);
    if (!sent.ok() || sent.response->status >= 300) throw std::runtime_error("reply refused");
    if (!wait_for([&] { return f.inbox(citizen).size() == 2; })) throw std::runtime_error("no reply\n" + f.logs());

    Sire sire(f);
    if (sire.grant(sire_citizen).response->status != 201) throw std::runtime_error("consent refused");
    if (sire.push(sire.reminder("promemoria-1")).response->status >= 300) throw std::runtime_error("push refused");

    f.save_template("informazione_generale", 1, "Regione Piemonte informa: {{1}}");
    const auto editor = bearer(f, "redattrice", "editor");
    bearer(f, "amministratrice", "admin");   // enrols two-factor authentication: a TOTP secret, recovery codes
    api::BroadcastRequest b;
    b.name = "Nuovi orari hub";
    b.template_name = "informazione_generale";
    b.parameters = {"da lunedì gli hub aprono alle 8."};
    if (f.relay("POST", "/ops/v1/broadcasts", api::encode(b), editor).response->status != 201)
        throw std::runtime_error("broadcast refused");
    if (!wait_for([&] { return f.db_int("SELECT count(*) FROM outbox WHERE kind = 'push' AND sent_at IS NOT NULL") == 1; }))
        throw std::runtime_error("reminder not sent\n" + f.logs());
}

std::string field(const bj::object& o, const char* name) {
    const auto& v = o.at(name);
    return v.is_string() ? std::string(v.as_string()) : v.is_null() ? "" : bj::serialize(v);
}

// RFC 4180, as a spreadsheet reads it: rows of fields, quoted fields may
// hold commas, doubled quotes and line breaks; records end with CRLF.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += text[++i];
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            if (i + 1 < text.size()) rows.emplace_back(1);
        } else {
            rows.back().back() += c;
        }
    }
    return rows;
}

// The Region's own check, with OpenSSL alone: the MANIFEST's Ed25519
// signature under the public key shipped in the bundle.
bool openssl_verifies(const std::string& dir) {
    const auto pem = slurp(dir + "/signing-key.pem");
    const auto manifest = slurp(dir + "/MANIFEST");
    auto sig_hex = slurp(dir + "/MANIFEST.sig");
    sig_hex.pop_back();
    const auto sig = crypto::hex_decode(sig_hex);
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = key && sig && EVP_PKEY_id(key) == EVP_PKEY_ED25519 &&
                    EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, sig->data(), sig->size(),
                                     reinterpret_cast<const unsigned char*>(manifest.data()), manifest.size()) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    BIO_free(bio);
    return ok;
}

} // namespace

TEST(ContractEnd, TheExportHoldsEveryEntityDecryptedDocumentedAndWithoutSecrets) {
    RelayFixture f;
    make_history(f);
    const auto out = f.dir + "/export";
    const auto audited = f.db_int("SELECT count(*) FROM audit_log");
    const auto exported = relay_cli({"export", "--config", f.relay_config, "--out", out});
    ASSERT_EQ(exported.code, 0) << exported.output << f.logs();

    // Decrypted personal data, in the files a Region would open.
    const auto citizens = jsonl(out + "/citizens.jsonl");
    std::set<std::string> phones;
    for (const auto& c : citizens) phones.insert(field(c, "phone"));
    EXPECT_TRUE(phones.count("+393401300001")) << slurp(out + "/citizens.jsonl");
    EXPECT_TRUE(phones.count("+393401280001")) << "SIRE's citizen";
    EXPECT_NE(slurp(out + "/citizens.csv").find("+393401300001"), std::string::npos);
    bool question_found = false;
    for (const auto& m : jsonl(out + "/inbound_messages.jsonl")) question_found |= field(m, "body") == question;
    EXPECT_TRUE(question_found);
    const auto inbound_csv = parse_csv(slurp(out + "/inbound_messages.csv"));
    ASSERT_EQ(inbound_csv.size(), 2u) << "a header and one message";
    const auto body_column = std::find(inbound_csv[0].begin(), inbound_csv[0].end(), "body") - inbound_csv[0].begin();
    ASSERT_EQ(inbound_csv[1].size(), inbound_csv[0].size());
    EXPECT_EQ(inbound_csv[1][static_cast<std::size_t>(body_column)], question);
    EXPECT_EQ(parse_csv(slurp(out + "/citizens.csv")).size(), citizens.size() + 1);
    const auto outbound = slurp(out + "/outbound_messages.jsonl");
    EXPECT_NE(outbound.find("le rimandiamo la prenotazione"), std::string::npos) << "the operator's reply";
    EXPECT_NE(outbound.find("Hub Torino Valdocco"), std::string::npos) << "the reminder's parameters";
    EXPECT_EQ(jsonl(out + "/pushes.jsonl").size(), 1u);
    EXPECT_EQ(jsonl(out + "/broadcasts.jsonl").size(), 1u);
    EXPECT_EQ(jsonl(out + "/cases.jsonl").size(), 1u);
    EXPECT_GE(jsonl(out + "/case_events.jsonl").size(), 2u);
    EXPECT_GE(jsonl(out + "/consent_ledger.jsonl").size(), 1u);
    EXPECT_FALSE(jsonl(out + "/statuses.jsonl").empty());
    EXPECT_FALSE(jsonl(out + "/content_versions.jsonl").empty());
    EXPECT_EQ(jsonl(out + "/templates.jsonl").size(), 2u);
    EXPECT_EQ(jsonl(out + "/api_clients.jsonl").size(), 1u);
    // One snapshot: the audit entry of the export itself came after it.
    EXPECT_EQ(static_cast<std::int64_t>(jsonl(out + "/audit_trail.jsonl").size()), audited);
    EXPECT_EQ(f.db_int("SELECT count(*) FROM audit_log WHERE action = 'data_exported'"), 1);

    // No secret in any file, in any form the database holds it.
    std::vector<std::string> secrets;
    storage::Connection db(f.db_path, storage::Connection::Mode::read_only, true);
    for (auto q = db.query("SELECT password_hash, totp_secret_enc FROM users"); q.next();) {
        secrets.push_back(q.text(0));
        if (!q.is_null(1)) secrets.push_back(crypto::hex_encode(q.blob(1)));
    }
    for (auto q = db.query("SELECT token_hash FROM api_clients"); q.next();) secrets.push_back(crypto::hex_encode(q.blob(0)));
    for (auto q = db.query("SELECT code_hash FROM recovery_codes"); q.next();) secrets.push_back(crypto::hex_encode(q.blob(0)));
    ASSERT_GE(secrets.size(), 6u) << "three password hashes, a TOTP secret, recovery codes, a token";
    const auto data_key = slurp(f.dir + "/data/data.key").substr(0, 64);
    for (const auto& entry : fs::directory_iterator(out)) {
        const auto text = slurp(entry.path());
        EXPECT_EQ(text.find("$argon2"), std::string::npos) << entry.path();
        EXPECT_EQ(text.find(data_key), std::string::npos) << entry.path();
        EXPECT_EQ(text.find("PRIVATE KEY"), std::string::npos) << entry.path();
        for (const auto& s : secrets) EXPECT_EQ(text.find(s), std::string::npos) << entry.path() << " holds " << s;
    }

    // schema.json describes every file, and every field of every row and header.
    const auto schema = bj::parse(slurp(out + "/schema.json")).as_object();
    std::map<std::string, std::vector<std::string>> described;
    for (const auto& v : schema.at("files").as_array()) {
        const auto& file = v.as_object();
        auto& names = described[std::string(file.at("file").as_string())];
        if (const auto* fields = file.if_contains("fields"))
            for (const auto& fv : fields->as_array()) {
                names.push_back(std::string(fv.at("name").as_string()));
                EXPECT_FALSE(fv.at("type").as_string().empty());
                EXPECT_FALSE(fv.at("meaning").as_string().empty());
            }
    }
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
        const auto name = entry.path().filename().string();
        ++files;
        ASSERT_TRUE(described.count(name)) << name << " is not in schema.json";
        if (entry.path().extension() == ".jsonl")
            for (const auto& row : jsonl(entry.path())) {
                std::vector<std::string> keys;
                for (const auto& kv : row) keys.push_back(std::string(kv.key()));
                EXPECT_EQ(keys, described[name]) << name;
            }
        if (entry.path().extension() == ".csv") {
            std::string header;
            std::getline(std::istringstream(slurp(entry.path())) >> std::noskipws, header, '\r');
            std::string expected;
            for (const auto& n : described[name]) expected += (expected.empty() ? "" : ",") + n;
            EXPECT_EQ(header, expected) << name;
        }
    }
    EXPECT_EQ(files, described.size()) << "schema.json describes a file the bundle lacks";

    const auto verified = relay_cli({"export", "verify", out});
    EXPECT_EQ(verified.code, 0) << verified.output;
    // The relay served throughout and still does.
    f.citizen_says("393401300009", "#centrivaccinali");
    EXPECT_TRUE(wait_for([&] { return f.inbox("393401300009").size() == 1; })) << f.logs();
}

TEST(ContractEnd, VerifyNamesAChangedMissingOrExtraFile) {
    RelayFixture f;
    f.citizen_says(citizen, "#centrivaccinali");
    ASSERT_TRUE(wait_for([&] { return f.inbox(citizen).size() == 1; })) << f.logs();
    const auto out = f.dir + "/export";
    ASSERT_EQ(relay_cli({"export", "--config", f.relay_config, "--out", out}).code, 0);
    auto verify = [&](std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"export", "verify", out};
        args.insert(args.end(), extra.begin(), extra.end());
        return relay_cli(args);
    };
    const auto good = verify();
    ASSERT_EQ(good.code, 0) << good.output;
    EXPECT_TRUE(openssl_verifies(out));
    const auto key_sha = good.output.substr(good.output.find("signing key SHA-256: ") + 21, 64);
    EXPECT_EQ(verify({"--public-key-sha256", key_sha}).code, 0);
    EXPECT_EQ(verify({"--public-key-sha256", std::string(64, '0')}).code, 1);

    for (const char* name : {"citizens.csv", "inbound_messages.jsonl", "schema.json", "MANIFEST", "MANIFEST.sig",
                             "signing-key.pem"}) {
        const auto path = fs::path(out) / name;
        const auto original = slurp(path);
        flip_a_byte(path);
        if (std::string(name) == "MANIFEST") EXPECT_FALSE(openssl_verifies(out));
        const auto bad = verify();
        EXPECT_EQ(bad.code, 1) << name;
        EXPECT_NE(bad.output.find(name), std::string::npos) << name << ":\n" << bad.output;
        std::ofstream(path, std::ios::binary | std::ios::trunc) << original;
        ASSERT_EQ(verify().code, 0) << "restored " << name;
    }
    const auto moved = f.dir + "/statuses.csv";
    fs::rename(fs::path(out) / "statuses.csv", moved);
    auto missing = verify();
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.output.find("statuses.csv: missing"), std::string::npos) << missing.output;
    fs::rename(moved, fs::path(out) / "statuses.csv");
    std::ofstream(out + "/note.txt") << "aggiunto dopo";
    auto extra = verify();
    EXPECT_EQ(extra.code, 1);
    EXPECT_NE(extra.output.find("note.txt: not listed in the MANIFEST"), std::string::npos) << extra.output;
    // A second export refuses a folder that is not empty.
    EXPECT_EQ(relay_cli({"export", "--config", f.relay_config, "--out", out}).code, 1);
}

