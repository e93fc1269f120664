#pragma once
// Every user's mailbox, as the PO boxes hold it at this moment, written in a format real mail
// programs open: mboxrd (one file a folder, LF line ends, "From " lines quoted with '>') or
// Maildir (a directory a folder: new/ for letters no device has seen, cur/ with the :2,S flag
// for those an IMAP device has). POP3-fetched letters were deleted at QUIT and are not there;
// letters the spam filter marked go to the Junk folder (Maildir++ ".Junk").
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace postie {

class World;

enum class MailboxFormat { Mbox, Maildir };

struct ExportedMailbox {
    std::string user;
    std::filesystem::path path;  // the INBOX: a file (mbox) or a directory (Maildir)
    std::size_t letters = 0;      // in every folder
    std::size_t forgotten = 0;    // letters in the box the store no longer remembers (World::lettersKeptPerUser)
};

struct MailboxExport {
    std::vector<ExportedMailbox> boxes;  // by user, in order
    std::string error;                   // why nothing or not everything was written
};

// Writes `dir`/USER.mbox (and USER.Junk.mbox) or `dir`/USER/ (and USER/.Junk/) for every user of
// every PO box in `world`; `dir` is made when missing.
MailboxExport exportMailboxes(const World& world, const std::filesystem::path& dir, MailboxFormat format);

// The "From " line that starts a letter in an mbox: the envelope sender (MAILER-DAEMON for the
// null sender of a notice) and the time it was filed, as asctime writes it.
std::string mboxFromLine(const std::string& envelopeSender, std::int64_t epochSeconds);
// mboxrd's quoting of a letter's LF text: every line that reads ">*From " gets one more '>',
// which a reader undoes by removing one, so no line of a letter is taken for the next one's start.
std::string quotedFromLines(const std::string& text);

} // namespace postie
