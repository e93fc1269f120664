#include "imap/imap_session.h"

#include "mail/headers.h"
#include "mail/world.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <ctime>
#include <utility>
#include <vector>

namespace postie::imap {
namespace {

constexpr const char* kCapabilities = "IMAP4rev1 LITERAL+ IDLE";

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return char(std::toupper(static_cast<unsigned char>(c))); });
    return s;
}

std::string tagged(const std::string& tag, const std::string& status, const std::string& text)
{
    return (tag.empty() ? std::string("*") : tag) + " " + status + " " + text + "\r\n";
}

// "*" and "%" as LIST reads them (RFC 3501 §6.3.8), without case for INBOX's sake.
// Matched row by row over the pattern, so a client's "********" costs pattern x name
// steps rather than the exponential backtracking a recursive matcher falls into.
bool wildcardMatch(std::string_view pattern, std::string_view name)
{
    // matches[j]: the pattern read so far matches the first j characters of name.
    std::vector<char> matches(name.size() + 1, 0);
    matches[0] = 1;
    for (const char p : pattern) {
        std::vector<char> next(name.size() + 1, 0);
        for (std::size_t j = 0; j <= name.size(); ++j) {
            if (p == '*') {
                next[j] = matches[j] || (j > 0 && next[j - 1]);
            } else if (p == '%') {
                next[j] = matches[j] || (j > 0 && next[j - 1] && name[j - 1] != '/');
            } else {
                next[j] = j > 0 && matches[j - 1] &&
                          std::toupper(static_cast<unsigned char>(p)) == std::toupper(static_cast<unsigned char>(name[j - 1]));
            }
        }
        matches = std::move(next);
    }
    return matches[name.size()];
}

// "Ana <ana@a.test>, bob@b.test" as IMAP addresses: ((name NIL mailbox host) ...), or NIL.
std::string addressList(const std::string& value)
{
    std::vector<std::string> parts;
    std::string current;
    bool quoted = false;
    int angle = 0;
    for (const char c : value) {
        if (c == '"') quoted = !quoted;
        if (!quoted && c == '<') ++angle;
        if (!quoted && c == '>' && angle > 0) --angle;
        if (c == ',' && !quoted && angle == 0) {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    std::string out;
    for (std::string part : parts) {
        const auto trim = [](std::string s) {
            const auto b = s.find_first_not_of(" \t");
            const auto e = s.find_last_not_of(" \t");
            return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
        };
        part = trim(part);
        if (part.empty()) continue;
        std::string name, address = part;
        const auto open = part.rfind('<');
        const auto close = part.rfind('>');
        if (open != std::string::npos && close != std::string::npos && close > open) {
            address = part.substr(open + 1, close - open - 1);
            name = trim(part.substr(0, open));
            if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
        }
        const auto at = address.rfind('@');
        const std::string mailbox = at == std::string::npos ? address : address.substr(0, at);
        const std::string host = at == std::string::npos ? std::string() : address.substr(at + 1);
        out += "(" + (name.empty() ? std::string("NIL") : imapString(name)) + " NIL " + imapString(mailbox) + " " +
               (host.empty() ? std::string("NIL") : imapString(host)) + ")";
    }
    return out.empty() ? "NIL" : "(" + out + ")";
}

std::string internalDate(std::int64_t epochSeconds)
{
    const std::time_t t = std::time_t(epochSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char when[40];
    std::strftime(when, sizeof when, "%d-%b-%Y %H:%M:%S +0000", &tm);
    return std::string("\"") + when + "\"";
}

std::string argText(const Value& v) { return v.kind == Value::Kind::List ? std::string() : v.text; }

// The fetch items asked for, upper case, with the macros spelt out (RFC 3501 §6.4.5).
std::vector<std::string> fetchItems(const Value& v)
{
    std::vector<std::string> items;
    if (v.kind == Value::Kind::List) {
        for (const Value& item : v.items)
            if (item.kind == Value::Kind::Atom) items.push_back(item.text);
    } else {
        items.push_back(v.text);
    }
    std::vector<std::string> out;
    for (std::string item : items) {
        const std::string up = upper(item);
        if (up == "ALL") out.insert(out.end(), {"FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"});
        else if (up == "FAST") out.insert(out.end(), {"FLAGS", "INTERNALDATE", "RFC822.SIZE"});
        else if (up == "FULL") out.insert(out.end(), {"FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"});
        else {
            // The section's own words stay as asked (header names); the item's name goes upper case.
            const auto bracket = item.find('[');
            out.push_back(bracket == std::string::npos ? up : upper(item.substr(0, bracket)) + item.substr(bracket));
        }
    }
    return out;
}

// The header lines of `header` (CRLF, ending in the blank line) whose names are in `names`, or not in them.
std::string pickedHeaderLines(const std::string& header, const std::vector<std::string>& names, bool keep)
{
    std::string out;
    bool wanted = false;  // the field the line belongs to: a folded line goes with the one above
    for (std::size_t at = 0; at < header.size();) {
        std::size_t end = header.find("\r\n", at);
        end = end == std::string::npos ? header.size() : end + 2;
        const std::string line = header.substr(at, end - at);
        at = end;
        if (line == "\r\n") break;
        if (line[0] != ' ' && line[0] != '\t') {
            const std::string name = upper(line.substr(0, line.find(':')));
            wanted = (std::find(names.begin(), names.end(), name) != names.end()) == keep;
        }
        if (wanted) out += line;
    }
    return out + "\r\n";
}

} // namespace

std::string imapString(const std::string& text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x7f && c != '"' && c != '\\';
    });
    if (plain) return "\"" + text + "\"";
    return "{" + std::to_string(text.size()) + "}\r\n" + text;
}

std::string imapEnvelope(const std::vector<std::pair<std::string, std::string>>& fields)
{
    const auto field = [&](const char* name) -> const std::string* {
        for (const auto& [n, v] : fields)
            if (upper(n) == upper(name)) return &v;
        return nullptr;
    };
    const auto text = [&](const char* name) { return field(name) ? imapString(*field(name)) : std::string("NIL"); };
    const auto addresses = [&](const char* name, const char* otherwise) {
        const std::string* v = field(name);
        if (!v && otherwise) v = field(otherwise);
        return v ? addressList(*v) : std::string("NIL");
    };
    return "(" + text("Date") + " " + text("Subject") + " " + addresses("From", nullptr) + " " +
           addresses("Sender", "From") + " " + addresses("Reply-To", "From") + " " + addresses("To", nullptr) + " " +
           addresses("Cc", nullptr) + " " + addresses("Bcc", nullptr) + " " + text("In-Reply-To") + " " +
           text("Message-ID") + ")";
}

SequenceRanges sequenceSet(const std::string& set, std::uint32_t highest, bool& ok)
{
    ok = false;
    SequenceRanges out;
    const auto number = [&](std::string_view s, std::uint32_t& n) {
        if (s == "*") {
            n = highest;
            return true;
        }
        const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        return ec == std::errc() && p == s.data() + s.size() && n > 0;
    };
    std::string_view rest = set;
    if (rest.empty()) return {};
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view part = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        const std::size_t colon = part.find(':');
        std::uint32_t a = 0, b = 0;
        if (!number(part.substr(0, colon), a)) return {};
        b = a;
        if (colon != std::string_view::npos && !number(part.substr(colon + 1), b)) return {};
        if (a > b) std::swap(a, b);
        a = std::max(a, 1u);
        b = std::min(b, highest);
        if (a <= b) out.emplace_back(a, b);
    }
    std::sort(out.begin(), out.end());
    SequenceRanges merged;
    for (const auto& r : out) {
        if (!merged.empty() && r.first <= merged.back().second + 1ull) merged.back().second = std::max(merged.back().second, r.second);
        else merged.push_back(r);
    }
    ok = true;
    return merged;
}

bool inRanges(const SequenceRanges& ranges, std::size_t& at, std::uint32_t n)
{
    while (at < ranges.size() && ranges[at].second < n) ++at;
    return at < ranges.size() && ranges[at].first <= n;
}

std::string ImapSession::greeting() const { return std::string("* OK [CAPABILITY ") + kCapabilities + "] Postie's PO boxes, read-only\r\n"; }

const ImapFolder* ImapSession::folder() const
{
    if (m_state != State::Selected) return nullptr;
    const auto* folders = m_boxes.folders(m_user);
    if (!folders) return nullptr;
    for (const ImapFolder& f : *folders)
        if (f.name == m_folderName) return &f;
    return nullptr;
}

std::string ImapSession::catchUp(bool mayExpunge)
{
    const ImapFolder* f = folder();
    if (m_state != State::Selected) return {};
    if (!f || m_boxes.uidValidity() != m_validity) {
        // The UIDs the client knows were given up: it must start again (RFC 3501 §2.3.1.1).
        m_state = State::LoggedOut;
        m_idleTag.clear();
        return "* BYE the town went back in time; connect again\r\n";
    }
    // Both lists by UID: walk them side by side.
    const auto& now = f->letters;
    std::vector<std::size_t> gone;  // sequence numbers, ascending
    auto n = now.begin();
    for (std::size_t i = 0; i < m_view.size(); ++i) {
        while (n != now.end() && n->uid < m_view[i].uid) ++n;
        if (n == now.end() || n->uid != m_view[i].uid) gone.push_back(i + 1);
    }
    if (!gone.empty() && !mayExpunge) return {};
    std::string out;
    // Highest first, so each number is still the one the client knows when it hears it.
    for (auto g = gone.rbegin(); g != gone.rend(); ++g) out += fmt::format("* {} EXPUNGE\r\n", *g);
    if (!gone.empty()) {  // one pass: a POP3 device may have emptied a folder of thousands
        std::size_t kept = 0, next = 0;
        for (std::size_t i = 0; i < m_view.size(); ++i) {
            if (next < gone.size() && gone[next] == i + 1) {
                ++next;
                continue;
            }
            if (kept != i) m_view[kept] = std::move(m_view[i]);
            ++kept;
        }
        m_view.resize(kept);
    }
    n = now.begin();
    for (std::size_t i = 0; i < m_view.size(); ++i) {
        while (n->uid < m_view[i].uid) ++n;  // every letter of the view is in `now`
        if (n->seen != m_view[i].seen) out += fmt::format("* {} FETCH (FLAGS ({}))\r\n", i + 1, n->seen ? "\\Seen" : "");
        m_view[i] = *n;
    }
    const std::uint32_t known = m_view.empty() ? 0 : m_view.back().uid;
    const auto fresh = std::upper_bound(now.begin(), now.end(), known,
                                        [](std::uint32_t uid, const ImapLetter& l) { return uid < l.uid; });
    if (fresh != now.end()) {
        m_view.insert(m_view.end(), fresh, now.end());
        out += fmt::format("* {} EXISTS\r\n", m_view.size());
    }
    return out;
}

std::string ImapSession::refresh()
{
    if (m_state != State::Selected) return {};
    if (!idling() && m_boxes.uidValidity() == m_validity) return {};  // told with the next answer
    return catchUp(true);
}

std::string ImapSession::answer(const Reading& r)
{
    if (idling()) {
        // The reader takes the line DONE for a tag without a command: here it ends IDLE.
        const std::string tag = std::exchange(m_idleTag, {});
        if (r.kind == Reading::Kind::Bad && upper(r.tag) == "DONE") return tagged(tag, "OK", "IDLE terminated");
        return tagged(tag, "BAD", "IDLE ends with DONE") + answer(r);
    }
    switch (r.kind) {
    case Reading::Kind::GoAhead: return "+ go ahead\r\n";
    case Reading::Kind::Bad: return tagged(r.tag, "BAD", r.error);
    case Reading::Kind::Command: {
        // What changed since the last answer comes first, as untagged news (RFC 3501 §7).
        const std::string& n = r.command.name;
        std::string news = catchUp(n != "FETCH" && n != "STORE" && n != "SEARCH");
        if (loggedOut()) return news;
        return news + run(r.command);
    }
    }
    return {};
}

std::string ImapSession::run(const Command& c)
{
    const std::string& n = c.name;
    if (n == "CAPABILITY") return std::string("* CAPABILITY ") + kCapabilities + "\r\n" + tagged(c.tag, "OK", "CAPABILITY completed");
    if (n == "NOOP") return tagged(c.tag, "OK", "NOOP completed");
    if (n == "LOGOUT") {
        m_state = State::LoggedOut;
        return "* BYE logging out\r\n" + tagged(c.tag, "OK", "LOGOUT completed");
    }
    if (n == "LOGIN") return login(c);
    if (n == "AUTHENTICATE" || n == "STARTTLS") return tagged(c.tag, "NO", "use LOGIN with the address and the password postie");
    const bool known = n == "LIST" || n == "LSUB" || n == "SELECT" || n == "EXAMINE" || n == "FETCH" || n == "UID" ||
                       n == "SEARCH" || n == "CLOSE" || n == "UNSELECT" || n == "STATUS" || n == "CHECK" || n == "IDLE";
    const bool writes = n == "STORE" || n == "COPY" || n == "MOVE" || n == "APPEND" || n == "EXPUNGE" || n == "CREATE" ||
                        n == "DELETE" || n == "RENAME" || n == "SUBSCRIBE" || n == "UNSUBSCRIBE";
    if (!known && !writes) return tagged(c.tag, "BAD", "unknown command " + n);
    if (m_state == State::NotAuthenticated) return tagged(c.tag, "BAD", n + " comes after LOGIN");
    if (writes) return tagged(c.tag, "NO", "[READ-ONLY] the PO boxes are shown, not changed");
    if (n == "LIST" || n == "LSUB") return list(c);
    if (n == "SELECT" || n == "EXAMINE") return select(c);
    if (n == "STATUS") return tagged(c.tag, "NO", "STATUS is not offered; SELECT the folder");
    if (m_state != State::Selected) return tagged(c.tag, "BAD", n + " needs a folder: SELECT INBOX first");
    if (n == "CLOSE" || n == "UNSELECT") {
        m_state = State::Authenticated;
        m_folderName.clear();
        m_view.clear();
        return tagged(c.tag, "OK", n + " completed");
    }
    if (n == "CHECK") return tagged(c.tag, "OK", "CHECK completed");
    if (n == "IDLE") {
        m_idleTag = c.tag;
        return "+ idling\r\n";
    }
    if (n == "FETCH") return fetch(c, false);
    if (n == "SEARCH") return search(c, false);
    // UID FETCH / UID SEARCH
    if (c.args.empty()) return tagged(c.tag, "BAD", "UID needs FETCH or SEARCH");
    Command inner = c;
    inner.name = upper(argText(c.args[0]));
    inner.args.erase(inner.args.begin());
    if (inner.name == "FETCH") return fetch(inner, true);
    if (inner.name == "SEARCH") return search(inner, true);
    if (inner.name == "STORE" || inner.name == "COPY" || inner.name == "MOVE" || inner.name == "EXPUNGE")
        return tagged(c.tag, "NO", "[READ-ONLY] the PO boxes are shown, not changed");
    return tagged(c.tag, "BAD", "UID " + inner.name + " is not a UID command");
}

std::string ImapSession::login(const Command& c)
{
    if (m_state != State::NotAuthenticated) return tagged(c.tag, "BAD", "already logged in");
    if (c.args.size() != 2 || c.args[0].kind == Value::Kind::List || c.args[1].kind == Value::Kind::List)
        return tagged(c.tag, "BAD", "LOGIN takes the address and the password");
    if (!m_boxes.folders(c.args[0].text) || c.args[1].text != kPassword)
        return tagged(c.tag, "NO", "[AUTHENTICATIONFAILED] log in with a PO box's address and the password postie");
    m_state = State::Authenticated;
    m_user = c.args[0].text;
    return tagged(c.tag, "OK", std::string("[CAPABILITY ") + kCapabilities + "] logged in");
}

std::string ImapSession::list(const Command& c)
{
    if (c.args.size() != 2) return tagged(c.tag, "BAD", c.name + " takes a reference and a name");
    const std::string pattern = argText(c.args[1]);
    if (pattern.empty()) return "* " + c.name + " (\\Noselect) \"/\" \"\"\r\n" + tagged(c.tag, "OK", c.name + " completed");
    std::string out;
    for (const ImapFolder& f : *m_boxes.folders(m_user))
        if (wildcardMatch(argText(c.args[0]) + pattern, f.name))
            out += "* " + c.name + " (" + std::string(f.name == "Junk" ? "\\Junk" : "") + ") \"/\" " + f.name + "\r\n";
    return out + tagged(c.tag, "OK", c.name + " completed");
}

std::string ImapSession::select(const Command& c)
{
    if (c.args.size() != 1) return tagged(c.tag, "BAD", c.name + " takes a folder's name");
    const std::string name = argText(c.args[0]);
    m_state = State::Authenticated;
    m_folderName.clear();
    for (const ImapFolder& f : *m_boxes.folders(m_user))
        if (upper(f.name) == upper(name)) m_folderName = f.name;
    if (m_folderName.empty()) return tagged(c.tag, "NO", "no folder " + name + "; there are INBOX and Junk");
    m_state = State::Selected;
    m_validity = m_boxes.uidValidity();
    const ImapFolder& f = *folder();
    m_view = f.letters;
    std::string out = "* FLAGS (\\Seen)\r\n";
    out += fmt::format("* {} EXISTS\r\n* 0 RECENT\r\n", f.letters.size());
    for (std::size_t i = 0; i < f.letters.size(); ++i)
        if (!f.letters[i].seen) {
            out += fmt::format("* OK [UNSEEN {}] first unseen\r\n", i + 1);
            break;
        }
    out += fmt::format("* OK [UIDVALIDITY {}] UIDs valid\r\n* OK [UIDNEXT {}] next UID\r\n", m_validity, f.uidNext());
    out += "* OK [PERMANENTFLAGS ()] nothing can be changed\r\n";
    return out + tagged(c.tag, "OK", "[READ-ONLY] " + c.name + " completed");
}

std::string ImapSession::fetch(const Command& c, bool byUid)
{
    const std::string command = byUid ? "UID FETCH" : "FETCH";
    if (c.args.size() != 2) return tagged(c.tag, "BAD", command + " takes a set and the items");
    const auto& letters = m_view;
    bool ok = false;
    const std::uint32_t highest = byUid ? (letters.empty() ? 0 : letters.back().uid) : std::uint32_t(letters.size());
    const auto wanted = sequenceSet(argText(c.args[0]), highest, ok);
    if (!ok) return tagged(c.tag, "BAD", "\"" + argText(c.args[0]) + "\" is not a set like 1:* or 2,4:6");
    std::vector<std::string> items = fetchItems(c.args[1]);
    if (byUid && std::find(items.begin(), items.end(), "UID") == items.end()) items.insert(items.begin(), "UID");
    std::string out;
    // The folder's letters in order, each kept when its number (or UID) is in the set.
    std::size_t range = 0;
    for (std::size_t index = 0; index < letters.size(); ++index) {
        const ImapLetter& l = letters[index];
        if (!inRanges(wanted, range, byUid ? l.uid : std::uint32_t(index + 1))) continue;
        std::string parts;
        for (const std::string& item : items) {
            std::string value;
            std::string name = item;
            if (item == "FLAGS") value = l.seen ? "(\\Seen)" : "()";
            else if (item == "UID") value = std::to_string(l.uid);
            else if (item == "INTERNALDATE") value = internalDate(l.filedAt);
            else if (item == "RFC822.SIZE") value = std::to_string(m_boxes.text(l).size());
            else if (item == "ENVELOPE") {
                std::vector<std::pair<std::string, std::string>> fields;
                for (const auto& f : postie::headerFields(*l.message, m_boxes.world())) fields.emplace_back(f.name, f.value);
                value = imapEnvelope(fields);
            } else {
                // The text itself: RFC822, RFC822.HEADER, RFC822.TEXT, BODY[...] and BODY.PEEK[...]
                // (read-only: nothing becomes \Seen).
                const std::string& text = m_boxes.text(l);
                const std::size_t split = text.find("\r\n\r\n");
                const std::string header = split == std::string::npos ? text : text.substr(0, split + 4);
                const std::string body = split == std::string::npos ? std::string() : text.substr(split + 4);
                std::string section;
                std::string partial;
                if (item == "RFC822") section = "";
                else if (item == "RFC822.HEADER") section = "HEADER";
                else if (item == "RFC822.TEXT") section = "TEXT";
                else if (item.rfind("BODY[", 0) == 0 || item.rfind("BODY.PEEK[", 0) == 0) {
                    const std::size_t open = item.find('['), close = item.rfind(']');
                    if (close == std::string::npos || close < open) return tagged(c.tag, "BAD", "a section is not closed");
                    section = item.substr(open + 1, close - open - 1);
                    partial = item.substr(close + 1);
                    name = "BODY[" + section + "]";
                } else {
                    return tagged(c.tag, "BAD", "the fetch item " + item + " is not offered");
                }
                std::string got;
                const std::string up = upper(section);
                if (up.empty()) got = text;
                else if (up == "HEADER") got = header;
                else if (up == "TEXT") got = body;
                else if (up.rfind("HEADER.FIELDS", 0) == 0) {
                    const bool keep = up.rfind("HEADER.FIELDS.NOT", 0) != 0;
                    std::vector<std::string> names;
                    const auto open = up.find('('), close = up.find(')');
                    if (open == std::string::npos || close == std::string::npos)
                        return tagged(c.tag, "BAD", "HEADER.FIELDS takes a list of names");
                    std::string list = up.substr(open + 1, close - open - 1);
                    for (std::size_t at = 0; at < list.size();) {
                        const std::size_t space = std::min(list.find(' ', at), list.size());
                        if (space > at) names.push_back(list.substr(at, space - at));
                        at = space + 1;
                    }
                    got = pickedHeaderLines(header, names, keep);
                } else if (up == "1") {
                    got = body;  // a single-part letter's only part
                } else {
                    return tagged(c.tag, "BAD", "the section " + section + " is not offered");
                }
                if (!partial.empty()) {  // <start.count>
                    std::size_t start = 0, count = got.size();
                    const std::string inner = partial.substr(1, partial.size() - 2);
                    const std::size_t dot = inner.find('.');
                    std::from_chars(inner.data(), inner.data() + (dot == std::string::npos ? inner.size() : dot), start);
                    if (dot != std::string::npos) std::from_chars(inner.data() + dot + 1, inner.data() + inner.size(), count);
                    got = start < got.size() ? got.substr(start, count) : std::string();
                    name += "<" + std::to_string(start) + ">";
                }
                if (item.rfind("RFC822", 0) == 0) name = item;
                value = "{" + std::to_string(got.size()) + "}\r\n" + got;
            }
            parts += (parts.empty() ? "" : " ") + name + " " + value;
        }
        out += fmt::format("* {} FETCH ({})\r\n", index + 1, parts);
    }
    return out + tagged(c.tag, "OK", command + " completed");
}

std::string ImapSession::search(const Command& c, bool byUid)
{
    const std::string command = byUid ? "UID SEARCH" : "SEARCH";
    std::string key = "ALL";
    for (const Value& v : c.args) {
        const std::string up = upper(argText(v));
        if (up == "ALL" || up == "SEEN" || up == "UNSEEN") key = up;
        else if (up == "CHARSET" || up == "US-ASCII" || up == "UTF-8") continue;
        else return tagged(c.tag, "BAD", "SEARCH offers ALL, SEEN and UNSEEN, not " + argText(v));
    }
    std::string out = "* SEARCH";
    const auto& letters = m_view;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        if ((key == "SEEN" && !letters[i].seen) || (key == "UNSEEN" && letters[i].seen)) continue;
        out += " " + std::to_string(byUid ? letters[i].uid : std::uint32_t(i + 1));
    }
    return out + "\r\n" + tagged(c.tag, "OK", command + " completed");
}

} // namespace postie::imap
