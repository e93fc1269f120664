#pragma once
// Tells each trace event in plain words, with the postal picture beside the protocol word:
// "The post office asks the postal-code directory which sorting station serves example.org
// (DNS MX query)". The CLI's narration and the app's caption bar both come from here.
#include "trace/trace_record.h"
#include "words/phrasebook.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace postie {

// Which words the sentences use: the postal picture ("the post office smtp.sender.test", "letter
// m1") or the email words ("the outgoing SMTP server (MSA) smtp.sender.test", "message m1").
// The protocol words in parentheses at the end are the same in both.
enum class NarrationWords { Postal, Email };

struct StationInfo {
    std::string kind;   // "client", "outgoing", ... (scenario words)
    std::string label;  // "Alice's laptop"; may be empty
    // Whether a writer's label names many, so its verb agrees; unset: pluralLabel() reads it
    // from the label. A label in another language is given the number of its English one.
    std::optional<bool> many;
};

class Narrator {
public:
    Narrator(std::map<std::string, StationInfo> stations, std::optional<std::int64_t> startEpoch);

    // One sentence for a record; empty when the record is too small to tell (a truck passing
    // a junction).
    std::string tell(const TraceRecord& record) const;
    // "09:00:00.031" (with "day N " in front after the first day).
    std::string clock(SimTime t) const;
    // "Wed 14 Jul 2010, 09:00:00.031" when the scenario has a `start:`; else clock(t).
    std::string dateAndTime(SimTime t) const;
    // The date a header line of the run shows for t, as the engine writes it: "Wed, 14 Jul
    // 2010 09:00:00 +0000" (from 2000-01-01 without a `start:`).
    std::string rfc5322Date(SimTime t) const;
    // "the post office smtp.sender.test", "the PO boxes at box.example.org", "Alice's laptop"
    std::string place(const std::string& stationId) const;
    // Whether a station's place is grammatically plural, so its verb agrees ("The town's
    // writers knock", "The PO boxes at box.example.org answer").
    bool plural(const std::string& stationId) const;
    // The simple rule for a label the scenario gives (a writer's device, a junction): plural
    // when its last word, a parenthesised remark left aside, ends in "s" but not in "'s",
    // "ss", "us" or "is" ("Classrooms", "The town's writers"; not "Bob's phone (IMAP)",
    // "Alice's PO box", "Campus").
    static bool pluralLabel(std::string_view label);

    void setWords(NarrationWords words) { m_words = words; }
    // The words in the reader's language; English unless a program gives its own book. The book
    // must outlive the narrator.
    void setPhrasebook(const Phrasebook& book) { m_book = &book; }
    NarrationWords words() const { return m_words; }

private:
    std::string sentence(const TraceRecord& record) const;
    // place() in a grammatical role: 0 subject, 1 object, 2 after "to", 3 after "of".
    std::string placeAs(const std::string& stationId, int role) const;
    NarrationWords m_words = NarrationWords::Postal;
    const Phrasebook* m_book = &englishPhrasebook();
    std::map<std::string, StationInfo> m_stations;
    std::optional<std::int64_t> m_startEpoch;
};

} // namespace postie
