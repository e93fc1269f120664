#pragma once
// What the outgoing and the incoming server share: an SMTP server that takes a message in,
// stamps a Received line, queues it for its workers and hands it to its delivery agent.
// The two kinds differ only in whom they accept mail for and where it goes next.
#include "mail/delivery_agent.h"
#include "mail/greylist.h"
#include "mail/station.h"
#include "mail/work_queue.h"
#include "trust/dmarc_report.h"
#include "sim/slot_table.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace postie {

struct ReceiverChecks;

class MailServer : public Station {
public:
    MailServer(World& world, std::uint32_t index, std::string id, StationKind kind, const ServerConfig& config);
    const ServerConfig& config() const { return m_config; }

    void findPeers() override;
    void setUp(bool up) override;
    void handleEvent(const Event& event) override;
    bool speaksSmtp() const override { return true; }
    SmtpReply smtpGreeting(const SmtpSession& session) override;
    void smtpSessionClosed(const SmtpSession& session) override;
    SmtpReply smtpMail(const SmtpSession& session) override;
    std::vector<SmtpReply> smtpMessage(SmtpSession& session) override;
    void smtpSessionEnded(SmtpSession& session) override { m_agent.sessionEnded(session); }
    TlsMode tlsMode() const override { return m_config.tls; }
    bool startsTls() const override { return m_config.tls != TlsMode::None; }
    std::optional<SmtpReply> smtpTlsDemand(const SmtpSession& session) const override;
    const WorkQueue* workQueue() const override { return &m_queue; }
    const DeliveryAgent& agent() const { return m_agent; }

    struct Parcel {
        MessagePtr message;
        std::vector<std::string> recipients;
        SimTime arrived;
    };

protected:
    enum Kind : std::uint32_t { kServiceDone, kDmarcReportDay };
    // Where a processed message goes next.
    virtual void forward(const Parcel& parcel) = 0;
    DeliveryAgent& agent() { return m_agent; }
    std::string nextQueueId();

private:
    // Letters a sending host may still hand in: a bucket that refills at rate_limit and holds
    // at most a minute's worth (Postfix's anvil counts per 60 s, anvil_rate_time_unit).
    struct RateBucket {
        double tokens = 0;
        SimTime refilled;
    };
    bool takeRateToken(std::uint32_t client);
    bool depotFull() const;
    // Trust (server_trust.cpp): DKIM signing on the way out, SPF, DKIM and DMARC on the way in.
    void findSigningKey();
    void signWithDkim(Message& letter, ReceivedStamp& stamp) const;
    std::optional<SmtpReply> checkAuthenticity(const SmtpSession& s, Message& letter, ReceivedStamp& stamp);
    // DMARC aggregate reports: the day's counts go out at the next midnight (UTC, scenario clock).
    void noteForDmarcReport(const ReceiverChecks& checks, const std::string& sourceIp);
    void sendDmarcReports();
    // SpamAssassin after DATA: X-Spam-Status on every letter; at 5.0 or more X-Spam-Flag and Junk.
    void filterSpam(Message& letter, ReceivedStamp& stamp) const;

    ServerConfig m_config;
    WorkQueue m_queue;
    DeliveryAgent m_agent;
    SlotTable<Parcel> m_parcels;
    std::uint64_t m_queueIds = 0;
    int m_connections = 0;  // SMTP sessions open with this server
    std::unordered_map<std::uint32_t, RateBucket> m_rateBuckets;  // by client station index
    DmarcReportBook m_dmarcReports;
    bool m_reportDayScheduled = false;
};

class OutgoingServer : public MailServer {
public:
    OutgoingServer(World& world, std::uint32_t index, std::string id, const ServerConfig& config)
        : MailServer(world, index, std::move(id), StationKind::Outgoing, config)
    {
    }

protected:
    void forward(const Parcel& parcel) override;
};

class IncomingServer : public MailServer {
public:
    IncomingServer(World& world, std::uint32_t index, std::string id, const ServerConfig& config)
        : MailServer(world, index, std::move(id), StationKind::Incoming, config), m_greylist(config.greylistDelay)
    {
    }
    void findPeers() override;
    SmtpReply smtpRecipient(const SmtpSession& session, const std::string& rcpt) override;

protected:
    void forward(const Parcel& parcel) override;

private:
    bool servesDomainOf(const std::string& rcpt) const;
    void forwardOwn(const Parcel& parcel);  // to its mailbox store, its relay_to or its list
    void sendToList(const Parcel& parcel);

    class MailboxStore* m_mailbox = nullptr;
    Greylist m_greylist;
};

} // namespace postie
