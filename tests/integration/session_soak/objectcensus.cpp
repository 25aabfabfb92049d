#include "objectcensus.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

// Qt's hook table (QtCore exports it for debugging tools; its layout is part of Qt's ABI):
// index 3 is called from every QObject constructor, index 4 from every destructor.
extern Q_DECL_IMPORT quintptr qtHookData[];

namespace {

constexpr int AddQObjectHook = 3;
constexpr int RemoveQObjectHook = 4;
using ObjectCallback = void (*)(QObject *);

QMutex g_lock;
QSet<QObject *> *g_live = nullptr;
ObjectCallback g_previousAdd = nullptr;
ObjectCallback g_previousRemove = nullptr;

void onAdd(QObject *object)
{
    {
        const QMutexLocker locker(&g_lock);
        if (g_live)
            g_live->insert(object);
    }
    if (g_previousAdd)
        g_previousAdd(object);
}

void onRemove(QObject *object)
{
    {
        const QMutexLocker locker(&g_lock);
        if (g_live)
            g_live->remove(object);
    }
    if (g_previousRemove)
        g_previousRemove(object);
}

} // namespace

ObjectCensus::ObjectCensus()
{
    const QMutexLocker locker(&g_lock);
    Q_ASSERT(!g_live);
    g_live = new QSet<QObject *>;
    g_previousAdd = reinterpret_cast<ObjectCallback>(qtHookData[AddQObjectHook]);
    g_previousRemove = reinterpret_cast<ObjectCallback>(qtHookData[RemoveQObjectHook]);
    qtHookData[AddQObjectHook] = reinterpret_cast<quintptr>(&onAdd);
    qtHookData[RemoveQObjectHook] = reinterpret_cast<quintptr>(&onRemove);
}

ObjectCensus::~ObjectCensus()
{
    const QMutexLocker locker(&g_lock);
    qtHookData[AddQObjectHook] = reinterpret_cast<quintptr>(g_previousAdd);
    qtHookData[RemoveQObjectHook] = reinterpret_cast<quintptr>(g_previousRemove);
    delete g_live;
    g_live = nullptr;
}

ObjectCensus::Counts ObjectCensus::count() const
{
    Counts counts;
    const QMutexLocker locker(&g_lock);
    for (QObject *object : std::as_const(*g_live)) {
        // An object whose destructor is waiting for the lock reads as a plain QObject by now.
        ++counts.objects;
        ++counts.byClass[object->metaObject()->className()];
        if (object->inherits("QTimer"))
            ++counts.timers;
        if (object->inherits("QTcpSocket"))
            ++counts.tcpSockets;
        if (object->inherits("QTcpServer"))
            ++counts.tcpServers;
    }
    return counts;
}

QString ObjectCensus::growth(const Counts &before, const Counts &after)
{
    QStringList lines;
    for (auto it = after.byClass.cbegin(); it != after.byClass.cend(); ++it) {
        const int was = before.byClass.value(it.key());
        if (it.value() > was)
            lines << QStringLiteral("%1: %2 → %3").arg(QString::fromLatin1(it.key())).arg(was).arg(it.value());
    }
    return lines.join(QLatin1Char('\n'));
}
