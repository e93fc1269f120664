#include "playback/run_recap_words.h"

#include "trace/narrator.h"

#include <QLocale>

namespace postie::gui {
namespace {

constexpr int kShownIncidents = 4;  // the rest as "and N more"

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

QString RunRecapWords::number(std::uint64_t n) { return QLocale().toString(qulonglong(n)); }

RunRecapWords RunRecapWords::of(const RunRecap& r, const Narrator& narrator)
{
    RunRecapWords w;
    const auto row = [&w](const QString& words, const QString& value) { w.counts.append({words, value}); };
    row(tr("Letters sent"), number(r.sent()));
    row(tr("Delivered"), number(r.lettersDelivered()));
    row(tr("Put off till later (deferred)"),
        //: How many letters were put off, and how many times in all: "1,200 (2,400 times)".
        r.deferrals > r.deferredLetters ? tr("%1 (%Ln time(s))", nullptr, int(r.deferrals)).arg(number(r.deferredLetters))
                                        : number(r.deferredLetters));
    row(tr("Returned to sender (bounced)"), number(r.bounced));
    if (r.expired) row(tr("Given up, waited too long (expired)"), number(r.expired));
    if (r.discarded) row(tr("Thrown away (discarded)"), number(r.discarded));
    if (r.inFlight) row(tr("Still on the way at the end"), number(r.inFlight));
    if (r.notices)
        row(tr("Notices back to the sender (DSN)"),
            r.noticesDelivered == r.notices
                ? tr("%1, in the sender's PO box").arg(number(r.notices))
                : tr("%1 (%Ln reached the sender)", nullptr, int(r.noticesDelivered)).arg(number(r.notices)));
    if (r.doorsShut) row(tr("Doors found shut (connection failed)"), number(r.doorsShut));

    const auto at = [&narrator](std::int64_t us) { return qs(narrator.clock(SimTime::fromMicros(us))); };
    const QString took = RunRecap::duration(r.tookUs());
    if (r.tookUs() >= r.lastUs)
        w.time = tr("It took %1 of simulated time (%2 to %3).").arg(took, at(0), at(r.lastUs));
    // The clock goes on after the letters' end (a phone checking its mail every ten minutes):
    // say both, or the class reads 0.8 s under a clock showing 09:10.
    else if (r.lastCheckUs > r.tookUs())
        w.time = tr("The letters took %1 to reach their end (%2 to %3); the run went on to %4 while the "
                    "readers' devices checked for mail.")
                     .arg(took, at(0), at(r.tookUs()), at(r.lastUs));
    else
        w.time = tr("The letters took %1 to reach their end (%2 to %3); the run went on to %4.")
                     .arg(took, at(0), at(r.tookUs()), at(r.lastUs));

    for (std::size_t i = 0; i < r.incidents.size() && i < std::size_t(kShownIncidents); ++i)
        w.incidents << tr("%1  %2").arg(qs(narrator.clock(r.incidents[i].time)), qs(narrator.tell(r.incidents[i])));
    if (r.incidents.size() > std::size_t(kShownIncidents))
        w.incidents << tr("… and %n more", nullptr, int(r.incidents.size()) - kShownIncidents);
    w.incidentsHeading = w.incidents.isEmpty() ? tr("No station or road was closed on the way.") : tr("On the way:");
    return w;
}

} // namespace postie::gui
