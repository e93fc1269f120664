#include "trace/trace_words.h"

namespace postie {

const char* outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Delivered: return "delivered";
    case Outcome::Bounced: return "bounced";
    case Outcome::Discarded: return "discarded";
    case Outcome::Expired: return "expired";
    }
    return "?";
}

const char* dnsTypeName(DnsType type)
{
    switch (type) {
    case DnsType::MX: return "MX";
    case DnsType::A: return "A";
    case DnsType::TXT: return "TXT";
    }
    return "A";
}

const char* dnsRcodeName(DnsRcode rcode)
{
    switch (rcode) {
    case DnsRcode::NoError: return "NOERROR";
    case DnsRcode::NxDomain: return "NXDOMAIN";
    case DnsRcode::ServFail: return "SERVFAIL";
    }
    return "?";
}

const char* mailAccessName(MailAccess access) { return access == MailAccess::Pop3 ? "POP3" : "IMAP"; }

const char* noticeActionName(NoticeAction action) { return action == NoticeAction::Delayed ? "delayed" : "failed"; }

const char* authResultName(AuthResult result)
{
    switch (result) {
    case AuthResult::None: return "none";
    case AuthResult::Pass: return "pass";
    case AuthResult::Fail: return "fail";
    case AuthResult::SoftFail: return "softfail";
    case AuthResult::Neutral: return "neutral";
    case AuthResult::Policy: return "policy";
    case AuthResult::TempError: return "temperror";
    case AuthResult::PermError: return "permerror";
    }
    return "?";
}

const char* authActionName(AuthAction action)
{
    switch (action) {
    case AuthAction::Deliver: return "deliver";
    case AuthAction::Junk: return "junk";
    case AuthAction::Reject: return "reject";
    case AuthAction::Defer: return "defer";
    }
    return "?";
}

const char* sealName(Seal seal)
{
    switch (seal) {
    case Seal::Postcard: return "postcard";
    case Seal::Envelope: return "envelope";
    case Seal::LockedBox: return "box";
    }
    return "?";
}

} // namespace postie
