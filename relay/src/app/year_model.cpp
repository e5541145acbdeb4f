#include "app/year_model.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sportello::relay::generate {

double Random::exponential(double mean) { return -mean * std::log1p(-unit()); }

double Random::log_normal(double median, double sigma) {
    // Box–Muller: one normal deviate from two uniforms.
    const double u1 = std::max(unit(), 1e-12), u2 = unit();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return median * std::exp(sigma * z);
}

Zipf::Zipf(std::size_t n, double s) {
    cumulative_.reserve(n);
    double sum = 0;
    for (std::size_t k = 0; k < n; ++k) cumulative_.push_back(sum += 1.0 / std::pow(static_cast<double>(k + 1), s));
}

std::size_t Zipf::pick(Random& r) const {
    if (cumulative_.empty()) return 0;
    const double x = r.unit() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

std::size_t pick_weighted(Random& r, const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double x = r.unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (x < weights[i]) return i;
        x -= weights[i];
    }
    return weights.empty() ? 0 : weights.size() - 1;
}

double day_weight(int weekday, int day_of_year) {
    static constexpr double week[7] = {1.18, 1.10, 1.06, 1.02, 0.97, 0.62, 0.45};
    // Peaks in mid-January and mid-November (campaigns), a trough in August.
    const double season = 1.0 + 0.25 * std::cos(2.0 * std::numbers::pi * (day_of_year - 15) / 365.0) +
                          0.15 * std::cos(4.0 * std::numbers::pi * (day_of_year - 320) / 365.0);
    return week[std::clamp(weekday, 1, 7) - 1] * std::max(season, 0.3);
}

double hour_weight(int weekday, int local_hour) {
    static constexpr double weekday_hours[24] = {0.08, 0.04, 0.02, 0.02, 0.03, 0.08, 0.3, 0.9, 1.8, 2.4, 2.5, 2.3,
                                                 1.9,  1.5,  1.7,  2.0,  1.9,  1.7,  1.5, 1.3, 1.2, 1.0, 0.6, 0.25};
    static constexpr double weekend_hours[24] = {0.15, 0.08, 0.04, 0.03, 0.03, 0.05, 0.15, 0.4, 0.9, 1.4, 1.7, 1.8,
                                                 1.6,  1.3,  1.2,  1.3,  1.4,  1.4,  1.3, 1.2, 1.1, 0.9, 0.6, 0.3};
    const auto h = static_cast<std::size_t>(std::clamp(local_hour, 0, 23));
    return weekday >= 6 ? weekend_hours[h] : weekday_hours[h];
}

const std::vector<std::string>& free_texts() {
    static const std::vector<std::string> texts{
        "Buongiorno, come prenoto il vaccino?", "ciao", "grazie mille", "dove trovo il mio certificato?",
        "Ho perso la prenotazione, cosa faccio?", "a che ora apre il centro vaccinale di Torino?",
        "vorrei parlare con qualcuno", "posso vaccinarmi se ho la febbre?", "info", "menu",
        "Mio figlio ha 12 anni, può fare il richiamo?", "non ho ricevuto il messaggio di conferma",
        "quanto dura la validità?", "buonasera, il link non funziona", "devo portare la tessera sanitaria?",
        "si può spostare l'appuntamento?", "ok", "aiuto"};
    return texts;
}

const std::vector<std::string>& unknown_tags() {
    static const std::vector<std::string> tags{
        "#tamponi",    "#esenzione",  "#pediatra",   "#ricetta",     "#farmacia",   "#ticket",     "#guardiamedica",
        "#orari",      "#spid",       "#fascicolo",  "#allergia",    "#gravidanza", "#viaggi",     "#quarantena",
        "#dosi",       "#sintomi",    "#rimborso",   "#domicilio",   "#disabili",   "#anziani",    "#scuola",
        "#lavoro",     "#certificato2", "#greenpass", "#moderna",    "#pfizer",     "#novavax",    "#richiami",
        "#ospedale",   "#asl",        "#cup",        "#telefono",    "#email",      "#prenotare",  "#annullare",
        "#esito",      "#referto",    "#analisi",    "#dentista",    "#oculista"};
    return tags;
}

const std::vector<std::string>& push_answers() {
    static const std::vector<std::string> texts{"grazie", "ok grazie", "confermo", "perfetto, ci sarò",
                                                "non posso venire", "come sposto l'appuntamento?", "STOP"};
    return texts;
}

const std::vector<std::string>& push_templates() {
    static const std::vector<std::string> names{"promemoria_vaccino",     "promemoria_richiamo",   "esito_prenotazione",
                                                "variazione_appuntamento", "promemoria_screening", "referto_disponibile",
                                                "scadenza_certificato",   "invito_campagna"};
    return names;
}

const std::vector<SendError>& send_errors() {
    static const std::vector<SendError> errors{{131026, "Message undeliverable"},
                                               {131049, "This message was not delivered to maintain healthy ecosystem engagement."},
                                               {131047, "Re-engagement message"},
                                               {131050, "Unable to deliver the message: the user stopped marketing messages"},
                                               {131000, "Something went wrong"}};
    return errors;
}

} // namespace sportello::relay::generate
