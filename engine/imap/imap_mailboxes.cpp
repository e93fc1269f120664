#include "imap/imap_mailboxes.h"

#include "mail/address.h"
#include "mail/mailbox_snapshot.h"
#include "mail/message_text.h"

#include <algorithm>


namespace postie {

ImapMailboxes ImapMailboxes::of(const World& world, std::uint32_t uidValidity)
{
    ImapMailboxes out;
    out.m_world = &world;
    out.m_uidValidity = uidValidity;
    for (auto& user : lettersByUser(world)) {
        auto& folders = out.m_users[toLower(user.address)];
        folders = {ImapFolder{"INBOX", {}}, ImapFolder{"Junk", {}}};
        const auto fill = [&user](ImapFolder& folder, std::vector<FiledLetter>& letters) {
            folder.letters.reserve(letters.size());
            for (auto& l : letters) folder.letters.push_back({std::uint32_t(l.number), std::move(l.message), l.seen, l.filedAt});
            folder.nextUid = std::uint32_t(user.filed + 1);
        };
        fill(folders[0], user.inbox);
        fill(folders[1], user.junk);
    }
    return out;
}

bool ImapMailboxes::continues(const ImapMailboxes& earlier) const
{
    for (const auto& [user, folders] : earlier.m_users) {
        const auto now = m_users.find(user);
        if (now == m_users.end() || now->second.size() != folders.size()) return false;
        for (std::size_t f = 0; f < folders.size(); ++f) {
            const ImapFolder& before = folders[f];
            const ImapFolder& after = now->second[f];
            if (after.nextUid < before.nextUid) return false;
            // Both by UID: every letter still here must be the one the UID named.
            auto a = after.letters.begin();
            for (const ImapLetter& l : before.letters) {
                while (a != after.letters.end() && a->uid < l.uid) ++a;
                if (a != after.letters.end() && a->uid == l.uid && a->message != l.message) return false;
            }
        }
    }
    return true;
}

std::vector<std::string> ImapMailboxes::users() const
{
    std::vector<std::string> out;
    for (const auto& entry : m_users) out.push_back(entry.first);
    return out;
}

const std::vector<ImapFolder>* ImapMailboxes::folders(const std::string& user) const
{
    const auto found = m_users.find(toLower(user));
    return found == m_users.end() ? nullptr : &found->second;
}

const std::string& ImapMailboxes::text(const ImapLetter& letter) const
{
    const std::uint64_t key = reinterpret_cast<std::uintptr_t>(letter.message.get());
    if (key != m_textOf || m_text.empty()) {
        m_text = messageText(*letter.message, *m_world);
        m_textOf = key;
    }
    return m_text;
}

} // namespace postie
