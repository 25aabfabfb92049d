#include "widgets/session/statsstrip.h"

#include "widgets/session/sparkline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {

QString bytesText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(qMin<quint64>(bytes, quint64(LLONG_MAX))), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

StatsStrip::StatsStrip(QWidget *parent)
    : QWidget(parent)
    , m_out(new QLabel(this))
    , m_in(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_rtt(new QLabel(this))
    , m_sparkline(new Sparkline(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_out);
    layout->addWidget(m_in);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_rtt);
    retranslateUi();
}

void StatsStrip::sample(const Session::Stats &stats, qint64 monoMs)
{
    // A counter that went back means new counters (a fresh session): start over.
    if (stats.messagesIn < m_stats.messagesIn)
        reset();
    m_stats = stats;

    m_recent.push_back(Point{monoMs, stats.messagesIn});
    while (m_recent.size() > 2 && monoMs - m_recent[1].ms >= 1000)
        m_recent.pop_front();
    const Point &oldest = m_recent.front();
    const qint64 span = monoMs - oldest.ms;
    m_rate = span >= 500 ? double(stats.messagesIn - oldest.messagesIn) * 1000.0 / double(span) : 0.0;

    if (m_bucketStartMs < 0) {
        m_bucketStartMs = monoMs;
        m_bucketStartCount = stats.messagesIn;
    } else {
        // One sparkline value per whole second (a stalled event loop adds the missed seconds as one average).
        const qint64 elapsed = monoMs - m_bucketStartMs;
        if (elapsed >= 1000) {
            const double perSecond = double(stats.messagesIn - m_bucketStartCount) * 1000.0 / double(elapsed);
            const qint64 seconds = qMin<qint64>(elapsed / 1000, Sparkline::DefaultCapacity);
            for (qint64 i = 0; i < seconds; ++i)
                m_sparkline->addValue(perSecond);
            m_bucketStartMs = monoMs;
            m_bucketStartCount = stats.messagesIn;
        }
    }
    render();
}

void StatsStrip::reset()
{
    m_stats = Session::Stats();
    m_recent.clear();
    m_bucketStartMs = -1;
    m_bucketStartCount = 0;
    m_rate = 0;
    m_sparkline->clear();
    render();
}

QString StatsStrip::outText() const
{
    return m_out->text();
}

QString StatsStrip::inText() const
{
    return m_in->text();
}

QString StatsStrip::rateText() const
{
    return m_rateLabel->text();
}

QString StatsStrip::rttText() const
{
    return m_rtt->text();
}

void StatsStrip::render()
{
    const QLocale locale;
    m_out->setText(tr("↑ %1 msg %2").arg(locale.toString(qulonglong(m_stats.messagesOut)), bytesText(m_stats.bytesOut)));
    m_in->setText(tr("↓ %1 msg %2").arg(locale.toString(qulonglong(m_stats.messagesIn)), bytesText(m_stats.bytesIn)));
    m_rateLabel->setText(m_rate >= 1000 ? tr("%1k/s").arg(locale.toString(m_rate / 1000.0, 'f', 1))
                                        : tr("%1/s").arg(locale.toString(m_rate, 'f', m_rate < 10 && m_rate > 0 ? 1 : 0)));
    m_rtt->setText(m_stats.lastRttUs >= 0 ? tr("RTT %1 ms").arg(locale.toString(double(m_stats.lastRttUs) / 1000.0, 'f', 1))
                                          : tr("RTT –"));
}

void StatsStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatsStrip::retranslateUi()
{
    m_out->setToolTip(tr("Messages and payload bytes sent"));
    m_in->setToolTip(tr("Messages and payload bytes received"));
    m_rateLabel->setToolTip(tr("Messages received per second, over the last second"));
    m_sparkline->setToolTip(tr("Messages received per second, last 60 seconds"));
    m_sparkline->setAccessibleName(tr("Receive rate, last 60 seconds"));
    m_rtt->setToolTip(tr("Round-trip time of the last ping answered by a pong"));
    render();
}
