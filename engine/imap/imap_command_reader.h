#pragma once
// Reads IMAP4rev1 commands off a connection's bytes (RFC 3501 §2.2, §9; RFC 9051): a tag, a
// command name and its arguments: atoms, quoted strings, literals ({n} with the "+" go-ahead the
// server sends first, or {n+} that comes at once, RFC 7888) and parenthesized lists. An atom
// may hold a section in brackets with spaces in it (BODY.PEEK[HEADER.FIELDS (FROM TO)]<0.100>).
// Everything it is given is bounded: a line, a literal, a whole command and the nesting of
// lists have limits, and what breaks them or the grammar is an error to answer with BAD; the
// reader then carries on with the next line. Nothing here writes or sends: the server does.
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace postie::imap {

struct Value {
    enum class Kind { Atom, String, List };  // NIL and numbers are atoms; a literal is a string
    Kind kind = Kind::Atom;
    std::string text;
    std::vector<Value> items;  // a list's
};

struct Command {
    std::string tag;
    std::string name;  // upper case: "FETCH", "UID"
    std::vector<Value> args;
};

struct Limits {
    std::size_t line = 8 * 1024;         // one line, without its literals
    std::size_t literal = 64 * 1024;     // one literal (nothing here is written: a login's words)
    std::size_t command = 256 * 1024;    // the lines and literals of one command
    int depth = 8;                       // lists inside lists
};

// What the reader has for the server, in the order it arose.
struct Reading {
    enum class Kind {
        Command,   // a whole command
        GoAhead,   // a literal {n} is announced: answer "+ ..." and its bytes will come
        Bad,       // `tag` (empty: unknown) is answered BAD `error`; the line is dropped
    };
    Kind kind = Kind::Command;
    Command command;
    std::string tag;
    std::string error;
};

class CommandReader {
public:
    explicit CommandReader(Limits limits = {}) : m_limits(limits) {}

    // Takes the next bytes of the connection, as they come (any split).
    void feed(std::string_view bytes);
    // The next thing for the server, or nothing until more bytes come.
    std::optional<Reading> next();
    // Bytes taken but not yet part of something read (an unfinished line or literal).
    std::size_t pending() const { return m_buffer.size(); }

private:
    void readLines();
    void finishCommand();
    void fail(const std::string& error);

    Limits m_limits;
    std::string m_buffer;                // bytes not yet used
    std::string m_text;                  // this command's lines so far; literals stand as \x01N\x01
    std::vector<std::string> m_literals; // this command's literals
    std::size_t m_literalLeft = 0;       // bytes of a literal still to come
    bool m_inLiteral = false;
    std::size_t m_skip = 0;              // bytes of a refused literal to throw away
    bool m_skipLine = false;             // throwing away the rest of a line too long
    std::size_t m_commandBytes = 0;
    std::deque<Reading> m_out;
};

// Parses one command's text (literals already in `literals`, marked in the text): exposed for
// the tests and the fuzz target. Returns the error on failure.
std::optional<std::string> parseCommand(const std::string& text, const std::vector<std::string>& literals,
                                        const Limits& limits, Command& out);

} // namespace postie::imap
