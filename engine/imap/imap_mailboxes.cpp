#include "imap/imap_mailboxes.h"

#include "mail/address.h"
#include "mail/mailbox_store.h"
#include "mail/message_text.h"
#include "mail/world.h"
#include "sim/calendar.h"


namespace postie {

ImapMailboxes ImapMailboxes::of(const World& world)
{
    ImapMailboxes out;
    out.m_world = &world;
    for (const auto& station : world.stations()) {
        const auto* store = dynamic_cast<const MailboxStore*>(station.get());
        if (!store) continue;
        for (const auto& [user, box] : store->boxes()) {
            auto& folders = out.m_users[toLower(user)];
            if (folders.empty()) folders = {ImapFolder{"INBOX", {}}, ImapFolder{"Junk", {}}};
            for (const auto& l : box.letters) {
                ImapFolder& folder = folders[l.message->junk ? 1 : 0];
                folder.letters.push_back({folder.uidNext(), l.message, l.seen, wallClockSeconds(world.startEpoch(), l.storedAt)});
            }
        }
    }
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
