#include "core/protocol/handshakevalidator.h"

#include "core/protocol/handshake.h"

#include <algorithm>

namespace {

bool containsToken(const QList<QByteArray> &tokens, QByteArrayView wanted)
{
    for (const QByteArray &token : tokens) {
        if (token.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString joined(const QList<QByteArray> &values)
{
    QStringList texts;
    for (const QByteArray &value : values)
        texts.append(QString::fromLatin1(value));
    return texts.join(QLatin1String(", "));
}

// RFC 6455 §9.1: extension = extension-token *( ";" extension-param ), elements separated by
// commas. A parameter value may be a quoted-string, so commas inside quotes do not separate.
// Returns the extension names in wire order over all header lines.
QList<QByteArray> extensionNames(const HttpMessage &message)
{
    QList<QByteArray> names;
    for (const QByteArray &value : message.values("Sec-WebSocket-Extensions")) {
        QByteArray element;
        bool inQuotes = false;
        const auto flush = [&names, &element] {
            const qsizetype semicolon = element.indexOf(';');
            const QByteArray name = (semicolon < 0 ? element : element.left(semicolon)).trimmed();
            if (!name.isEmpty())
                names.append(name);
            element.clear();
        };
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char c = value[i];
            if (inQuotes && c == '\\' && i + 1 < value.size()) {
                element.append(c).append(value[++i]);
                continue;
            }
            if (c == '"')
                inQuotes = !inQuotes;
            if (c == ',' && !inQuotes)
                flush();
            else
                element.append(c);
        }
        flush();
    }
    return names;
}

} // namespace

HandshakeCheck HandshakeValidator::validate(const HttpMessage &request, const HttpMessage &response)
{
    HandshakeCheck check;

    const QByteArray key = request.value("Sec-WebSocket-Key");
    if (!key.isNull())
        check.acceptExpected = Handshake::acceptFor(key);
    check.acceptReceived = response.value("Sec-WebSocket-Accept");
    check.acceptValid = !check.acceptExpected.isEmpty() && check.acceptReceived == check.acceptExpected;
    check.extensions = extensionNames(response);

    // Item 1: anything but 101 is an ordinary HTTP response; the remaining items do not apply to it.
    if (response.statusCode != HttpMessage::SwitchingProtocols) {
        if (response.reasonPhrase.isEmpty())
            check.problems.append(tr("The server refused the upgrade: %1.").arg(response.statusCode));
        else
            check.problems.append(tr("The server refused the upgrade: %1 %2.")
                                          .arg(response.statusCode)
                                          .arg(QString::fromLatin1(response.reasonPhrase)));
        return check;
    }

    // RFC 6455 §4.2.2 answers with "HTTP/1.1 101"; RFC 9110 §7.8 lets no HTTP/1.0 exchange upgrade.
    if (response.version.compare("HTTP/1.1") < 0)
        check.problems.append(tr("The 101 response says %1; a WebSocket handshake needs HTTP/1.1.")
                                      .arg(QString::fromLatin1(response.version)));

    // Item 2: Upgrade must be "websocket", ASCII case-insensitive. The same value on several
    // field lines is still that one value (RFC 9110 §5.3); another protocol next to it is not.
    const QList<QByteArray> upgrade = response.tokens("Upgrade");
    const bool onlyWebsocket = !upgrade.isEmpty()
            && std::all_of(upgrade.cbegin(), upgrade.cend(), [](const QByteArray &token) {
                   return token.compare("websocket", Qt::CaseInsensitive) == 0;
               });
    if (!response.hasHeader("Upgrade"))
        check.problems.append(tr("The response has no Upgrade header; it must be \"websocket\"."));
    else if (!onlyWebsocket)
        check.problems.append(tr("The Upgrade header is \"%1\"; it must be \"websocket\".")
                                      .arg(joined(response.values("Upgrade"))));

    // Item 3: Connection must list the token "Upgrade", ASCII case-insensitive.
    if (!response.hasHeader("Connection"))
        check.problems.append(tr("The response has no Connection header; it must contain \"Upgrade\"."));
    else if (!containsToken(response.tokens("Connection"), "Upgrade"))
        check.problems.append(tr("The Connection header is \"%1\"; it must contain \"Upgrade\".")
                                      .arg(joined(response.values("Connection"))));

    // Item 4: Sec-WebSocket-Accept must be base64(SHA-1(key + GUID)); RFC 6455 §11.3.3 allows it once.
    if (key.isNull()) {
        check.problems.append(tr("The request has no Sec-WebSocket-Key header, so Sec-WebSocket-Accept cannot be checked."));
    } else if (check.acceptReceived.isNull()) {
        check.problems.append(tr("The response has no Sec-WebSocket-Accept header; expected \"%1\".")
                                      .arg(QString::fromLatin1(check.acceptExpected)));
    } else if (response.values("Sec-WebSocket-Accept").size() > 1) {
        check.acceptValid = false;
        check.problems.append(tr("The response has %1 Sec-WebSocket-Accept headers; exactly one is allowed.")
                                      .arg(response.values("Sec-WebSocket-Accept").size()));
    } else if (!check.acceptValid) {
        check.problems.append(tr("Sec-WebSocket-Accept is wrong: expected \"%1\", received \"%2\".")
                                      .arg(QString::fromLatin1(check.acceptExpected),
                                           QString::fromLatin1(check.acceptReceived)));
    }

    // Item 5: every extension in use must have been requested by the client.
    const QList<QByteArray> requested = extensionNames(request);
    for (const QByteArray &extension : std::as_const(check.extensions)) {
        if (!containsToken(requested, extension))
            check.problems.append(tr("The server uses the extension \"%1\", which the client did not request.")
                                          .arg(QString::fromLatin1(extension)));
    }

    // Item 6: a selected subprotocol must be exactly one of those the client offered.
    // Names are compared exactly: the item asks for "a value that was present in the client's
    // handshake", and servers echo the offered spelling.
    if (response.hasHeader("Sec-WebSocket-Protocol")) {
        const QList<QByteArray> selected = response.tokens("Sec-WebSocket-Protocol");
        const QList<QByteArray> offered = request.tokens("Sec-WebSocket-Protocol");
        if (selected.isEmpty()) {
            check.problems.append(tr("The Sec-WebSocket-Protocol header of the response is empty; it must name one subprotocol."));
        } else if (selected.size() > 1) {
            check.problems.append(tr("The server selected %1 subprotocols (%2); it must select exactly one.")
                                          .arg(selected.size())
                                          .arg(joined(selected)));
        } else if (offered.isEmpty()) {
            check.problems.append(tr("The server selected the subprotocol \"%1\", but the client offered none.")
                                          .arg(QString::fromLatin1(selected.first())));
        } else if (!offered.contains(selected.first())) {
            check.problems.append(tr("The server selected the subprotocol \"%1\", which the client did not offer (offered: %2).")
                                          .arg(QString::fromLatin1(selected.first()), joined(offered)));
        } else {
            check.subprotocol = selected.first();
        }
    }

    check.ok = check.problems.isEmpty();
    return check;
}

QByteArray HandshakeValidator::canonicalResponse(const HandshakeCheck &check)
{
    if (!check.ok)
        return {};
    // Qt 6.4 compares Upgrade and Connection as whole lower-cased values, so a token list or an
    // extra header it does not know could make it refuse what RFC 6455 accepts. Extensions are
    // left out on purpose: QWebSocket implements none and validate() has checked them.
    QByteArray head = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: " + check.acceptReceived + "\r\n";
    if (!check.subprotocol.isEmpty())
        head += "Sec-WebSocket-Protocol: " + check.subprotocol + "\r\n";
    head += "\r\n";
    return head;
}
