#include "core/tap/socks5negotiation.h"

#include <QHostAddress>

namespace {
constexpr quint8 Version5 = 0x05;
constexpr quint8 MethodUserPassword = 0x02;   // RFC 1928 §3
constexpr quint8 MethodNoneAcceptable = 0xFF;
constexpr quint8 AuthVersion = 0x01;          // RFC 1929 §2
constexpr quint8 CommandConnect = 0x01;
constexpr quint8 AtypIPv4 = 0x01;
constexpr quint8 AtypDomain = 0x03;
constexpr quint8 AtypIPv6 = 0x04;
} // namespace

bool Socks5Negotiation::sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    quint8 diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= quint8(a.at(i) ^ b.at(i));
    return diff == 0;
}

Socks5Negotiation::Socks5Negotiation(Authenticator authenticator)
    : m_authenticator(std::move(authenticator))
{
}

Socks5Negotiation::Socks5Negotiation(const QByteArray &expectedUser, const QByteArray &expectedPassword)
    : m_authenticator([expectedUser, expectedPassword](const QByteArray &user, const QByteArray &password) {
        // Both compared, always: the time does not tell which one was wrong.
        const bool userOk = sameSecret(user, expectedUser);
        const bool passwordOk = sameSecret(password, expectedPassword);
        return userOk && passwordOk;
    })
{
}

QByteArray Socks5Negotiation::reply(ReplyCode code)
{
    // VER REP RSV ATYP=IPv4 BND.ADDR=0.0.0.0 BND.PORT=0
    QByteArray bytes("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10);
    bytes[1] = char(code);
    return bytes;
}

QString Socks5Negotiation::replyText(quint8 code)
{
    switch (code) {
    case Succeeded: return tr("succeeded");
    case GeneralFailure: return tr("general SOCKS server failure");
    case NotAllowed: return tr("connection not allowed by ruleset");
    case NetworkUnreachable: return tr("network unreachable");
    case HostUnreachable: return tr("host unreachable");
    case ConnectionRefused: return tr("connection refused");
    case TtlExpired: return tr("TTL expired");
    case CommandNotSupported: return tr("command not supported");
    case AddressTypeNotSupported: return tr("address type not supported");
    }
    return tr("unknown reply code 0x%1").arg(code, 2, 16, QLatin1Char('0'));
}

QByteArray Socks5Negotiation::fail(const QString &error, const QByteArray &reply)
{
    m_state = State::Failed;
    m_error = error;
    m_buffer.clear();
    return reply;
}

QByteArray Socks5Negotiation::feed(QByteArrayView bytes, qsizetype *consumed)
{
    QByteArray out;
    qsizetype used = 0;
    if (m_state == State::RequestReady || m_state == State::Failed) {
        if (consumed)
            *consumed = 0;
        return out;
    }
    m_buffer.append(bytes.data(), bytes.size());
    used = bytes.size();

    bool progress = true;
    while (progress && m_state != State::RequestReady && m_state != State::Failed) {
        progress = false;
        const auto *b = reinterpret_cast<const quint8 *>(m_buffer.constData());
        const qsizetype n = m_buffer.size();
        switch (m_state) {
        case State::Greeting: {
            // RFC 1928 §3: VER NMETHODS METHODS...
            if (n < 2)
                break;
            if (b[0] != Version5)
                return out + fail(tr("SOCKS version %1 is not supported (expected 5).").arg(b[0]), QByteArray());
            const qsizetype need = 2 + b[1];
            if (n < need)
                break;
            bool offered = false;
            for (qsizetype i = 2; i < need; ++i)
                offered = offered || b[i] == MethodUserPassword;
            m_buffer.remove(0, need);
            if (!offered) {
                out += fail(tr("The client did not offer username/password authentication."),
                            QByteArray("\x05", 1) + char(MethodNoneAcceptable));
                break;
            }
            out += QByteArray::fromRawData("\x05\x02", 2);
            m_state = State::Authenticating;
            progress = true;
            break;
        }
        case State::Authenticating: {
            // RFC 1929 §2: VER ULEN UNAME PLEN PASSWD
            if (n < 2)
                break;
            if (b[0] != AuthVersion)
                return out + fail(tr("Username/password sub-negotiation version %1 is not supported.").arg(b[0]),
                                  QByteArray::fromRawData("\x01\x01", 2));
            const qsizetype ulen = b[1];
            if (n < 2 + ulen + 1)
                break;
            const qsizetype plen = b[2 + ulen];
            if (n < 3 + ulen + plen)
                break;
            m_user = m_buffer.mid(2, ulen);
            const QByteArray password = m_buffer.mid(3 + ulen, plen);
            m_buffer.remove(0, 3 + ulen + plen);
            // One sentence for a wrong user and a wrong password alike: the refusal tells a
            // foreign connector nothing, and never repeats the name it chose.
            if (!m_authenticator || !m_authenticator(m_user, password))
                return out + fail(tr("Wrong SOCKS username or password."), QByteArray::fromRawData("\x01\x01", 2));
            m_authenticated = true;
            out += QByteArray::fromRawData("\x01\x00", 2);
            m_state = State::AwaitingRequest;
            progress = true;
            break;
        }
        case State::AwaitingRequest: {
            // RFC 1928 §4: VER CMD RSV ATYP DST.ADDR DST.PORT
            if (n < 5)
                break;
            if (b[0] != Version5)
                return out + fail(tr("SOCKS request with version %1 (expected 5).").arg(b[0]), reply(GeneralFailure));
            qsizetype addrLen = 0;
            qsizetype addrStart = 4;
            switch (b[3]) {
            case AtypIPv4: addrLen = 4; break;
            case AtypIPv6: addrLen = 16; break;
            case AtypDomain: addrLen = b[4]; addrStart = 5; break;
            default:
                return out + fail(tr("SOCKS address type %1 is not supported.").arg(b[3]), reply(AddressTypeNotSupported));
            }
            const qsizetype need = addrStart + addrLen + 2;
            if (n < need)
                break;
            if (b[1] != CommandConnect) {
                return out + fail(tr("SOCKS command %1 is not supported (only CONNECT).").arg(b[1]),
                                  reply(CommandNotSupported));
            }
            if (b[3] == AtypIPv4) {
                m_host = QHostAddress(quint32(b[4]) << 24 | quint32(b[5]) << 16 | quint32(b[6]) << 8 | b[7]).toString();
            } else if (b[3] == AtypIPv6) {
                m_host = QHostAddress(b + 4).toString();
            } else {
                if (addrLen == 0)
                    return out + fail(tr("The SOCKS request names an empty host."), reply(GeneralFailure));
                m_host = QString::fromLatin1(m_buffer.mid(5, addrLen));
            }
            m_port = quint16(b[need - 2] << 8 | b[need - 1]);
            m_buffer.remove(0, need);
            m_state = State::RequestReady;
            break;
        }
        case State::RequestReady:
        case State::Failed:
            break;
        }
    }
    if (m_state == State::RequestReady && !m_buffer.isEmpty()) {
        // Bytes after the request belong to the tunnel: give them back.
        used -= m_buffer.size();
        m_buffer.clear();
    }
    if (consumed)
        *consumed = used;
    return out;
}
