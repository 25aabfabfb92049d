// ConnectionBar: the URL (checked as it is typed, read-only while connected) and the TLS lock.
#include "widgets/session/connectionbar.h"

#include "widgets/detail/statuscolors.h"
#include "core/session/settingsvalidator.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

QString ConnectionBar::checkUrl(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("Enter a ws:// or wss:// URL, e.g. ws://127.0.0.1:8080/echo");
    for (const QChar c : text) {
        if (c.isSpace())
            return tr("The URL contains a space; encode it as %20.");
    }
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd > 0 ? text.left(schemeEnd).toLower() : QString();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) {
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            return tr("Scheme must be ws:// or wss:// (not %1://; WebSocket URLs use ws, or wss for TLS).").arg(scheme);
        return tr("Scheme must be ws:// or wss://");
    }
    const QString rest = text.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QString authority = rest.left(authorityEnd);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    // The port follows the last ':' outside an IPv6 literal's brackets.
    const qsizetype bracket = authority.lastIndexOf(QLatin1Char(']'));
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    QString host = authority;
    if (colon > bracket && (bracket >= 0 || authority.count(QLatin1Char(':')) == 1)) {
        host = authority.left(colon);
        const QString port = authority.mid(colon + 1);
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (port.isEmpty() || !ok || value < 1 || value > 65535)
            return tr("Port must be 1–65535");
    }
    if (host.isEmpty() || host == QLatin1String("[]"))
        return tr("The URL needs a host, e.g. ws://127.0.0.1:8080/");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("Not a valid URL: %1").arg(url.errorString());
    QString error;
    if (!SettingsValidator::validateUrl(url, &error))
        return error;
    return {};
}

void ConnectionBar::setUrlText(const QString &text)
{
    m_url->setText(text);
    validateUrl();
}

QString ConnectionBar::urlText() const
{
    return m_url->text().trimmed();
}

QUrl ConnectionBar::url() const
{
    return QUrl(resolvedUrlText(), QUrl::StrictMode);
}

void ConnectionBar::validateUrl()
{
    // The template is not a URL (`{{host}}` is no host): what it resolves to is checked.
    QString why;
    const bool resolved = resolveUrl(&why);
    m_urlError = resolved ? checkUrl(m_resolvedUrl) : why;
    const bool preview = resolved && m_resolvedUrl != m_url->text();
    m_urlPreview->setText(preview ? tr("→ %1").arg(resolvedUrlText()) : QString());
    StatusColors::setColor(m_urlPreview, QPalette::WindowText, StatusColors::muted(palette()));
    m_urlPreview->setVisible(preview);
    showUrlMessage();
    StatusColors::setColor(m_url, QPalette::Text, m_urlError.isEmpty() ? QColor() : StatusColors::bad(palette()));
    updateButtons();
}

void ConnectionBar::showUrlMessage()
{
    const bool idle = m_state == SessionState::Idle || m_state == SessionState::Closed;
    if (!idle && m_readOnlyHint) {
        // A hint, not an error: the URL is fine, it is just the running connection's.
        m_urlMessage->setText(tr("This is the URL of the running connection; disconnect to edit it."));
        StatusColors::setColor(m_urlMessage, QPalette::WindowText, StatusColors::muted(palette()));
        m_urlMessage->setVisible(true);
    } else if (!m_environmentError.isEmpty()) {
        m_urlMessage->setText(m_environmentError);
        StatusColors::setColor(m_urlMessage, QPalette::WindowText, StatusColors::bad(palette()));
        m_urlMessage->setVisible(true);
    } else {
        m_urlMessage->setText(m_urlError);
        StatusColors::setColor(m_urlMessage, QPalette::WindowText, StatusColors::bad(palette()));
        // Empty input is not worth a red line: the placeholder already says what to type.
        m_urlMessage->setVisible(!m_urlError.isEmpty() && !m_url->text().trimmed().isEmpty());
    }
    if (!idle)
        m_url->setToolTip(tr("The URL of the running connection (read-only until it is closed)"));
    else
        m_url->setToolTip(m_urlError.isEmpty() ? tr("WebSocket URL (Ctrl+K)") : m_urlError);
}

bool ConnectionBar::eventFilter(QObject *watched, QEvent *event)
{
    // Typing into the read-only URL of a running connection says why nothing happens.
    if (watched == m_url && event->type() == QEvent::KeyPress && m_url->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool edits = !key->text().isEmpty() || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete;
        if (edits && !key->matches(QKeySequence::Copy) && !key->matches(QKeySequence::SelectAll)) {
            m_readOnlyHint = true;
            showUrlMessage();
        }
    }
    return QWidget::eventFilter(watched, event);
}

QIcon ConnectionBar::lockIcon() const
{
    // Drawn from the palette rather than shipped: crisp at any scale and right in dark mode.
    const int size = 16;
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::WindowText);
    painter.setPen(QPen(color, 1.6));
    painter.setBrush(Qt::NoBrush);
    QPainterPath shackle;
    shackle.moveTo(5, 7.5);
    shackle.lineTo(5, 5);
    shackle.arcTo(QRectF(5, 1.5, 6, 7), 180, -180);
    shackle.lineTo(11, 7.5);
    painter.drawPath(shackle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(3, 7, 10, 7.5), 1.5, 1.5);
    painter.end();
    return QIcon(pixmap);
}
