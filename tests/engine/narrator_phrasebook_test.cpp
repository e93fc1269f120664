// The narration in another language: the engine hands each phrase to the program's phrasebook,
// places and letters take the form their role in the sentence asks for, and a catalogue's typo
// never costs the reader a sentence.
#include "trace/narrator.h"
#include "words/phrasebook.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace postie {
namespace {

// A small catalogue, keyed like Qt's: the English and the comment that tells roles apart.
class SmallCatalogue : public Phrasebook {
public:
    explicit SmallCatalogue(std::map<std::string, std::string> entries) : words(std::move(entries)) {}
    std::string word(const Phrase& p) const override
    {
        const auto it = words.find(std::string(p.text) + "|" + (p.comment ? p.comment : ""));
        return it == words.end() ? p.text : it->second;
    }

private:
    std::map<std::string, std::string> words;
};

class GermanBook : public SmallCatalogue {
public:
    GermanBook() : SmallCatalogue({
        {"{at} knocks at the door of {peer_of} ({dialogue} connection, port {port})|",
         "{at} klopft an die Tür {peer_of} ({dialogue}-Verbindung, Port {port})"},
        {"{label}|subject", "{label}"},
        {"the post office {id}|of", "des Postamts {id}"},
        {"the post office {id}|subject", "das Postamt {id}"},
        {"{at} opens again (station up)|", "{at} öffnet wieder (station up)"},
        {"letter {id}|subject", "der Brief {id}"},
        {"{letter} to {recipient} has arrived (delivered)|", "{letter} an {recipient} ist angekommen (delivered)"},
        {"{at} closes its doors (station down)|", "{at} schließt, {nobody}"},  // a slot the English lacks
    }) {}
};

Narrator town(const Phrasebook& book)
{
    Narrator narrator({{"alice", {"client", "Alice's laptop"}}, {"smtp.sender.test", {"outgoing", ""}}}, std::nullopt);
    narrator.setPhrasebook(book);
    return narrator;
}

TEST(NarratorPhrasebook, PlacesTakeTheFormOfTheirRoleInTheSentence)
{
    const GermanBook german;
    TraceRecord r;
    r.type = EventType::SmtpConnect;
    r.station = "alice";
    r.peer = "smtp.sender.test";
    r.port = 587;
    EXPECT_EQ(town(german).tell(r), "Alice's laptop klopft an die Tür des Postamts smtp.sender.test (SMTP-Verbindung, Port 587)");
    EXPECT_EQ(town(englishPhrasebook()).tell(r),
              "Alice's laptop knocks at the door of the post office smtp.sender.test (SMTP connection, port 587)");
}

TEST(NarratorPhrasebook, ASentenceStartingWithAnArticleIsCapitalised)
{
    const GermanBook german;
    TraceRecord up;
    up.type = EventType::StationUp;
    up.station = "smtp.sender.test";
    EXPECT_EQ(town(german).tell(up), "Das Postamt smtp.sender.test öffnet wieder (station up)");
    TraceRecord final;
    final.type = EventType::MessageFinal;
    final.message = "m1";
    final.recipient = "bob@example.org";
    final.outcome = Outcome::Delivered;
    EXPECT_EQ(town(german).tell(final), "Der Brief m1 an bob@example.org ist angekommen (delivered)");
}

TEST(NarratorPhrasebook, ATranslationWithAnUnknownSlotFallsBackToTheEnglish)
{
    const GermanBook german;
    TraceRecord down;
    down.type = EventType::StationDown;
    down.station = "smtp.sender.test";
    EXPECT_EQ(town(german).tell(down), "Das Postamt smtp.sender.test closes its doors (station down)");
}

// French writes a writer's device with its article ("Le téléphone de Bob") and contracts it
// after "à" and "de", as its catalogue's spelling rules say.
class FrenchBook : public SmallCatalogue {
public:
    FrenchBook() : SmallCatalogue({
        {"{at} knocks at the door of {peer_of} ({dialogue} connection, port {port})|",
         "{at} frappe à la porte {peer_of} (connexion {dialogue}, port {port})"},
        {"{at} opens again (station up)|", "{at_to}, les portes rouvrent (station up)"},
        {"{label}|subject", "{label}"},
        {"{label}|to", "à {label}"},
        {"{label}|of", "de {label}"},
        {"-|contractions", " à le | au ; à Le | au ; de le | du ; de Le | du ; de L'| de l'; à L'| à l'; L'| l'"},
    }) {}
};

TEST(NarratorPhrasebook, AFrenchLabelsArticleIsContractedAfterAAndDe)
{
    const FrenchBook french;
    Narrator narrator({{"alice", {"client", "L'ordinateur portable d'Alice"}}, {"bob", {"client", "Le téléphone de Bob"}}},
                      std::nullopt);
    narrator.setPhrasebook(french);
    TraceRecord knock;
    knock.type = EventType::SmtpConnect;
    knock.station = "alice";
    knock.peer = "bob";
    knock.port = 25;
    EXPECT_EQ(narrator.tell(knock), "L'ordinateur portable d'Alice frappe à la porte du téléphone de Bob (connexion SMTP, port 25)");
    knock.station = "bob";
    knock.peer = "alice";
    EXPECT_EQ(narrator.tell(knock), "Le téléphone de Bob frappe à la porte de l'ordinateur portable d'Alice (connexion SMTP, port 25)");
    TraceRecord up;
    up.type = EventType::StationUp;
    up.station = "bob";
    EXPECT_EQ(narrator.tell(up), "Au téléphone de Bob, les portes rouvrent (station up)");  // at the start too
    // English has no rules: its sentences are as filled.
    EXPECT_EQ(respelled("to le bureau", englishPhrasebook()), "to le bureau");
}

TEST(NarratorPhrasebook, TheDayOfALaterDayIsWordedToo)
{
    class Book : public Phrasebook {
        std::string word(const Phrase& p) const override
        {
            return std::string(p.text) == "day {day} " ? "Tag {day}, " : p.text;
        }
    } book;
    Narrator narrator({}, std::nullopt);
    narrator.setPhrasebook(book);
    EXPECT_EQ(narrator.clock(SimTime::fromMicros(86'400'000'000LL + 1'000)), "Tag 2, 00:00:00.001");
}

TEST(NarratorPhrasebook, TheEnginesOwnReasonsAreWordedAndAReplyLineStaysAsItIs)
{
    class Book : public Phrasebook {
        std::string word(const Phrase& p) const override
        {
            const std::string text = p.text;
            if (text == "connection refused") return "Verbindung abgelehnt";
            if (text == "a lane to {destination} is free") return "eine Spur zu {destination} ist frei";
            if (text == "{at} could not get in at {peer_to}: {reason} (connection failed)") return "{at}: {reason}";
            if (text == "At {at_to}, {reason}: {letter} sets off (delivery starts)") return "{reason}";
            if (text == "{letter} waits at {at_to} for the next round: {reason} (deferred)") return "{reason}";
            return p.text;
        }
    } book;
    Narrator narrator({{"smtp.sender.test", {"outgoing", ""}}}, std::nullopt);
    narrator.setPhrasebook(book);
    TraceRecord r;
    r.station = "smtp.sender.test";
    r.type = EventType::ConnectFailed;
    r.reason = "connection refused";
    EXPECT_EQ(narrator.tell(r), "The post office smtp.sender.test: Verbindung abgelehnt");
    r.type = EventType::QueueLeave;
    r.reason = "a lane to mx1.example.org is free";
    EXPECT_EQ(narrator.tell(r), "Eine Spur zu mx1.example.org ist frei");
    r.type = EventType::DeliveryDeferred;
    r.reason = "451 4.7.1 try again later";
    EXPECT_EQ(narrator.tell(r), "451 4.7.1 try again later");
}

TEST(Capitalized, UpperCasesAnAccentedFirstLetterToo)
{
    EXPECT_EQ(capitalized("à 09:00"), "À 09:00");
    EXPECT_EQ(capitalized("le bureau"), "Le bureau");
    EXPECT_EQ(capitalized("÷"), "÷");
    EXPECT_EQ(capitalized(""), "");
}

} // namespace
} // namespace postie
