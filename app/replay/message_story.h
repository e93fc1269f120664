#pragma once
// What the trace has told about one message up to a moment: its envelope, its letter (the
// header lines it carries by then, Received lines growing hop by hop), the SMTP transcript of
// each hop and its journey on the roads. A plain fold: apply() the message's records in trace
// order up to the playback cursor, and the story is the state at that moment, so stepping
// back gives a shorter story.
#include "trace/narrator.h"
#include "trace/trace_record.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace postie::gui {

struct TranscriptLine {
    // Client and Server are words said across the counter; Letter is the letter itself
    // travelling after 354 (the trace shows it as the truck); Note is what no one says (a
    // knock at the door (Connect, its text the port), a door that stays shut); Tls is the
    // moment both ends start speaking in TLS (its text the port: 465 before any word).
    enum class Side { Client, Server, Letter, Connect, Note, Tls };
    Side side = Side::Note;
    std::string text;
    std::int64_t timeUs = 0;

    bool operator==(const TranscriptLine&) const = default;
};

// One SMTP (or LMTP) session that carried the message: one hop, from a client to a server.
struct SmtpHop {
    std::int64_t session = -1;
    std::string client;
    std::string server;
    int port = 0;  // 587 or 465 submission, 25 relay, 24 LMTP
    std::int64_t startUs = 0;
    std::vector<TranscriptLine> lines;
    std::string queueId;             // from "250 2.0.0 Ok: queued as 500001"
    std::vector<std::string> rcptAccepted;
    bool accepted = false;           // the server took the letter (for at least one recipient)
    bool failed = false;             // nobody opened the door
    bool closed = false;             // 221 said, or a greeting that hangs up
    // Where the dialogue stands: 354 said, the letter on its way, its reply not yet heard.
    bool dataStarted = false;
    bool letterSent = false;
    bool awaitingLetterReply = false;
    std::string lastCommand;
    bool tls = false;            // both ends speak in TLS (tls.started in this session)
    bool authenticated = false;  // the server accepted the client's AUTH (235)
    // How the letter travelled this hop's roads, as its truck showed (unset: no claim made).
    std::optional<Seal> seal;

    // The word in a Received line (RFC 3848): ESMTP, ESMTPA with AUTH, ESMTPS in TLS, ESMTPSA
    // with both; LMTP.
    std::string protocol() const;
    bool submission() const { return port == 587 || port == 465; }
};

// A leg of the letter's journey: one road trip of its truck.
struct JourneyLeg {
    std::string from;
    std::string to;
    std::int64_t departUs = 0;
    std::int64_t arriveUs = 0;
};

// Something that happened to the letter at a station, beside the road trips.
struct JourneyMark {
    enum class Kind { Written, Deferred, Stored, Fetched, Returned, Final };
    Kind kind = Kind::Written;
    std::string station;
    std::int64_t timeUs = 0;
    std::string text;    // the recipient, the mailbox or the notice's id
    std::string detail;  // the reason, the outcome or the notice's action and status
    std::int64_t untilUs = -1;  // a deferral: when the next attempt is due
};

struct RecipientOutcome {
    std::string recipient;
    Outcome outcome = Outcome::Delivered;
    std::string status;
    std::int64_t timeUs = 0;
};

// What a receiving server found when it checked who sent the letter (auth.checked).
struct AuthCheck {
    std::string station;
    std::string peer;
    std::int64_t timeUs = 0;
    std::optional<AuthResult> spf;
    std::optional<AuthResult> dkim;
    std::optional<AuthResult> dmarc;
    AuthAction action = AuthAction::Deliver;
    std::vector<std::string> steps;
    std::string authenticationResults;  // the whole header line
    std::vector<std::string> removed;   // forged Authentication-Results lines it tore off
};

struct StoredCopy {
    std::string station;
    std::string mailbox;
    std::int64_t timeUs = 0;
    std::vector<std::string> headers;
};

class MessageStory {
public:
    // `narrator` (the run's, outliving the story) dates the Received lines the story writes itself.
    MessageStory(std::string id, const Narrator& narrator) : m_id(std::move(id)), m_narrator(&narrator) {}

    // The message's records, in trace order, up to the moment shown.
    void apply(const TraceRecord& record);
    // A copy stored anywhere in the run (even after the moment): only the wording of its
    // header lines is taken from it, so a Received line reads the same before and after the
    // copy arrives. Which lines are shown still depends on the moment alone.
    void learnWording(const TraceRecord& stored);

    const std::string& id() const { return m_id; }
    bool written() const { return m_written; }
    std::int64_t writtenUs() const { return m_writtenUs; }
    const std::string& writer() const { return m_writer; }
    // The envelope: what the servers read (RFC 5321).
    const std::string& mailFrom() const { return m_mailFrom; }
    // The letter's From: when the writer's program gave one unlike the envelope's (a forger's).
    const std::string& headerFrom() const { return m_headerFrom; }
    // The lines the writer's program added itself (a letter's `headers:`), as written.
    const std::vector<std::string>& writerLines() const { return m_writerLines; }
    const std::vector<std::string>& rcptTo() const { return m_rcptTo; }
    const std::string& subject() const { return m_subject; }
    std::int64_t sizeBytes() const { return m_size; }
    const std::string& original() const { return m_original; }  // for a "return to sender" notice

    // The letter's header lines at this moment, top first, as a reader would see them.
    std::vector<std::string> headers() const;
    int receivedCount() const { return int(m_stamps.size()); }
    // Envelope recipients that the letter's To: and Cc: do not name (Bcc): known once the
    // letter's own header lines are in the trace.
    std::vector<std::string> envelopeOnly() const;
    // False while the trace has not yet shown the letter's own header lines (no copy stored
    // anywhere in the records so far): the letter part then shows what the envelope says.
    bool headersKnown() const { return !m_wording.empty(); }

    const std::vector<SmtpHop>& hops() const { return m_hops; }
    const std::vector<JourneyLeg>& legs() const { return m_legs; }
    const std::vector<JourneyMark>& marks() const { return m_marks; }
    const std::vector<RecipientOutcome>& outcomes() const { return m_outcomes; }
    const std::vector<StoredCopy>& copies() const { return m_copies; }
    const std::vector<AuthCheck>& checks() const { return m_checks; }


private:
    struct Stamp {  // a Received line added by a server that took the letter
        std::size_t hop = 0;
        std::string recipient;  // "for <...>", when the copy is for one recipient
        std::int64_t timeUs = 0;
    };
    SmtpHop* hop(std::int64_t session);
    void onReply(SmtpHop& hop, const TraceRecord& record);
    std::string receivedLine(const Stamp& stamp) const;
    std::string wordingOf(const std::string& prefix, const std::vector<std::string>& needles) const;
    bool submitted() const;

    std::string m_id;
    const Narrator* m_narrator;
    bool m_written = false;
    std::int64_t m_writtenUs = 0;
    std::string m_writer;
    std::string m_mailFrom;
    std::string m_headerFrom;
    std::vector<std::string> m_writerLines;
    std::vector<std::string> m_rcptTo;
    std::string m_subject;
    std::int64_t m_size = 0;
    std::string m_original;

    std::vector<SmtpHop> m_hops;
    std::vector<Stamp> m_stamps;
    std::vector<JourneyLeg> m_legs;
    std::vector<JourneyMark> m_marks;
    std::vector<RecipientOutcome> m_outcomes;
    std::vector<StoredCopy> m_copies;
    std::vector<AuthCheck> m_checks;
    std::vector<std::vector<std::string>> m_wording;  // header lines of stored copies, anywhere in the run
};

} // namespace postie::gui
