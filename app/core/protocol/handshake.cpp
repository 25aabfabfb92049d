#include "core/protocol/handshake.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

QByteArray Handshake::acceptFor(QByteArrayView key)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(QByteArrayView(Guid));
    return sha1.result().toBase64();
}

bool Handshake::isValidClientKey(QByteArrayView key, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (key.isEmpty())
        return fail(tr("The key is empty; it must be the base64 encoding of 16 bytes."));
    // 16 bytes encode to 22 base64 characters plus "==".
    if (key.size() != 24)
        return fail(tr("The key is %n characters long; the base64 encoding of 16 bytes is 24 characters.",
                        nullptr, int(key.size())));
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/';
        if (i >= 22) {
            if (c != '=')
                return fail(tr("Character %1 must be '=' padding, found '%2'.").arg(i + 1).arg(QChar::fromLatin1(c)));
        } else if (!alphabet) {
            return fail(tr("Character %1 ('%2') is not in the base64 alphabet.")
                            .arg(i + 1)
                            .arg(QChar::fromLatin1(c)));
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(key.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16)
        return fail(tr("The key does not decode to 16 bytes."));
    return true;
}

QByteArray Handshake::generateKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return bytes.toBase64();
}
