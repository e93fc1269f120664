#include "replay/vocabulary.h"

#include <QCoreApplication>

namespace postie::gui {
namespace {

struct WordPair {
    const char* postal;
    const char* email;
};

// The one table of word pairs (DESIGN.md, "The postal picture"), in the order of Term. The
// postal words are the ones the Narrator uses in its sentences, so a label and the caption
// under it agree (a test holds them together).
constexpr WordPair kPairs[] = {
    {QT_TRANSLATE_NOOP("Vocabulary", "writer's desk"), QT_TRANSLATE_NOOP("Vocabulary", "mail client")},
    {QT_TRANSLATE_NOOP("Vocabulary", "post office"), QT_TRANSLATE_NOOP("Vocabulary", "outgoing SMTP server (MSA)")},
    {QT_TRANSLATE_NOOP("Vocabulary", "postal-code directory"), QT_TRANSLATE_NOOP("Vocabulary", "DNS resolver")},
    {QT_TRANSLATE_NOOP("Vocabulary", "sorting station"), QT_TRANSLATE_NOOP("Vocabulary", "incoming MX server")},
    {QT_TRANSLATE_NOOP("Vocabulary", "PO boxes"), QT_TRANSLATE_NOOP("Vocabulary", "mailbox store (IMAP/POP3)")},
    {QT_TRANSLATE_NOOP("Vocabulary", "junction"), QT_TRANSLATE_NOOP("Vocabulary", "router")},
    {QT_TRANSLATE_NOOP("Vocabulary", "snooper"), QT_TRANSLATE_NOOP("Vocabulary", "eavesdropper on the network path")},
    {QT_TRANSLATE_NOOP("Vocabulary", "letter"), QT_TRANSLATE_NOOP("Vocabulary", "message")},
    {QT_TRANSLATE_NOOP("Vocabulary", "truck"), QT_TRANSLATE_NOOP("Vocabulary", "SMTP session")},
    {QT_TRANSLATE_NOOP("Vocabulary", "returned to sender"), QT_TRANSLATE_NOOP("Vocabulary", "bounced (DSN)")},
};
static_assert(std::size(kPairs) == std::size_t(Vocabulary::Term::ReturnToSender) + 1, "one pair per term");

} // namespace

QString Vocabulary::word(Term term, Words words)
{
    const WordPair& pair = kPairs[std::size_t(term)];
    return QCoreApplication::translate("Vocabulary", words == Words::Postal ? pair.postal : pair.email);
}

Vocabulary::Term Vocabulary::termFor(StationKind kind)
{
    switch (kind) {
    case StationKind::Client: return Term::Client;
    case StationKind::Outgoing: return Term::Outgoing;
    case StationKind::Resolver: return Term::Resolver;
    case StationKind::Incoming: return Term::Incoming;
    case StationKind::Mailbox: return Term::Mailbox;
    case StationKind::Router: return Term::Router;
    case StationKind::Snooper: return Term::Snooper;
    }
    return Term::Router;
}

QString Vocabulary::headline(const QString& word)
{
    if (word.isEmpty()) return word;
    return word.at(0).toUpper() + word.mid(1);
}

QString Vocabulary::waiting(qint64 count, Words words)
{
    // Whole sentences, not pieced together from words: plurals differ between languages.
    return words == Words::Postal
               ? QCoreApplication::translate("Vocabulary", "%n letter(s) waiting", nullptr, int(count))
               : QCoreApplication::translate("Vocabulary", "%n message(s) queued", nullptr, int(count));
}

} // namespace postie::gui
