#include "core/protocol/httpmessage.h"

QList<QByteArray> HttpMessage::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            result.append(header.second);
    }
    return result;
}

QByteArray HttpMessage::value(QByteArrayView name) const
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.isNull() ? QByteArray("") : header.second;
    }
    return {};
}

QList<QByteArray> HttpMessage::tokens(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const QByteArray &value : values(name)) {
        for (const QByteArray &token : value.split(',')) {
            const QByteArray trimmed = token.trimmed();
            if (!trimmed.isEmpty())
                result.append(trimmed);
        }
    }
    return result;
}

QByteArray HttpMessage::head() const
{
    if (!rawHead.isEmpty())
        return rawHead;
    QByteArray out;
    if (isRequest)
        out = method + ' ' + target + ' ' + version + "\r\n";
    else
        out = version + ' ' + QByteArray::number(statusCode) + ' ' + reasonPhrase + "\r\n";
    for (const Header &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    return out;
}
