#include "widgets/profiles/profileeditordialog.h"

#include "core/profiles/profilevalidator.h"
#include "core/rules/headerrules.h"
#include "core/session/settingsvalidator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxKiB = std::numeric_limits<int>::max();

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

// A red that reads on both light and dark palettes.
QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString plainTabText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Errors in errorColor(), prefixed with a sign so the meaning does not depend on colour.
void showMessage(QLabel *label, const QString &text)
{
    label->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        label->clear();
        return;
    }
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, errorColor(p));
    label->setPalette(p);
    label->setText(QStringLiteral("⚠ ") + text);
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}

QStringList splitProtocols(const QString &text)
{
    // Comma- or space-separated, like the Sec-WebSocket-Protocol header itself (RFC 6455 §11.3.4).
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

int toKiB(qint64 bytes)
{
    return int(qBound<qint64>(1, (bytes + 1023) / 1024, qint64(kMaxKiB)));
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const Profile &profile, const QStringList &takenNames, QWidget *parent,
                                         Purpose purpose)
    : QDialog(parent)
    , m_original(profile)
    , m_takenNames(takenNames)
    , m_isNew(purpose == Purpose::Create)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralPage(), QString());
    m_tabs->addTab(buildHeadersPage(), QString());
    m_tabs->addTab(buildTlsPage(), QString());
    m_tabs->addTab(buildNetworkPage(), QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveProblem = messageLabel(this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveProblem, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(bottom);

    setProfile(profile);
    retranslateUi();
    validate();
    resize(sizeHint().expandedTo(QSize(620, 460)));
    m_name->setFocus();
}

QPushButton *ProfileEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QWidget *ProfileEditorDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_nameMessage = messageLabel(page);
    m_url = new QLineEdit(page);
    m_url->setClearButtonEnabled(true);
    m_urlMessage = messageLabel(page);
    m_origin = new QLineEdit(page);
    m_originMessage = messageLabel(page);
    m_protocols = new QLineEdit(page);
    m_protocolsMessage = messageLabel(page);
    m_timeout = new QSpinBox(page);
    m_timeout->setRange(0, 600000);
    m_timeout->setSingleStep(1000);
    m_timeout->setGroupSeparatorShown(true);

    m_nameLabel = buddyLabel(page, m_name);
    m_urlLabel = buddyLabel(page, m_url);
    m_originLabel = buddyLabel(page, m_origin);
    m_protocolsLabel = buddyLabel(page, m_protocols);
    m_timeoutLabel = buddyLabel(page, m_timeout);

    auto *form = new QFormLayout(page);
    form->addRow(m_nameLabel, m_name);
    form->addRow(nullptr, m_nameMessage);
    form->addRow(m_urlLabel, m_url);
    form->addRow(nullptr, m_urlMessage);
    form->addRow(m_protocolsLabel, m_protocols);
    form->addRow(nullptr, m_protocolsMessage);
    form->addRow(m_originLabel, m_origin);
    form->addRow(nullptr, m_originMessage);
    form->addRow(m_timeoutLabel, m_timeout);

    for (QLineEdit *edit : {m_name, m_url, m_origin, m_protocols})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    return page;
}

QWidget *ProfileEditorDialog::buildHeadersPage()
{
    auto *page = new QWidget(this);
    m_headers = new QTableWidget(0, 3, page);
    m_headers->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->horizontalHeader()->resizeSection(NameColumn, 180);
    m_headers->verticalHeader()->hide();
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_addHeader = new QPushButton(page);
    m_removeHeader = new QPushButton(page);
    m_headersMessage = messageLabel(page);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addHeader);
    buttons->addWidget(m_removeHeader);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_headersMessage);
    layout->addLayout(buttons);

    connect(m_headers, &QTableWidget::itemChanged, this, &ProfileEditorDialog::validate);
    connect(m_addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow(HeaderEntry{});
        const int row = m_headers->rowCount() - 1;
        m_headers->setCurrentCell(row, NameColumn);
        m_headers->editItem(m_headers->item(row, NameColumn));
        validate();
    });
    connect(m_removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0)
            m_headers->removeRow(row);
        validate();
    });
    connect(m_headers, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_removeHeader->setEnabled(row >= 0); });
    return page;
}

QLineEdit *ProfileEditorDialog::fileField(QWidget *page, QToolButton **browse)
{
    auto *edit = new QLineEdit(page);
    edit->setClearButtonEnabled(true);
    *browse = new QToolButton(page);
    (*browse)->setText(QStringLiteral("…"));
    connect(edit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    return edit;
}

void ProfileEditorDialog::browseFile(QLineEdit *field, const QString &title)
{
    const QString start = field->text().isEmpty() ? QString() : QFileInfo(field->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, title, start,
                                                      tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        field->setText(file);
}

QWidget *ProfileEditorDialog::buildTlsPage()
{
    auto *page = new QWidget(this);
    m_verifyPeer = new QCheckBox(page);
    m_ignoreErrors = new QCheckBox(page);
    m_caFile = fileField(page, &m_caBrowse);
    m_certFile = fileField(page, &m_certBrowse);
    m_keyFile = fileField(page, &m_keyBrowse);
    m_caLabel = buddyLabel(page, m_caFile);
    m_certLabel = buddyLabel(page, m_certFile);
    m_keyLabel = buddyLabel(page, m_keyFile);
    m_tlsMessage = messageLabel(page);
    m_tlsNote = new QLabel(page);
    m_tlsNote->setWordWrap(true);
    m_tlsNote->setForegroundRole(QPalette::PlaceholderText);

    const auto row = [](QLineEdit *edit, QToolButton *button) {
        auto *h = new QHBoxLayout;
        h->addWidget(edit, 1);
        h->addWidget(button);
        return h;
    };
    auto *form = new QFormLayout(page);
    form->addRow(m_tlsNote);
    form->addRow(m_verifyPeer);
    form->addRow(m_caLabel, row(m_caFile, m_caBrowse));
    form->addRow(m_certLabel, row(m_certFile, m_certBrowse));
    form->addRow(m_keyLabel, row(m_keyFile, m_keyBrowse));
    form->addRow(m_ignoreErrors);
    form->addRow(m_tlsMessage);

    connect(m_caBrowse, &QToolButton::clicked, this, [this] { browseFile(m_caFile, tr("CA certificates")); });
    connect(m_certBrowse, &QToolButton::clicked, this, [this] { browseFile(m_certFile, tr("Client certificate")); });
    connect(m_keyBrowse, &QToolButton::clicked, this, [this] { browseFile(m_keyFile, tr("Client key")); });
    connect(m_ignoreErrors, &QCheckBox::toggled, this, &ProfileEditorDialog::validate);
    connect(m_verifyPeer, &QCheckBox::toggled, this, &ProfileEditorDialog::validate);
    return page;
}

QWidget *ProfileEditorDialog::buildNetworkPage()
{
    auto *page = new QWidget(this);
    m_proxy = new QLineEdit(page);
    m_proxy->setClearButtonEnabled(true);
    m_proxyMessage = messageLabel(page);
    m_tap = new QCheckBox(page);
    m_tapNote = new QLabel(page);
    m_tapNote->setWordWrap(true);
    m_tapNote->setForegroundRole(QPalette::PlaceholderText);
    m_maxFrame = new QSpinBox(page);
    m_maxMessage = new QSpinBox(page);
    for (QSpinBox *box : {m_maxFrame, m_maxMessage}) {
        box->setRange(1, kMaxKiB);
        box->setSingleStep(1024);
        box->setGroupSeparatorShown(true);
    }
    m_ping = new QSpinBox(page);
    m_ping->setRange(0, 3600000);
    m_ping->setSingleStep(1000);
    m_ping->setGroupSeparatorShown(true);
    m_reconnect = new QGroupBox(page);
    m_reconnect->setCheckable(true);
    m_attempts = new QSpinBox(m_reconnect);
    m_attempts->setRange(0, 1000);
    m_initialDelay = new QSpinBox(m_reconnect);
    m_maxDelay = new QSpinBox(m_reconnect);
    for (QSpinBox *box : {m_initialDelay, m_maxDelay}) {
        box->setRange(0, 3600000);
        box->setSingleStep(500);
        box->setGroupSeparatorShown(true);
    }
    m_proxyLabel = buddyLabel(page, m_proxy);
    m_frameLabel = buddyLabel(page, m_maxFrame);
    m_messageLabel = buddyLabel(page, m_maxMessage);
    m_pingLabel = buddyLabel(page, m_ping);
    m_attemptsLabel = buddyLabel(m_reconnect, m_attempts);
    m_initialDelayLabel = buddyLabel(m_reconnect, m_initialDelay);
    m_maxDelayLabel = buddyLabel(m_reconnect, m_maxDelay);

    auto *reconnectForm = new QFormLayout(m_reconnect);
    reconnectForm->addRow(m_attemptsLabel, m_attempts);
    reconnectForm->addRow(m_initialDelayLabel, m_initialDelay);
    reconnectForm->addRow(m_maxDelayLabel, m_maxDelay);

    auto *form = new QFormLayout(page);
    form->addRow(m_tap);
    form->addRow(m_tapNote);
    form->addRow(m_proxyLabel, m_proxy);
    form->addRow(nullptr, m_proxyMessage);
    form->addRow(m_pingLabel, m_ping);
    form->addRow(m_frameLabel, m_maxFrame);
    form->addRow(m_messageLabel, m_maxMessage);
    form->addRow(m_reconnect);

    connect(m_proxy, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    connect(m_initialDelay, &QSpinBox::valueChanged, this, &ProfileEditorDialog::validate);
    connect(m_maxDelay, &QSpinBox::valueChanged, this, &ProfileEditorDialog::validate);
    connect(m_reconnect, &QGroupBox::toggled, this, &ProfileEditorDialog::validate);
    return page;
}

void ProfileEditorDialog::addHeaderRow(const HeaderEntry &header)
{
    const QSignalBlocker blocker(m_headers);
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    enabled->setCheckState(header.enabled ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, EnabledColumn, enabled);
    m_headers->setItem(row, NameColumn, new QTableWidgetItem(header.name));
    m_headers->setItem(row, ValueColumn, new QTableWidgetItem(header.value));
}

void ProfileEditorDialog::setProfile(const Profile &profile)
{
    const ConnectionSettings &c = profile.connection;
    m_name->setText(profile.name);
    m_url->setText(c.url.toString());
    m_origin->setText(c.origin);
    m_protocols->setText(c.subprotocols.join(QStringLiteral(", ")));
    m_timeout->setValue(c.handshakeTimeoutMs);
    m_headers->setRowCount(0);
    for (const HeaderEntry &h : c.headers)
        addHeaderRow(h);
    m_removeHeader->setEnabled(false);
    m_verifyPeer->setChecked(c.tls.verifyPeer);
    m_ignoreErrors->setChecked(c.tls.ignoreErrors);
    m_caFile->setText(c.tls.caFile);
    m_certFile->setText(c.tls.clientCertificateFile);
    m_keyFile->setText(c.tls.clientKeyFile);
    m_proxy->setText(c.proxy.toString());
    m_tap->setChecked(c.tapEnabled);
    m_maxFrame->setValue(toKiB(c.maxIncomingFrameSize));
    m_maxMessage->setValue(toKiB(c.maxIncomingMessageSize));
    m_ping->setValue(c.pingIntervalMs);
    m_reconnect->setChecked(c.reconnect.enabled);
    m_attempts->setValue(c.reconnect.maxAttempts);
    m_initialDelay->setValue(c.reconnect.initialDelayMs);
    m_maxDelay->setValue(c.reconnect.maxDelayMs);
}

Profile ProfileEditorDialog::profile() const
{
    Profile p = m_original;
    ConnectionSettings &c = p.connection;
    p.name = m_name->text().trimmed();
    c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.origin = m_origin->text().trimmed();
    c.subprotocols = splitProtocols(m_protocols->text());
    c.handshakeTimeoutMs = m_timeout->value();
    c.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        HeaderEntry h;
        h.enabled = m_headers->item(row, EnabledColumn)->checkState() == Qt::Checked;
        h.name = m_headers->item(row, NameColumn)->text().trimmed();
        h.value = m_headers->item(row, ValueColumn)->text();
        if (h.name.isEmpty() && h.value.isEmpty())
            continue; // an untouched new row is not a header
        c.headers.append(h);
    }
    c.tls.verifyPeer = m_verifyPeer->isChecked();
    c.tls.ignoreErrors = m_ignoreErrors->isChecked();
    c.tls.caFile = m_caFile->text().trimmed();
    c.tls.clientCertificateFile = m_certFile->text().trimmed();
    c.tls.clientKeyFile = m_keyFile->text().trimmed();
    c.proxy = QUrl(m_proxy->text().trimmed(), QUrl::StrictMode);
    c.tapEnabled = m_tap->isChecked();
    // Sizes are edited in KiB; an unchanged field keeps the exact byte count it came with.
    if (m_maxFrame->value() != toKiB(m_original.connection.maxIncomingFrameSize))
        c.maxIncomingFrameSize = qint64(m_maxFrame->value()) * 1024;
    if (m_maxMessage->value() != toKiB(m_original.connection.maxIncomingMessageSize))
        c.maxIncomingMessageSize = qint64(m_maxMessage->value()) * 1024;
    c.pingIntervalMs = m_ping->value();
    c.reconnect.enabled = m_reconnect->isChecked();
    c.reconnect.maxAttempts = m_attempts->value();
    c.reconnect.initialDelayMs = m_initialDelay->value();
    c.reconnect.maxDelayMs = m_maxDelay->value();
    return p;
}

void ProfileEditorDialog::validate()
{
    QString name = ProfileValidator::checkName(m_name->text());
    if (name.isEmpty() && m_takenNames.contains(m_name->text().trimmed()))
        name = tr("A profile named \"%1\" already exists.").arg(m_name->text().trimmed());
    showMessage(m_nameMessage, name);
    const QString url = ProfileValidator::checkUrl(m_url->text());
    showMessage(m_urlMessage, url);
    const QString origin = ProfileValidator::checkOrigin(m_origin->text().trimmed());
    showMessage(m_originMessage, origin);

    QString protocols;
    QStringList list = splitProtocols(m_protocols->text());
    for (const QString &p : list) {
        if (protocols.isEmpty())
            protocols = HeaderRules::checkSubprotocol(p);
    }
    if (protocols.isEmpty() && list.removeDuplicates() > 0)
        protocols = tr("A subprotocol is listed twice.");
    showMessage(m_protocolsMessage, protocols);

    QString headers;
    for (int row = 0; row < m_headers->rowCount() && headers.isEmpty(); ++row) {
        const QString hname = m_headers->item(row, NameColumn)->text().trimmed();
        const QString value = m_headers->item(row, ValueColumn)->text();
        if (hname.isEmpty() && value.isEmpty())
            continue;
        headers = HeaderRules::checkName(hname);
        if (headers.isEmpty())
            headers = HeaderRules::checkValue(hname, value);
        if (!headers.isEmpty())
            headers = tr("Row %1: %2").arg(row + 1).arg(headers);
    }
    showMessage(m_headersMessage, headers);

    QString tls;
    for (QLineEdit *file : {m_caFile, m_certFile, m_keyFile}) {
        const QString path = file->text().trimmed();
        if (tls.isEmpty() && !path.isEmpty() && !QFileInfo(path).isFile())
            tls = tr("%1 does not exist or is not a file.").arg(path);
    }
    if (tls.isEmpty())
        tls = SettingsValidator::checkClientCertificate(m_certFile->text().trimmed(), m_keyFile->text().trimmed());
    showMessage(m_tlsMessage, tls);

    const QString proxy = ProfileValidator::checkProxy(m_proxy->text().trimmed());
    showMessage(m_proxyMessage, proxy);

    QString reconnect;
    if (m_reconnect->isChecked() && m_maxDelay->value() < m_initialDelay->value())
        reconnect = tr("The longest delay is shorter than the first delay.");

    // The first problem, in tab order, decides whether OK is possible.
    m_problem.clear();
    for (const QString &p : {name, url, protocols, origin, headers, tls, proxy, reconnect}) {
        if (m_problem.isEmpty())
            m_problem = p;
    }
    okButton()->setEnabled(m_problem.isEmpty());
    okButton()->setToolTip(m_problem);
    // Mark the tabs that need attention, so problems on hidden pages are found.
    const bool bad[] = {!QString(name + url + protocols + origin).isEmpty(), !headers.isEmpty(), !tls.isEmpty(),
                        !QString(proxy + reconnect).isEmpty()};
    int firstBad = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (bad[i] && firstBad < 0)
            firstBad = i;
        // An invalid colour gives the tab back the style's own text colour (it follows the theme).
        m_tabs->tabBar()->setTabTextColor(i, bad[i] ? errorColor(m_tabs->palette()) : QColor());
    }
    // The reason Save is disabled, where the eye goes when Save does not respond.
    showMessage(m_saveProblem, firstBad < 0 ? QString()
                                            : tr("Cannot save yet (%1 tab): %2")
                                                      .arg(plainTabText(m_tabs->tabText(firstBad)), m_problem));
    m_maxDelay->setToolTip(reconnect);
}

void ProfileEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    } else if (event->type() == QEvent::PaletteChange && m_saveProblem) {
        validate(); // the message colours follow a theme switch
    }
    QDialog::changeEvent(event);
}

void ProfileEditorDialog::retranslateUi()
{
    setWindowTitle(m_isNew || m_original.name.isEmpty() ? tr("New profile")
                                                        : tr("Edit profile “%1”").arg(m_original.name));
    okButton()->setText(tr("&Save"));
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("&Headers"));
    m_tabs->setTabText(2, tr("T&LS"));
    m_tabs->setTabText(3, tr("&Network"));

    m_nameLabel->setText(tr("Na&me:"));
    m_urlLabel->setText(tr("&URL:"));
    m_url->setPlaceholderText(tr("ws://127.0.0.1:8080/echo or wss://example.com/chat"));
    m_protocolsLabel->setText(tr("&Subprotocols:"));
    m_protocols->setPlaceholderText(tr("offered in this order, e.g. chat.v2, chat.v1"));
    m_originLabel->setText(tr("&Origin:"));
    m_origin->setPlaceholderText(tr("none, or e.g. https://example.com"));
    m_timeoutLabel->setText(tr("Handshake &timeout:"));
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("No timeout"));

    m_headers->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Value")});
    m_addHeader->setText(tr("&Add header"));
    m_removeHeader->setText(tr("&Remove header"));

    m_tlsNote->setText(tr("Used for wss:// URLs. Certificate and key files are PEM; the key must not be encrypted."));
    m_verifyPeer->setText(tr("&Verify the server certificate"));
    m_caLabel->setText(tr("Extra &CA certificates:"));
    m_certLabel->setText(tr("Client c&ertificate:"));
    m_keyLabel->setText(tr("Client &key:"));
    m_ignoreErrors->setText(tr("&Ignore certificate errors (each ignored error is still logged)"));
    for (QToolButton *b : {m_caBrowse, m_certBrowse, m_keyBrowse}) {
        b->setToolTip(tr("Choose a file…"));
        b->setAccessibleName(tr("Choose a file"));
    }

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
