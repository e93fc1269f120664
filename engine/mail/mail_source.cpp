#include "mail/mail_source.h"

#include "mail/address.h"
#include "mail/client_station.h"
#include "mail/world.h"
#include "sim/calendar.h"

#include <algorithm>
#include <unordered_set>

namespace postie {

MailSource::MailSource(World& world, std::vector<ScheduledLetter> letters, std::vector<GeneratorConfig> generators)
    : m_world(world), m_handler(world.sim().addHandler(this)), m_letters(std::move(letters)),
      m_generators(std::move(generators)), m_generated(m_generators.size(), 0)
{
    for (std::size_t i = 0; i < m_generators.size(); ++i)
        m_rngs.push_back(RandomStream::forName(world.seed(), "generator#" + std::to_string(i)));
    for (const auto& s : world.stations())
        if (s->kind() == StationKind::Client) {
            auto* client = static_cast<ClientStation*>(s.get());
            m_writers.emplace(toLower(client->config().user), client);
            for (const auto& writer : client->config().writers) m_writers.emplace(toLower(writer), client);
        }
}

void MailSource::start()
{
    for (std::size_t i = 0; i < m_letters.size(); ++i) m_world.sim().schedule(m_letters[i].at, m_handler, kLetter, i);
    for (std::size_t i = 0; i < m_letters.size(); ++i) m_world.sourceScheduled();
    for (std::size_t g = 0; g < m_generators.size(); ++g) scheduleNext(g);
}

void MailSource::scheduleNext(std::size_t g)
{
    const GeneratorConfig& gen = m_generators[g];
    const SimTime from = m_world.now() < gen.begin ? gen.begin : m_world.now();
    std::optional<SimTime> at;
    switch (gen.kind) {
    case GeneratorConfig::Kind::Poisson: {
        if (gen.ratePerSecond <= 0) return;
        const double gapUs = m_rngs[g].exponential(1e6 / gen.ratePerSecond);
        at = from + SimTime::fromMicros(std::int64_t(gapUs));
        break;
    }
    case GeneratorConfig::Kind::Burst:
        if (m_generated[g] == 0) at = gen.at;
        break;
    case GeneratorConfig::Kind::Periodic:
        at = gen.begin + SimTime::fromMicros(gen.every.micros() * std::int64_t(m_generated[g]));
        break;
    case GeneratorConfig::Kind::Daily: at = nextDailyArrival(g, from); break;
    }
    // A burst's one letter goes out even at the end of its (empty) window; others stop before it.
    if (!at || (gen.kind == GeneratorConfig::Kind::Burst ? *at > gen.end : *at >= gen.end)) return;
    m_world.sourceScheduled();
    m_world.sim().schedule(*at, m_handler, kGenerate, g);
}

std::optional<SimTime> MailSource::nextDailyArrival(std::size_t g, SimTime from)
{
    // A Poisson process whose rate is constant within each hour of the day: draw the gap at
    // this hour's rate; if it runs past the hour, start again at the hour (the exponential has
    // no memory, so this is exact).
    const GeneratorConfig& gen = m_generators[g];
    const std::int64_t start = m_world.startEpoch().value_or(0);
    while (from < gen.end) {
        const SimTime hourEnd = std::min(nextHourAfter(from, start), gen.end);
        const double rate = gen.perHour[std::size_t(hourOfDay(from, start))];
        if (rate > 0) {
            const SimTime at = from + SimTime::fromMicros(std::int64_t(m_rngs[g].exponential(1e6 / rate)));
            if (at < hourEnd) return at;
        }
        from = hourEnd;
    }
    return std::nullopt;
}

void MailSource::handleEvent(const Event& e)
{
    if (e.kind == kLetter) {
        const ScheduledLetter& l = m_letters[e.arg];
        m_world.sourceFired();
        write(l);
        return;
    }
    m_world.sourceFired();
    const GeneratorConfig& g = m_generators[e.arg];
    if (g.kind == GeneratorConfig::Kind::Burst) {
        // A newsletter: one letter, everybody on the envelope; the header does not list them all.
        ++m_generated[e.arg];
        ScheduledLetter newsletter;
        newsletter.from = g.from.front();
        newsletter.bcc = g.to;
        newsletter.subject = g.subject.empty() ? "Newsletter" : g.subject;
        newsletter.sizeBytes = g.sizeBytes;
        write(newsletter);
        return;
    }
    RandomStream& rng = m_rngs[e.arg];
    ScheduledLetter letter;
    letter.from = g.from[rng.below(g.from.size())];
    letter.to = {g.to[rng.below(g.to.size())]};
    ++m_generated[e.arg];
    letter.subject = g.subject.empty() ? "Message " + std::to_string(m_generated[e.arg]) : g.subject;
    letter.sizeBytes = g.sizeBytes;
    write(letter);
    scheduleNext(e.arg);
}

void MailSource::write(const ScheduledLetter& l)
{
    auto it = m_writers.find(toLower(l.from));
    if (it == m_writers.end()) return;  // the loader makes sure every writer has a device
    ClientStation* writer = it->second;
    MessagePtr m = m_world.createMessage();
    m->mailFrom = toLower(l.mailFrom.empty() ? l.from : l.mailFrom);
    m->headerFrom = l.headerFrom.empty() ? l.from : l.headerFrom;
    m->headerTo = l.to;
    m->headerCc = l.cc;
    m->subject = l.subject;
    m->body = l.body;
    m->encrypted = l.encrypted;
    m->spamScore = l.spamScore;
    m->writerFields = l.headers;
    m->sizeBytes = l.sizeBytes;
    // The envelope lists everyone, Bcc too; the letter's header does not show Bcc. An address
    // named twice gets one copy, as Postfix's cleanup drops duplicate recipients.
    std::unordered_set<std::string> named;
    for (const auto* list : {&l.to, &l.cc, &l.bcc})
        for (const auto& a : *list) {
            std::string rcpt = toLower(a);
            if (named.insert(rcpt).second) m->rcptTo.push_back(std::move(rcpt));
        }
    writer->compose(m);
}

} // namespace postie
