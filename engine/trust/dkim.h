#pragma once
// DKIM (RFC 6376): a domain signs a letter's body and chosen header fields; a receiver checks
// the signature against the key the domain publishes in DNS. Outcomes follow the RFC; the
// cryptography is modelled (see dkim.cpp), so a key is one text that signer and DNS share.
#include "mail/dns_zone.h"
#include "mail/header_field.h"  // HeaderField: the value may hold folds, "\r\n" and a space or tab
#include "trust/record_tags.h"   // RecordTag, RecordSyntaxError, parseTagList()

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace postie {

// The verification results of RFC 8601 §2.7.1.
enum class DkimResult { None, Pass, Fail, Policy, Neutral, TempError, PermError };
const char* dkimResultName(DkimResult r);  // "none", "pass", "fail", "policy", "neutral", "temperror", "permerror"

struct DkimSigner {
    std::string domain;    // d=
    std::string selector;  // s=
    std::string key;       // the modelled key pair: verifies against a DNS p= of the same text
    bool relaxed = true;   // c=relaxed/relaxed, else c=simple/simple
};

// The value of the DKIM-Signature header (without "DKIM-Signature: "), e.g.
// "v=1; a=rsa-sha256; c=relaxed/relaxed; d=a.test; s=s1; h=from:to:subject:date:message-id; bh=...; b=...".
// Signs those of From, Reply-To, To, Cc, Subject, Date, Message-ID, In-Reply-To, References,
// MIME-Version and Content-Type that are present (RFC 6376 §5.4.1), and the body. Empty when
// there is no From: h= must include it (§5.4), so such a letter cannot be signed.
std::string dkimSign(const DkimSigner& signer, const std::vector<HeaderField>& headers, const std::string& body);

struct DkimCheck {
    DkimResult result = DkimResult::None;
    std::string domain;    // d=
    std::string selector;  // s=
    std::string reason;    // plain English, e.g. "body hash did not verify (the body changed on the way)"
};

// Verifies every DKIM-Signature field among headers, top first; with none, one check with
// result None. The key is the TXT at <s>._domainkey.<d>: "v=DKIM1; k=rsa; p=<key>".
std::vector<DkimCheck> dkimVerify(const DnsZone& dns, const std::vector<HeaderField>& headers, const std::string& body);

// For the scenario loader: a syntax error in a DKIM key record (TXT at *._domainkey.*), or nullopt.
std::optional<RecordSyntaxError> dkimKeySyntaxError(std::string_view record);

// The canonical forms that are hashed (RFC 6376 §3.4), for showing a learner what a signature
// covers: a header field with its CRLF, and the body.
std::string dkimCanonicalHeader(const HeaderField& field, bool relaxed);
std::string dkimCanonicalBody(std::string_view body, bool relaxed);

} // namespace postie
