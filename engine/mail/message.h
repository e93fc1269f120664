#pragma once
// An email as a plain value: the envelope servers route by, the letter the reader sees, and
// the trace stamps added hop by hop. Each server keeps its own copy, as real queues do.
#include "mail/header_field.h"
#include "sim/sim_time.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace postie {

// One Received line, kept as small parts (stations by index) and written out only when
// someone reads it, so a long run copies no text from hop to hop.
struct ReceivedStamp {
    std::uint32_t fromStation = 0;  // the sending host: its EHLO name and address
    std::uint32_t byStation = 0;    // the receiving host
    const char* protocol = "ESMTP"; // RFC 3848: ESMTP, ESMTPA, ESMTPS, ESMTPSA, LMTP
    std::string queueId;
    std::string forRecipient;       // only when the transaction had exactly one recipient
    SimTime at;
    // Fields this hop wrote above its Received line, top first: the outgoing server's
    // DKIM-Signature, the incoming server's Authentication-Results.
    std::vector<HeaderField> above;
};

struct Message {
    std::uint64_t number = 0;      // m<number>
    // envelope (RFC 5321): what servers route by
    std::string mailFrom;          // empty: the null sender <>, used by bounces
    std::vector<std::string> rcptTo;
    // letter (RFC 5322): what the reader sees; Bcc recipients are on the envelope only
    std::string headerFrom;
    std::vector<std::string> headerTo;
    std::vector<std::string> headerCc;
    std::string subject;
    std::string body;              // the text (DKIM signs it; a mailing list may add a footer)
    // Lines the writer's program wrote itself (a letter's `headers:`), below the Received
    // lines and above From:. Anyone can write anything here, a forged check result too.
    std::vector<HeaderField> writerFields;
    std::string messageId;         // set at submission
    SimTime dateAt;                // Date: set at submission
    bool hasDate = false;
    std::vector<ReceivedStamp> received;  // newest first
    bool junk = false;             // the receiving server found it suspicious: filed in Junk
    bool encrypted = false;        // end to end (S/MIME, OpenPGP): only the recipient reads the text
    double spamScore = 0;          // what a spam filter's content rules give its text
    std::string returnPath;        // set once, at final delivery
    bool hasReturnPath = false;
    std::uint64_t sizeBytes = 0;
    SimTime created;
    // bounce notices (RFC 3464)
    bool isBounce = false;
    std::uint64_t originalNumber = 0;
    std::vector<std::string> reportFields;  // the message/delivery-status part

    std::string id() const { return "m" + std::to_string(number); }
    // The Message-ID and Date a server writes where the letter has none (RFC 6409 §8, and on
    // the notices and reports it writes itself): "m3.<now in µs>@<host>", and now.
    void completeIdAndDate(const std::string& host, SimTime now);
    // A server's own copy for the recipients of one transaction: its envelope lists only
    // those (a newsletter to 100,000 is not copied whole at every hop).
    std::shared_ptr<Message> copyFor(std::vector<std::string> recipients);
};

using MessagePtr = std::shared_ptr<Message>;

} // namespace postie
