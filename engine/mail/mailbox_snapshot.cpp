#include "mail/mailbox_snapshot.h"

#include "mail/address.h"
#include "mail/mailbox_store.h"
#include "mail/world.h"
#include "sim/calendar.h"

#include <map>

namespace postie {

std::vector<UserLetters> lettersByUser(const World& world)
{
    std::map<std::string, UserLetters> users;  // by lower-case address
    for (const auto& station : world.stations()) {
        const auto* store = dynamic_cast<const MailboxStore*>(station.get());
        if (!store) continue;
        for (const auto& [user, box] : store->boxes()) {
            UserLetters& letters = users[toLower(user)];
            if (letters.address.empty()) letters.address = user;
            for (const auto& l : box.letters)
                (l.message->junk ? letters.junk : letters.inbox)
                    .push_back({l.message, letters.filed + l.number, l.seen, wallClockSeconds(world.startEpoch(), l.storedAt)});
            if (box.held() > box.letters.size()) letters.forgotten += std::size_t(box.held() - box.letters.size());
            letters.filed += box.stored;
        }
    }
    std::vector<UserLetters> out;
    out.reserve(users.size());
    for (auto& entry : users) out.push_back(std::move(entry.second));
    return out;
}

std::uint64_t mailboxChanges(const World& world)
{
    std::uint64_t changes = 0;
    for (const auto& station : world.stations())
        if (const auto* store = dynamic_cast<const MailboxStore*>(station.get())) changes += store->changes();
    return changes;
}

} // namespace postie
