#include "core/export/secretredactor.h"

#include "core/export/commandline.h"

namespace {

const QByteArray SetCookie = QByteArrayLiteral("set-cookie");

void addOnce(QStringList *names, const QString &name)
{
    if (names && !names->contains(name, Qt::CaseInsensitive))
        names->append(name);
}

// The head with each secret header line's value replaced; line ends and the rest kept as sent.
QByteArray redactHead(const QByteArray &head, const SecretRedactor &redactor)
{
    QByteArray out;
    out.reserve(head.size());
    qsizetype at = 0;
    while (at < head.size()) {
        qsizetype end = head.indexOf('\n', at);
        end = end < 0 ? head.size() : end + 1;
        const QByteArray line = head.mid(at, end - at);
        const qsizetype colon = line.indexOf(':');
        if (at > 0 && colon > 0 && redactor.isSecret(QByteArrayView(line).first(colon).trimmed())) {
            const QByteArray ending = line.endsWith("\r\n") ? QByteArrayLiteral("\r\n") : line.endsWith('\n') ? QByteArrayLiteral("\n") : QByteArray();
            out += line.left(colon + 1) + ' ' + SecretRedactor::Placeholder + ending;
        } else {
            out += line;
        }
        at = end;
    }
    return out;
}

} // namespace

SecretRedactor::SecretRedactor(const QStringList &markedSecret)
{
    for (const QString &name : markedSecret)
        m_marked.append(name.trimmed().toLower());
}

SecretRedactor SecretRedactor::includeAll()
{
    SecretRedactor r;
    r.m_includeAll = true;
    return r;
}

bool SecretRedactor::isSecret(QByteArrayView headerName) const
{
    if (m_includeAll)
        return false;
    const QString name = QString::fromLatin1(headerName).trimmed();
    const QString lower = name.toLower();
    return CommandLine::isSecretHeader(name) || lower == QLatin1String(SetCookie) || m_marked.contains(lower);
}

bool SecretRedactor::touches(const Event &event) const
{
    if (m_includeAll || !event.detail
        || (event.kind != EventKind::HandshakeRequest && event.kind != EventKind::HandshakeResponse))
        return false;
    for (const HttpMessage::Header &header : event.detail->http.headers) {
        if (isSecret(header.first) && header.second != Placeholder)
            return true;
    }
    return false;
}

Event SecretRedactor::apply(const Event &event, QStringList *names) const
{
    if (!touches(event))
        return event;
    auto detail = QSharedPointer<EventDetail>::create(*event.detail);
    for (HttpMessage::Header &header : detail->http.headers) {
        if (isSecret(header.first)) {
            header.second = Placeholder;
            addOnce(names, QString::fromLatin1(header.first));
        }
    }
    if (!detail->http.rawHead.isEmpty())
        detail->http.rawHead = redactHead(detail->http.rawHead, *this);
    Event out = event;
    out.detail = detail;
    return out;
}

std::deque<Event> SecretRedactor::apply(const std::deque<Event> &events, QStringList *names) const
{
    std::deque<Event> out;
    for (const Event &event : events)
        out.push_back(apply(event, names));
    return out;
}

bool SecretRedactor::anyIn(const std::deque<Event> &events) const
{
    for (const Event &event : events) {
        if (touches(event))
            return true;
    }
    return false;
}
