#pragma once
// The Authentication-Results header (RFC 8601) the receiving MX writes at the top of a letter
// with what its SPF, DKIM and DMARC checks found, and the test for a forged one.
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace postie {

// Result words are RFC 8601's ("pass", "fail", ...); an empty one leaves that method out.
struct AuthResultsInput {
    std::string authservId;   // the MX's name: "mx.b.test"
    std::string spfResult;
    std::string spfMailFrom;  // the MAIL FROM domain, or the HELO name when spfIsHelo
    bool spfIsHelo = false;
    std::vector<std::tuple<std::string, std::string, std::string>> dkim;  // result, d=, s=
    std::string dmarcResult;
    std::string headerFrom;   // the From: domain
};

// The header's value (without "Authentication-Results: "), e.g. "mx.b.test; spf=pass
// smtp.mailfrom=a.test; dkim=pass header.d=a.test header.s=s1; dmarc=pass header.from=a.test".
// SPF of the HELO name: "smtp.helo=host". With no results at all: "mx.b.test; none" (§2.2).
std::string authenticationResultsValue(const AuthResultsInput& in);

// True when the header value's authserv-id is ours (case-insensitive; comments, folding and a
// version may follow it). The MX must remove such incoming headers: anyone can forge them (§5).
bool carriesAuthservId(std::string_view headerValue, std::string_view authservId);

} // namespace postie
