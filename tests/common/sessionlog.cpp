#include "sessionlog.h"

#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/session/session.h"

QList<Event> SessionLog::eventsOf(const Session &session, EventKind kind, Direction dir)
{
    QList<Event> result;
    for (const Event &event : session.log()->events()) {
        if (event.kind == kind && (dir == Direction::None || event.dir == dir))
            result.append(event);
    }
    return result;
}

QList<Event> SessionLog::framesOf(const Session &session, Direction dir, int opcode)
{
    QList<Event> result;
    for (const Event &event : eventsOf(session, EventKind::Frame, dir)) {
        if (opcode < 0 || event.frame.opcode == opcode)
            result.append(event);
    }
    return result;
}

QList<Event> SessionLog::messagesOf(const Session &session, Direction dir)
{
    QList<Event> result;
    for (const Event &event : eventsOf(session, EventKind::Frame, dir)) {
        const LogRules::Message message = LogRules::messageOf(event);
        if (!message.valid)
            continue;
        Event copy = event;
        copy.payload = message.payload;
        copy.length = quint64(message.payload.size());
        copy.frame.opcode = message.opcode;
        auto detail = event.detail ? QSharedPointer<EventDetail>::create(*event.detail) : QSharedPointer<EventDetail>::create();
        detail->frameCount = message.frames;
        copy.detail = detail;
        result.append(copy);
    }
    return result;
}

QList<SessionState> SessionLog::statesOf(const Session &session)
{
    QList<SessionState> result;
    for (const Event &event : eventsOf(session, EventKind::State))
        result.append(event.detail->state);
    return result;
}

QStringList SessionLog::errorTexts(const Session &session, ErrorCategory category)
{
    QStringList result;
    for (const Event &event : eventsOf(session, EventKind::Error)) {
        if (event.detail->errorCategory == category)
            result.append(event.detail->text);
    }
    return result;
}

QByteArray SessionLog::describe(const Session &session)
{
    QByteArray text;
    for (const Event &event : session.log()->events()) {
        text += QByteArray::number(event.seq) + " kind=" + QByteArray::number(int(event.kind)) + " dir="
                + QByteArray::number(int(event.dir)) + " op=" + QByteArray::number(event.frame.opcode)
                + " len=" + QByteArray::number(event.length);
        if (event.detail) {
            if (event.kind == EventKind::State)
                text += " state=" + QByteArray::number(int(event.detail->state));
            if (event.kind == EventKind::Error)
                text += " category=" + QByteArray::number(int(event.detail->errorCategory));
            if (event.kind == EventKind::Close)
                text += " code=" + QByteArray::number(event.detail->closeCode)
                        + " initiator=" + QByteArray::number(int(event.detail->closeInitiator));
            text += ' ' + event.detail->text.toUtf8();
        }
        text += '\n';
    }
    return text;
}
