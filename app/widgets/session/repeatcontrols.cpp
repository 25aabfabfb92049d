#include "widgets/session/repeatcontrols.h"

#include "core/session/repeatsender.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

RepeatControls::RepeatControls(QWidget *parent)
    : QWidget(parent)
    , m_everyLabel(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_count(new QSpinBox(this))
    , m_start(new QPushButton(this))
    , m_counter(new QLabel(this))
    , m_repeater(new RepeatSender(this))
{
    m_interval->setRange(RepeatSender::MinIntervalMs, RepeatSender::MaxIntervalMs);
    m_interval->setValue(DefaultIntervalMs);
    m_interval->setAccelerated(true);
    m_count->setRange(0, MaxCount);
    m_count->setValue(DefaultCount);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_everyLabel);
    layout->addWidget(m_interval);
    layout->addWidget(m_count);
    layout->addWidget(m_start);
    layout->addWidget(m_counter);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_repeater->isRunning())
            stop();
        else
            start();
    });
    connect(m_repeater, &RepeatSender::sendDue, this, &RepeatControls::sendDue);
    connect(m_repeater, &RepeatSender::progressChanged, this, &RepeatControls::onProgress);
    connect(m_repeater, &RepeatSender::stopped, this, &RepeatControls::onStopped);
    connect(m_repeater, &RepeatSender::pausedChanged, this, &RepeatControls::onPausedChanged);

    retranslateUi();
}

bool RepeatControls::isRunning() const
{
    return m_repeater->isRunning();
}

void RepeatControls::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    updateState();
}

void RepeatControls::updateState()
{
    const bool enabled = m_repeater->isRunning() || m_blockedReason.isEmpty();
    m_start->setEnabled(enabled);
    m_start->setToolTip(enabled ? QString() : m_blockedReason);
}

void RepeatControls::start()
{
    if (!m_blockedReason.isEmpty() || m_repeater->isRunning())
        return;
    QString error;
    if (!m_repeater->start(m_interval->value(), m_count->value(), &error))
        emit startRefused(error);
}

void RepeatControls::stop()
{
    m_repeater->stop();
}

void RepeatControls::fail(const QString &reason)
{
    m_repeater->fail(reason);
}

QString RepeatControls::progressText(int sent, int total) const
{
    return total > 0 ? tr("Sent %1 / %2").arg(sent).arg(total) : tr("Sent %1 (until stopped)").arg(sent);
}

void RepeatControls::onProgress(int sent, int total)
{
    // A paused run keeps saying why until it resumes.
    const QString progress = progressText(sent, total);
    m_counter->setText(m_repeater->isPaused() ? tr("%1 · %2").arg(progress, m_repeater->pauseReason()) : progress);
    m_start->setText(m_repeater->isRunning() ? tr("Stop") : tr("Start"));
}

void RepeatControls::onPausedChanged(bool paused, const QString &reason)
{
    const QString progress = progressText(m_repeater->sentCount(), m_repeater->totalCount());
    m_counter->setText(paused ? tr("%1 · %2").arg(progress, reason) : progress);
    m_counter->setToolTip(paused ? reason : QString());
}

void RepeatControls::onStopped(const QString &reason)
{
    m_start->setText(tr("Start"));
    m_counter->setToolTip(QString());
    const int sent = m_repeater->sentCount();
    m_counter->setText(reason.isEmpty() ? tr("Sent %1 · stopped").arg(sent) : tr("Sent %1 · %2").arg(sent).arg(reason));
    updateState();
    emit stopped();
}

void RepeatControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RepeatControls::retranslateUi()
{
    m_everyLabel->setText(tr("Every"));
    m_interval->setSuffix(tr(" ms"));
    m_interval->setAccessibleName(tr("Repeat interval"));
    m_count->setSuffix(tr(" times"));
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setAccessibleName(tr("Repeat count"));
    m_count->setToolTip(tr("0: until stopped"));
    m_start->setText(m_repeater->isRunning() ? tr("Stop") : tr("Start"));
}
