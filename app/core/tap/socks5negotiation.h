#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <functional>

// The server side of a SOCKS5 negotiation (RFC 1928) with username/password authentication
// (RFC 1929), as a value fed with bytes. The wire tap uses it on each connection made to its port:
// the credentials are one-time values per connection attempt (docs/ARCHITECTURE.md, "The wire
// tap"), so only the session's own QWebSocket gets through. Only CONNECT is supported (RFC 1928
// §4); everything else gets the matching error reply and the negotiation fails. Error texts never
// quote what the client sent (username, password): a foreign connector chooses those.
class Socks5Negotiation
{
    Q_DECLARE_TR_FUNCTIONS(Socks5Negotiation)

public:
    enum class State { Greeting, Authenticating, AwaitingRequest, RequestReady, Failed };

    // RFC 1928 §6 reply codes.
    enum ReplyCode : quint8 {
        Succeeded = 0x00,
        GeneralFailure = 0x01,
        NotAllowed = 0x02,
        NetworkUnreachable = 0x03,
        HostUnreachable = 0x04,
        ConnectionRefused = 0x05,
        TtlExpired = 0x06,
        CommandNotSupported = 0x07,
        AddressTypeNotSupported = 0x08,
    };

    // Decides an RFC 1929 username/password pair; may consume it (one-time credentials).
    using Authenticator = std::function<bool(const QByteArray &user, const QByteArray &password)>;

    explicit Socks5Negotiation(Authenticator authenticator);
    // One fixed pair, compared in constant time.
    Socks5Negotiation(const QByteArray &expectedUser, const QByteArray &expectedPassword);

    // Consumes bytes; returns the bytes to write back to the client (method choice, auth status,
    // or an error reply). After RequestReady any further bytes are left unconsumed: *consumed says
    // how many were used, the rest belong to the tunnel.
    QByteArray feed(QByteArrayView bytes, qsizetype *consumed = nullptr);

    State state() const { return m_state; }
    // The RFC 1929 exchange succeeded (AwaitingRequest, RequestReady, or Failed after it).
    bool isAuthenticated() const { return m_authenticated; }
    QString errorString() const { return m_error; }
    // The authenticated username; empty until isAuthenticated().
    QByteArray username() const { return m_authenticated ? m_user : QByteArray(); }
    // The CONNECT target (RequestReady): a host name (ATYP 3) or an address literal.
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    // The final reply to a CONNECT (RFC 1928 §6); the bound address is reported as 0.0.0.0:0,
    // which clients ignore for CONNECT.
    static QByteArray reply(ReplyCode code);
    static QString replyText(quint8 code);
    // Equality in a time that depends only on the lengths, so a local process cannot learn a
    // secret byte by byte from how fast the refusal comes.
    static bool sameSecret(const QByteArray &a, const QByteArray &b);

private:
    QByteArray fail(const QString &error, const QByteArray &reply);

    Authenticator m_authenticator;
    QByteArray m_buffer;
    State m_state = State::Greeting;
    bool m_authenticated = false;
    QString m_error;
    QByteArray m_user;
    QString m_host;
    quint16 m_port = 0;
};
