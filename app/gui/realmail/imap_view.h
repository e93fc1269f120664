#pragma once
// The app's live IMAP view (File > Open in a mail program): the PO boxes of the town on screen,
// as the moment on screen has them, served read-only over IMAP4rev1 on 127.0.0.1, so that a
// class opens Thunderbird and watches Bob's INBOX fill as the playback runs. The protocol is the
// engine's (ImapSession, the same as postie-cli imap); this class owns the sockets (Qt Network)
// and moves the boxes with the playback, a few times a second while anyone is connected.
#include "imap/imap_command_reader.h"
#include "imap/imap_session.h"
#include "scenario/live_mailboxes.h"

#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace postie::gui {

class ImapView : public QObject {
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 1143;  // postie-cli imap's default too
    static constexpr int kTickMs = 250;             // how often the boxes follow the playback
    static constexpr int kIdleMinutes = 30;         // a silent connection is closed (RFC 3501 §5.4)

    // `moment` says the simulated time on screen.
    explicit ImapView(std::function<SimTime()> moment, QObject* parent = nullptr);
    ~ImapView() override;

    // Listens on 127.0.0.1 at `port`, or at a free port when that one is taken; false (and
    // errorString()) when it cannot listen at all.
    bool start(quint16 port = kDefaultPort);
    void stop();
    bool serving() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    // The town whose PO boxes are served. Connected mail programs are told to connect again.
    void setTown(const ScenarioSpec& spec);
    // Every PO box's address, the user names a mail program logs in with.
    QStringList users() const;
    int connections() const { return int(m_connections.size()); }

    // Brings the boxes to the moment on screen and tells the connections (the timer calls it).
    void followPlayback();

signals:
    void connectionsChanged(int count);

private:
    struct Connection {
        Connection(QTcpSocket* s, const ImapMailboxes& boxes) : socket(s), session(boxes) {}
        QTcpSocket* socket;
        imap::CommandReader reader;
        imap::ImapSession session;
        QTimer idle;
        bool closing = false;
    };

    void accept();
    void read(Connection& c);
    void send(Connection& c, const std::string& bytes);
    void close(Connection& c, const std::string& last);
    void forget(QTcpSocket* socket);
    void erase(QTcpSocket* socket);
    void closeAll(const std::string& last);

    std::function<SimTime()> m_moment;
    std::unique_ptr<LiveMailboxes> m_live;
    std::uint32_t m_towns = 0;  // towns served so far: each starts a new UIDVALIDITY range
    QTcpServer m_server;
    QTimer m_tick;
    std::vector<std::unique_ptr<Connection>> m_connections;
};

} // namespace postie::gui
