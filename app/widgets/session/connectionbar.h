#pragma once

#include "core/log/event.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class ConnectionBadge;
class EnvironmentStore;
class QComboBox;
class VariableResolver;
class PongPolicyButton;
struct PongPolicy;
class QHBoxLayout;
class QShortcut;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// The bar on top of a session tab. First line: the URL (validated as you type, the problem named
// under it), the TLS lock (upstream chain, protocol, cipher once a TLS handshake was recorded),
// the wire-tap toggle, the pong policy (PongPolicyButton, needs the tap) and Connect/Disconnect
// (Ctrl+Shift+C). Second line: the state badge
// (ConnectionBadge: "Open 00:03:12", "Closed 1000", "Refused: 401 Unauthorized", "Not
// connected: <reason>", a reconnect countdown), the negotiated subprotocol and whatever the
// session tab adds (the stats strip). While connected the URL is read-only and says so; while a
// reconnect is pending the button cancels it.
//
// With an EnvironmentStore, an environment picker stands before the URL ("No environment", the
// store's environments, "Manage environments…"). A URL holding `{{name}}` references shows what it
// resolves to under it ("→ wss://staging.example.com/ws"), or the resolver's message as the URL's
// error; the URL check is made on the resolved text.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBar(QWidget *parent = nullptr);

    // Empty when text is a usable ws:// or wss:// URL, else one specific translated sentence
    // ("Scheme must be ws:// or wss://", "Port must be 1–65535", ...).
    static QString checkUrl(const QString &text);

    void setUrlText(const QString &text);
    QString urlText() const;
    QUrl url() const;
    QString urlError() const { return m_urlError; }
    // The URL with its references resolved (the text itself when it has none or they do not resolve).
    QString resolvedUrlText() const { return m_resolvedUrl.trimmed(); }

    // The environments the picker lists and switches (setActive); none hides the picker.
    void setEnvironmentStore(EnvironmentStore *store);
    // Builds the resolver the URL preview and check use (the tab's: globals, environment,
    // profile); none: built-ins only. False with *error when it cannot be built.
    using ResolverSource = std::function<bool(VariableResolver *resolver, QString *error)>;
    void setResolverSource(ResolverSource source);
    // Resolves the URL again (a variable or the environment changed).
    void refreshResolvedUrl();

    // The session's state and the wall time (ms since the epoch) it was entered.
    void setState(SessionState state, qint64 sinceMs);
    SessionState state() const { return m_state; }
    // The code of the last close (shown as "Closed 1000"); 0 = unknown.
    void setCloseCode(quint16 code);
    // What the badge says instead of "Idle"/"Closed" (each cleared by the next Connecting state):
    // connecting failed before anything was sent; the server refused the upgrade with a status.
    void setConnectFailed(const QString &reason);
    void setUpgradeRefused(int status, const QString &reasonPhrase);
    // A reconnect starts at dueWallMs (wall ms): the badge counts down, the button cancels it
    // (abortRequested). 0 clears it.
    void setReconnectPending(qint64 dueWallMs, int attempt = 0, int maxAttempts = 0);
    bool isReconnectPending() const;
    void setSubprotocol(const QString &subprotocol);
    // The tap choice for the next connection. The toggle stays usable while connected: the
    // connection that runs keeps what it was opened with (setConnectionTapped), which the button
    // says when the two differ.
    void setTapEnabled(bool enabled);
    bool isTapEnabled() const;
    void setConnectionTapped(bool tapped);
    // A TLS handshake was recorded for the current connection; summary e.g. "TLS 1.3".
    void setTlsInfo(bool available, const QString &summary = {});

    // Its own keyboard shortcuts (on by default). A host with window-wide actions for the same
    // keys (the main window's menus) turns them off, else Qt finds them ambiguous and runs neither.
    void setShortcutsEnabled(bool enabled);

    // A tab that shows a session file, not a connection: no Connect or tap button, the URL
    // read-only, the badge "Opened from file (read-only)" with the file's name.
    void setReadOnlySource(const QString &fileName);
    bool isReadOnly() const { return !m_readOnlySource.isEmpty(); }

    // Appended to the status line, right-aligned.
    void addStatusWidget(QWidget *widget);

    // "Open 00:03:12", as the badge reads now.
    QString badgeText() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLabel *urlMessageLabel() const { return m_urlMessage; }
    QPushButton *connectButton() const { return m_connect; }
    QToolButton *tapButton() const { return m_tap; }
    PongPolicyButton *pongButton() const { return m_pong; }
    QToolButton *tlsButton() const { return m_tls; }
    ConnectionBadge *stateBadge() const { return m_badge; }
    QLabel *subprotocolLabel() const { return m_subprotocol; }
    QComboBox *environmentPicker() const { return m_environment; }
    QLabel *urlPreviewLabel() const { return m_urlPreview; }
    // Picks an environment as a click in the picker does (empty: none).
    bool chooseEnvironment(const QString &name, QString *error = nullptr);

public slots:
    void focusUrl();
    // What the Connect/Disconnect button does in the current state.
    void toggleConnection();

signals:
    void connectRequested(const QUrl &url);
    void disconnectRequested(); // a clean close (1000)
    void abortRequested();      // give up connecting, drop a closing connection, or cancel a pending reconnect
    void tapToggled(bool enabled);
    void pongPolicyChosen(const PongPolicy &policy);
    void tlsDetailsRequested();
    void urlChanged(const QString &text);
    void manageEnvironmentsRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void validateUrl();
    void updateButtons();
    void showUrlMessage();
    QIcon lockIcon() const;
    void fillEnvironments();
    void onEnvironmentActivated(int index);
    // The URL's references resolved into m_resolvedUrl; false with the resolver's message.
    bool resolveUrl(QString *why);

    SessionState m_state = SessionState::Idle;
    bool m_readOnlyHint = false; // the user tried to edit the URL of the running connection
    QString m_urlError;
    bool m_tlsAvailable = false;
    bool m_connectionTapped = true;
    QString m_tlsSummary;
    QString m_readOnlySource;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlMessage = nullptr;
    QToolButton *m_tls = nullptr;
    QToolButton *m_tap = nullptr;
    PongPolicyButton *m_pong = nullptr;
    QPushButton *m_connect = nullptr;
    ConnectionBadge *m_badge = nullptr;
    QLabel *m_subprotocol = nullptr;
    QHBoxLayout *m_statusLayout = nullptr;
    QList<QShortcut *> m_shortcuts;
    QString m_resolvedUrl;
    QString m_environmentError;
    QPointer<EnvironmentStore> m_environments;
    ResolverSource m_resolverSource;
    QComboBox *m_environment = nullptr;
    QLabel *m_urlPreview = nullptr;
};
