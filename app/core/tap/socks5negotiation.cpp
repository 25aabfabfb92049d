#include "core/tap/socks5negotiation.h"

#include <QHostAddress>

namespace {
constexpr quint8 Version5 = 0x05;
constexpr quint8 MethodUserPassword = 0x02;   // RFC 1928 §3
constexpr quint8 MethodNoneAcceptable = 0xFF;
constexpr quint8 AuthVersion = 0x01;          // RFC 1929 §2
constexpr quint8 AuthSuccess = 0x00;          // RFC 1929 §2: any other status is a failure
constexpr quint8 AuthFailure = 0x01;
constexpr quint8 CommandConnect = 0x01;       // RFC 1928 §4
constexpr quint8 Reserved = 0x00;
constexpr quint8 AtypIPv4 = 0x01;             // RFC 1928 §5
constexpr quint8 AtypDomain = 0x03;
constexpr quint8 AtypIPv6 = 0x04;

// Field sizes and offsets of the messages (RFC 1928 §3, §4, §5, §6; RFC 1929 §2).
constexpr qsizetype GreetingHeaderBytes = 2;  // VER NMETHODS
constexpr qsizetype AuthHeaderBytes = 2;      // VER ULEN
constexpr qsizetype LengthBytes = 1;          // PLEN, and the length octet of a domain name
constexpr qsizetype RequestHeaderBytes = 4;   // VER CMD RSV ATYP
constexpr qsizetype VersionAt = 0;           // VER leads every message
constexpr qsizetype CountAt = 1;             // NMETHODS (§3), ULEN (RFC 1929 §2)
constexpr qsizetype CommandAt = 1;
constexpr qsizetype ReservedAt = 2;
constexpr qsizetype AtypAt = 3;
constexpr qsizetype IPv4Bytes = 4;
constexpr qsizetype IPv6Bytes = 16;
constexpr qsizetype PortBytes = 2;
constexpr qsizetype ReplyCodeAt = 1;
constexpr int BitsPerByte = 8;

// The two-octet answers: VER METHOD (§3), VER STATUS (RFC 1929 §2).
QByteArray pair(quint8 version, quint8 value)
{
    QByteArray bytes;
    bytes.append(char(version));
    bytes.append(char(value));
    return bytes;
}

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
    QByteArray bytes(RequestHeaderBytes + IPv4Bytes + PortBytes, '\0');
    bytes[VersionAt] = char(Version5);
    bytes[ReplyCodeAt] = char(code);
    bytes[ReservedAt] = char(Reserved);
    bytes[AtypAt] = char(AtypIPv4);
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
    // A failure below returns early: it has taken every byte (they are dropped with the buffer).
    if (consumed)
        *consumed = used;

    bool progress = true;
    while (progress && m_state != State::RequestReady && m_state != State::Failed) {
        progress = false;
        const auto *b = reinterpret_cast<const quint8 *>(m_buffer.constData());
        const qsizetype n = m_buffer.size();
        switch (m_state) {
        case State::Greeting: {
            // RFC 1928 §3: VER NMETHODS METHODS...
            if (n < GreetingHeaderBytes)
                break;
            if (b[VersionAt] != Version5)
                return out + fail(tr("SOCKS version %1 is not supported (expected 5).").arg(b[VersionAt]), QByteArray());
            const qsizetype need = GreetingHeaderBytes + b[CountAt];
            if (n < need)
                break;
            bool offered = false;
            for (qsizetype i = GreetingHeaderBytes; i < need; ++i)
                offered = offered || b[i] == MethodUserPassword;
            m_buffer.remove(0, need);
            if (!offered) {
                out += fail(tr("The client did not offer username/password authentication."),
                            pair(Version5, MethodNoneAcceptable));
                break;
            }
            out += pair(Version5, MethodUserPassword);
            m_state = State::Authenticating;
            progress = true;
            break;
        }
        case State::Authenticating: {
            // RFC 1929 §2: VER ULEN UNAME PLEN PASSWD
            if (n < AuthHeaderBytes)
                break;
            if (b[VersionAt] != AuthVersion)
                return out + fail(tr("Username/password sub-negotiation version %1 is not supported.").arg(b[VersionAt]),
                                  pair(AuthVersion, AuthFailure));
            const qsizetype ulen = b[CountAt];
            const qsizetype passwordAt = AuthHeaderBytes + ulen + LengthBytes;
            if (n < passwordAt)
                break;
            const qsizetype plen = b[AuthHeaderBytes + ulen];
            if (n < passwordAt + plen)
                break;
            m_user = m_buffer.mid(AuthHeaderBytes, ulen);
            const QByteArray password = m_buffer.mid(passwordAt, plen);
            m_buffer.remove(0, passwordAt + plen);
            // One sentence for a wrong user and a wrong password alike: the refusal tells a
            // foreign connector nothing, and never repeats the name it chose.
            if (!m_authenticator || !m_authenticator(m_user, password))
                return out + fail(tr("Wrong SOCKS username or password."), pair(AuthVersion, AuthFailure));
            m_authenticated = true;
            out += pair(AuthVersion, AuthSuccess);
            m_state = State::AwaitingRequest;
            progress = true;
            break;
        }
        case State::AwaitingRequest: {
            // RFC 1928 §4: VER CMD RSV ATYP DST.ADDR DST.PORT
            // The header and the first octet of DST.ADDR (a domain name's length) first.
            if (n < RequestHeaderBytes + LengthBytes)
                break;
            if (b[VersionAt] != Version5)
                return out + fail(tr("SOCKS request with version %1 (expected 5).").arg(b[VersionAt]), reply(GeneralFailure));
            qsizetype addrLen = 0;
            qsizetype addrStart = RequestHeaderBytes;
            const quint8 atyp = b[AtypAt];
            switch (atyp) {
            case AtypIPv4: addrLen = IPv4Bytes; break;
            case AtypIPv6: addrLen = IPv6Bytes; break;
            case AtypDomain:
                addrLen = b[RequestHeaderBytes];
                addrStart = RequestHeaderBytes + LengthBytes;
                break;
            default:
                return out + fail(tr("SOCKS address type %1 is not supported.").arg(atyp), reply(AddressTypeNotSupported));
            }
            const qsizetype need = addrStart + addrLen + PortBytes;
            if (n < need)
                break;
            if (b[CommandAt] != CommandConnect) {
                return out + fail(tr("SOCKS command %1 is not supported (only CONNECT).").arg(b[CommandAt]),
                                  reply(CommandNotSupported));
            }
            if (atyp == AtypIPv4) {
                quint32 ipv4 = 0;
                for (qsizetype i = 0; i < IPv4Bytes; ++i)
                    ipv4 = ipv4 << BitsPerByte | b[addrStart + i]; // network byte order (RFC 1928 §5)
                m_host = QHostAddress(ipv4).toString();
            } else if (atyp == AtypIPv6) {
                m_host = QHostAddress(b + addrStart).toString();
            } else {
                if (addrLen == 0)
                    return out + fail(tr("The SOCKS request names an empty host."), reply(GeneralFailure));
                m_host = QString::fromLatin1(m_buffer.mid(addrStart, addrLen));
            }
            m_port = quint16(b[need - PortBytes] << BitsPerByte | b[need - 1]);
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
