// The mail: section: letters and generators.
#include "scenario/scenario_reader.h"

#include "scenario/address_pattern.h"
#include "scenario/generator_plan.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <set>

namespace postie::scenario_reading {

bool ScenarioReader::checkSender(const AddressItem& from)
{
    auto it = m_clients.find(from.address);
    if (it == m_clients.end()) {
        std::vector<std::string> users;
        for (const auto& [user, info] : m_clients) users.push_back(user);
        std::vector<std::string> shown;
        for (const auto& [user, info] : m_clients) shown.push_back(user + " (" + info.id + ")");
        std::string msg = "no client station has the user " + inQuotes(from.address);
        if (users.empty()) msg += "; there are no clients: add one, like {id: alice, kind: client, user: " + from.address +
                                  ", submit_to: ...}";
        else {
            if (auto s = suggest(from.address, users)) msg += "; did you mean '" + *s + "'? The clients' users are ";
            else msg += "; the clients' users are ";
            if (shown.size() > 6) {
                const std::size_t more = shown.size() - 5;
                shown.resize(5);
                shown.push_back(std::to_string(more) + " more");
            }
            msg += joinOr(shown, "and");
        }
        error(from.mark, msg);
        return false;
    }
    if (!it->second.canSend) {
        error(from.mark, "the client " + inQuotes(it->second.id) + " (" + from.address +
                             ") has no submit_to, so it cannot send letters; give it submit_to: with an outgoing station");
        return false;
    }
    return true;
}

void ScenarioReader::readLetter(const MapView& map)
{
    LetterSpec l;
    l.mark = map.mark();
    bool ok = true;
    if (const Entry* e = map.find("at")) {
        if (auto v = readDuration(*e)) l.at = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("from")) {
        if (auto v = readAddress(*e)) {
            l.from = *v;
            checkSender({*v, e->valueMark()});
        } else ok = false;
    }
    std::size_t recipients = 0;
    auto readRecipients = [&](std::string_view key, std::vector<std::string>& out) {
        if (const Entry* e = map.find(key)) {
            if (auto v = readAddressList(*e)) {
                for (auto& item : *v) out.push_back(item.address);
                recipients += v->size();
            } else ok = false;
        }
    };
    readRecipients("to", l.to);
    readRecipients("cc", l.cc);
    readRecipients("bcc", l.bcc);
    if (ok && recipients == 0)
        error(map.mark(), "this letter has no recipients; add for example to: [bob@example.org]");
    if (const Entry* e = map.find("headers")) {
        if (auto v = readHeaderLines(*e)) l.headers = std::move(*v);
        else ok = false;
    }
    if (!readMembers(map, l)) ok = false;  // subject, size
    if (ok && recipients > 0) m_spec.letters.push_back(std::move(l));
}

void ScenarioReader::readGenerator(const MapView& map)
{
    GeneratorSpec g;
    g.mark = map.mark();
    bool ok = true;
    std::optional<std::string> kind;
    if (const Entry* e = map.find("generate")) {
        kind = readChoice(*e);
        if (!kind) ok = false;
    }
    if (kind == "burst") g.kind = GeneratorSpec::Kind::Burst;
    else if (kind == "periodic") g.kind = GeneratorSpec::Kind::Periodic;
    else if (kind == "daily") g.kind = GeneratorSpec::Kind::Daily;

    // Each kind has its own timing key; the others do not belong to it.
    const std::array<std::pair<GeneratorSpec::Kind, std::string_view>, 4> timing{
        {{GeneratorSpec::Kind::Poisson, "rate"}, {GeneratorSpec::Kind::Burst, "at"},
         {GeneratorSpec::Kind::Periodic, "every"}, {GeneratorSpec::Kind::Daily, "per_hour"}}};
    if (kind) {
        for (const auto& [k, key] : timing) {
            const Entry* e = map.find(key);
            if (k == g.kind && !e) {
                error(map.mark(), "a " + *kind + " generator needs " + std::string(key) + ", like " + std::string(key) +
                                      ": " + std::string(findScenarioKey(placeBit(KeyPlace::Generator), key)->example));
                ok = false;
            } else if (k != g.kind && e) {
                error(e->keyMark(), std::string(key) + " belongs to a " + generatorKindName(k) + " generator, not to a " +
                                        *kind + " one; remove it");
                ok = false;
            }
        }
        if (g.kind == GeneratorSpec::Kind::Burst)
            if (const Entry* e = map.find("between")) {
                error(e->keyMark(), "a burst sends its one letter at 'at'; it has no between");
                ok = false;
            }
    }
    const Entry* rateEntry = map.find("rate");
    if (rateEntry) {
        if (auto v = readRate(*rateEntry)) g.ratePerSecond = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("at")) {
        if (auto v = readDuration(*e)) g.at = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("every")) {
        if (auto v = readDuration(*e)) g.every = *v;
        else ok = false;
    }
    const Entry* perHourEntry = map.find("per_hour");
    if (perHourEntry) {
        if (auto v = readHourlyRates(*perHourEntry)) g.perHour = *v;
        else ok = false;
    }
    if (const Entry* e = map.find("from")) {
        if (auto v = readAddressList(*e)) {
            if (g.kind == GeneratorSpec::Kind::Burst && v->size() > 1) {
                error(e->valueMark(), "a burst is one letter, so it has one sender; write from: " + v->front().address);
                ok = false;
            }
            // One message per faulty entry: a pattern's addresses share its mark.
            std::set<std::pair<int, int>> faulty;
            for (const auto& item : *v) {
                const auto where = std::pair{item.mark.line, item.mark.column};
                if (!faulty.count(where) && !checkSender(item)) faulty.insert(where);
                g.from.push_back(item.address);
            }
        } else ok = false;
    }
    if (const Entry* e = map.find("to")) {
        if (auto v = readAddressList(*e)) {
            for (const auto& item : *v) g.to.push_back(item.address);
        } else ok = false;
    }
    bool windowKnown = true;
    if (const Entry* e = map.find("between")) {
        if (auto v = readTimeWindow(*e)) {
            g.begin = v->first;
            g.end = v->second;
        } else windowKnown = ok = false;
    } else if (g.kind == GeneratorSpec::Kind::Burst) {
        g.begin = g.at;
        g.end = g.at;
    } else if (m_spec.until) {
        g.begin = SimTime::zero();
        g.end = *m_spec.until;
    } else {
        error(map.mark(), "a mail generator needs 'between', like between: [0s, 1h], when the scenario has no until");
        windowKnown = ok = false;
    }
    const Entry* sizing = rateEntry ? rateEntry : perHourEntry ? perHourEntry : map.find("every");
    if (sizing && windowKnown && ok) {
        const double expected = expectedLetters(g, m_spec.startEpochSeconds.value_or(0));
        if (expected > kMaxGeneratedLetters) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", expected);
            error(sizing->valueMark(), "this generator would write about " + std::string(buf) +
                                           " letters (rate times time window); at most 10000000 are allowed, so lower "
                                           "the rate or shorten the time window");
            ok = false;
        }
    }
    if (!readMembers(map, g)) ok = false;  // size, subject
    if (ok) m_spec.generators.push_back(std::move(g));
}

std::optional<std::array<double, 24>> ScenarioReader::readHourlyRates(const Entry& e)
{
    if (!e.value.IsMap()) {
        error(e.value.IsNull() ? e.keyMark() : e.valueMark(),
              e.key + " should be a map from the hour of the day (0 to 23) to a rate, like " + e.key + ": " +
                  std::string(e.spec->example));
        return std::nullopt;
    }
    std::array<double, 24> rates{};
    std::array<bool, 24> seen{};
    bool ok = true;
    for (auto it = e.value.begin(); it != e.value.end(); ++it) {
        const SourceMark keyMark = markOf(it->first, e.valueMark());
        int hour = -1;
        if (it->first.IsScalar()) {
            const std::string t = trimCopy(it->first.Scalar());
            const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), hour);
            if (ec != std::errc() || ptr != t.data() + t.size()) hour = -1;
        }
        if (hour < 0 || hour > 23) {
            error(keyMark, "each key of " + e.key + " is an hour of the day, a whole number from 0 to 23, but this is " +
                               describeNode(it->first));
            ok = false;
            continue;
        }
        if (seen[std::size_t(hour)]) {
            error(keyMark, "hour " + std::to_string(hour) + " is given twice in " + e.key);
            ok = false;
            continue;
        }
        seen[std::size_t(hour)] = true;
        Entry rate{e.key, it->first, it->second, e.spec};
        if (auto v = readRate(rate)) rates[std::size_t(hour)] = *v;
        else ok = false;
    }
    if (!ok) return std::nullopt;
    return rates;
}

void ScenarioReader::readMail(const Entry& list)
{
    const KeyPlaces L = placeBit(KeyPlace::Letter);
    const KeyPlaces G = placeBit(KeyPlace::Generator);
    for (const auto& node : readList(list)) {
        const bool generator = node.IsMap() && node["generate"].IsDefined();
        const KeyPlace place = generator ? KeyPlace::Generator : KeyPlace::Letter;
        const KeyPlaces bits = generator ? G : L;
        auto map = openMap(node, place, bits, bits, L | G, list.valueMark(),
                           "{at: 0s, from: alice@example.org, to: bob@example.org}");
        if (!map) continue;
        if (generator) readGenerator(*map);
        else readLetter(*map);
    }
}

} // namespace postie::scenario_reading
