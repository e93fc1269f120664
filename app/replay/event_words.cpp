#include "replay/event_words.h"

#include <QCoreApplication>

#include <iterator>

namespace postie::gui {
namespace {

// In the order of EventType; short enough for a column of the event log.
constexpr const char* kPlain[] = {
    QT_TRANSLATE_NOOP("EventWords", "Letter written"),          // message.created
    QT_TRANSLATE_NOOP("EventWords", "Truck leaves"),            // road.depart
    QT_TRANSLATE_NOOP("EventWords", "Truck arrives"),           // road.arrive
    QT_TRANSLATE_NOOP("EventWords", "Waits in the depot"),      // queue.enter
    QT_TRANSLATE_NOOP("EventWords", "Clerk takes it"),          // queue.leave
    QT_TRANSLATE_NOOP("EventWords", "Directory asked"),         // dns.query
    QT_TRANSLATE_NOOP("EventWords", "Directory answers"),       // dns.answer
    QT_TRANSLATE_NOOP("EventWords", "Knock at the door"),       // smtp.connect
    QT_TRANSLATE_NOOP("EventWords", "Nobody opens"),            // connect.failed
    QT_TRANSLATE_NOOP("EventWords", "Said at the counter"),     // smtp.command
    QT_TRANSLATE_NOOP("EventWords", "Counter answers"),         // smtp.reply
    QT_TRANSLATE_NOOP("EventWords", "Put off till later"),      // delivery.deferred
    QT_TRANSLATE_NOOP("EventWords", "Put in the PO box"),       // mailbox.stored
    QT_TRANSLATE_NOOP("EventWords", "Device checks its box"),   // mailbox.check
    QT_TRANSLATE_NOOP("EventWords", "Device gets the letter"),  // mailbox.fetched
    QT_TRANSLATE_NOOP("EventWords", "Return to sender"),        // bounce.created
    QT_TRANSLATE_NOOP("EventWords", "Station closes"),          // station.down
    QT_TRANSLATE_NOOP("EventWords", "Station opens"),           // station.up
    QT_TRANSLATE_NOOP("EventWords", "Road closed"),             // road.down
    QT_TRANSLATE_NOOP("EventWords", "Road open again"),         // road.up
    QT_TRANSLATE_NOOP("EventWords", "Letter's journey ends"),   // message.final
    QT_TRANSLATE_NOOP("EventWords", "Taken out of the box"),    // mailbox.removed
    QT_TRANSLATE_NOOP("EventWords", "Sender checked"),          // auth.checked
    QT_TRANSLATE_NOOP("EventWords", "Envelope sealed"),         // tls.started
    QT_TRANSLATE_NOOP("EventWords", "Seal offer torn off"),     // tls.stripped
    QT_TRANSLATE_NOOP("EventWords", "Read on the road"),        // letter.read
};
static_assert(std::size(kPlain) == std::size_t(kEventTypeCount), "a plain name for every event type");

} // namespace

QString EventWords::plain(EventType type)
{
    const auto i = std::size_t(type);
    return i < std::size(kPlain) ? QCoreApplication::translate("EventWords", kPlain[i]) : dotted(type);
}

QString EventWords::dotted(EventType type)
{
    const std::string_view name = eventTypeName(type);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString EventWords::both(EventType type)
{
    return QCoreApplication::translate("EventWords", "%1 (%2)").arg(plain(type), dotted(type));
}

} // namespace postie::gui
