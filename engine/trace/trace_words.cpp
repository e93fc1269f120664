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

const char* dnsTypeName(DnsType type) { return type == DnsType::MX ? "MX" : "A"; }

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

} // namespace postie
