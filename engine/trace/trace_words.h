#pragma once
// The trace's closed vocabularies: values a record carries as types, so consumers branch on
// them, and the one spelling of each in the JSON trace (docs/trace.md). The engine's stations
// use the same types when they fill a record.
#include <cstdint>
#include <optional>

namespace postie {

// How one recipient's copy of a letter ends (message.final).
enum class Outcome : std::uint8_t { Delivered, Bounced, Discarded, Expired };
// The DNS question's type and the answer's response code (dns.query, dns.answer).
enum class DnsType : std::uint8_t { MX, A, TXT };
enum class DnsRcode : std::uint8_t { NoError, NxDomain, ServFail };
// How a device reads its PO box: POP3 downloads, IMAP reads a copy (mailbox.*).
enum class MailAccess : std::uint8_t { Pop3, Imap };
// What a notice about a letter says (bounce.created): given up, or still trying (RFC 3464 Action).
enum class NoticeAction : std::uint8_t { Failed, Delayed };
// The result of one authentication method (auth.checked), in RFC 8601's words.
enum class AuthResult : std::uint8_t { None, Pass, Fail, SoftFail, Neutral, Policy, TempError, PermError };
// What the receiving server does with the letter once it has checked it (auth.checked).
enum class AuthAction : std::uint8_t { Deliver, Junk, Reject, Defer };
// How a letter travels a road, by what anyone on the way can read of it (road.depart,
// letter.read): in clear (a postcard), in TLS (a sealed envelope), encrypted end to end (a
// locked box, whose envelope and header lines stay readable when it travels in clear).
enum class Seal : std::uint8_t { Postcard, Envelope, LockedBox };

const char* outcomeName(Outcome outcome);           // "delivered"
const char* dnsTypeName(DnsType type);              // "MX"
const char* dnsRcodeName(DnsRcode rcode);           // "NXDOMAIN"
const char* mailAccessName(MailAccess access);      // "POP3"
const char* noticeActionName(NoticeAction action);  // "delayed"
const char* authResultName(AuthResult result);      // "softfail"
const char* authActionName(AuthAction action);      // "junk"
const char* sealName(Seal seal);                    // "postcard", "envelope", "box"

// The same spellings as one overload set, for code that handles every vocabulary alike.
inline const char* traceWord(Outcome v) { return outcomeName(v); }
inline const char* traceWord(DnsType v) { return dnsTypeName(v); }
inline const char* traceWord(DnsRcode v) { return dnsRcodeName(v); }
inline const char* traceWord(MailAccess v) { return mailAccessName(v); }
inline const char* traceWord(NoticeAction v) { return noticeActionName(v); }
inline const char* traceWord(AuthResult v) { return authResultName(v); }
inline const char* traceWord(AuthAction v) { return authActionName(v); }
inline const char* traceWord(Seal v) { return sealName(v); }
// A record's word, or "" when the record has none.
template <class T>
const char* traceWord(const std::optional<T>& v)
{
    return v ? traceWord(*v) : "";
}

} // namespace postie
