#include "mail/mailbox_export.h"

#include "mail/mailbox_store.h"
#include "mail/message_text.h"
#include "mail/world.h"
#include "sim/calendar.h"

#include <fmt/format.h>

#include <ctime>
#include <fstream>
#include <map>
#include <system_error>

namespace postie {
namespace {

namespace fs = std::filesystem;

std::string withLf(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
    return out;
}

bool writeFile(const fs::path& path, const std::string& text, std::string& error)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
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

std::string mboxrdLetter(const std::string& messageText)
{
    const std::string text = withLf(messageText);
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find('\n', at);
        end = end == std::string::npos ? text.size() : end + 1;
        std::size_t quotes = at;
        while (quotes < end && text[quotes] == '>') ++quotes;
        if (text.compare(quotes, 5, "From ") == 0) out += '>';  // mboxrd: undone by removing one '>'
        out.append(text, at, end - at);
        at = end;
    }
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += '\n';
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
    for (const auto& [user, found] : users) {
        const auto& [letters, forgotten] = found;
        ExportedMailbox box{user, {}, letters.size(), forgotten};
        if (format == MailboxFormat::Mbox) {
            std::string inbox, junk;
            for (const Letter& l : letters) {
                const Message& m = *l.stored->message;
                std::string& folder = m.junk ? junk : inbox;
                folder += mboxFromLine(m.mailFrom, l.filedAt) + "\n" + mboxrdLetter(messageText(m, world));
            }
            box.path = dir / (user + ".mbox");
            if (!writeFile(box.path, inbox, result.error)) return result;
            if (!junk.empty() && !writeFile(dir / (user + ".Junk.mbox"), junk, result.error)) return result;
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
                if (!writeFile(path, withLf(messageText(m, world)), result.error)) return result;
            }
        }
        result.boxes.push_back(std::move(box));
    }
    return result;
}

} // namespace postie
