#pragma once
// What a writer's device is (a client's `device:` key, display only): the picture the map
// draws for it and the words the list of stations and the legend say.
#include <QCoreApplication>
#include <QString>

#include <array>
#include <string>

namespace postie::gui {

enum class DeviceKind { Laptop, Phone, Desktop, Webmail };

inline constexpr std::array kDeviceKinds{DeviceKind::Laptop, DeviceKind::Phone, DeviceKind::Desktop, DeviceKind::Webmail};

class Devices {
    Q_DECLARE_TR_FUNCTIONS(Devices)
public:
    // The key's word ("phone") as a kind; a laptop for anything else (the key's default).
    static DeviceKind fromKey(const std::string& word);
    // "a phone", "a laptop", "a desktop computer", "webmail in a web browser".
    static QString words(DeviceKind kind);
};

} // namespace postie::gui
