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

// The context is written out: lupdate finds the class's own tr() only with the app's include path.
QString Devices::words(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Laptop: return QCoreApplication::translate("Devices", "a laptop");
    case DeviceKind::Phone: return QCoreApplication::translate("Devices", "a phone");
    case DeviceKind::Desktop: return QCoreApplication::translate("Devices", "a desktop computer");
    case DeviceKind::Webmail: return QCoreApplication::translate("Devices", "webmail in a web browser");
    }
    return {};
}

} // namespace postie::gui
