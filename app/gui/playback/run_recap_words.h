#pragma once
// The words of the summary at the end of a run, apart from how they are laid out: the count
// rows, the sentence on time and the incidents on the way. Numbers use the locale's grouping
// ("1,583"), as the Inspector writes them.
#include "replay/run_recap.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace postie {
class Narrator;
}

namespace postie::gui {

struct RunRecapWords {
    Q_DECLARE_TR_FUNCTIONS(RunRecapWords)
public:
    QList<QPair<QString, QString>> counts;  // ("Letters sent", "1")
    // "The letters took 0.8 s to reach their end (09:00:00.000 to 09:00:00.775); the run went
    // on to 09:10:00.090 while the readers' devices checked for mail."
    QString time;
    QString incidentsHeading;  // "On the way:", or that nothing was closed
    QStringList incidents;     // one line each, the last "… and 3 more"

    static RunRecapWords of(const RunRecap& recap, const Narrator& narrator);
    static QString number(std::uint64_t n);
};

} // namespace postie::gui
