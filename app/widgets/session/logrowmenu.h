#pragma once

#include "core/log/event.h"
#include "core/session/connectionsettings.h"

#include <QMenu>

class EventLog;

// The context menu of one log row (right click, the Menu key or Shift+F10 on the current row):
// copy its bytes as text, hex, Base64 or pretty JSON; copy a websocat/wscat command that
// reproduces the connection and sends this message (credentials left out unless the item that
// names them is chosen, see CommandLine); resend; load into the composer; save to a file; jump
// to the matching request or reply (ReplyMatcher). What the row's bytes are is RowPayload's
// rule; the menu only offers what applies and disables the rest.
//
// Copies happen here; everything that needs the session or the view is asked for with
// requested(). Every action carries its Item in data(), so a test can find and trigger it.
class LogRowMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Item {
        CopyText,
        CopyHex,
        CopyBase64,
        CopyJson,
        CopyWebsocat,
        CopyWebsocatWithSecrets,
        CopyWscat,
        CopyWscatWithSecrets,
        Resend,
        LoadIntoComposer,
        SaveToFile,
        JumpToMatch,
    };
    Q_ENUM(Item)

    struct Context
    {
        ConnectionSettings settings; // the connection the commands reproduce
        bool canSend = false;        // the session is open
        const EventLog *log = nullptr; // where to look for the matching row
    };

    LogRowMenu(const Event &event, const Context &context, QWidget *parent);

    QAction *action(Item item) const;
    const Event &event() const { return m_event; }
    // The matching row's sequence number (0: none), found when the menu was built.
    quint64 matchSeq() const { return m_matchSeq; }

    // What a copy item puts on the clipboard; empty when it does not apply.
    QString clipboardText(Item item) const;
    // Writes the row's bytes to `path` (SafeFileWriter). False with a translated *error.
    bool savePayload(const QString &path, QString *error) const;

signals:
    // Resend, LoadIntoComposer, SaveToFile and JumpToMatch: for the view to carry out.
    void requested(LogRowMenu::Item item);
    // A copy put `what` on the clipboard (a short confirmation for the status line).
    void copied(const QString &what);

private:
    QAction *add(Item item, const QString &text, bool enabled);

    Event m_event;
    Context m_context;
    quint64 m_matchSeq = 0;
    QList<QAction *> m_actions;
};
