#include "core/session/socketerrortext.h"

QString SocketErrorText::text(QAbstractSocket::SocketError error, const QString &target)
{
    const QString where = target.isEmpty() ? tr("the server") : target;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("Connection to %1 refused: nothing is listening on that port.").arg(where);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("%1 closed the TCP connection.").arg(where);
    case QAbstractSocket::HostNotFoundError:
        return tr("Host name lookup failed for %1: no such host.").arg(where);
    case QAbstractSocket::SocketAccessError:
        return tr("Not allowed to open a socket to %1.").arg(where);
    case QAbstractSocket::SocketResourceError:
        return tr("Out of sockets or memory while connecting to %1.").arg(where);
    case QAbstractSocket::SocketTimeoutError:
        return tr("Connection to %1 timed out.").arg(where);
    case QAbstractSocket::DatagramTooLargeError:
        return tr("Datagram too large for %1.").arg(where);
    case QAbstractSocket::NetworkError:
        return tr("Network error while talking to %1 (unreachable or reset).").arg(where);
    case QAbstractSocket::AddressInUseError:
        return tr("The local address for %1 is already in use.").arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("The local address for %1 is not available.").arg(where);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("Operation not supported by this system when connecting to %1.").arg(where);
    case QAbstractSocket::UnfinishedSocketOperationError:
        return tr("A previous socket operation to %1 has not finished yet.").arg(where);
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return tr("The proxy requires authentication (connecting to %1).").arg(where);
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("TLS handshake with %1 failed.").arg(where);
    case QAbstractSocket::ProxyConnectionRefusedError:
        return tr("The proxy refused the connection (connecting to %1).").arg(where);
    case QAbstractSocket::ProxyConnectionClosedError:
        return tr("The proxy closed the connection unexpectedly (connecting to %1).").arg(where);
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return tr("The proxy did not answer in time (connecting to %1).").arg(where);
    case QAbstractSocket::ProxyNotFoundError:
        return tr("The proxy host was not found (connecting to %1).").arg(where);
    case QAbstractSocket::ProxyProtocolError:
        return tr("The proxy answered with something that is not its protocol (connecting to %1).").arg(where);
    case QAbstractSocket::OperationError:
        return tr("A socket operation to %1 was attempted in the wrong state.").arg(where);
    case QAbstractSocket::SslInternalError:
        return tr("The TLS library failed internally while talking to %1.").arg(where);
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("Invalid TLS data (certificate or key) for %1.").arg(where);
    case QAbstractSocket::TemporaryError:
        return tr("Temporary socket error with %1; try again.").arg(where);
    case QAbstractSocket::UnknownSocketError:
        break;
    }
    return tr("Unknown socket error with %1.").arg(where);
}

ErrorCategory SocketErrorText::category(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ErrorCategory::Dns;
    case QAbstractSocket::SocketTimeoutError:
        return ErrorCategory::Timeout;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return ErrorCategory::Proxy;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ErrorCategory::Tls;
    default:
        return ErrorCategory::Network;
    }
}
