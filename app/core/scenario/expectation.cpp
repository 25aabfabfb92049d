#include "core/scenario/expectation.h"

#include "core/log/logrules.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/closepayload.h"
#include "core/protocol/frameheader.h"

#include <QStringList>

Expectation Expectation::close(const QList<quint16> &codes)
{
    Expectation e;
    e.m_kind = Kind::Close;
    e.m_codes = codes;
    return e;
}

Expectation Expectation::message(const QRegularExpression &pattern, int withinMs)
{
    Expectation e;
    e.m_kind = Kind::Message;
    e.m_pattern = pattern;
    e.m_withinMs = withinMs;
    return e;
}

Expectation Expectation::drop()
{
    Expectation e;
    e.m_kind = Kind::Drop;
    return e;
}

QString Expectation::describe() const
{
    switch (m_kind) {
    case Kind::Close: {
        QStringList codes;
        for (const quint16 code : m_codes)
            codes << QString::number(code);
        return tr("the server closes with %1").arg(codes.join(tr(" or ")));
    }
    case Kind::Message:
        return m_withinMs > 0 ? tr("a message from the server matching /%1/ within %2 ms").arg(m_pattern.pattern()).arg(m_withinMs)
                              : tr("a message from the server matching /%1/").arg(m_pattern.pattern());
    case Kind::Drop:
        return tr("the server drops the TCP connection without a Close frame");
    }
    return QString();
}

void Expectation::decide(bool met, const QString &actual)
{
    if (m_decided)
        return;
    m_decided = true;
    m_met = met;
    m_actual = actual;
}

bool Expectation::note(const Event &event)
{
    if (m_decided)
        return false;
    if (event.kind == EventKind::Frame && event.dir == Direction::In) {
        if (event.frame.opcode == FrameHeader::Close && !m_serverClosed) {
            m_serverClosed = true;
            const ClosePayload close = ClosePayload::parse(event.payload);
            m_serverCode = close.code;
            m_serverReason = close.reason;
            if (m_kind == Kind::Close) {
                const QString actual = m_serverReason.isEmpty()
                        ? tr("the server closed with %1").arg(CloseCodes::label(m_serverCode))
                        : tr("the server closed with %1 \"%2\"").arg(CloseCodes::label(m_serverCode), m_serverReason);
                decide(m_codes.contains(m_serverCode), actual);
            } else if (m_kind == Kind::Drop) {
                decide(false, tr("the server sent a Close frame (%1)").arg(CloseCodes::label(m_serverCode)));
            }
            return m_decided;
        }
        if (m_kind == Kind::Message && m_started && LogRules::endsMessage(event)) {
            ++m_messagesSeen;
            const LogRules::Message message = LogRules::messageOf(event);
            if (m_pattern.match(QString::fromUtf8(message.payload)).hasMatch())
                decide(true, tr("the server sent \"%1\"").arg(QString::fromUtf8(message.payload.left(200))));
            return m_decided;
        }
    }
    if (event.kind == EventKind::Close && event.detail) {
        m_closeRecord = true;
        m_recordCode = event.detail->closeCode;
        m_recordByClient = event.detail->closeInitiator == CloseInitiator::Client;
    }
    return false;
}

void Expectation::expire()
{
    if (m_kind == Kind::Message)
        decide(false, tr("no matching message within %1 ms (%n message(s) came)", nullptr, m_messagesSeen).arg(m_withinMs));
}

void Expectation::finish()
{
    if (m_decided)
        return;
    switch (m_kind) {
    case Kind::Close:
        decide(false, m_closeRecord && m_recordCode == CloseCodes::AbnormalClosure
                              ? tr("the connection dropped without a Close frame from the server")
                              : tr("the server sent no Close frame"));
        break;
    case Kind::Message:
        decide(false, tr("no matching message came (%n message(s) came)", nullptr, m_messagesSeen));
        break;
    case Kind::Drop: {
        const bool dropped = m_closeRecord && m_recordCode == CloseCodes::AbnormalClosure;
        decide(dropped && !m_recordByClient,
               !dropped ? tr("the connection did not drop")
                        : m_recordByClient ? tr("the client ended the connection (no Close frame from the server)")
                                           : tr("the server dropped the connection without a Close frame"));
        break;
    }
    }
}
