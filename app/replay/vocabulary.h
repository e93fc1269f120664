#pragma once
// The two sets of words the app speaks: the postal picture ("post office", "letter") and the
// email words ("outgoing SMTP server (MSA)", "message"), one table of pairs after the glossary
// in DESIGN.md. Labels, tooltips and the caption bar take their words from here, so switching
// View > Email words switches them all, and the other word is always one tooltip away.
#include "scenario/scenario_spec.h"

#include <QString>

namespace postie::gui {

enum class Words { Postal, Email };

class Vocabulary {
public:
    enum class Term {
        Client,          // a station of each kind
        Outgoing,
        Resolver,
        Incoming,
        Mailbox,
        Router,
        Snooper,         // someone on the road who reads what passes
        Letter,          // what travels
        Truck,
        ReturnToSender,  // a bounce
    };

    // The word for a term, translated; lower case, as it stands inside a sentence.
    static QString word(Term term, Words words);
    static QString word(StationKind kind, Words words) { return word(termFor(kind), words); }
    static QString other(Term term, Words words) { return word(term, flipped(words)); }
    static QString other(StationKind kind, Words words) { return word(kind, flipped(words)); }
    static Term termFor(StationKind kind);
    static Words flipped(Words words) { return words == Words::Postal ? Words::Email : Words::Postal; }
    // "Outgoing SMTP server (MSA)": the first letter in upper case, for a label of its own.
    static QString headline(const QString& word);
    // "3 letters waiting" / "3 messages queued".
    static QString waiting(qint64 count, Words words);
};

} // namespace postie::gui
