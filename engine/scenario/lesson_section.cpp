// The lesson: section: goals, stops (a moment, words, a question, a change to try) and a recap.
// Read after the stations and roads, so every station and road it names is checked.
#include "scenario/scenario_reader.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace postie::scenario_reading {
namespace {

constexpr KeyPlaces kLesson = placeBit(KeyPlace::Lesson);
constexpr KeyPlaces kStop = placeBit(KeyPlace::Stop);
constexpr KeyPlaces kMoment = placeBit(KeyPlace::Moment);
constexpr KeyPlaces kChoice = placeBit(KeyPlace::Choice);
constexpr KeyPlaces kTry = placeBit(KeyPlace::Try);
constexpr KeyPlaces kTryLetter = placeBit(KeyPlace::TryLetter);

// An entry for one item of a list, so the item's errors point at the item.
Entry itemOf(const Entry& list, const YAML::Node& item) { return Entry{list.key, item, item, list.spec}; }

bool isLetterId(std::string_view id)
{
    if (id.size() < 2 || id[0] != 'm' || id[1] == '0') return false;
    return std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<long long> wholeNumber(std::string_view t)
{
    long long v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size() || t.empty()) return std::nullopt;
    return v;
}

std::optional<AnswerKind> answerKindFromName(std::string_view name)
{
    for (AnswerKind k : {AnswerKind::Station, AnswerKind::Outcome, AnswerKind::Code, AnswerKind::Wait,
                         AnswerKind::Count, AnswerKind::MaxQueue})
        if (answerKindName(k) == name) return k;
    return std::nullopt;
}

std::vector<std::string> eventNames()
{
    std::vector<std::string> names;
    for (int t = 0; t < kEventTypeCount; ++t) names.emplace_back(eventTypeName(EventType(t)));
    return names;
}

} // namespace

std::optional<LessonText> ScenarioReader::readLessonText(const Entry& e)
{
    LessonText text;
    if (e.value.IsMap()) {
        std::set<std::string> seen;
        for (auto it = e.value.begin(); it != e.value.end(); ++it) {
            const SourceMark keyMark = markOf(it->first, e.valueMark());
            const std::string language = it->first.IsScalar() ? trimCopy(it->first.Scalar()) : std::string();
            const bool known = std::find(std::begin(kLessonLanguages), std::end(kLessonLanguages), language) !=
                               std::end(kLessonLanguages);
            if (!known) {
                error(keyMark, inQuotes(language) + " is not a language a lesson text may be given in; use en, de or fr, "
                               "like " + e.key + ": {en: \"Hello\", de: \"Hallo\", fr: \"Bonjour\"}");
                return std::nullopt;
            }
            if (!seen.insert(language).second) {
                error(keyMark, e.key + " gives the " + language + " text twice; keep one");
                return std::nullopt;
            }
            if (!it->second.IsScalar() || trimCopy(it->second.Scalar()).empty()) {
                error(markOf(it->second, keyMark), "the " + language + " text of " + e.key + " is empty; write the words");
                return std::nullopt;
            }
            text.versions.emplace_back(language, trimCopy(it->second.Scalar()));
        }
        if (text.empty()) error(e.valueMark(), e.key + " has no text; write it, like " + e.key + ": \"...\"");
        return text.empty() ? std::nullopt : std::optional(text);
    }
    auto words = scalar(e);
    if (!words) return std::nullopt;
    if (trimCopy(*words).empty()) {
        error(e.valueMark(), e.key + " is empty; write the words");
        return std::nullopt;
    }
    text.versions.emplace_back("", trimCopy(*words));
    return text;
}

std::optional<LessonText> ScenarioReader::readPlainOrLessonText(const Entry& e)
{
    if (e.value.IsMap()) return readLessonText(e);
    auto words = readText(e);
    if (!words) return std::nullopt;
    LessonText text;
    text.versions.emplace_back("", *words);
    return text;
}

std::vector<LessonText> ScenarioReader::readTextList(const Entry& e)
{
    std::vector<LessonText> out;
    if (e.value.IsScalar() || e.value.IsMap()) {  // one sentence, not in a list: take it as one
        if (auto t = readLessonText(e)) out.push_back(std::move(*t));
        return out;
    }
    for (const YAML::Node& item : readList(e)) {
        const Entry one = itemOf(e, item);
        if (auto t = readLessonText(one)) out.push_back(std::move(*t));
    }
    return out;
}

std::optional<MomentSpec> ScenarioReader::readMoment(const Entry& e)
{
    auto map = openMap(e.value, KeyPlace::Moment, kMoment, kMoment, 0, e.valueMark(), e.spec->example);
    if (!map) return std::nullopt;
    MomentSpec m;
    m.line = map->mark().line;
    m.column = map->mark().column;
    bool ok = true;
    if (const Entry* x = map->find("event")) {
        if (auto words = scalar(*x)) {
            const std::string name = trimCopy(*words);
            if (auto type = eventTypeFromName(name)) m.event = *type;
            else {
                std::string msg = "there is no event " + inQuotes(name) + " in the trace";
                if (auto s = closestMatch(name, eventNames())) msg += "; did you mean '" + *s + "'?";
                else msg += "; docs/trace.md lists them, like delivery.deferred or road.arrive";
                error(x->valueMark(), msg);
                ok = false;
            }
        } else ok = false;
    }
    if (const Entry* x = map->find("message")) {
        if (auto words = scalar(*x)) {
            m.message = trimCopy(*words);
            if (!isLetterId(m.message)) {
                error(x->valueMark(), "a letter is named m1, m2, ... in the order the letters are written, but this is " +
                                          inQuotes(m.message));
                ok = false;
            }
        } else ok = false;
    }
    for (auto [key, target] : {std::pair{"station", &m.station}, {"to", &m.to}, {"peer", &m.peer}}) {
        if (const Entry* x = map->find(key)) {
            if (auto v = readStationRef(*x, std::nullopt)) *target = *v;
            else ok = false;
        }
    }
    if (const Entry* x = map->find("kind")) {
        if (auto v = readChoice(*x)) m.kind = *v;
        else ok = false;
    }
    if (const Entry* x = map->find("code")) {
        if (m.event != EventType::SmtpReply && map->find("event")) {
            error(x->keyMark(), "code belongs to an smtp.reply moment; remove it or write event: smtp.reply");
            ok = false;
        } else if (auto v = readInteger(*x)) m.code = int(*v);
        else ok = false;
    }
    if (const Entry* x = map->find("outcome")) {
        if (m.event != EventType::MessageFinal && map->find("event")) {
            error(x->keyMark(), "outcome belongs to a message.final moment; remove it or write event: message.final");
            ok = false;
        } else if (auto v = readChoice(*x)) {
            for (Outcome o : {Outcome::Delivered, Outcome::Bounced, Outcome::Discarded, Outcome::Expired})
                if (*v == outcomeName(o)) m.outcome = o;
        } else ok = false;
    }
    if (const Entry* x = map->find("notice")) {
        if (auto v = readChoice(*x)) m.notice = *v == "true";
        else ok = false;
    }
    if (const Entry* x = map->find("nth")) {
        if (auto v = readInteger(*x)) m.nth = int(*v);
        else ok = false;
    }
    if (!map->find("event")) ok = false;
    return ok ? std::optional(m) : std::nullopt;
}

std::optional<ChoiceSpec> ScenarioReader::readChoiceValue(const Entry& e, AnswerKind kind)
{
    ChoiceSpec c;
    const SourceMark at = e.valueMark();
    c.line = at.line;
    c.column = at.column;
    Entry valueEntry = e;
    if (e.value.IsMap()) {
        auto map = openMap(e.value, KeyPlace::Choice, kChoice, kChoice, 0, at, "{value: mx2.example.org, say: \"...\"}");
        if (!map) return std::nullopt;
        const Entry* v = map->find("value");
        if (!v) return std::nullopt;
        valueEntry = *v;
        if (const Entry* s = map->find("say")) {
            if (auto t = readLessonText(*s)) c.say = std::move(*t);
            else return std::nullopt;
        }
    }
    auto words = scalar(valueEntry);
    if (!words) return std::nullopt;
    c.value = trimCopy(*words);
    const SourceMark vm = valueEntry.valueMark();
    switch (kind) {
    case AnswerKind::Station:
        if (!checkStationExists(c.value, vm)) return std::nullopt;
        break;
    case AnswerKind::Outcome: {
        const std::vector<std::string> outcomes{"delivered", "bounced", "discarded", "expired"};
        if (std::find(outcomes.begin(), outcomes.end(), c.value) == outcomes.end()) {
            std::string msg = "an outcome is delivered, bounced, discarded or expired, but this choice is " + inQuotes(c.value);
            if (auto s = closestMatch(c.value, outcomes)) msg += "; did you mean '" + *s + "'?";
            error(vm, msg);
            return std::nullopt;
        }
        break;
    }
    case AnswerKind::Code: {
        const auto n = wholeNumber(c.value);
        if (!n || *n < 200 || *n > 599) {
            error(vm, "a reply code is a number from 200 to 599, like 250 or 550, but this choice is " + inQuotes(c.value));
            return std::nullopt;
        }
        c.number = double(*n);
        break;
    }
    case AnswerKind::Wait: {
        const auto d = parseDuration(c.value);
        if (!d.ok()) {
            error(vm, "a wait is a duration, like 5m or 1h: " + d.error);
            return std::nullopt;
        }
        c.number = double(d.value->micros());
        break;
    }
    case AnswerKind::Count:
    case AnswerKind::MaxQueue: {
        const auto n = wholeNumber(c.value);
        if (!n || *n < 0 || *n > 1'000'000'000) {
            error(vm, "this answer is a count, a whole number like 3, but this choice is " + inQuotes(c.value));
            return std::nullopt;
        }
        c.number = double(*n);
        break;
    }
    }
    return c;
}

std::optional<TrySpec> ScenarioReader::readTry(const Entry& e)
{
    auto map = openMap(e.value, KeyPlace::Try, kTry, kTry, 0, e.valueMark(), e.spec->example);
    if (!map) return std::nullopt;
    TrySpec t;
    std::vector<const Entry*> actions;
    for (const char* key : {"close", "open", "cut", "mend", "write"})
        if (const Entry* x = map->find(key)) actions.push_back(x);
    if (actions.size() != 1) {
        error(actions.size() > 1 ? actions[1]->keyMark() : map->mark(),
              "a try makes one change: close, open, cut, mend or write, like try: {close: mx2.example.org}");
        return std::nullopt;
    }
    const Entry& action = *actions.front();
    bool ok = true;
    if (action.key == "close" || action.key == "open") {
        t.kind = action.key == "close" ? TrySpec::Kind::Close : TrySpec::Kind::Open;
        if (auto v = readStationRef(action, std::nullopt)) t.station = *v;
        else ok = false;
    } else if (action.key == "cut" || action.key == "mend") {
        t.kind = action.key == "cut" ? TrySpec::Kind::Cut : TrySpec::Kind::Mend;
        if (auto v = readStationPair(action)) {
            const auto key = std::minmax(v->first, v->second);
            if (m_roads.count({key.first, key.second}) == 0) {
                error(action.valueMark(), "there is no road between " + inQuotes(v->first) + " and " +
                                              inQuotes(v->second) + "; a try can only " + action.key +
                                              " a road listed under roads:");
                ok = false;
            } else t.road = *v;
        } else ok = false;
    } else {
        t.kind = TrySpec::Kind::Write;
        auto letter = openMap(action.value, KeyPlace::TryLetter, kTryLetter, kTryLetter, 0, action.valueMark(),
                              action.spec->example);
        if (!letter) return std::nullopt;
        if (const Entry* x = letter->find("from")) {
            if (auto v = readAddress(*x)) {
                t.from = *v;
                if (!checkSender({*v, x->valueMark()})) ok = false;
            } else ok = false;
        } else ok = false;
        if (const Entry* x = letter->find("to")) {
            if (auto v = readAddressList(*x)) {
                for (auto& item : *v) t.to.push_back(item.address);
            } else ok = false;
        } else ok = false;
        if (const Entry* x = letter->find("subject")) {
            if (auto v = readText(*x)) t.subject = trimCopy(*v);
            else ok = false;
        }
    }
    if (const Entry* x = map->find("for")) {
        if (t.kind != TrySpec::Kind::Close && t.kind != TrySpec::Kind::Cut) {
            error(x->keyMark(), "for belongs to close and cut (how long the station or road stays shut); remove it");
            ok = false;
        } else if (auto v = readDuration(*x)) t.duration = *v;
        else ok = false;
    }
    if (const Entry* x = map->find("say")) {
        if (auto v = readLessonText(*x)) t.say = std::move(*v);
        else ok = false;
    }
    return ok ? std::optional(t) : std::nullopt;
}

void ScenarioReader::readStop(const YAML::Node& node, SourceMark fallback)
{
    auto map = openMap(node, KeyPlace::Stop, kStop, kStop, 0, fallback, "{when: {event: delivery.deferred}, say: \"...\"}");
    if (!map) return;
    StopSpec stop;
    stop.line = map->mark().line;
    stop.column = map->mark().column;
    bool ok = true;
    if (const Entry* x = map->find("when")) {
        if (auto m = readMoment(*x)) stop.when = *m;
        else ok = false;
    } else ok = false;
    if (const Entry* x = map->find("say")) {
        if (auto t = readLessonText(*x)) stop.say = std::move(*t);
        else ok = false;
    }
    if (const Entry* x = map->find("try")) {
        if (auto t = readTry(*x)) stop.tryChange = std::move(*t);
        else ok = false;
    }

    // The question: ask, with what it reads (answer), when (reveal) and the choices.
    const Entry* ask = map->find("ask");
    if (!ask) {
        for (const char* key : {"answer", "reveal", "count", "queue_of", "choices", "why"})
            if (const Entry* x = map->find(key)) {
                error(x->keyMark(), std::string(key) + " belongs to a question; add ask: \"...\" to this stop, or remove it");
                ok = false;
            }
        if (ok) m_spec.lesson.stops.push_back(std::move(stop));
        return;
    }
    QuestionSpec q;
    if (auto t = readLessonText(*ask)) q.ask = std::move(*t);
    else ok = false;
    for (const char* key : {"answer", "reveal", "choices"})
        if (!map->find(key)) {
            const ScenarioKey* k = findScenarioKey(kStop, key);
            error(ask->keyMark(), "a question needs " + std::string(key) + ", like " + key + ": " + std::string(k->example));
            ok = false;
        }
    std::optional<AnswerKind> kind;
    if (const Entry* x = map->find("answer")) {
        if (auto v = readChoice(*x)) kind = answerKindFromName(*v);
        if (kind) q.answer = *kind;
        else ok = false;
    }
    if (const Entry* x = map->find("reveal")) {
        if (auto m = readMoment(*x)) q.reveal = *m;
        else ok = false;
    }
    const Entry* count = map->find("count");
    const Entry* queueOf = map->find("queue_of");
    if (kind == AnswerKind::Count && !count) {
        error(map->find("answer")->valueMark(), "answer: count needs count: {...}, the events to count, like count: " +
                                                    std::string(findScenarioKey(kStop, "count")->example));
        ok = false;
    }
    if (kind == AnswerKind::MaxQueue && !queueOf) {
        error(map->find("answer")->valueMark(), "answer: max_queue needs queue_of: with the station whose depot is watched");
        ok = false;
    }
    if (count) {
        if (kind && kind != AnswerKind::Count) {
            error(count->keyMark(), "count belongs to answer: count; remove it");
            ok = false;
        } else if (auto m = readMoment(*count)) q.count = *m;
        else ok = false;
    }
    if (queueOf) {
        if (kind && kind != AnswerKind::MaxQueue) {
            error(queueOf->keyMark(), "queue_of belongs to answer: max_queue; remove it");
            ok = false;
        } else if (auto v = readStationRef(*queueOf, std::nullopt)) q.queueOf = *v;
        else ok = false;
    }
    if (const Entry* x = map->find("choices"); x && kind) {
        if (!x->value.IsSequence()) {
            error(x->valueMark(), "choices should be a list, like choices: " + std::string(x->spec->example));
            ok = false;
        } else {
            if (x->value.size() < 2 || double(x->value.size()) > x->spec->max) {
                error(x->valueMark(), "a question offers 2 to 6 choices, but this one has " +
                                          std::to_string(x->value.size()));
                ok = false;
            }
            std::set<std::string> values;
            for (const YAML::Node& item : x->value) {
                auto c = readChoiceValue(itemOf(*x, item), *kind);
                if (!c) {
                    ok = false;
                    continue;
                }
                if (!values.insert(c->value).second) {
                    error({c->line, c->column}, "the choice " + inQuotes(c->value) + " is offered twice; keep one");
                    ok = false;
                }
                q.choices.push_back(std::move(*c));
            }
        }
    } else if (!kind) ok = false;
    if (const Entry* x = map->find("why")) {
        if (auto t = readLessonText(*x)) q.why = std::move(*t);
        else ok = false;
    }
    stop.question = std::move(q);
    if (ok) m_spec.lesson.stops.push_back(std::move(stop));
}

void ScenarioReader::readLesson(const Entry& e)
{
    auto map = openMap(e.value, KeyPlace::Lesson, kLesson, kLesson, 0, e.valueMark(), e.spec->example);
    if (!map) return;
    if (const Entry* x = map->find("goals")) m_spec.lesson.goals = readTextList(*x);
    if (const Entry* x = map->find("stops"))
        for (const YAML::Node& node : readList(*x)) readStop(node, x->valueMark());
    if (const Entry* x = map->find("recap")) m_spec.lesson.recap = readTextList(*x);
}

} // namespace postie::scenario_reading
