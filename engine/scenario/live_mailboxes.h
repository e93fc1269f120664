#pragma once
// The PO boxes as an IMAP server shows them at a moment that moves, as a playback or a clock
// runs: the run goes forward with the moment and is made again from the start when the moment
// goes back (a run is the same every time for its seed). While the run goes on, a client's UIDs
// keep naming the same letters, those that left a folder (a device fetched them by POP3) too;
// when the moment goes back, the boxes take a new UIDVALIDITY (RFC 3501 §2.3.1.1).
#include "imap/imap_mailboxes.h"
#include "scenario/scenario_spec.h"
#include "sim/sim_time.h"

#include <memory>

namespace postie {

class ScenarioRun;

class LiveMailboxes {
public:
    // The boxes at the run's start, numbered under `uidValidity` (a server gives each run its
    // own, so a mail program's cache never mixes two runs' letters up).
    explicit LiveMailboxes(const ScenarioSpec& spec, std::uint32_t uidValidity = 1);
    ~LiveMailboxes();

    // Brings the boxes to `at`; true when a PO box filed, let go or had a letter seen on the way
    // there, or the moment went back: then sessions have news to hear (ImapSession::refresh).
    bool moveTo(SimTime at);
    // Stays the same object while the moment moves: sessions hold a reference to it.
    const ImapMailboxes& boxes() const { return m_boxes; }
    SimTime at() const { return m_at; }

private:
    ScenarioSpec m_spec;
    std::unique_ptr<ScenarioRun> m_run;
    ImapMailboxes m_boxes;
    SimTime m_at;
    std::uint64_t m_changes = 0;  // mailboxChanges when m_boxes was made
};

} // namespace postie
