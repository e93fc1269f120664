#include "replay/lesson_words.h"

#include "replay/station_labels.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

// The words are in the context "LessonWords", written out at each call: lupdate finds the
// class's own tr() only with the app's include path.
namespace postie::gui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

QString LessonWords::language()
{
    const QString code = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const bool known = std::any_of(std::begin(kLessonLanguages), std::end(kLessonLanguages),
                                   [&](std::string_view l) { return code == QLatin1String(l.data(), qsizetype(l.size())); });
    return known ? code : QStringLiteral("en");
}

QString LessonWords::text(const LessonText& text, const QString& language) { return qs(text.in(language.toStdString())); }

QString LessonWords::title(const ScenarioSpec& spec) { return qs(spec.titleIn(language().toStdString())); }

QString LessonWords::shownTitle(const ScenarioSpec& spec)
{
    const QString title = LessonWords::title(spec);
    return title.isEmpty() ? QFileInfo(qs(spec.file)).fileName() : title;
}

QString LessonWords::summary(const ScenarioSpec& spec) { return qs(spec.summaryIn(language().toStdString())); }

QString LessonWords::letter(std::size_t choice) { return QString(QChar(u'A' + char16_t(choice))); }

QString LessonWords::station(const ScenarioSpec& spec, const std::string& id)
{
    for (const auto& s : spec.stations)
        if (s.id == id) return stationName(s);  // in the app's language
    return qs(id);
}

QString LessonWords::outcome(const std::string& outcome)
{
    if (outcome == "delivered") return QCoreApplication::translate("LessonWords", "delivered");
    if (outcome == "bounced") return QCoreApplication::translate("LessonWords", "returned to sender");
    if (outcome == "discarded") return QCoreApplication::translate("LessonWords", "thrown away");
    if (outcome == "expired") return QCoreApplication::translate("LessonWords", "given up (expired)");
    return qs(outcome);
}

QString LessonWords::wait(SimTime wait)
{
    constexpr std::int64_t kSecond = 1'000'000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour;
    const std::int64_t us = wait.micros();
    const QLocale locale;  // "0,5 s" in German
    const auto n = [&locale](std::int64_t value) { return locale.toString(qlonglong(value)); };
    if (us < kMinute)
        return QCoreApplication::translate("LessonWords", "%1 s").arg(locale.toString(double(us) / kSecond, 'g', 2));
    const std::int64_t minutes = (us + kMinute / 2) / kMinute;
    if (minutes < 60) return QCoreApplication::translate("LessonWords", "%1 min").arg(n(minutes));
    if (us < kDay)
        return minutes % 60 == 0
                   ? QCoreApplication::translate("LessonWords", "%1 h").arg(n(minutes / 60))
                   : QCoreApplication::translate("LessonWords", "%1 h %2 min").arg(n(minutes / 60), n(minutes % 60));
    const std::int64_t hours = (us + kHour / 2) / kHour;
    return hours % 24 == 0 ? QCoreApplication::translate("LessonWords", "%1 d").arg(n(hours / 24))
                           : QCoreApplication::translate("LessonWords", "%1 d %2 h").arg(n(hours / 24), n(hours % 24));
}

QString LessonWords::choice(const ChoiceSpec& choice, AnswerKind kind, const ScenarioSpec& spec, const QString& language)
{
    if (!choice.say.empty()) return text(choice.say, language);
    switch (kind) {
    case AnswerKind::Station: return station(spec, choice.value);
    case AnswerKind::Outcome: return outcome(choice.value);
    case AnswerKind::Wait: return wait(SimTime::fromMicros(std::int64_t(choice.number)));
    default: return qs(choice.value);
    }
}

QString LessonWords::answer(const RevealedAnswer& answer, const ScenarioSpec& spec)
{
    switch (answer.kind) {
    case AnswerKind::Station: return station(spec, answer.station);
    case AnswerKind::Outcome: return outcome(answer.value());
    case AnswerKind::Code: return QString::number(answer.code);
    case AnswerKind::Wait: return wait(answer.wait);
    case AnswerKind::Count:
    case AnswerKind::MaxQueue: return QLocale().toString(qlonglong(answer.count));  // "1,200", "1.200"
    }
    return {};
}

QString LessonWords::tryChange(const TrySpec& change, const ScenarioSpec& spec, const QString& language)
{
    if (!change.say.empty()) return text(change.say, language);
    const QString road = QCoreApplication::translate("LessonWords", "the road %1 – %2")
                             .arg(station(spec, change.road.first), station(spec, change.road.second));
    switch (change.kind) {
    //: A change for the class to try, on a button: close a station (it stops taking letters).
    case TrySpec::Kind::Close: return QCoreApplication::translate("LessonWords", "Close %1").arg(station(spec, change.station));
    //: A change for the class to try, on a button: open a closed station again.
    case TrySpec::Kind::Open: return QCoreApplication::translate("LessonWords", "Open %1").arg(station(spec, change.station));
    //: A change for the class to try, on a button: cut a road (nothing gets through).
    case TrySpec::Kind::Cut: return QCoreApplication::translate("LessonWords", "Cut %1").arg(road);
    //: A change for the class to try, on a button: mend a cut road.
    case TrySpec::Kind::Mend: return QCoreApplication::translate("LessonWords", "Mend %1").arg(road);
    case TrySpec::Kind::Write:
        return QCoreApplication::translate("LessonWords", "Write a letter to %1")
            .arg(change.to.empty() ? QString() : qs(change.to.front()));
    }
    return {};
}

} // namespace postie::gui
