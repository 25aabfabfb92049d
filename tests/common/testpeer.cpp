#include "testpeer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

TestPeer::TestPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &TestPeer::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
}

TestPeer::~TestPeer()
{
    stop();
}

QString TestPeer::peersDirectory()
{
    return QStringLiteral(WSSCOPE_PEERS_DIR);
}

QString TestPeer::pythonProgram()
{
    return QStringLiteral(WSSCOPE_PYTHON);
}

QString TestPeer::nodeProgram()
{
    return QStringLiteral(WSSCOPE_NODE);
}

bool TestPeer::start(Kind kind, const QStringList &arguments, int timeoutMs)
{
    const QDir dir(peersDirectory());
    if (kind == Kind::Python)
        return startProgram(pythonProgram(), QStringList{ dir.filePath(QStringLiteral("ws_peer.py")) } + arguments, timeoutMs);
    return startProgram(nodeProgram(), QStringList{ dir.filePath(QStringLiteral("ws_peer.js")) } + arguments, timeoutMs);
}

bool TestPeer::startProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    if (program.isEmpty()) {
        m_error = QStringLiteral("no interpreter configured for the peer");
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Debian's node-ws lives here; Node does not search it by default (docs/ARCHITECTURE.md).
    if (!env.contains(QStringLiteral("NODE_PATH")))
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_port == 0 && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("the peer exited before printing its port: %1")
                              .arg(QString::fromUtf8(m_stderr + m_process.readAllStandardError()));
            return false;
        }
        QTest::qWait(20);
    }
    if (m_port == 0) {
        m_error = QStringLiteral("the peer printed no PORT line within %1 ms").arg(timeoutMs);
        return false;
    }
    return true;
}

void TestPeer::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (line.startsWith("PORT ")) {
            m_port = quint16(line.mid(5).toUShort());
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            m_lines.append(doc.object());
    }
}

QString TestPeer::url(bool secure, const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(secure ? QStringLiteral("wss") : QStringLiteral("ws")).arg(m_port).arg(path);
}

QList<QJsonObject> TestPeer::lines(const QString &event) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &line : m_lines) {
        if (line.value(QLatin1String("event")).toString() == event)
            result.append(line);
    }
    return result;
}

bool TestPeer::waitForLines(const QString &event, int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (lines(event).size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool TestPeer::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void TestPeer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void TestPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}
