#include "core/testserver/testserverpolicy.h"

#include <QUrl>

namespace {

bool isLoopbackName(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("127.0.0.1") || h == QLatin1String("localhost") || h == QLatin1String("[::1]")
            || h == QLatin1String("::1");
}

TestServerPolicy::Decision refusal(int status, const char *reason, const QByteArray &text)
{
    return {status, QByteArray(reason), text};
}

} // namespace

bool TestServerPolicy::isOwnHost(QByteArrayView host, quint16 port)
{
    const QByteArray value = host.toByteArray().trimmed();
    const qsizetype colon = value.lastIndexOf(':');
    if (colon <= 0)
        return false; // the port is part of an authority the server answers for
    const QByteArray name = value.left(colon);
    bool ok = false;
    const uint hostPort = value.mid(colon + 1).toUInt(&ok);
    if (!ok || hostPort != port)
        return false;
    return isLoopbackName(QString::fromLatin1(name));
}

bool TestServerPolicy::isOwnOrigin(QByteArrayView origin, quint16 port)
{
    const QUrl url(QString::fromLatin1(origin.toByteArray().trimmed()), QUrl::StrictMode);
    if (!url.isValid() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    const bool knownScheme = scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
    return knownScheme && url.port() == port && isLoopbackName(url.host());
}

TestServerPolicy::Decision TestServerPolicy::admit(const HttpMessage &request, quint16 port, int clients)
{
    const QList<QByteArray> hosts = request.values("Host");
    if (hosts.size() != 1) {
        return refusal(BadRequest, "Bad Request",
                       "WsScope test server: a request needs exactly one Host header (RFC 9112 section 3.2).\n");
    }
    if (!isOwnHost(hosts.constFirst(), port)) {
        return refusal(MisdirectedRequest, "Misdirected Request",
                       "WsScope test server: Host \"" + hosts.constFirst().left(100)
                               + "\" is not this server; use 127.0.0.1:" + QByteArray::number(port) + ".\n");
    }
    const QList<QByteArray> origins = request.values("Origin");
    for (const QByteArray &origin : origins) {
        if (!isOwnOrigin(origin, port)) {
            return refusal(Forbidden, "Forbidden",
                           "WsScope test server: requests from web pages are refused (Origin: " + origin.left(100)
                                   + "). Connect from WsScope or another client without an Origin header.\n");
        }
    }
    bool upgrade = false;
    for (const QByteArray &token : request.tokens("Upgrade"))
        upgrade = upgrade || token.compare("websocket", Qt::CaseInsensitive) == 0;
    if (!upgrade) {
        return refusal(UpgradeRequired, "Upgrade Required",
                       "WsScope test server: this is a WebSocket server; connect to ws://127.0.0.1:"
                               + QByteArray::number(port) + "/echo with a WebSocket client.\n");
    }
    if (clients >= MaxClients) {
        return refusal(ServiceUnavailable, "Service Unavailable",
                       "WsScope test server: " + QByteArray::number(MaxClients)
                               + " clients are connected already; close one and try again.\n");
    }
    return {};
}

TestServerPolicy::Decision TestServerPolicy::malformed()
{
    return refusal(BadRequest, "Bad Request", "WsScope test server: the request is not a valid HTTP/1.1 request.\n");
}

TestServerPolicy::Decision TestServerPolicy::tooLarge()
{
    return refusal(HeaderFieldsTooLarge, "Request Header Fields Too Large",
                   "WsScope test server: the request head is larger than " + QByteArray::number(MaxHeadBytes / 1024)
                           + " KiB.\n");
}

QByteArray TestServerPolicy::response(const Decision &decision)
{
    return "HTTP/1.1 " + QByteArray::number(decision.status) + ' ' + decision.reason
            + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(decision.text.size())
            + "\r\nConnection: close\r\n\r\n" + decision.text;
}
