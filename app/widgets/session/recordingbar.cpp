#include "widgets/session/recordingbar.h"

#include "widgets/detail/statuscolors.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

#include <climits>

RecordingBar::RecordingBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
    , m_countTimer(new QTimer(this))
{
    m_countTimer->setInterval(CountIntervalMs);
    connect(m_countTimer, &QTimer::timeout, this, &RecordingBar::updateCount);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_button->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_failed)
            showStopped(); // dismissed
        else
            emit stopRequested();
    });
    setVisible(false);
    retranslateUi();
}

void RecordingBar::showRecording(const QString &path, std::function<quint64()> count)
{
    m_path = path;
    m_countOf = std::move(count);
    m_countTimer->start();
    m_failed = false;
    m_failure.clear();
    m_count = 0;
    StatusColors::setColor(m_label, QPalette::WindowText);
    retranslateUi();
    setVisible(true);
}

void RecordingBar::updateCount()
{
    const quint64 count = m_countOf ? m_countOf() : 0;
    if (count == m_count)
        return;
    m_count = count;
    retranslateUi();
}

void RecordingBar::showStopped()
{
    m_countTimer->stop();
    m_countOf = nullptr;
    m_failed = false;
    m_failure.clear();
    setVisible(false);
}

void RecordingBar::showFailed(const QString &message)
{
    m_countTimer->stop();
    m_countOf = nullptr;
    m_failed = true;
    m_failure = message;
    StatusColors::setColor(m_label, QPalette::WindowText, StatusColors::bad(palette()));
    retranslateUi();
    setVisible(true);
}

QString RecordingBar::text() const
{
    return m_label->text();
}

void RecordingBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordingBar::retranslateUi()
{
    if (m_failed) {
        m_label->setText(QStringLiteral("⚠ ") + m_failure);
        m_button->setText(tr("Dismiss"));
        m_button->setToolTip(tr("Hide this message"));
    } else {
        m_label->setText(tr("● Recording to %1 · %2 event(s)", nullptr, int(qMin<quint64>(m_count, INT_MAX)))
                                 .arg(QDir::toNativeSeparators(m_path), QLocale().toString(m_count)));
        m_button->setText(tr("Stop recording"));
        m_button->setToolTip(tr("Close the file; it keeps every event recorded so far"));
    }
    m_label->setAccessibleName(m_label->text());
    m_button->setAccessibleName(m_button->text());
}
