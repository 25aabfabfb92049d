#include "widgets/session/connectionbar.h"

#include "widgets/session/connectionbadge.h"
#include "widgets/session/pongpolicybutton.h"

#include "widgets/detail/statuscolors.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_url(new QLineEdit(this))
    , m_urlMessage(new QLabel(this))
    , m_tls(new QToolButton(this))
    , m_tap(new QToolButton(this))
    , m_pong(new PongPolicyButton(this))
    , m_connect(new QPushButton(this))
    , m_badge(new ConnectionBadge(this))
    , m_subprotocol(new QLabel(this))
    , m_statusLayout(new QHBoxLayout)
    , m_environment(new QComboBox(this))
    , m_urlPreview(new QLabel(this))
{
    m_environment->setVisible(false);
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_urlPreview->setTextFormat(Qt::PlainText);
    m_urlPreview->setVisible(false);
    m_urlPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setClearButtonEnabled(true);
    m_urlMessage->setWordWrap(true);
    m_urlMessage->setVisible(false);
    StatusColors::setColor(m_urlMessage, QPalette::WindowText, StatusColors::bad(palette()));
    m_tls->setAutoRaise(true);
    m_tls->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tls->setIcon(lockIcon());
    m_tap->setCheckable(true);
    m_tap->setChecked(true);
    m_tap->setAutoRaise(true);
    m_connect->setAutoDefault(false);
    m_connect->setMinimumWidth(m_connect->fontMetrics().horizontalAdvance(QStringLiteral("Disconnect")) + 32);
    m_subprotocol->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_environment);
    top->addWidget(m_url, 1);
    top->addWidget(m_tls);
    top->addWidget(m_tap);
    top->addWidget(m_pong);
    top->addWidget(m_connect);

    m_statusLayout->setSpacing(10);
    m_statusLayout->addWidget(m_badge, 1);
    m_statusLayout->addWidget(m_subprotocol);
    m_statusLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addWidget(m_urlPreview);
    layout->addWidget(m_urlMessage);
    layout->addLayout(m_statusLayout);

    m_url->installEventFilter(this);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        validateUrl();
        emit urlChanged(text);
    });
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if ((m_state == SessionState::Idle || m_state == SessionState::Closed) && !isReconnectPending())
            toggleConnection();
    });
    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::toggleConnection);
    connect(m_tap, &QToolButton::toggled, this, [this](bool on) {
        retranslateUi();
        emit tapToggled(on);
    });
    connect(m_tls, &QToolButton::clicked, this, &ConnectionBar::tlsDetailsRequested);
    connect(m_pong, &PongPolicyButton::policyChosen, this, &ConnectionBar::pongPolicyChosen);
    connect(m_environment, &QComboBox::activated, this, &ConnectionBar::onEnvironmentActivated);

    auto *focusShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(focusShortcut, &QShortcut::activated, this, &ConnectionBar::focusUrl);
    auto *connectShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(connectShortcut, &QShortcut::activated, this, &ConnectionBar::toggleConnection);
    m_shortcuts = {focusShortcut, connectShortcut};

    retranslateUi();
    validateUrl();
}

void ConnectionBar::setState(SessionState state, qint64 sinceMs)
{
    m_state = state;
    if (state == SessionState::Idle || state == SessionState::Closed)
        m_readOnlyHint = false;
    m_badge->setState(state, sinceMs);
    updateButtons();
    showUrlMessage();
}

void ConnectionBar::setCloseCode(quint16 code)
{
    m_badge->setCloseCode(code);
}

void ConnectionBar::setConnectFailed(const QString &reason)
{
    m_badge->setConnectFailed(reason);
}

void ConnectionBar::setUpgradeRefused(int status, const QString &reasonPhrase)
{
    m_badge->setUpgradeRefused(status, reasonPhrase);
}

void ConnectionBar::setReconnectPending(qint64 dueWallMs, int attempt, int maxAttempts)
{
    m_badge->setReconnectPending(dueWallMs, attempt, maxAttempts);
    updateButtons();
}

bool ConnectionBar::isReconnectPending() const
{
    return m_badge->isReconnectPending();
}

QString ConnectionBar::badgeText() const
{
    return m_badge->badgeText();
}

void ConnectionBar::setSubprotocol(const QString &subprotocol)
{
    m_subprotocol->setText(subprotocol.isEmpty() ? QString() : tr("· %1").arg(subprotocol));
    m_subprotocol->setToolTip(subprotocol.isEmpty() ? QString() : tr("Negotiated subprotocol"));
}

void ConnectionBar::setTapEnabled(bool enabled)
{
    m_tap->setChecked(enabled);
}

bool ConnectionBar::isTapEnabled() const
{
    return m_tap->isChecked();
}

void ConnectionBar::setConnectionTapped(bool tapped)
{
    m_connectionTapped = tapped;
    retranslateUi();
}

void ConnectionBar::setTlsInfo(bool available, const QString &summary)
{
    m_tlsAvailable = available;
    m_tlsSummary = summary;
    updateButtons();
    retranslateUi();
}

void ConnectionBar::setShortcutsEnabled(bool enabled)
{
    for (QShortcut *shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(enabled);
}

void ConnectionBar::addStatusWidget(QWidget *widget)
{
    m_statusLayout->addWidget(widget);
}

void ConnectionBar::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void ConnectionBar::setReadOnlySource(const QString &fileName)
{
    m_readOnlySource = fileName;
    m_connect->hide();
    m_tap->hide();
    m_pong->hide();
    m_badge->setReadOnlySource(fileName);
    updateButtons();
}

void ConnectionBar::toggleConnection()
{
    if (isReadOnly())
        return;
    switch (m_state) {
    case SessionState::Idle:
    case SessionState::Closed:
        if (isReconnectPending())
            emit abortRequested();
        else if (m_urlError.isEmpty())
            emit connectRequested(url());
        else
            focusUrl();
        break;
    case SessionState::Connecting:
    case SessionState::Handshaking:
    case SessionState::Closing:
        emit abortRequested();
        break;
    case SessionState::Open:
        emit disconnectRequested();
        break;
    }
}

void ConnectionBar::updateButtons()
{
    const bool idle = m_state == SessionState::Idle || m_state == SessionState::Closed;
    m_connect->setEnabled(!idle || m_urlError.isEmpty() || isReconnectPending());
    // The URL is read-only while connected: it names the connection that runs, and looks it
    // (the window's colour, no clear button). The tap stays a live toggle for the next
    // connection (a disabled button read as "broken", not "later").
    m_url->setReadOnly(!idle || isReadOnly());
    m_url->setClearButtonEnabled(idle && !isReadOnly());
    StatusColors::setColor(m_url, QPalette::Base, idle ? QColor() : palette().color(QPalette::Window));
    const bool wss = url().scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    m_tls->setVisible(wss || m_tlsAvailable);
    m_tls->setEnabled(m_tlsAvailable);
    retranslateUi();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillEnvironments();
        validateUrl();
    } else if (event->type() == QEvent::PaletteChange) {
        m_tls->setIcon(lockIcon());
        validateUrl(); // the URL's colours follow the theme too
    }
    QWidget::changeEvent(event);
}

void ConnectionBar::retranslateUi()
{
    m_url->setPlaceholderText(tr("ws://host:port/path or wss://…"));
    m_url->setAccessibleName(tr("WebSocket URL"));
    m_tls->setText(m_tlsSummary.isEmpty() ? tr("TLS") : m_tlsSummary);
    m_tls->setAccessibleName(tr("TLS details"));
    m_tls->setToolTip(m_tlsAvailable ? tr("Show the server's certificate chain, TLS protocol and cipher")
                                     : tr("TLS details appear once the TLS handshake has completed"));
    const bool idle = m_state == SessionState::Idle || m_state == SessionState::Closed;
    const bool pending = !idle && m_tap->isChecked() != m_connectionTapped;
    if (pending)
        m_tap->setText(m_tap->isChecked() ? tr("Tap on (next connection)") : tr("Tap off (next connection)"));
    else
        m_tap->setText(m_tap->isChecked() ? tr("Tap on") : tr("Tap off"));
    m_tap->setAccessibleName(tr("Wire tap"));
    QString tapTip = m_tap->isChecked()
            ? tr("Wire tap on: every byte of the handshake and every frame is recorded.")
            : tr("Wire tap off: only what Qt's WebSocket exposes is recorded; frame headers are unknown.");
    if (!idle) {
        tapTip += QLatin1Char(' ')
                + (m_connectionTapped ? tr("Takes effect on the next connection; this one runs with the tap on.")
                                      : tr("Takes effect on the next connection; this one runs with the tap off."));
    }
    m_tap->setToolTip(tapTip);
    // The pong policy is the tap's: usable while the running or the next connection has it.
    m_pong->setTapAvailable(m_tap->isChecked() || (!idle && m_connectionTapped));
    switch (m_state) {
    case SessionState::Idle:
    case SessionState::Closed:
        if (isReconnectPending()) {
            m_connect->setText(tr("Cancel"));
            m_connect->setToolTip(tr("Cancel the pending reconnect (Ctrl+Shift+C)"));
            break;
        }
        m_connect->setText(tr("Connect"));
        m_connect->setToolTip(m_urlError.isEmpty() ? tr("Connect (Ctrl+Shift+C)") : m_urlError);
        break;
    case SessionState::Connecting:
    case SessionState::Handshaking:
        m_connect->setText(tr("Cancel"));
        m_connect->setToolTip(tr("Give up connecting (Ctrl+Shift+C)"));
        break;
    case SessionState::Open:
        m_connect->setText(tr("Disconnect"));
        m_connect->setToolTip(tr("Close the connection with 1000 Normal closure (Ctrl+Shift+C); Close… in the composer picks another code"));
        break;
    case SessionState::Closing:
        m_connect->setText(tr("Abort"));
        m_connect->setToolTip(tr("Stop waiting for the server's Close frame and drop the connection (Ctrl+Shift+C)"));
        break;
    }
    m_connect->setAccessibleName(m_connect->text());
}
