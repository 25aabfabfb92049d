#include "widgets/profiles/profileconnectionpage.h"

#include "widgets/profiles/profileeditorstyle.h"
#include "core/profiles/profilevalidator.h"
#include "core/rules/headerrules.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace {

constexpr int kMaxTimeoutMs = 600000;
constexpr int kTimeoutStepMs = 1000;

QStringList splitProtocols(const QString &text)
{
    // Comma- or space-separated, like the Sec-WebSocket-Protocol header itself (RFC 6455 §11.3.4).
    return text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

ProfileConnectionPage::ProfileConnectionPage(const QStringList &takenNames, QWidget *parent)
    : QWidget(parent)
    , m_takenNames(takenNames)
{
    m_name = new QLineEdit(this);
    m_nameMessage = ProfileEditorStyle::messageLabel(this);
    m_url = new QLineEdit(this);
    m_url->setClearButtonEnabled(true);
    m_urlMessage = ProfileEditorStyle::messageLabel(this);
    m_origin = new QLineEdit(this);
    m_originMessage = ProfileEditorStyle::messageLabel(this);
    m_protocols = new QLineEdit(this);
    m_protocolsMessage = ProfileEditorStyle::messageLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(0, kMaxTimeoutMs);
    m_timeout->setSingleStep(kTimeoutStepMs);
    m_timeout->setGroupSeparatorShown(true);

    m_nameLabel = ProfileEditorStyle::buddyLabel(this, m_name);
    m_urlLabel = ProfileEditorStyle::buddyLabel(this, m_url);
    m_originLabel = ProfileEditorStyle::buddyLabel(this, m_origin);
    m_protocolsLabel = ProfileEditorStyle::buddyLabel(this, m_protocols);
    m_timeoutLabel = ProfileEditorStyle::buddyLabel(this, m_timeout);

    auto *form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(nullptr, m_nameMessage);
    form->addRow(m_urlLabel, m_url);
    form->addRow(nullptr, m_urlMessage);
    form->addRow(m_protocolsLabel, m_protocols);
    form->addRow(nullptr, m_protocolsMessage);
    form->addRow(m_originLabel, m_origin);
    form->addRow(nullptr, m_originMessage);
    form->addRow(m_timeoutLabel, m_timeout);
    ProfileEditorStyle::setTabOrder({m_name, m_url, m_protocols, m_origin, m_timeout});

    for (QLineEdit *edit : {m_name, m_url, m_origin, m_protocols})
        connect(edit, &QLineEdit::textChanged, this, &ProfileConnectionPage::edited);
}

void ProfileConnectionPage::setProfile(const Profile &profile)
{
    const ConnectionSettings &c = profile.connection;
    m_name->setText(profile.name);
    m_url->setText(c.url);
    m_origin->setText(c.origin);
    m_protocols->setText(c.subprotocols.join(QStringLiteral(", ")));
    m_timeout->setValue(c.handshakeTimeoutMs);
}

void ProfileConnectionPage::applyTo(Profile &profile) const
{
    ConnectionSettings &c = profile.connection;
    profile.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.origin = m_origin->text().trimmed();
    c.subprotocols = splitProtocols(m_protocols->text());
    c.handshakeTimeoutMs = m_timeout->value();
}

QString ProfileConnectionPage::validate()
{
    QString name = ProfileValidator::checkName(m_name->text());
    if (name.isEmpty() && m_takenNames.contains(m_name->text().trimmed()))
        name = tr("A profile named \"%1\" already exists.").arg(m_name->text().trimmed());
    ProfileEditorStyle::showMessage(m_nameMessage, name);
    const QString url = ProfileValidator::checkUrl(m_url->text());
    ProfileEditorStyle::showMessage(m_urlMessage, url);
    const QString origin = ProfileValidator::checkOrigin(m_origin->text().trimmed());
    ProfileEditorStyle::showMessage(m_originMessage, origin);

    QString protocols;
    QStringList list = splitProtocols(m_protocols->text());
    for (const QString &p : list) {
        if (protocols.isEmpty())
            protocols = HeaderRules::checkSubprotocol(p);
    }
    if (protocols.isEmpty() && list.removeDuplicates() > 0)
        protocols = tr("A subprotocol is listed twice.");
    ProfileEditorStyle::showMessage(m_protocolsMessage, protocols);

    // In the order of the fields on the page.
    for (const QString &p : {name, url, protocols, origin}) {
        if (!p.isEmpty())
            return p;
    }
    return QString();
}

void ProfileConnectionPage::retranslateUi()
{
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
}
