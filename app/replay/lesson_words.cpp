#include "replay/lesson_words.h"

#include <QLocale>

#include <algorithm>

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

QString LessonWords::summary(const ScenarioSpec& spec) { return qs(spec.summaryIn(language().toStdString())); }

QString LessonWords::letter(std::size_t choice) { return QString(QChar(u'A' + char16_t(choice))); }

QString LessonWords::station(const ScenarioSpec& spec, const std::string& id)
{
    for (const auto& s : spec.stations)
        if (s.id == id) return s.label.empty() ? qs(id) : qs(s.label);
    return qs(id);
}

QString LessonWords::outcome(const std::string& outcome)
{
    if (outcome == "delivered") return tr("delivered");
    if (outcome == "bounced") return tr("returned to sender");
    if (outcome == "discarded") return tr("thrown away");
    if (outcome == "expired") return tr("given up (expired)");
    return qs(outcome);
}

QString LessonWords::wait(SimTime wait)
{
    constexpr std::int64_t kSecond = 1'000'000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour;
    const std::int64_t us = wait.micros();
    if (us < kMinute) return tr("%1 s").arg(double(us) / kSecond, 0, 'g', 2);
    const std::int64_t minutes = (us + kMinute / 2) / kMinute;
    if (minutes < 60) return tr("%1 min").arg(minutes);
    if (us < kDay) return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const std::int64_t hours = (us + kHour / 2) / kHour;
    return hours % 24 == 0 ? tr("%1 d").arg(hours / 24) : tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
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
    case AnswerKind::MaxQueue: return QString::number(answer.count);
    }
    return {};
}

QString LessonWords::tryChange(const TrySpec& change, const ScenarioSpec& spec, const QString& language)
{
    if (!change.say.empty()) return text(change.say, language);
    const QString road = tr("the road %1 – %2").arg(station(spec, change.road.first), station(spec, change.road.second));
    switch (change.kind) {
    case TrySpec::Kind::Close: return tr("Close %1").arg(station(spec, change.station));
    case TrySpec::Kind::Open: return tr("Open %1").arg(station(spec, change.station));
    case TrySpec::Kind::Cut: return tr("Cut %1").arg(road);
    case TrySpec::Kind::Mend: return tr("Mend %1").arg(road);
    case TrySpec::Kind::Write: return tr("Write a letter to %1").arg(change.to.empty() ? QString() : qs(change.to.front()));
    }
    return {};
}

} // namespace postie::gui
