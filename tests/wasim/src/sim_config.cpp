#include "sim_config.hpp"

#include "sportello/json.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sportello::wasim {
namespace {

std::string resolve(const std::string& base, const std::string& p) {
    if (p.empty() || std::filesystem::path(p).is_absolute()) return p;
    return (std::filesystem::path(base) / p).lexically_normal().string();
}

} // namespace

Result<SimConfig> parse_sim_config(std::string_view text, const std::string& base) {
    return json::decode(text, [&](const json::Reader& r) {
        SimConfig c;
        const auto l = r.at("listen");
        c.listener.address = l.get_string("address");
        c.listener.port = static_cast<unsigned short>(l.get_integer("port"));
        c.listener.tls = l.get_bool("tls", true);
        if (auto t = r.find("tls")) {
            c.tls.certificate_chain_file = resolve(base, t->get_string("certificate_file"));
            c.tls.private_key_file = resolve(base, t->get_string("private_key_file"));
        }
        c.webhook_url = r.get_string("webhook_url");
        c.webhook_ca_file = resolve(base, r.get_optional_string("webhook_ca_file").value_or(""));
        c.app_secret = r.get_string("app_secret");
        c.access_token = r.get_string("access_token");
        c.phone_number_id = r.get_string("phone_number_id");
        c.display_phone_number = r.get_optional_string("display_phone_number").value_or(c.display_phone_number);
        c.waba_id = r.get_optional_string("waba_id").value_or(c.waba_id);
        c.auto_deliver = r.get_bool("auto_deliver", c.auto_deliver);
        c.auto_read = r.get_bool("auto_read", c.auto_read);
        c.enforce_window = r.get_bool("enforce_window", c.enforce_window);
        c.status_delay_ms = static_cast<int>(r.get_optional_integer("status_delay_ms").value_or(c.status_delay_ms));
        c.webhook_retry_seconds =
            static_cast<int>(r.get_optional_integer("webhook_retry_seconds").value_or(c.webhook_retry_seconds));
        if (auto ts = r.find("templates"))
            for (const auto& t : ts->array())
                c.templates.push_back({t.get_string("name"), t.get_string("language"),
                                       static_cast<int>(t.get_integer("parameters")),
                                       t.get_optional_string("body").value_or("")});
        return c;
    });
}

Result<SimConfig> load_sim_config(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(api::ErrorCode::not_found, "cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return parse_sim_config(s.str(), std::filesystem::absolute(path).parent_path().string());
}

} // namespace sportello::wasim
