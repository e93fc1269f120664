#include "realmail/imap_view.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace postie::gui {

ImapView::ImapView(std::function<SimTime()> moment, QObject* parent) : QObject(parent), m_moment(std::move(moment))
{
    m_server.setMaxPendingConnections(16);
    connect(&m_server, &QTcpServer::newConnection, this, &ImapView::accept);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ImapView::followPlayback);
}

ImapView::~ImapView()
{
    // The sessions hold the boxes: the sockets go first.
    for (auto& c : m_connections) c->socket->abort();
    m_connections.clear();
}

bool ImapView::start(quint16 port)
{
    if (serving()) return true;
    // Loopback only: the PO boxes are for the machine in front of the class, not the network.
    if (m_server.listen(QHostAddress::LocalHost, port)) return true;
    return port != 0 && m_server.listen(QHostAddress::LocalHost, 0);
}

void ImapView::stop()
{
    closeAll("* BYE Postie stopped serving the PO boxes\r\n");
    m_server.close();
}

void ImapView::setTown(const ScenarioSpec& spec)
{
    closeAll("* BYE another town is on screen; connect again to see its PO boxes\r\n");
    // UIDVALIDITY from the clock, and past every earlier town's, so a mail program's cache never
    // takes one town's letters for another's (RFC 3501 §2.3.1.1).
    const auto now = std::uint32_t(QDateTime::currentSecsSinceEpoch());
    const std::uint32_t validity = m_live ? std::max(now, m_live->boxes().uidValidity() + 1000) : now;
    m_live = std::make_unique<LiveMailboxes>(spec, validity);
    ++m_towns;
}

QStringList ImapView::users() const
{
    QStringList out;
    if (m_live)
        for (const std::string& user : m_live->boxes().users()) out << QString::fromStdString(user);
    return out;
}

void ImapView::followPlayback()
{
    if (!m_live || m_connections.empty()) return;
    if (!m_live->moveTo(m_moment())) return;
    for (auto& c : m_connections) {
        if (c->closing) continue;
        send(*c, c->session.refresh());
        if (c->session.loggedOut()) close(*c, {});
    }
}

void ImapView::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (!m_live) {
            socket->write("* BYE no town is open in Postie\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        m_live->moveTo(m_moment());  // a new client sees the moment on screen
        auto& c = *m_connections.emplace_back(std::make_unique<Connection>(socket, m_live->boxes()));
        socket->setParent(this);
        c.idle.setSingleShot(true);
        c.idle.setInterval(std::chrono::minutes(kIdleMinutes));
        connect(&c.idle, &QTimer::timeout, this, [this, &c] { close(c, "* BYE idle for too long\r\n"); });
        connect(socket, &QTcpSocket::readyRead, this, [this, &c] { read(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        send(c, c.session.greeting());
        c.idle.start();
    }
    m_tick.start();
    emit connectionsChanged(connections());
}

void ImapView::read(Connection& c)
{
    const QByteArray bytes = c.socket->readAll();
    if (c.closing) return;
    c.idle.start();
    c.reader.feed(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    while (!c.session.loggedOut()) {
        const auto reading = c.reader.next();
        if (!reading) break;
        send(c, c.session.answer(*reading));
    }
    if (c.session.loggedOut()) close(c, {});
}

void ImapView::send(Connection& c, const std::string& bytes)
{
    if (!bytes.empty()) c.socket->write(bytes.data(), qint64(bytes.size()));
}

void ImapView::close(Connection& c, const std::string& last)
{
    if (c.closing) return;
    c.closing = true;
    send(c, last);
    c.idle.stop();
    // After what is written has gone: disconnected() then forgets the connection.
    c.socket->disconnectFromHost();
}

void ImapView::forget(QTcpSocket* socket)
{
    // Later, not now: disconnected() may come from inside read() or followPlayback(), which
    // still hold the connection.
    QMetaObject::invokeMethod(this, [this, socket] { erase(socket); }, Qt::QueuedConnection);
}

void ImapView::erase(QTcpSocket* socket)
{
    const auto gone = std::find_if(m_connections.begin(), m_connections.end(),
                                   [socket](const auto& c) { return c->socket == socket; });
    if (gone == m_connections.end()) return;
    m_connections.erase(gone);
    socket->deleteLater();
    if (m_connections.empty()) m_tick.stop();
    emit connectionsChanged(connections());
}

void ImapView::closeAll(const std::string& last)
{
    for (auto& c : m_connections) {
        send(*c, last);
        c->socket->flush();
        c->socket->disconnect(this);
        c->socket->disconnectFromHost();
        c->socket->deleteLater();
    }
    const bool had = !m_connections.empty();
    m_connections.clear();
    m_tick.stop();
    if (had) emit connectionsChanged(0);
}

} // namespace postie::gui
