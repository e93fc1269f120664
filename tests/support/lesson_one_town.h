#pragma once
// Lesson 1's town as a builder sets it up key by key: the tests that build it from an empty town
// (through the town draft, and by mouse and keyboard in the app) share this one recipe.
#include <vector>

namespace postie::testing {

struct StationKeyValue {
    const char* id;
    const char* key;
    const char* value;
};

// Every station key lesson 1 writes, after each station's id, kind and position.
inline const std::vector<StationKeyValue>& lessonOneStationKeys()
{
    static const std::vector<StationKeyValue> keys{
        {"alice", "user", "alice@sender.test"},
        {"alice", "submit_to", "smtp.sender.test"},
        {"smtp.sender.test", "resolver", "dns.sender.test"},
        {"mx1.example.org", "deliver_to", "box.example.org"},
        {"box.example.org", "users", "[bob@example.org]"},
        {"bob", "user", "bob@example.org"},
        {"bob", "read_from", "box.example.org"},
        {"bob", "check", "{protocol: pop3, every: 10m}"},
        {"bob", "device", "phone"},
    };
    return keys;
}

} // namespace postie::testing
