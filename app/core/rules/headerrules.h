#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The rules for what we write into the opening handshake's header block, in one place for the
// session, the command line and the profile editor:
// - a field name is a token (RFC 9110 §5.1), and so is each offered subprotocol
//   (RFC 6455 §4.1 item 10, §11.3.4);
// - a field value holds no control character but HTAB (RFC 9110 §5.5); CR, LF and NUL in
//   particular would end the header, or the whole request, early;
// - the fields the WebSocket client writes itself (Host, Upgrade, Connection, Sec-WebSocket-Key,
//   Sec-WebSocket-Version: RFC 6455 §4.1 items 4–9) are not the user's to add: QWebSocket would
//   send them twice, and the server would see two keys or two versions.
// Each check returns an empty string when the input is fine, else one specific translated sentence.
class HeaderRules
{
    Q_DECLARE_TR_FUNCTIONS(HeaderRules)

public:
    // RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
    //                          "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    static bool isTokenChar(QChar c);
    // One or more tchar.
    static bool isToken(QStringView text);
    // UTF-16 index of the first character that is not a tchar, or -1.
    static qsizetype firstNonTokenChar(QStringView text);

    static QString checkName(QStringView name);
    // name is only used to say which header is meant.
    static QString checkValue(QStringView name, QStringView value);
    static QString checkSubprotocol(QStringView subprotocol);
    // Refuses a field the client writes itself (case-insensitive), with the reason.
    static QString checkNotWrittenByClient(QStringView name);
    // Name, value and checkNotWrittenByClient() in that order: what a header row must pass.
    static QString checkHeader(QStringView name, QStringView value);

private:
    HeaderRules() = delete;
};
