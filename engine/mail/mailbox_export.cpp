#include "mail/mailbox_export.h"

#include "mail/mailbox_snapshot.h"
#include "mail/message_text.h"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <ctime>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>

namespace postie {
namespace {

namespace fs = std::filesystem;

std::string failed(const std::string& what, const fs::path& path, int error)
{
    return what + " " + path.string() + ": " + std::error_code(error, std::generic_category()).message();
}

// One mailbox file, written with writev: a letter's pieces (its From_ line and header block, its
// body shared by every copy) go to the kernel in one call, with no copy into a stream's buffer.
class MailboxFile {
public:
    // `path` in the folder open as `folder`, or on its own (AT_FDCWD): a Maildir's letters are
    // made in their open new/ or cur/, which spares the kernel walking the whole path each time.
    MailboxFile(const fs::path& path, std::string& error, int folder = AT_FDCWD) : m_path(path), m_error(error)
    {
        const fs::path& name = folder == AT_FDCWD ? path : path.filename();
        m_fd = ::openat(folder, name.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_fd < 0) m_error = failed("cannot write", path, errno);
    }
    MailboxFile(const MailboxFile&) = delete;
    MailboxFile& operator=(const MailboxFile&) = delete;
    ~MailboxFile()
    {
        if (m_fd >= 0) ::close(m_fd);
    }

    bool write(std::initializer_list<std::string_view> pieces)
    {
        if (m_fd < 0) return false;
        std::array<iovec, 4> parts{};
        std::size_t n = 0;
        for (const std::string_view piece : pieces)
            if (!piece.empty()) parts[n++] = {const_cast<char*>(piece.data()), piece.size()};
        for (iovec* at = parts.data(); n > 0;) {
            ssize_t wrote = ::writev(m_fd, at, int(n));
            if (wrote < 0 && errno == EINTR) continue;
            if (wrote < 0) return fail(errno);
            // A short write (a full disk on the way): go on from where it stopped.
            for (; n > 0 && std::size_t(wrote) >= at->iov_len; ++at, --n) wrote -= ssize_t(at->iov_len);
            if (n > 0) {
                at->iov_base = static_cast<char*>(at->iov_base) + wrote;
                at->iov_len -= std::size_t(wrote);
            }
        }
        return true;
    }
    // Closes the file; false (and why in the error) when the kernel could not finish it.
    bool close()
    {
        if (m_fd < 0) return false;
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0 || fail(errno);
    }

private:
    bool fail(int error)
    {
        m_error = failed("cannot write", m_path, error);
        ::close(std::exchange(m_fd, -1));
        return false;
    }

    fs::path m_path;
    std::string& m_error;
    int m_fd = -1;
};

bool makeDirs(const fs::path& path, std::string& error)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) error = "cannot make the folder " + path.string() + ": " + ec.message();
    return !ec;
}

// A folder that is there, made when missing.
bool makeDir(const fs::path& path, std::string& error)
{
    if (::mkdir(path.c_str(), 0755) == 0 || errno == EEXIST) return true;
    error = failed("cannot make the folder", path, errno);
    return false;
}

// An open folder, closed when it goes.
class OpenFolder {
public:
    OpenFolder(const fs::path& path, std::string& error) : m_fd(::open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC))
    {
        if (m_fd < 0) error = failed("cannot open the folder", path, errno);
    }
    OpenFolder(const OpenFolder&) = delete;
    OpenFolder& operator=(const OpenFolder&) = delete;
    ~OpenFolder()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// A letter's text in a mailbox file: its header block and body with LF line ends, the body
// mboxrd-quoted for an mbox. The copies of one letter (a newsletter's, each user's own) share
// their body: the last one made is kept for the next.
class LetterTexts {
public:
    LetterTexts(const World& world, bool mbox) : m_world(world), m_mbox(mbox) {}
    std::string head(const Message& m) const { return headerBlock(m, m_world, LineEnds::Lf); }
    const std::string& body(const Message& m)
    {
        if (!m_body || m_number != m.number || m_size != m.sizeBytes) {
            std::string body = letterBody(m, m_world);
            if (!body.empty() && body.back() != '\n') body += '\n';
            m_body = m_mbox ? quotedFromLines(body) : std::move(body);
            m_number = m.number;
            m_size = m.sizeBytes;
        }
        return *m_body;
    }

private:
    const World& m_world;
    bool m_mbox;
    std::optional<std::string> m_body;
    std::uint64_t m_number = 0, m_size = 0;
};

// One folder's letters, each after its From_ line and followed by a blank line. The header
// block needs no quoting: a field's name ends at its colon.
bool writeMbox(const fs::path& path, const std::vector<FiledLetter>& letters, LetterTexts& texts, std::string& error)
{
    MailboxFile file(path, error);
    for (const FiledLetter& l : letters) {
        const Message& m = *l.message;
        const std::string head = mboxFromLine(m.mailFrom, l.filedAt) + '\n' + texts.head(m);
        if (!file.write({head, texts.body(m), "\n"})) return false;
    }
    return file.close();
}

// One folder's letters, a file each: TIME.Pn_Mnumber.postie, unique and in filing order when
// sorted (Maildir's own rule), in new/ or, once a device has seen it, in cur/ with the S flag.
bool writeMaildir(const fs::path& folder, const std::vector<FiledLetter>& letters, std::size_t& n, LetterTexts& texts,
                  std::string& error)
{
    // Its three directories (tmp/ for letters being written, unused here).
    if (!makeDir(folder, error) || !makeDir(folder / "new", error) || !makeDir(folder / "cur", error) ||
        !makeDir(folder / "tmp", error))
        return false;
    const OpenFolder fresh(folder / "new", error), seen(folder / "cur", error);
    if (fresh.fd() < 0 || seen.fd() < 0) return false;
    for (const FiledLetter& l : letters) {
        const Message& m = *l.message;
        const std::string name = fmt::format("{}.P{}_M{}.postie", l.filedAt, ++n, m.number);
        MailboxFile file(l.seen ? folder / "cur" / (name + ":2,S") : folder / "new" / name, error,
                         l.seen ? seen.fd() : fresh.fd());
        if (!file.write({texts.head(m), texts.body(m)}) || !file.close()) return false;
    }
    return true;
}

bool writeUser(const fs::path& dir, const UserLetters& user, MailboxFormat format, LetterTexts& texts, std::string& error)
{
    if (format == MailboxFormat::Mbox) {
        return writeMbox(dir / (user.address + ".mbox"), user.inbox, texts, error) &&
               (user.junk.empty() || writeMbox(dir / (user.address + ".Junk.mbox"), user.junk, texts, error));
    }
    std::size_t n = 0;
    return writeMaildir(dir / user.address, user.inbox, n, texts, error) &&
           (user.junk.empty() || writeMaildir(dir / user.address / ".Junk", user.junk, n, texts, error));
}

// Writers working side by side: the kernel's copying of the letters into their files is most of
// the export's time, and it goes as many times faster as there are cores to do it.
unsigned writerCount(std::size_t users)
{
    const unsigned cores = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    return unsigned(std::min<std::size_t>(cores, std::max<std::size_t>(1, users / 16)));
}

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
    const std::vector<UserLetters> users = lettersByUser(world);
    // Writer k takes users k, k + writers, ...: the copies of a newsletter alternate between them,
    // so each writer's last body made serves its next user too.
    const unsigned writers = writerCount(users.size());
    std::vector<std::string> errors(writers);
    std::atomic<bool> stop{false};
    const auto work = [&](unsigned k) {
        LetterTexts texts(world, format == MailboxFormat::Mbox);
        for (std::size_t i = k; i < users.size() && !stop; i += writers)
            if (!writeUser(dir, users[i], format, texts, errors[k])) stop = true;
    };
    {
        std::vector<std::jthread> helpers;
        for (unsigned k = 1; k < writers; ++k) helpers.emplace_back(work, k);
        work(0);
    }
    for (const std::string& error : errors)
        if (!error.empty()) {
            result.error = error;
            return result;
        }
    for (const UserLetters& user : users) {
        const fs::path path = format == MailboxFormat::Mbox ? dir / (user.address + ".mbox") : dir / user.address;
        result.boxes.push_back({user.address, path, user.inbox.size() + user.junk.size(), user.forgotten});
    }
    return result;
}

} // namespace postie
