#include "widgets/session/connectionbadge.h"

#include "core/export/eventformatter.h"
#include "core/protocol/closecodes.h"
#include "widgets/detail/statuscolors.h"

#include <QDateTime>
#include <QEvent>
#include <QTimer>

namespace {

// The elapsed time ticks once a second; a reconnect countdown more often, so it never skips a second.
constexpr int ClockIntervalMs = 1000;
constexpr int CountdownIntervalMs = 250;

bool isIdle(SessionState state)
{
    return state == SessionState::Idle || state == SessionState::Closed;
}

} // namespace

ConnectionBadge::ConnectionBadge(QWidget *parent)
    : QLabel(parent)
    , m_clock(new QTimer(this))
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_clock, &QTimer::timeout, this, &ConnectionBadge::render);
    render();
}

void ConnectionBadge::setState(SessionState state, qint64 sinceMs)
{
    m_state = state;
    m_sinceMs = sinceMs;
    if (state == SessionState::Connecting) {
        m_closeCode = 0;
        m_failure.clear();
        m_refusedStatus = 0;
        m_refusedReason.clear();
        m_reconnectDueMs = 0;
    }
    updateClock();
    render();
}

void ConnectionBadge::setCloseCode(quint16 code)
{
    m_closeCode = code;
    render();
}

void ConnectionBadge::setConnectFailed(const QString &reason)
{
    m_failure = reason;
    render();
}

void ConnectionBadge::setUpgradeRefused(int status, const QString &reasonPhrase)
{
    m_refusedStatus = status;
    m_refusedReason = reasonPhrase.trimmed();
    render();
}

void ConnectionBadge::setReconnectPending(qint64 dueWallMs, int attempt, int maxAttempts)
{
    m_reconnectDueMs = dueWallMs;
    m_reconnectAttempt = attempt;
    m_reconnectMax = maxAttempts;
    updateClock();
    render();
}

void ConnectionBadge::updateClock()
{
    if (m_reconnectDueMs != 0)
        m_clock->start(CountdownIntervalMs);
    else if (!isIdle(m_state))
        m_clock->start(ClockIntervalMs);
    else
        m_clock->stop();
}

void ConnectionBadge::setReadOnlySource(const QString &fileName)
{
    m_readOnlySource = fileName;
    render();
}

QString ConnectionBadge::headText() const
{
    if (!m_readOnlySource.isEmpty())
        return tr("Opened from file (read-only): %1").arg(m_readOnlySource);
    const QString name = EventFormatter::stateName(m_state);
    if (isIdle(m_state) && !m_failure.isEmpty())
        return tr("Not connected");
    switch (m_state) {
    case SessionState::Idle:
        return name;
    case SessionState::Closed:
        if (m_refusedStatus != 0) {
            return m_refusedReason.isEmpty() ? tr("Refused: %1").arg(m_refusedStatus)
                                             : tr("Refused: %1 %2").arg(m_refusedStatus).arg(m_refusedReason);
        }
        return m_closeCode != 0 ? tr("%1 %2").arg(name).arg(m_closeCode) : name;
    case SessionState::Connecting:
    case SessionState::Handshaking:
    case SessionState::Open:
    case SessionState::Closing:
        break;
    }
    const qint64 seconds = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - m_sinceMs) / 1000);
    const QString elapsed = QStringLiteral("%1:%2:%3")
                                    .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                                    .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                    .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 %2").arg(name, elapsed);
}

QString ConnectionBadge::badgeText() const
{
    const QString head = headText();
    if (isIdle(m_state) && !m_failure.isEmpty())
        return tr("%1: %2").arg(head, m_failure);
    if (m_reconnectDueMs != 0) {
        const qint64 leftMs = qMax<qint64>(0, m_reconnectDueMs - QDateTime::currentMSecsSinceEpoch());
        const qint64 seconds = (leftMs + 999) / 1000; // "in 0 s" only when it is due
        return tr("%1 · reconnecting in %2 s (attempt %3 of %4)").arg(head).arg(seconds).arg(m_reconnectAttempt).arg(m_reconnectMax);
    }
    return head;
}

void ConnectionBadge::render()
{
    const QPalette pal = palette();
    QColor dot = StatusColors::muted(pal);
    switch (m_state) {
    case SessionState::Open:
        dot = StatusColors::good(pal);
        break;
    case SessionState::Connecting:
    case SessionState::Handshaking:
    case SessionState::Closing:
        dot = StatusColors::warning(pal);
        break;
    case SessionState::Closed:
        // Ordinary ends stay grey: 1000/1001, and 3000–4999, which an application (often the
        // user, in the Close… dialog) chose (RFC 6455 §7.4.2). Failures get a red dot.
        dot = m_refusedStatus == 0
                        && (m_closeCode == CloseCodes::NormalClosure || m_closeCode == CloseCodes::GoingAway
                            || (m_closeCode >= CloseCodes::FirstApplicationCode && m_closeCode <= CloseCodes::LastCode))
                ? StatusColors::muted(pal)
                : StatusColors::bad(pal);
        break;
    case SessionState::Idle:
        break;
    }
    if (isIdle(m_state) && !m_failure.isEmpty())
        dot = StatusColors::bad(pal);
    if (m_reconnectDueMs != 0)
        dot = StatusColors::warning(pal);

    // The head in bold, what follows it (the reason, the countdown) in the normal weight.
    const QString head = headText();
    const QString full = badgeText();
    const QString rest = full.startsWith(head) ? full.mid(head.size()) : QString();
    const QString bold = full.startsWith(head) ? head : full;
    setText(QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>%3")
                    .arg(dot.name(), bold.toHtmlEscaped(), rest.toHtmlEscaped()));
    setAccessibleName(full);
    setToolTip(!m_failure.isEmpty() && isIdle(m_state) ? m_failure : tr("Connection state and time in it"));
}

void ConnectionBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QLabel::changeEvent(event);
}
