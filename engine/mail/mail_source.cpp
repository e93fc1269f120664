#include "mail/mail_source.h"

#include "mail/address.h"
#include "mail/client_station.h"
#include "mail/world.h"

#include <algorithm>

namespace postie {

MailSource::MailSource(World& world, std::vector<LetterSpec> letters, std::vector<GeneratorSpec> generators)
    : m_world(world), m_handler(world.sim().addHandler(this)), m_letters(std::move(letters)),
      m_generators(std::move(generators)), m_generated(m_generators.size(), 0)
{
    for (std::size_t i = 0; i < m_generators.size(); ++i)
        m_rngs.push_back(RandomStream::forName(world.seed(), "generator#" + std::to_string(i)));
    for (const auto& s : world.stations())
        if (s->kind() == StationKind::Client)
            m_writers.emplace(toLower(s->spec().user), static_cast<ClientStation*>(s.get()));
}

void MailSource::start()
{
    for (std::size_t i = 0; i < m_letters.size(); ++i) m_world.sim().schedule(m_letters[i].at, m_handler, kLetter, i);
    for (std::size_t i = 0; i < m_letters.size(); ++i) m_world.sourceScheduled();
    for (std::size_t g = 0; g < m_generators.size(); ++g) scheduleNext(g);
}

void MailSource::scheduleNext(std::size_t g)
{
    const GeneratorSpec& gen = m_generators[g];
    if (gen.ratePerSecond <= 0) return;
    const SimTime from = m_world.now() < gen.begin ? gen.begin : m_world.now();
    const double gapUs = m_rngs[g].exponential(1e6 / gen.ratePerSecond);
    const SimTime at = from + SimTime::fromMicros(std::int64_t(gapUs));
    if (at >= gen.end) return;
    m_world.sourceScheduled();
    m_world.sim().schedule(at, m_handler, kGenerate, g);
}

void MailSource::handleEvent(const Event& e)
{
    if (e.kind == kLetter) {
        const LetterSpec& l = m_letters[e.arg];
        m_world.sourceFired();
        write(l.from, l.to, l.cc, l.bcc, l.subject, l.sizeBytes);
        return;
    }
    m_world.sourceFired();
    const GeneratorSpec& g = m_generators[e.arg];
    RandomStream& rng = m_rngs[e.arg];
    const std::string& from = g.from[rng.below(g.from.size())];
    const std::string& to = g.to[rng.below(g.to.size())];
    ++m_generated[e.arg];
    const std::string subject = g.subject.empty() ? "Message " + std::to_string(m_generated[e.arg]) : g.subject;
    write(from, {to}, {}, {}, subject, g.sizeBytes);
    scheduleNext(e.arg);
}

void MailSource::write(const std::string& from, const std::vector<std::string>& to, const std::vector<std::string>& cc,
                       const std::vector<std::string>& bcc, const std::string& subject, std::uint64_t size)
{
    auto it = m_writers.find(toLower(from));
    if (it == m_writers.end()) return;  // the loader makes sure every writer has a device
    ClientStation* writer = it->second;
    MessagePtr m = m_world.createMessage();
    m->mailFrom = toLower(from);
    m->headerFrom = from;
    m->headerTo = to;
    m->headerCc = cc;
    m->subject = subject;
    m->sizeBytes = size;
    // The envelope lists everyone, Bcc too; the letter's header does not show Bcc. An address
    // named twice gets one copy, as Postfix's cleanup drops duplicate recipients.
    for (const auto* list : {&to, &cc, &bcc})
        for (const auto& a : *list) {
            std::string rcpt = toLower(a);
            if (std::find(m->rcptTo.begin(), m->rcptTo.end(), rcpt) == m->rcptTo.end()) m->rcptTo.push_back(std::move(rcpt));
        }
    writer->compose(m);
}

} // namespace postie
