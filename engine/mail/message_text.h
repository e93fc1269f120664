#pragma once
// A letter as a mail program reads it: the whole RFC 5322 message, its header block and its
// body, with CRLF line ends as on the wire (RFC 5322 §2.1). Header values may hold UTF-8 as
// RFC 6532 allows. A letter whose scenario gives no text gets a generated one, so that the
// message as its writer submits it is the letter's size (RFC 1870 counts the whole message).
#include "mail/message.h"

#include <cstdint>
#include <string>

namespace postie {

class World;

// The letter's body with LF line ends: its own text (a bounce's report, a mailing list's
// footer included), or for a letter without one a generated text of the size that makes the
// whole message, as submitted, `sizeBytes` long. The same text every time it is asked for.
std::string letterBody(const Message& message, const World& world);

enum class LineEnds { Crlf, Lf };  // on the wire, or in a mailbox file

// Every header field top first (Return-Path and Received lines too) and the blank line after them.
std::string headerBlock(const Message& message, const World& world, LineEnds ends = LineEnds::Crlf);
// The whole message: the header block, then the body.
std::string messageText(const Message& message, const World& world, LineEnds ends = LineEnds::Crlf);

// The length of `text` once its LF line ends are CRLF, as it travels.
std::uint64_t wireLength(const std::string& text);

} // namespace postie
