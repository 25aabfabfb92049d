#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// RFC 6455 §4 opening-handshake arithmetic: the client key and the server's accept value.
class Handshake
{
    Q_DECLARE_TR_FUNCTIONS(Handshake)

public:
    // The GUID every server appends to the key (RFC 6455 §1.3).
    static constexpr const char *Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    // base64(SHA-1(key + GUID)), RFC 6455 §4.2.2 step 5.4.
    static QByteArray acceptFor(QByteArrayView key);

    // A client key must be the base64 encoding of exactly 16 bytes (RFC 6455 §4.1, item 7).
    // On failure, *error says what is wrong with it.
    static bool isValidClientKey(QByteArrayView key, QString *error = nullptr);

    // A fresh random key (16 random bytes, base64).
    static QByteArray generateKey();
};
