#pragma once

#include "core/log/event.h"
#include "core/protocol/framespec.h"
#include "core/protocol/framespecclassifier.h"
#include "core/library/librarymessage.h"
#include "core/profiles/savedmessage.h"
#include "widgets/session/controlframebar.h"
#include "widgets/session/framespecform.h"
#include "widgets/session/payloadeditor.h"
#include "widgets/session/payloadmode.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class CloseDialog;
class MessageLibraryPanel;
class MessageLibraryStore;
class ProfileStore;
class QAbstractButton;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QSpinBox;
class QToolButton;
class RepeatControls;
class RepeatSender;
class SavedMessagesBar;
class SendHistory;

// The composer at the bottom of a session tab: what to send and how. It puts together
// - the PayloadEditor (modes Text, JSON, Hex, Base64 and File, validated live; errors name the
//   line, column and character; and Frame, the FrameSpecForm of the protocol workbench),
// - the SavedMessagesBar (saved with the attached profile, or in memory),
// - the message library shared by every profile (⋯ → Library…, Save to Library…),
// - the ControlFrameBar (Ping with an optional payload, Close… with a code and reason),
// - the RepeatControls (send every N ms),
// - the SendHistory (Up/Down in the editor walks the messages sent from this tab),
// and decides whether Send (Ctrl+Enter) is possible: it is disabled, with the reason shown,
// while the input is invalid or the connection is not open.
//
// It never talks to the Session itself: it asks for sends through signals and the session tab
// reports a refusal back with reportSendError().
class Composer : public QWidget
{
    Q_OBJECT

public:
    using Mode = PayloadMode;
    static constexpr qint64 MaxFileBytes = PayloadEditor::MaxFileBytes;
    static constexpr int MaxPingBytes = ControlFrameBar::MaxPingBytes;

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    void setMode(Mode mode);
    Mode mode() const;
    void setText(const QString &text);
    QString text() const;
    // File mode: reads the file now. On failure returns false with a translated *error (also shown).
    bool loadFile(const QString &path, QString *error = nullptr);
    QString fileName() const;
    qint64 fileSize() const;

    // Its own keyboard shortcuts (on by default). A host with window-wide actions for the same
    // keys (the main window's menus) turns them off, else Qt finds them ambiguous and runs neither.
    void setShortcutsEnabled(bool enabled);

    void setSessionState(SessionState state);
    SessionState sessionState() const { return m_state; }

    // Whether the current input can be turned into a message, and why not.
    bool isInputValid() const;
    QString inputError() const;
    // Send is disabled while the editor is empty (Text, Hex and Base64 modes): an empty message is
    // legal (RFC 6455 §5.6) but almost always an accident, e.g. Ctrl+Enter with the focus
    // elsewhere. It is sent on purpose with sendEmptyMessage() (⋯ menu → Send Empty … Message).
    bool isInputEmpty() const;
    QAction *sendEmptyAction() const { return m_sendEmptyAction; }
    // Why Send is disabled (input or connection); empty when it is enabled.
    QString sendBlockedReason() const;
    // What the status line under the editor says now.
    QString statusText() const;

    // Saved messages go into the profile of that name in the store (saved to disk at once); with no
    // store they are kept in memory for this tab.
    void setProfile(ProfileStore *store, const QString &profileName);
    QString profileName() const;
    QList<SavedMessage> savedMessages() const;
    bool saveCurrent(const QString &name, QString *error = nullptr);
    bool renameSaved(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool deleteSaved(const QString &name, QString *error = nullptr);
    bool loadSaved(const QString &name);

    // The message library every profile shares (MessageLibraryStore; the main window's). Without
    // one, ⋯ → Library… and Save to Library… are disabled.
    void setMessageLibrary(MessageLibraryStore *store);
    MessageLibraryStore *messageLibrary() const;
    // Saves the current message in the library; a name used in that folder is refused, or replaced.
    bool saveToLibrary(const QString &folder, const QString &name, QString *error = nullptr, bool replace = false);
    // Loads a library message into the editor, as a saved message is loaded.
    void loadLibraryMessage(const LibraryMessage &message);
    QAction *libraryAction() const { return m_libraryAction; }
    QAction *saveToLibraryAction() const { return m_saveToLibraryAction; }
    // The library window while it exists, else nullptr.
    MessageLibraryPanel *libraryPanel() const;

    // Frame mode: where the next injected frame goes (Session::injectContext) and whether the
    // connection has the wire tap; both decide the form's verdict and whether Send is possible.
    void setInjectContext(const FrameSpecClassifier::Context &context);
    void setFrameTapState(FrameSpecForm::TapState state);
    FrameSpecForm *frameForm() const { return m_payload->frameForm(); }
    // ⋯ menu → Drop TCP connection (no Close); enabled while the connection is open.
    QAction *dropAction() const { return m_dropAction; }
    // The ⋯ menu (saved messages, Send Empty …, Drop): a host adds its own commands to it.
    QMenu *moreMenu() const;

    // The session refused the last request (not open, too large, ...): shown, and a repeat stops.
    void reportSendError(const QString &error);

    QPlainTextEdit *editor() const;
    QPushButton *sendButton() const { return m_send; }
    QLabel *statusLabel() const { return m_status; }
    QAbstractButton *modeButton(Mode mode) const;
    QToolButton *prettyButton() const;
    QToolButton *compactButton() const;
    QLineEdit *pingPayloadEdit() const;
    QToolButton *pingButton() const;
    QToolButton *closeButton() const;
    QToolButton *repeatButton() const { return m_repeatToggle; }
    QSpinBox *repeatIntervalBox() const;
    QSpinBox *repeatCountBox() const;
    QPushButton *repeatStartButton() const;
    QLabel *repeatCounterLabel() const;
    QComboBox *savedCombo() const;
    QToolButton *savedMenuButton() const;
    RepeatSender *repeatSender() const;
    // The messages sent from this tab (Up/Down in the editor).
    SendHistory *history() const { return m_history; }
    // The Close… dialog while it is open, else nullptr.
    CloseDialog *closeDialog() const;

public slots:
    // Puts the keyboard focus where the next message is typed (the file button in File mode).
    void focusEditor();
    // Shows the message library window (creating it the first time); nullptr without a library.
    MessageLibraryPanel *openLibrary();
    // Asks for a folder and a name, then saves the current message in the library.
    void askSaveToLibrary();
    void send();
    // An empty text message (Text, JSON and File modes) or an empty binary one (Hex, Base64).
    void sendEmptyMessage();
    void ping();
    void openCloseDialog();
    void startRepeat();
    void stopRepeat();
    void prettyPrint();
    void compactPrint();
    void chooseFile();

signals:
    void textMessageRequested(const QString &text);
    void binaryMessageRequested(const QByteArray &data);
    // File mode: send this file's bytes as one binary message (Session::sendFile).
    void fileMessageRequested(const QString &path);
    // Frame mode: write these frames toward the server (Session::injectFrames).
    void framesRequested(const QList<FrameSpec> &frames);
    // Frame mode's "Turn the tap on": the tap applies at the next connect.
    void tapRequested();
    // Drop the TCP connection without a Close frame (Session::abort).
    void dropRequested();
    void pingRequested(const QByteArray &payload);
    void closeRequested(quint16 code, const QString &reason);
    void savedMessagesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    // Emits the message; false when the session refused it (reportSendError() during the emit).
    bool emitOutgoing(const PayloadEditor::Outgoing &out);
    void onRepeatDue();
    void setStatus(const QString &text, bool error);
    // Puts a saved or library message into the editor in its mode: the one way both load.
    void loadMessage(SavedMessage::Mode mode, const QString &content);
    void setupLibraryActions();
    void retranslateLibrary();
    void updateLibraryActions();

    SessionState m_state = SessionState::Idle;
    QString m_sendError; // the session's last refusal, until the input changes
    bool m_sendFailed = false;

    PayloadEditor *m_payload = nullptr;
    SavedMessagesBar *m_saved = nullptr;
    ControlFrameBar *m_controls = nullptr;
    RepeatControls *m_repeat = nullptr;
    SendHistory *m_history = nullptr;
    QAction *m_sendEmptyAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_saveToLibraryAction = nullptr;
    QPointer<MessageLibraryStore> m_library;
    QPointer<MessageLibraryPanel> m_libraryPanel;
    QLabel *m_status = nullptr;
    QToolButton *m_repeatToggle = nullptr;
    QPushButton *m_send = nullptr;
    QList<QShortcut *> m_shortcuts;
};
