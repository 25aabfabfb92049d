#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// The server side of a SOCKS5 negotiation (RFC 1928) with username/password authentication
// (RFC 1929), as a value fed with bytes. The wire tap uses it on each connection QWebSocket makes:
// the username carries the session id and the password a per-tap secret, so only our own
// sessions can use the tap. Only CONNECT is supported (RFC 1928 §4); everything else gets the
// matching error reply and the negotiation fails.
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

    Socks5Negotiation(const QByteArray &expectedUser, const QByteArray &expectedPassword);

    // Consumes bytes; returns the bytes to write back to the client (method choice, auth status,
    // or an error reply). After RequestReady any further bytes are left unconsumed: *consumed says
    // how many were used, the rest belong to the tunnel.
    QByteArray feed(QByteArrayView bytes, qsizetype *consumed = nullptr);

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QByteArray username() const { return m_user; }
    // The CONNECT target (RequestReady): a host name (ATYP 3) or an address literal.
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    // The final reply to a CONNECT (RFC 1928 §6); the bound address is reported as 0.0.0.0:0,
    // which clients ignore for CONNECT.
    static QByteArray reply(ReplyCode code);
    static QString replyText(quint8 code);

private:
    QByteArray fail(const QString &error, const QByteArray &reply);

    QByteArray m_expectedUser;
    QByteArray m_expectedPassword;
    QByteArray m_buffer;
    State m_state = State::Greeting;
    QString m_error;
    QByteArray m_user;
    QString m_host;
    quint16 m_port = 0;
};
