#pragma once
// The journey a real message made, read from its Received header fields (RFC 5321 §4.4: each
// server that takes a message adds one on top, "from X by Y with Z id Q for R; date"), in the
// looser shapes servers really write (RFC 5322 §3.6.7 leaves the clauses free): Postfix,
// Exim, Sendmail, Exchange, Gmail and qmail styles, comments (nested), folded lines, a missing
// ";" before the date, obsolete dates. Hops come out oldest first, each with the time since the
// one before it; a negative time is kept and flagged as clock skew, never hidden.
//
// Which lines to believe: each server can only vouch for the line it wrote itself. The
// receiver's own servers wrote the newest lines, down to the one that took the message from the
// outside world; every line below that was written by a stranger's server and may be forged.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie {

struct ReceivedHop {
    std::optional<std::string> from;    // the name the sender gave (HELO/EHLO when a comment says it)
    std::optional<std::string> fromIp;  // the address the receiving server saw it come from
    std::optional<std::string> by;      // the server that wrote the line
    std::optional<std::string> with;    // the protocol: SMTP, ESMTPS, LMTP, HTTP ...
    std::optional<std::string> id;      // the server's queue id
    std::optional<std::string> forAddress;
    std::optional<std::string> date;    // as written, whitespace collapsed
    std::optional<std::int64_t> utc;    // that moment, seconds since the epoch
    std::optional<std::int64_t> delaySeconds;  // since the hop before; negative: clock skew
    bool trusted = false;               // written by the receiver's own servers
    int line = 0;                       // where the field starts in the message
    std::string text;                   // the field's value on one line

    bool skewed() const { return delaySeconds && *delaySeconds < 0; }
    // The sender as a person reads it: "mail.example.net [192.0.2.10]", the name or the address
    // alone when the line gives one only; empty when it gives neither.
    std::string sender() const;
};

struct ReceivedChain {
    std::vector<ReceivedHop> hops;  // oldest first
    std::string receiverDomain;     // whose servers' lines are trusted (from the newest named "by")
    // The message's own header fields, for the town that replays it (empty when missing).
    std::string from, to, subject, date, messageId;
};

// Reads the header block at the start of `message` (a whole .eml, or just its headers). Hops
// whose Received field says nothing recognisable still count, with every part empty.
ReceivedChain readReceivedChain(std::string_view message);

// One Received field's value, parsed alone (line, trusted and delay left for the chain).
ReceivedHop parseReceived(std::string_view value);

// How long a hop took, signed, as a person says it: "+9 s", "+4 min 2 s", "-3 min 57 s",
// "+2 h 3 min", "+3 d 4 h".
std::string hopTime(std::int64_t seconds);

} // namespace postie
