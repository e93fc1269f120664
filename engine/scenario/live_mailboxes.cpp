#include "scenario/live_mailboxes.h"

#include "mail/mailbox_snapshot.h"
#include "scenario/scenario_run.h"

namespace postie {

LiveMailboxes::LiveMailboxes(const ScenarioSpec& spec, std::uint32_t uidValidity)
    : m_spec(spec), m_run(std::make_unique<ScenarioRun>(spec))
{
    m_run->world().keepEveryLetter();  // a mail program sees every letter, as in a real mailbox
    m_run->start();
    m_boxes = ImapMailboxes::of(m_run->world(), uidValidity);
    m_changes = mailboxChanges(m_run->world());
}

LiveMailboxes::~LiveMailboxes() = default;

bool LiveMailboxes::moveTo(SimTime at)
{
    std::uint32_t validity = m_boxes.uidValidity();
    if (at < m_at) {
        // The old run's letters go with it: keep its boxes only until the new ones are made.
        auto fresh = std::make_unique<ScenarioRun>(m_spec);
        fresh->world().keepEveryLetter();
        fresh->runThrough(at);
        m_boxes = ImapMailboxes::of(fresh->world(), validity + 1);
        m_changes = mailboxChanges(fresh->world());
        m_run = std::move(fresh);
        m_at = at;
        return true;
    }
    m_run->runThrough(at);
    m_at = at;
    // Most ticks of a clock file nothing: the boxes are looked at only when a store changed.
    const std::uint64_t changes = mailboxChanges(m_run->world());
    if (changes == m_changes) return false;
    m_changes = changes;
    ImapMailboxes now = ImapMailboxes::of(m_run->world(), validity);
    if (!now.continues(m_boxes)) now.setUidValidity(validity + 1);
    m_boxes = std::move(now);
    return true;
}

} // namespace postie
