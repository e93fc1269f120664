#include "mail/mailbox_export.h"

#include "mail/mailbox_store.h"
#include "mail/message_text.h"
#include "mail/world.h"
#include "sim/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <system_error>

namespace postie {
namespace {

namespace fs = std::filesystem;

// Writes a file with `fill`, which writes into the stream; says why it could not.
template <typename Fill>
bool writeFile(const fs::path& path, Fill fill, std::string& error)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) fill(out);
    out.close();
    if (!out) error = "cannot write " + path.string();
    return bool(out);
}

bool makeDirs(const fs::path& path, std::string& error)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) error = "cannot make the folder " + path.string() + ": " + ec.message();
    return !ec;
}

// A Maildir folder: its three directories (tmp/ for letters being written, unused here).
bool makeMaildir(const fs::path& path, std::string& error)
{
    return makeDirs(path / "new", error) && makeDirs(path / "cur", error) && makeDirs(path / "tmp", error);
}


struct Letter {
    const MailboxStore::StoredLetter* stored;
    std::int64_t filedAt;  // epoch seconds
};

// A letter's text in a mailbox file: its header block and body with LF line ends, the body
// mboxrd-quoted for an mbox. The copies of one letter (a newsletter's, each user's own) share
// their body: the last one made is kept for the next.
class LetterTexts {
public:
    LetterTexts(const World& world, bool mbox) : m_world(world), m_mbox(mbox) {}
    // Writes the letter to `out`: its header block, then its body.
    void write(std::ostream& out, const Message& m)
    {
        if (!m_body || m_number != m.number || m_size != m.sizeBytes) {
            std::string body = letterBody(m, m_world);
            if (!body.empty() && body.back() != '\n') body += '\n';
            m_body = m_mbox ? quotedFromLines(body) : std::move(body);
            m_number = m.number;
            m_size = m.sizeBytes;
        }
        out << headerBlock(m, m_world, LineEnds::Lf);
        out.write(m_body->data(), std::streamsize(m_body->size()));
    }

private:
    const World& m_world;
    bool m_mbox;
    std::optional<std::string> m_body;
    std::uint64_t m_number = 0, m_size = 0;
};

} // namespace

std::string mboxFromLine(const std::string& envelopeSender, std::int64_t epochSeconds)
{
    const std::time_t t = std::time_t(epochSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%a %b %e %H:%M:%S %Y", &tm);  // asctime's layout
    return "From " + (envelopeSender.empty() ? std::string("MAILER-DAEMON") : envelopeSender) + " " + when;
}

std::string quotedFromLines(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        end = end == std::string::npos ? text.size() : end + 1;
        std::size_t quotes = at;
        while (quotes < end && text[quotes] == '>') ++quotes;
        if (text.compare(quotes, 5, "From ") == 0) out += '>';
        out.append(text, at, end - at);
        at = end;
    }
    return out;
}

MailboxExport exportMailboxes(const World& world, const fs::path& dir, MailboxFormat format)
{
    MailboxExport result;
    if (!makeDirs(dir, result.error)) return result;
    // Every user's letters, from every store (one user lives in one store; two would merge).
    std::map<std::string, std::pair<std::vector<Letter>, std::size_t>> users;
    for (const auto& station : world.stations()) {
        const auto* store = dynamic_cast<const MailboxStore*>(station.get());
        if (!store) continue;
        for (const auto& [user, box] : store->boxes()) {
            auto& [letters, forgotten] = users[user];
            for (const auto& l : box.letters) letters.push_back({&l, wallClockSeconds(world.startEpoch(), l.storedAt)});
            if (box.held() > box.letters.size()) forgotten += std::size_t(box.held() - box.letters.size());
        }
    }
    LetterTexts mboxTexts(world, true), maildirTexts(world, false);
    for (const auto& [user, found] : users) {
        // Named, not bound: a lambda below takes them (clang 14 cannot capture a structured binding).
        const std::vector<Letter>& letters = found.first;
        const std::size_t forgotten = found.second;
        ExportedMailbox box{user, {}, letters.size(), forgotten};
        if (format == MailboxFormat::Mbox) {
            // One folder's letters, each after its From_ line and followed by a blank line. The
            // header block needs no quoting: a field's name ends at its colon.
            const auto folder = [&](bool junk) {
                return [&, junk](std::ostream& out) {
                    for (const Letter& l : letters) {
                        const Message& m = *l.stored->message;
                        if (m.junk != junk) continue;
                        out << mboxFromLine(m.mailFrom, l.filedAt) << '\n';
                        mboxTexts.write(out, m);
                        out << '\n';
                    }
                };
            };
            box.path = dir / (user + ".mbox");
            if (!writeFile(box.path, folder(false), result.error)) return result;
            const bool anyJunk = std::any_of(letters.begin(), letters.end(), [](const Letter& l) { return l.stored->message->junk; });
            if (anyJunk && !writeFile(dir / (user + ".Junk.mbox"), folder(true), result.error)) return result;
        } else {
            box.path = dir / user;
            if (!makeMaildir(box.path, result.error)) return result;
            std::size_t n = 0;
            for (const Letter& l : letters) {
                const Message& m = *l.stored->message;
                const fs::path folder = m.junk ? box.path / ".Junk" : box.path;
                if (m.junk && !makeMaildir(folder, result.error)) return result;
                // Unique, and in filing order when sorted: TIME.Pn_Mnumber.postie (Maildir's own rule).
                const std::string name = fmt::format("{}.P{}_M{}.postie", l.filedAt, ++n, m.number);
                const fs::path path = l.stored->seen ? folder / "cur" / (name + ":2,S") : folder / "new" / name;
                if (!writeFile(path, [&](std::ostream& out) { maildirTexts.write(out, m); }, result.error)) return result;
            }
        }
        result.boxes.push_back(std::move(box));
    }
    return result;
}

} // namespace postie
