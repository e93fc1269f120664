#include "replay/device_kind.h"

namespace postie::gui {

DeviceKind Devices::fromKey(const std::string& word)
{
    // The loader accepts only the key's choices, written as the table writes them.
    if (word == "phone") return DeviceKind::Phone;
    if (word == "desktop") return DeviceKind::Desktop;
    if (word == "webmail") return DeviceKind::Webmail;
    return DeviceKind::Laptop;
}

QString Devices::words(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Laptop: return tr("a laptop");
    case DeviceKind::Phone: return tr("a phone");
    case DeviceKind::Desktop: return tr("a desktop computer");
    case DeviceKind::Webmail: return tr("webmail in a web browser");
    }
    return {};
}

} // namespace postie::gui
