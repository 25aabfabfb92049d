#pragma once

#include "core/log/event.h"
#include "core/session/connectionsettings.h"
#include "widgets/settings/appsettings.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <vector>

class Composer;
class ConnectionBar;
class DetailPane;
class EnvironmentStore;
class VariableResolver;
class JsonlRecorder;
class RecordingBar;
class ScenarioPanel;
class QAction;
struct SessionImport;
class FrameLogFilterModel;
class FrameLogModel;
class LogView;
class MessageLibraryStore;
class ProfileStore;
class QSettings;
class QSplitter;
class QTimer;
class Session;
class StatsStrip;

// One session tab: the connection bar (with the stats strip) on top, the frame log with its
// filter bar (and the scenario panel beside it), the detail pane for the selected row and the composer, in a vertical splitter
// where the log gets the space. The tab owns its Session and is the one place that wires
// session ↔ models ↔ views (its constructor); the widgets only know their own signals.
class SessionTab : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTab(const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~SessionTab() override;

    Session *session() const { return m_session; }
    FrameLogModel *logModel() const { return m_model; }
    FrameLogFilterModel *filterModel() const { return m_filter; }
    ConnectionBar *connectionBar() const { return m_bar; }
    LogView *logView() const { return m_log; }
    DetailPane *detailPane() const { return m_detail; }
    Composer *composer() const { return m_composer; }
    StatsStrip *statsStrip() const { return m_stats; }
    QSplitter *splitter() const { return m_splitter; }
    // The scenario side panel beside the log (hidden until toggled: ⋯ → Scenarios, Alt+2).
    ScenarioPanel *scenarioPanel() const { return m_scenarios; }
    QAction *scenariosAction() const { return m_scenariosAction; }
    QSplitter *logSplitter() const { return m_logSplitter; }

    // The connection as the tab would open it now: its settings with the connection bar's URL and tap.
    ConnectionSettings connectionSettings() const;
    // Read-only mode: the tab shows the events of a session file (its log, filters, detail pane)
    // and has no connection: no Connect, no composer, no stats, no log cap. Call once, right
    // after construction. The events keep their original times.
    void showImported(const SessionImport &import, const QString &path);
    bool isReadOnly() const { return m_readOnly; }
    QString sourcePath() const { return m_sourcePath; }

    // Record to file: every event of the session's log from now on (and the ones it holds now)
    // as JSONL, streamed to `path` (JsonlRecorder). The tab shows where it writes, and why it
    // stopped on a failure. False with *error when the file cannot be created.
    bool startRecording(const QString &path, QString *error = nullptr);
    void stopRecording();
    bool isRecording() const;
    JsonlRecorder *recorder() const { return m_recorder; }
    RecordingBar *recordingBar() const { return m_recordingBar; }

    // Saved messages and scenarios go to this profile of the store (none: kept in memory for the tab).
    void setProfile(ProfileStore *store, const QString &profileName);
    // The environments of the profiles folder: the connection bar's picker, and the variables
    // `{{name}}` references in the URL, headers, composer text and saved messages resolve to.
    void setEnvironmentStore(EnvironmentStore *store);
    EnvironmentStore *environmentStore() const;
    // The resolver for this tab: the globals, the active environment, then the profile's own
    // variables (ConnectionResolver::resolverFor). False with *error when it cannot be built.
    bool buildResolver(VariableResolver *resolver, QString *error) const;
    // `text` with its references resolved (unchanged, byte for byte, when it has none).
    bool resolveText(const QString &text, QString *out, QString *error) const;
    // The message library every profile shares (the composer's ⋯ → Library…).
    void setMessageLibrary(MessageLibraryStore *store);

    // Connects with the URL and tap setting of the connection bar, every `{{name}}` resolved
    // (the session and its log get the resolved settings). On failure returns false with the
    // reason (also logged as an Error row by the session, or naming the variable that did not
    // resolve, in which case nothing is opened).
    bool connectSession(QString *error = nullptr);

    // The tab's own shortcuts (Ctrl+Enter, Ctrl+P, Ctrl+F, Ctrl+L, Ctrl+K, Ctrl+Shift+C). A host
    // whose menu actions carry the same keys turns them off and triggers the slots below.
    void setShortcutsEnabled(bool enabled);

    // Events held back while the log view is paused.
    qint64 newWhilePaused() const;

public slots:
    // Log cap, time format and payload font from the application settings.
    void applySettings(const AppSettings &settings);
    void focusSearch();
    void clearLog();
    void focusUrl();
    void toggleConnection();
    void send();
    void ping();
    void openCloseDialog();
    // The log's row menu: send a logged message again as it was, or put it into the composer
    // (text and JSON as they are, binary as hex).
    void resend(const Event &event);
    void loadIntoComposer(const Event &event);

signals:
    void stateChanged(SessionState state);
    void recordingChanged(bool recording);
    // The scenario panel's "Save Tab as Profile…" (a tab without a profile).
    void saveAsProfileRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void restoreLayout();
    void sendComposerText(const QString &text);
    void setVariablesProfile(ProfileStore *store, const QString &profileName);
    void manageEnvironments();
    void wireWorkbench();
    void wireScenarios();
    void retranslateScenarios();
    // Beside the log when both fit side by side, else under it.
    void placeScenarioPanel();
    void updateFrameTap();
    void saveLayout() const;
    void restoreScenarioLayout(const QSettings &settings);
    void saveScenarioLayout(QSettings *settings) const;
    struct Connection
    {
        quint64 startSeq = 0;
        QList<Event> events; // the rows the handshake/close views need, not the data frames
    };

    void onEventLogged(const Event &event);
    void onStateChanged(SessionState state);
    void onCurrentRowChanged();
    void onPausedChanged(bool paused);
    void onLogCleared();
    void sampleStats();
    void showTlsDetails();
    void refreshDetailConnection();
    void followSelectedRow();
    void selectPendingFollow();
    const Connection *connectionOf(quint64 seq) const;
    static bool isConnectionDetail(const Event &event);

    Session *m_session = nullptr;
    FrameLogModel *m_model = nullptr;
    FrameLogFilterModel *m_filter = nullptr;
    ConnectionBar *m_bar = nullptr;
    StatsStrip *m_stats = nullptr;
    LogView *m_log = nullptr;
    DetailPane *m_detail = nullptr;
    Composer *m_composer = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_logSplitter = nullptr; // the log and the scenario panel side by side
    ScenarioPanel *m_scenarios = nullptr;
    QAction *m_scenariosAction = nullptr;
    int m_scenarioWidth = 0; // the panel's width when it was last hidden
    RecordingBar *m_recordingBar = nullptr;
    JsonlRecorder *m_recorder = nullptr;
    bool m_readOnly = false;
    QString m_sourcePath;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_detailRefresh = nullptr;
    QElapsedTimer m_clock;

    std::vector<Connection> m_connections;
    Event m_lastTls;
    quint64 m_selectedSeq = 0;
    EventKind m_selectedKind = EventKind::Info;
    quint64 m_followSeq = 0; // a handshake row of a newer connection the selection moves to
    ConnectionSettings m_settings; // as typed: the session gets them resolved
    ConnectionSettings m_given;    // what the tab last gave the session (m_settings resolved)
    QPointer<EnvironmentStore> m_environments;
    ProfileStore *m_profileStore = nullptr;
    QString m_profileName;
};
