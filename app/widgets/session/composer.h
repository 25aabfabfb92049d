#pragma once

#include "core/log/event.h"
#include "core/profiles/savedmessage.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class CloseDialog;
class ProfileStore;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class RepeatSender;

// The composer at the bottom of a session tab: what to send and how.
// Modes: Text, JSON (validated live with line:column, pretty/compact), Hex, Base64 (both decoded
// by the core codecs, errors name the character and its position) and File (drag and drop or
// choose). Send (Ctrl+Enter) is disabled, with the reason shown, while the input is invalid or
// the connection is not open. Saved messages live in the attached profile (or in memory), Ping
// takes an optional payload, Close… asks for a code and reason, Repeat sends every N ms.
//
// It never talks to the Session itself: it asks for sends through signals and the session tab
// reports a refusal back with reportSendError().
class Composer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Text, Json, Hex, Base64, File };
    // Larger files are refused: they would not fit the default message size limits anyway.
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    static constexpr int MaxPingBytes = 125; // RFC 6455 §5.5

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setText(const QString &text);
    QString text() const;
    // File mode: reads the file now. On failure returns false with a translated *error (also shown).
    bool loadFile(const QString &path, QString *error = nullptr);
    QString fileName() const { return m_fileName; }
    qint64 fileSize() const { return m_fileData.size(); }

    // Its own keyboard shortcuts (on by default). A host with window-wide actions for the same
    // keys (the main window's menus) turns them off, else Qt finds them ambiguous and runs neither.
    void setShortcutsEnabled(bool enabled);

    void setSessionState(SessionState state);
    SessionState sessionState() const { return m_state; }

    // Whether the current input can be turned into a message, and why not.
    bool isInputValid() const { return m_inputError.isEmpty(); }
    QString inputError() const { return m_inputError; }
    // Send is disabled while the editor is empty (Text, Hex and Base64 modes): an empty message is
    // legal (RFC 6455 §5.6) but almost always an accident, e.g. Ctrl+Enter with the focus
    // elsewhere. It is sent on purpose with sendEmptyMessage() (⋯ menu → Send Empty … Message).
    bool isInputEmpty() const { return m_inputEmpty; }
    QAction *sendEmptyAction() const { return m_sendEmptyAction; }
    // Why Send is disabled (input or connection); empty when it is enabled.
    QString sendBlockedReason() const;
    // What the status line under the editor says now.
    QString statusText() const;

    // Saved messages go into the profile of that name in the store (saved to disk at once); with no
    // store they are kept in memory for this tab.
    void setProfile(ProfileStore *store, const QString &profileName);
    QString profileName() const { return m_profileName; }
    QList<SavedMessage> savedMessages() const;
    bool saveCurrent(const QString &name, QString *error = nullptr);
    bool renameSaved(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool deleteSaved(const QString &name, QString *error = nullptr);
    bool loadSaved(const QString &name);

    // The session refused the last request (not open, too large, ...): shown, and a repeat stops.
    void reportSendError(const QString &error);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *statusLabel() const { return m_status; }
    QAbstractButton *modeButton(Mode mode) const;
    QToolButton *prettyButton() const { return m_pretty; }
    QToolButton *compactButton() const { return m_compact; }
    QLineEdit *pingPayloadEdit() const { return m_pingPayload; }
    QToolButton *pingButton() const { return m_ping; }
    QToolButton *closeButton() const { return m_close; }
    QToolButton *repeatButton() const { return m_repeat; }
    QSpinBox *repeatIntervalBox() const { return m_repeatInterval; }
    QSpinBox *repeatCountBox() const { return m_repeatCount; }
    QPushButton *repeatStartButton() const { return m_repeatStart; }
    QLabel *repeatCounterLabel() const { return m_repeatCounter; }
    QComboBox *savedCombo() const { return m_savedCombo; }
    QToolButton *savedMenuButton() const { return m_savedMenu; }
    RepeatSender *repeatSender() const { return m_repeater; }
    // The Close… dialog while it is open, else nullptr.
    CloseDialog *closeDialog() const;

public slots:
    // Puts the keyboard focus where the next message is typed (the file button in File mode).
    void focusEditor();
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
    void pingRequested(const QByteArray &payload);
    void closeRequested(quint16 code, const QString &reason);
    void savedMessagesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Outgoing
    {
        bool isText = true;
        QString text;
        QByteArray data;
    };

    void retranslateUi();
    void validateInput();
    void scheduleValidation();
    void updateState();
    bool buildOutgoing(Outgoing *out, QString *error) const;
    bool emitOutgoing(const Outgoing &out);
    void updatePingState();
    void refreshSavedCombo();
    void storeSaved(const QList<SavedMessage> &messages, QString *error, bool *ok);
    void onSavedActivated(int index);
    void onRepeatDue();
    void onRepeatProgress(int sent, int total);
    void onRepeatStopped(const QString &reason);
    void askSaveCurrent();
    // Lets the user pick one of the saved messages; empty when there is none or the user cancels.
    QString askSavedMessageName(const QString &title);
    void askRenameSaved();
    void askDeleteSaved();
    void setStatus(const QString &text, bool error);

    Mode m_mode = Mode::Text;
    SessionState m_state = SessionState::Idle;
    QString m_inputError;
    bool m_inputEmpty = false;
    QString m_inputInfo;
    QString m_sendError;   // the session's last refusal, until the input changes
    bool m_sendFailed = false;
    QString m_fileName;
    QByteArray m_fileData;
    ProfileStore *m_store = nullptr;
    QString m_profileName;
    QList<SavedMessage> m_memorySaved;

    QButtonGroup *m_modeGroup = nullptr;
    QList<QToolButton *> m_modeButtons;
    QLabel *m_savedLabel = nullptr;
    QComboBox *m_savedCombo = nullptr;
    QToolButton *m_savedMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_sendEmptyAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QWidget *m_filePage = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_pretty = nullptr;
    QToolButton *m_compact = nullptr;
    QLineEdit *m_pingPayload = nullptr;
    QToolButton *m_ping = nullptr;
    QToolButton *m_close = nullptr;
    QToolButton *m_repeat = nullptr;
    QPushButton *m_send = nullptr;
    QWidget *m_repeatRow = nullptr;
    QLabel *m_repeatEveryLabel = nullptr;
    QSpinBox *m_repeatInterval = nullptr;
    QSpinBox *m_repeatCount = nullptr;
    QPushButton *m_repeatStart = nullptr;
    QLabel *m_repeatCounter = nullptr;
    QTimer *m_validateTimer = nullptr;
    RepeatSender *m_repeater = nullptr;
    QPointer<CloseDialog> m_closeDialog;
    QList<QShortcut *> m_shortcuts;
};
