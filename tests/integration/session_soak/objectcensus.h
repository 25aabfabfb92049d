#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

class QObject;

// Every QObject alive in the process, counted by class: a leaked QTimer or QTcpSocket shows up
// here whoever owns it (or nobody does), which QObject::findChildren under one parent cannot see.
// Built on Qt's object hooks (qtHookData's AddQObject/RemoveQObject, the entry points debugging
// tools such as GammaRay use); one census at a time, installed for its lifetime, chaining any
// hooks already set. Objects created before the census are not counted.
class ObjectCensus
{
public:
    ObjectCensus();
    ~ObjectCensus();
    ObjectCensus(const ObjectCensus &) = delete;
    ObjectCensus &operator=(const ObjectCensus &) = delete;

    struct Counts
    {
        int objects = 0;       // every live QObject created since the census began
        int timers = 0;        // QTimer and subclasses
        int tcpSockets = 0;    // QTcpSocket and subclasses (QSslSocket)
        int tcpServers = 0;    // QTcpServer and subclasses
        QMap<QByteArray, int> byClass;
    };
    // Counted now. Run it on the thread that owns the objects of interest (the test's): it holds
    // the census lock while it reads each object's class, so no object it reads can be freed.
    Counts count() const;

    // What grew from `before` to `after`, one "Class: n → m" per line; empty when nothing did.
    static QString growth(const Counts &before, const Counts &after);
};
