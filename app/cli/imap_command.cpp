#include "imap_command.h"

#include "imap/imap_command_reader.h"
#include "imap/imap_mailboxes.h"
#include "imap/imap_session.h"
#include "scenario/live_mailboxes.h"
#include "scenario/scenario_loader.h"
#include "scenario/scenario_run.h"
#include "scenario/units.h"

#include <asio.hpp>
#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cmath>
#include <ctime>
#include <deque>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

namespace postie::cli {
namespace {

using asio::ip::tcp;

// One client's connection: what it sends goes through the command reader into the session,
// whose answers go back in order. A connection silent for too long is closed.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, const ImapMailboxes& boxes, std::chrono::minutes idle)
        : m_socket(std::move(socket)), m_session(boxes), m_timer(m_socket.get_executor()), m_idle(idle)
    {
    }

    void start()
    {
        send(m_session.greeting());
        read();
    }

    // The boxes moved on: what an idling client must hear now (or BYE, and the end).
    void tell()
    {
        if (m_closing) return;
        send(m_session.refresh());
        if (m_session.loggedOut()) m_closing = true;
    }

    bool open() const { return m_socket.is_open(); }

private:
    void read()
    {
        m_timer.expires_after(m_idle);
        m_timer.async_wait([self = shared_from_this()](const asio::error_code& e) {
            if (!e) self->close("* BYE idle for too long\r\n");
        });
        m_socket.async_read_some(asio::buffer(m_in), [self = shared_from_this()](const asio::error_code& e, std::size_t n) {
            if (e) return self->stop();
            self->m_reader.feed(std::string_view(self->m_in.data(), n));
            while (!self->m_session.loggedOut()) {
                auto r = self->m_reader.next();
                if (!r) break;
                self->send(self->m_session.answer(*r));
            }
            if (self->m_session.loggedOut()) {
                self->m_closing = true;
                return;
            }
            self->read();
        });
    }

    void send(std::string bytes)
    {
        if (bytes.empty()) return;
        m_out.push_back(std::move(bytes));
        if (m_out.size() == 1) write();
    }

    void write()
    {
        asio::async_write(m_socket, asio::buffer(m_out.front()), [self = shared_from_this()](const asio::error_code& e, std::size_t) {
            if (e) return self->stop();
            self->m_out.pop_front();
            if (!self->m_out.empty()) self->write();
            else if (self->m_closing) self->stop();
        });
    }

    void close(std::string last)
    {
        m_closing = true;
        send(std::move(last));
    }

    void stop()
    {
        asio::error_code ignored;
        m_timer.cancel();
        m_socket.shutdown(tcp::socket::shutdown_both, ignored);
        m_socket.close(ignored);
    }

    tcp::socket m_socket;
    imap::CommandReader m_reader;
    imap::ImapSession m_session;
    asio::steady_timer m_timer;
    std::chrono::minutes m_idle;
    std::array<char, 16 * 1024> m_in{};
    std::deque<std::string> m_out;
    bool m_closing = false;
};

// The open connections, to tell when the boxes move on.
using Connections = std::vector<std::weak_ptr<Connection>>;

void accept(tcp::acceptor& acceptor, const ImapMailboxes& boxes, std::chrono::minutes idle, Connections& open)
{
    acceptor.async_accept([&acceptor, &boxes, idle, &open](const asio::error_code& e, tcp::socket socket) {
        if (!e) {
            auto connection = std::make_shared<Connection>(std::move(socket), boxes, idle);
            connection->start();
            std::erase_if(open, [](const std::weak_ptr<Connection>& c) { return c.expired(); });
            open.push_back(connection);
        }
        accept(acceptor, boxes, idle, open);
    });
}

// With --speed: the town's clock runs on from `from`, `speed` simulated seconds to the real one,
// and each tick brings the boxes to it and tells every connection.
void tick(asio::steady_timer& timer, LiveMailboxes& live, SimTime from, double speed,
          std::chrono::steady_clock::time_point began, Connections& open)
{
    timer.expires_after(std::chrono::milliseconds(200));
    timer.async_wait([&timer, &live, from, speed, began, &open](const asio::error_code& e) {
        if (e) return;
        const double real = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        if (live.moveTo(from + SimTime::fromSeconds(real * speed)))
            for (const auto& c : open)
                if (auto connection = c.lock(); connection && connection->open()) connection->tell();
        tick(timer, live, from, speed, began, open);
    });
}

} // namespace

int runImap(const ImapOptions& options, std::ostream& out, std::ostream& err)
{
    if (options.port < 0 || options.port > 65535) {
        err << "postie-cli: --port: " << options.port << " is not a port from 0 to 65535\n";
        return 2;
    }
    std::optional<SimTime> at;
    if (!options.at.empty()) {
        auto parsed = parseDuration(options.at);
        if (!parsed.value) {
            err << "postie-cli: --at: " << parsed.error << '\n';
            return 2;
        }
        at = *parsed.value;
    }
    if (options.speed < 0 || !std::isfinite(options.speed) || options.speed > 1e6) {
        err << "postie-cli: --speed: " << options.speed << " is not a speed from 0 to 1000000 (simulated seconds per second)\n";
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(options.file);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) err << e.format() << '\n';
        return 1;
    }
    // Without --speed the boxes stand still at --at or the end; with it they start at --at (or
    // the start) and move on.
    std::optional<ScenarioRun> run;
    std::optional<LiveMailboxes> live;
    ImapMailboxes still;
    // UIDVALIDITY: the time the server started, so that a mail program that cached another
    // run's letters under the same account fetches these anew (RFC 3501 §2.3.1.1).
    const auto started = std::uint32_t(std::time(nullptr));
    if (options.speed > 0) {
        live.emplace(*loaded.spec, started);
        live->moveTo(at.value_or(SimTime{}));
    } else {
        run.emplace(*loaded.spec);
        run->world().keepEveryLetter();
        if (at) run->runThrough(*at);
        else run->runToEnd();
        still = ImapMailboxes::of(run->world(), started);
    }
    const ImapMailboxes& boxes = live ? live->boxes() : still;

    asio::io_context io;
    tcp::acceptor acceptor(io);
    asio::error_code e;
    // Loopback only: the PO boxes are for the machine in front of the class, not the network.
    const tcp::endpoint where(asio::ip::make_address_v4("127.0.0.1"), std::uint16_t(options.port));
    acceptor.open(where.protocol(), e);
    if (!e) acceptor.set_option(tcp::acceptor::reuse_address(true), e);
    if (!e) acceptor.bind(where, e);
    if (!e) acceptor.listen(asio::socket_base::max_listen_connections, e);
    if (e) {
        err << "postie-cli: imap: cannot listen on 127.0.0.1:" << options.port << ": " << e.message() << '\n';
        return 2;
    }
    out << fmt::format("Serving the PO boxes of {} over IMAP on 127.0.0.1:{}, read-only; log in with a user's address "
                       "and the password {}. Stop with Ctrl+C.\n",
                       options.file, acceptor.local_endpoint().port(), imap::kPassword)
        << std::flush;
    Connections open;
    accept(acceptor, boxes, std::chrono::minutes(options.idleMinutes), open);
    asio::steady_timer clock(io);
    if (live) tick(clock, *live, live->at(), options.speed, std::chrono::steady_clock::now(), open);
    io.run();
    return 0;
}

} // namespace postie::cli
