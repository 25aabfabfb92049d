#include "widgets/profiles/profilenetworkpage.h"

#include "widgets/profiles/profileeditorstyle.h"
#include "core/profiles/profilevalidator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace {

constexpr int kMaxKiB = std::numeric_limits<int>::max();
constexpr int kSizeStepKiB = 1024;
constexpr int kMaxPingMs = 3600000;
constexpr int kPingStepMs = 1000;
constexpr int kMaxAttempts = 1000;
constexpr int kMaxDelayMs = 3600000;
constexpr int kDelayStepMs = 500;

int toKiB(qint64 bytes)
{
    return int(qBound<qint64>(1, (bytes + 1023) / 1024, qint64(kMaxKiB)));
}

} // namespace

ProfileNetworkPage::ProfileNetworkPage(QWidget *parent)
    : QWidget(parent)
{
    m_proxy = new QLineEdit(this);
    m_proxy->setClearButtonEnabled(true);
    m_proxyMessage = ProfileEditorStyle::messageLabel(this);
    m_tap = new QCheckBox(this);
    m_tapNote = ProfileEditorStyle::noteLabel(this);
    m_maxFrame = new QSpinBox(this);
    m_maxMessage = new QSpinBox(this);
    for (QSpinBox *box : {m_maxFrame, m_maxMessage}) {
        box->setRange(1, kMaxKiB);
        box->setSingleStep(kSizeStepKiB);
        box->setGroupSeparatorShown(true);
    }
    m_ping = new QSpinBox(this);
    m_ping->setRange(0, kMaxPingMs);
    m_ping->setSingleStep(kPingStepMs);
    m_ping->setGroupSeparatorShown(true);
    m_reconnect = new QGroupBox(this);
    m_reconnect->setCheckable(true);
    m_attempts = new QSpinBox(m_reconnect);
    m_attempts->setRange(0, kMaxAttempts);
    m_initialDelay = new QSpinBox(m_reconnect);
    m_maxDelay = new QSpinBox(m_reconnect);
    for (QSpinBox *box : {m_initialDelay, m_maxDelay}) {
        box->setRange(0, kMaxDelayMs);
        box->setSingleStep(kDelayStepMs);
        box->setGroupSeparatorShown(true);
    }
    m_proxyLabel = ProfileEditorStyle::buddyLabel(this, m_proxy);
    m_frameLabel = ProfileEditorStyle::buddyLabel(this, m_maxFrame);
    m_messageLabel = ProfileEditorStyle::buddyLabel(this, m_maxMessage);
    m_pingLabel = ProfileEditorStyle::buddyLabel(this, m_ping);
    m_attemptsLabel = ProfileEditorStyle::buddyLabel(m_reconnect, m_attempts);
    m_initialDelayLabel = ProfileEditorStyle::buddyLabel(m_reconnect, m_initialDelay);
    m_maxDelayLabel = ProfileEditorStyle::buddyLabel(m_reconnect, m_maxDelay);

    auto *reconnectForm = new QFormLayout(m_reconnect);
    reconnectForm->addRow(m_attemptsLabel, m_attempts);
    reconnectForm->addRow(m_initialDelayLabel, m_initialDelay);
    reconnectForm->addRow(m_maxDelayLabel, m_maxDelay);

    auto *form = new QFormLayout(this);
    form->addRow(m_tap);
    form->addRow(m_tapNote);
    form->addRow(m_proxyLabel, m_proxy);
    form->addRow(nullptr, m_proxyMessage);
    form->addRow(m_pingLabel, m_ping);
    form->addRow(m_frameLabel, m_maxFrame);
    form->addRow(m_messageLabel, m_maxMessage);
    form->addRow(m_reconnect);
    ProfileEditorStyle::setTabOrder({m_tap, m_proxy, m_ping, m_maxFrame, m_maxMessage, m_reconnect, m_attempts,
                                     m_initialDelay, m_maxDelay});

    connect(m_proxy, &QLineEdit::textChanged, this, &ProfileNetworkPage::edited);
    connect(m_initialDelay, &QSpinBox::valueChanged, this, &ProfileNetworkPage::edited);
    connect(m_maxDelay, &QSpinBox::valueChanged, this, &ProfileNetworkPage::edited);
    connect(m_reconnect, &QGroupBox::toggled, this, &ProfileNetworkPage::edited);
}

void ProfileNetworkPage::setProfile(const Profile &profile)
{
    const ConnectionSettings &c = profile.connection;
    m_proxy->setText(c.proxy);
    m_tap->setChecked(c.tapEnabled);
    m_maxFrame->setValue(toKiB(c.maxIncomingFrameSize));
    m_maxMessage->setValue(toKiB(c.maxIncomingMessageSize));
    m_ping->setValue(c.pingIntervalMs);
    m_reconnect->setChecked(c.reconnect.enabled);
    m_attempts->setValue(c.reconnect.maxAttempts);
    m_initialDelay->setValue(c.reconnect.initialDelayMs);
    m_maxDelay->setValue(c.reconnect.maxDelayMs);
}

void ProfileNetworkPage::applyTo(Profile &profile) const
{
    ConnectionSettings &c = profile.connection;
    c.proxy = m_proxy->text().trimmed();
    c.tapEnabled = m_tap->isChecked();
    if (m_maxFrame->value() != toKiB(c.maxIncomingFrameSize))
        c.maxIncomingFrameSize = qint64(m_maxFrame->value()) * 1024;
    if (m_maxMessage->value() != toKiB(c.maxIncomingMessageSize))
        c.maxIncomingMessageSize = qint64(m_maxMessage->value()) * 1024;
    c.pingIntervalMs = m_ping->value();
    c.reconnect.enabled = m_reconnect->isChecked();
    c.reconnect.maxAttempts = m_attempts->value();
    c.reconnect.initialDelayMs = m_initialDelay->value();
    c.reconnect.maxDelayMs = m_maxDelay->value();
}

QString ProfileNetworkPage::validate()
{
    const QString proxy = ProfileValidator::checkProxy(m_proxy->text().trimmed());
    ProfileEditorStyle::showMessage(m_proxyMessage, proxy);
    QString reconnect;
    if (m_reconnect->isChecked() && m_maxDelay->value() < m_initialDelay->value())
        reconnect = tr("The longest delay is shorter than the first delay.");
    m_maxDelay->setToolTip(reconnect);
    return proxy.isEmpty() ? reconnect : proxy;
}

void ProfileNetworkPage::retranslateUi()
{
    m_tap->setText(tr("Record the wire with the &tap"));
    m_tapNote->setText(tr("The tap shows every frame header, the server's handshake response, its pings and its "
                          "Close reply. Without it only what Qt reports is known."));
    m_proxyLabel->setText(tr("&Proxy:"));
    m_proxy->setPlaceholderText(tr("direct, or socks5://host:1080 or http://host:8080"));
    m_pingLabel->setText(tr("Pin&g every:"));
    m_ping->setSuffix(tr(" ms"));
    m_ping->setSpecialValueText(tr("Never"));
    m_frameLabel->setText(tr("Largest incoming &frame:"));
    m_messageLabel->setText(tr("Largest incoming &message:"));
    m_maxFrame->setSuffix(tr(" KiB"));
    m_maxMessage->setSuffix(tr(" KiB"));
    m_reconnect->setTitle(tr("&Reconnect when the connection drops"));
    m_attemptsLabel->setText(tr("&Attempts:"));
    m_initialDelayLabel->setText(tr("First dela&y:"));
    m_maxDelayLabel->setText(tr("Longest d&elay:"));
    m_initialDelay->setSuffix(tr(" ms"));
    m_maxDelay->setSuffix(tr(" ms"));
}
