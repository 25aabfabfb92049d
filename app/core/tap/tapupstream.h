#pragma once

#include "core/log/event.h"
#include "core/session/tlserrortext.h"
#include "core/tap/tapconfig.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>

class QSslSocket;
class QTimer;

// Opening a tap tunnel's upstream leg (docs/ARCHITECTURE.md, "The wire tap"): TCP to the SOCKS
// request's target, through the user's upstream proxy or none (never the system proxy), and TLS
// for wss:// with the session's certificates and a bound on a handshake that gets no answer.
// It says once whether the leg is up or why not; the tunnel relays over socket() after that.
class TapUpstream : public QObject
{
    Q_OBJECT

public:
    // `target` is "host:port" as the log writes it (an IPv6 literal in brackets).
    TapUpstream(const QString &host, quint16 port, const QString &target, const TapConfig &config,
                QObject *parent = nullptr);

    QSslSocket *socket() const { return m_socket; }
    void open();
    const QList<QSslError> &tlsErrors() const { return m_tlsErrors; }
    // A Tls event about the session so far, with `warning` as its text.
    Event tlsEvent(const QString &warning) const;
    // What TlsErrorText needs to word a handshake that failed without certificate errors (also
    // one that the server refuses after the client's side of it completed, as TLS 1.3 does).
    TlsErrorText::HandshakeFacts handshakeFacts() const;

signals:
    // TCP is up, and TLS too for wss://.
    void established();
    // It could not be opened: the SOCKS reply for the client (RFC 1928 §6) and what to log.
    // describeTls: a Tls event (chain, errors) belongs in the log before the error.
    void failed(quint8 socksReply, ErrorCategory category, const QString &text, bool describeTls);

private:
    void onError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onStalled();
    void settle();

    QString m_host;
    quint16 m_port = 0;
    QString m_target;
    TapConfig m_config;
    QSslSocket *m_socket = nullptr;
    QTimer *m_stall = nullptr;
    QList<QSslError> m_tlsErrors;
    bool m_settled = false;   // established() or failed() was emitted
};
