// The stations: section: each kind's keys, retry and check settings, and the links between stations.
#include "scenario/scenario_reader.h"

#include "mail/retry_policy.h"

#include <algorithm>
#include <map>

namespace postie::scenario_reading {

void ScenarioReader::indexStations(const std::vector<YAML::Node>& nodes)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const YAML::Node& n = nodes[i];
        if (!n.IsMap()) continue;
        const YAML::Node id = n["id"];
        if (!id.IsDefined() || !id.IsScalar()) continue;
        const std::string name = trimCopy(id.Scalar());
        if (!checkStationId(name).empty()) continue;
        std::optional<StationKind> kind;
        const YAML::Node k = n["kind"];
        if (k.IsDefined() && k.IsScalar()) kind = stationKindFromName(toLowerCopy(trimCopy(k.Scalar())));
        const SourceMark m = markOf(id, markOf(n));
        if (auto it = m_stations.find(name); it != m_stations.end()) {
            error(m, "station id " + inQuotes(name) + " is already used on line " + std::to_string(it->second.line) +
                         "; each station needs its own id");
            continue;
        }
        m_stations.emplace(name, DeclaredStation{kind, m.line, i});
        m_stationIds.push_back(name);
    }
}

void ScenarioReader::readStation(const YAML::Node& node, std::size_t index)
{
    const KeyPlaces S = placeBit(KeyPlace::Station);
    KeyPlaces allStations = S;
    for (StationKind k : kStationKinds)
        allStations |= stationPlaces(k);

    std::optional<StationKind> kind;
    if (node.IsMap()) {
        const YAML::Node k = node["kind"];
        if (k.IsDefined() && k.IsScalar()) kind = stationKindFromName(toLowerCopy(trimCopy(k.Scalar())));
    }
    const KeyPlace place = kind ? stationKindPlace(*kind) : KeyPlace::Station;
    const KeyPlaces allowed = kind ? stationPlaces(*kind) : allStations;
    auto map = openMap(node, place, allowed, kind ? allowed : S, allStations, markOf(node),
                       "{id: alice, kind: client, user: alice@example.org}");
    if (!map) return;

    StationSpec s;
    s.mark = map->mark();
    bool ok = true;
    bool indexed = false;
    if (const Entry* e = map->find("id")) {
        if (auto v = scalar(*e)) {
            s.id = trimCopy(*v);
            if (auto err = checkStationId(s.id); !err.empty()) {
                error(e->valueMark(), err);
                ok = false;
            } else {
                auto it = m_stations.find(s.id);
                indexed = it != m_stations.end() && it->second.index == index;
                if (!indexed) ok = false;  // a duplicate, already reported
            }
        } else ok = false;
    }
    if (const Entry* e = map->find("kind")) {
        if (auto v = readChoice(*e)) s.kind = *stationKindFromName(*v);
        else ok = false;
    }
    if (const Entry* e = map->find("position")) {
        if (auto v = readPosition(*e)) s.position = *v;
        else ok = false;
    }
    LinkMarks links;

    // The plain values: label, group, workers, service, the capacity keys, and auth, lookup and
    // quota of their kinds (read only once the kind is known).
    if (!readMembers(*map, s, kind ? allowed : S | placeBit(KeyPlace::Outgoing) | placeBit(KeyPlace::Incoming)))
        ok = false;
    if (kind == StationKind::Incoming && s.tls == "require") {
        error(map->find("tls")->valueMark(),
              "a sorting station (an MX) must not require TLS (RFC 3207 §4): a sender without it could not "
              "deliver at all. Write tls: offer, and publish an MTA-STS policy (type: MTA-STS) to make senders "
              "insist on TLS");
        ok = false;
    }
    // postie-cli's narration and reports print one label: the English (or the plain one).
    s.label = s.labelText.in("en");
    if (const Entry* e = map->find("resolver")) {
        if (auto v = readStationRef(*e, StationKind::Resolver)) s.resolver = *v;
        else ok = false;
    }
    if (const Entry* e = map->find("retry")) readRetry(*e, s.retry);

    if (kind == StationKind::Client) {
        if (const Entry* e = map->find("user")) {
            // A pattern makes one device for many writers (a staff room, a classroom).
            if (auto v = readAddressList(*e); v && !v->empty()) {
                s.user = v->front().address;
                if (v->size() > 1)
                    for (const auto& item : *v) s.users.push_back(item.address);
                if (!e->value.IsScalar()) {
                    error(e->valueMark(), "user is one address (or one pattern like pupil{1..30}@school.test), not a list");
                    ok = false;
                }
            } else ok = false;
            if (s.users.size() > 1 && (map->find("read_from") || map->find("check"))) {
                error(e->valueMark(), "a client that stands for many writers cannot read mail; give each reader a client "
                                      "of its own with read_from");
                ok = false;
            }
        }
        if (const Entry* e = map->find("submit_to")) {
            if (auto v = readStationRef(*e, StationKind::Outgoing)) s.submitTo = *v;
            else ok = false;
        }
        if (const Entry* e = map->find("read_from")) {
            if (auto v = readStationRef(*e, StationKind::Mailbox)) {
                s.readFrom = *v;
                links.readFrom = e->valueMark();
            } else ok = false;
        }
        if (const Entry* e = map->find("check")) {
            readCheck(*e, s.check);
            if (!map->find("read_from"))
                error(e->keyMark(), "check needs read_from: a client fetches mail from the mailbox it reads, like "
                                    "read_from: imap.example.org");
        }
        for (const auto& user : s.users.empty() ? std::vector<std::string>{s.user} : s.users) {
            if (user.empty()) continue;
            auto& c = m_clients[user];
            if (c.id.empty()) c.id = s.id;
            c.canSend = c.canSend || !s.submitTo.empty() || map->find("submit_to") != nullptr;
        }
    } else if (kind == StationKind::Incoming) {
        if (const Entry* e = map->find("accepts")) {
            if (auto v = readDomainList(*e)) s.accepts = *v;
            else ok = false;
        }
        const Entry* deliverTo = map->find("deliver_to");
        const Entry* relayTo = map->find("relay_to");
        if (deliverTo) {
            if (auto v = readStationRef(*deliverTo, StationKind::Mailbox)) s.deliverTo = *v;
            else ok = false;
        }
        if (relayTo) {
            if (auto v = readStationRef(*relayTo, StationKind::Incoming)) {
                s.relayTo = *v;
                if (s.relayTo == s.id) {
                    error(relayTo->valueMark(), "relay_to names this station itself; name the next sorting station "
                                                "the letters go to, like relay_to: gw.example.org");
                    ok = false;
                }
            } else ok = false;
        }
        const Entry* members = map->find("list_members");
        if (members) {
            if (auto v = readAddressList(*members)) {
                for (const auto& item : *v) s.listMembers.push_back(item.address);
            } else ok = false;
        }
        for (std::string_view key : {"list_tag", "list_footer", "list_munge_from"})
            if (const Entry* e = map->find(key); e && !members)
                error(e->keyMark(), std::string(key) + " belongs to a mailing list: give the station list_members");
        if (deliverTo && relayTo) {
            error(relayTo->keyMark(), "an incoming station either stores letters (deliver_to) or passes them on "
                                      "(relay_to), not both; keep one");
            ok = false;
        } else if (members && (deliverTo || relayTo)) {
            error(members->keyMark(), "a mailing list sends its letters on to its members; it has no " +
                                          std::string(deliverTo ? "deliver_to" : "relay_to") + ": keep one");
            ok = false;
        } else if (!deliverTo && !relayTo && !members) {
            error(map->mark(), "an incoming station needs 'deliver_to' or 'relay_to', like deliver_to: box.example.org");
            ok = false;
        }
    } else if (kind == StationKind::Outgoing) {
        if (const Entry* e = map->find("relay_to")) {
            if (auto v = readStationRef(*e, StationKind::Incoming)) s.relayTo = *v;
            else ok = false;
        }
        if (const Entry* e = map->find("dkim_domain")) {
            if (auto v = readDomainValue(*e, true)) s.dkimDomain = *v;
            else ok = false;
        }
        for (std::string_view key : {"dkim_selector", "dkim_key"})
            if (const Entry* e = map->find(key); e && !map->find("dkim_domain"))
                error(e->keyMark(), std::string(key) + " needs dkim_domain: the domain it signs for, like "
                                                       "dkim_domain: sender.test");
    } else if (kind == StationKind::Mailbox) {
        if (const Entry* e = map->find("users")) {
            if (auto v = readAddressList(*e)) {
                std::map<std::string, int> seen;
                for (const auto& item : *v) {
                    if (auto [it, fresh] = seen.emplace(item.address, item.mark.line); !fresh) {
                        error(item.mark, "user " + inQuotes(item.address) + " is listed twice in this mailbox (first on line " +
                                             std::to_string(it->second) + ")");
                        ok = false;
                        continue;
                    }
                    s.users.push_back(item.address);
                }
            } else ok = false;
        }
    }
    if (!ok || !indexed || !kind) return;
    m_spec.stations.push_back(std::move(s));
    m_links.push_back(links);
}

void ScenarioReader::readRetry(const Entry& e, RetrySpec& retry)
{
    if (e.value.IsMap()) {
        const KeyPlaces Y = placeBit(KeyPlace::Retry);
        auto map = openMap(e.value, KeyPlace::Retry, Y, Y, 0, e.valueMark(), "{min: 5m, max: 1h, give_up: 5d}");
        if (!map) return;
        retry = RetrySpec{};
        retry.profile = RetrySpec::Profile::Custom;
        if (const Entry* x = map->find("profile")) {
            if (auto v = readChoice(*x)) applyRetryProfile(*v, retry);
        }
        readMembers(*map, retry);  // queue_scan, delay_warning, min, max, give_up, connect_timeout
        if (retry.maxBackoff < retry.minBackoff) {
            const Entry* x = map->find("max");
            if (!x) x = map->find("min");
            error(x ? x->valueMark() : map->mark(), "max (" + formatDuration(retry.maxBackoff) + ") is shorter than min (" +
                                                        formatDuration(retry.minBackoff) +
                                                        "); the longest wait cannot be shorter than the shortest");
        }
        return;
    }
    if (e.value.IsSequence()) {
        error(e.valueMark(), "retry should be postfix, exim, rfc or a map like {min: 5m, max: 1h, give_up: 5d}, but it "
                             "is a list");
        return;
    }
    auto v = readChoice(e);
    if (!v) return;
    retry = RetrySpec{};
    applyRetryProfile(*v, retry);
}

void ScenarioReader::applyRetryProfile(const std::string& name, RetrySpec& retry)
{
    // The numbers come from the mail model's profiles; the delay warning is kept.
    const RetrySpec::Profile profile = name == "postfix" ? RetrySpec::Profile::Postfix
                                       : name == "exim"  ? RetrySpec::Profile::Exim
                                                         : RetrySpec::Profile::Rfc;
    const SimTime delayWarning = retry.delayWarning;
    retry = retryProfile(profile);
    retry.delayWarning = delayWarning;
}

void ScenarioReader::readCheck(const Entry& e, CheckSpec& check)
{
    const KeyPlaces K = placeBit(KeyPlace::Check);
    auto map = openMap(e.value, KeyPlace::Check, K, K, 0, e.valueMark(), "{protocol: pop3, every: 10m}");
    if (!map) return;
    std::optional<std::string> protocol;
    if (const Entry* x = map->find("protocol")) protocol = readChoice(*x);
    if (protocol)
        check.protocol = *protocol == "pop3"   ? CheckSpec::Protocol::Pop3
                         : *protocol == "imap" ? CheckSpec::Protocol::Imap
                                               : CheckSpec::Protocol::ImapIdle;
    if (const Entry* x = map->find("every")) {
        if (protocol && *protocol == "imap-idle")
            error(x->keyMark(), "every is only for pop3 and imap; with imap-idle the client hears of new mail at once, "
                                "so remove every or write protocol: imap");
        else if (auto v = readDuration(*x)) check.every = *v;
    }
    if (const Entry* x = map->find("leave_on_server")) {
        if (protocol && *protocol != "pop3")
            error(x->keyMark(), "leave_on_server is only for pop3; " + *protocol +
                                    " always leaves letters on the server, so remove leave_on_server or write "
                                    "protocol: pop3");
        else if (auto v = readChoice(*x)) check.leaveOnServer = *v == "true";
    }
}

void ScenarioReader::checkStationLinks()
{
    std::map<std::string, const StationSpec*> byId;
    for (const auto& s : m_spec.stations) byId.emplace(s.id, &s);
    for (std::size_t i = 0; i < m_spec.stations.size(); ++i) {
        const StationSpec& s = m_spec.stations[i];
        if (s.kind != StationKind::Client || s.readFrom.empty()) continue;
        auto it = byId.find(s.readFrom);
        if (it == byId.end()) continue;  // that mailbox has errors of its own
        const auto& users = it->second->users;
        if (std::find(users.begin(), users.end(), s.user) == users.end())
            error(m_links[i].readFrom, "read_from " + inQuotes(s.readFrom) + " does not hold the user " + inQuotes(s.user) +
                                           "; add it to that mailbox's users or read from another mailbox");
    }
}

} // namespace postie::scenario_reading
