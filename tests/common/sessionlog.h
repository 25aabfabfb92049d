#pragma once

#include "core/log/event.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class Session;

// Questions the integration tests ask of a session's log: the events of one kind (and
// direction), the frames with one opcode, the state sequence, the error texts of a category,
// and the whole log in one line per event for failure messages.
class SessionLog
{
public:
    // `dir` None: both directions.
    static QList<Event> eventsOf(const Session &session, EventKind kind, Direction dir = Direction::None);
    // `opcode` -1: every opcode.
    static QList<Event> framesOf(const Session &session, Direction dir, int opcode = -1);
    // The data messages as the application saw them (LogRules::messageOf): one copy of each Frame
    // event that ends a message, its payload and opcode those of the whole message, its detail's
    // frameCount the number of frames (0: tap off).
    static QList<Event> messagesOf(const Session &session, Direction dir = Direction::None);
    static QList<SessionState> statesOf(const Session &session);
    static QStringList errorTexts(const Session &session, ErrorCategory category);
    static QByteArray describe(const Session &session);
};
