#include "widgets/session/sessiontab.h"

#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/session/recordingbar.h"
#include "widgets/session/scenariopanel.h"
#include "widgets/session/statsstrip.h"
#include "core/export/jsonlrecorder.h"

#include "widgets/detail/detailpane.h"
#include "widgets/detail/payloadtextview.h"
#include "widgets/detail/payloadview.h"
#include "core/codecs/hexcodec.h"
#include "core/codecs/jsoncodec.h"
#include "core/log/rowpayload.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/log/eventlog.h"
#include "core/protocol/closecodes.h"
#include "core/session/repeatsender.h"
#include "core/session/session.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

SessionTab::SessionTab(const ConnectionSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_session(new Session(this))
    , m_model(new FrameLogModel(this))
    , m_filter(new FrameLogFilterModel(this))
    , m_bar(new ConnectionBar(this))
    , m_stats(new StatsStrip(this))
    , m_log(new LogView(this))
    , m_detail(new DetailPane(this))
    , m_composer(new Composer(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_logSplitter(new QSplitter(Qt::Horizontal, this))
    , m_scenarios(new ScenarioPanel(m_session, this))
    , m_recordingBar(new RecordingBar(this))
    , m_recorder(new JsonlRecorder(this))
    , m_statsTimer(new QTimer(this))
    , m_detailRefresh(new QTimer(this))
{
    m_clock.start();
    m_settings = settings;
    m_given = settings;
    m_session->setSettings(settings);
    m_model->setLog(m_session->log()); // the session's log owns the events; the model keeps their numbers
    m_filter->setSourceModel(m_model);
    m_log->setModels(m_model, m_filter);
    m_log->setConnectionSettings(settings);
    m_bar->setUrlText(settings.url);
    m_bar->setTapEnabled(settings.tapEnabled);
    m_bar->addStatusWidget(m_stats);
    m_bar->setState(m_session->state(), m_session->stateSinceMs());
    m_composer->setSessionState(m_session->state());

    // The log gets the space; the detail pane and the composer can be shrunk or collapsed.
    m_logSplitter->addWidget(m_log);
    m_logSplitter->addWidget(m_scenarios);
    m_splitter->addWidget(m_logSplitter);
    m_splitter->addWidget(m_detail);
    m_splitter->addWidget(m_composer);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setChildrenCollapsible(true);
    // The detail pane gets enough height for the handshake headers side by side.
    m_splitter->setSizes({340, 330, 120});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_recordingBar);
    layout->addWidget(m_splitter, 1);
    // F6 and tab switches land in the log, the centre of the tab.
    setFocusProxy(m_log->treeView());

    // Session → models and views.
    connect(m_session, &Session::eventLogged, this, &SessionTab::onEventLogged);
    connect(m_session, &Session::stateChanged, this, &SessionTab::onStateChanged);

    // Connection bar → session.
    connect(m_bar, &ConnectionBar::connectRequested, this, [this] { connectSession(); });
    connect(m_bar, &ConnectionBar::disconnectRequested, this, [this] { m_session->close(CloseCodes::NormalClosure); });
    connect(m_bar, &ConnectionBar::abortRequested, m_session, qOverload<>(&Session::abort));
    connect(m_bar, &ConnectionBar::tlsDetailsRequested, this, &SessionTab::showTlsDetails);
    connect(m_bar, &ConnectionBar::manageEnvironmentsRequested, this, &SessionTab::manageEnvironments);
    m_bar->setResolverSource([this](VariableResolver *resolver, QString *error) { return buildResolver(resolver, error); });
    // Session → connection bar: the real problem, not only a state name.
    connect(m_session, &Session::upgradeRefused, m_bar, &ConnectionBar::setUpgradeRefused);
    connect(m_session, &Session::reconnectScheduled, this, [this](qint64, int attempt, int maxAttempts) {
        m_bar->setReconnectPending(m_session->reconnectDueMs(), attempt, maxAttempts);
    });
    connect(m_session, &Session::reconnectCancelled, this, [this] { m_bar->setReconnectPending(0); });

    // Composer → session, refusals back to the composer.
    connect(m_composer, &Composer::textMessageRequested, this, &SessionTab::sendComposerText);
    connect(m_composer, &Composer::binaryMessageRequested, this, [this](const QByteArray &data) {
        QString error;
        if (!m_session->sendBinary(data, &error))
            m_composer->reportSendError(error);
    });
    connect(m_composer, &Composer::fileMessageRequested, this, [this](const QString &path) {
        QString error;
        if (!m_session->sendFile(path, &error))
            m_composer->reportSendError(error);
    });
    connect(m_session, &Session::fileSent, this, [this](bool ok, const QString &error) {
        if (!ok)
            m_composer->reportSendError(error);
    });
    connect(m_composer, &Composer::pingRequested, this, [this](const QByteArray &payload) {
        QString error;
        if (!m_session->ping(payload, &error))
            m_composer->reportSendError(error);
    });
    connect(m_composer, &Composer::closeRequested, this, [this](quint16 code, const QString &reason) {
        QString error;
        if (!m_session->close(code, reason, &error))
            m_composer->reportSendError(error);
    });
    // Back-pressure: Repeat waits while QWebSocket's send queue is over the high-water mark, so a
    // server that does not read costs bounded memory (the composer shows the pause).
    connect(m_session, &Session::sendBackedUp, m_composer->repeatSender(), &RepeatSender::setBackedUp);

    // Log view → detail pane.
    connect(m_log->treeView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionTab::onCurrentRowChanged);
    connect(m_log, &LogView::pausedChanged, this, &SessionTab::onPausedChanged);
    connect(m_log, &LogView::cleared, this, &SessionTab::onLogCleared);
    // A filter change rebuilds the filter model, which drops the selection without a signal:
    // the pane follows the selected row when it is still shown, and clears when it is hidden.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SessionTab::followSelectedRow);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SessionTab::followSelectedRow);
    // A handshake row the pane should move on to shows up in the view a flush later.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SessionTab::selectPendingFollow);

    // Record to file: the bar says where, and why it stopped.
    connect(m_recordingBar, &RecordingBar::stopRequested, this, &SessionTab::stopRecording);
    connect(m_recorder, &JsonlRecorder::failed, this, [this](const QString &message) {
        m_recordingBar->showFailed(message);
        emit recordingChanged(false);
    });
    connect(m_log, &LogView::resendRequested, this, &SessionTab::resend);
    connect(m_log, &LogView::loadIntoComposerRequested, this, &SessionTab::loadIntoComposer);
    // The payload view highlights what the log's search finds.
    connect(m_filter, &FrameLogFilterModel::searchChanged, this,
            [this] { m_detail->payloadView()->textView()->setSearch(m_filter->searchMatcher()); });

    // Stats at 4 Hz, never per frame.
    m_statsTimer->setInterval(StatsStrip::SampleIntervalMs);
    connect(m_statsTimer, &QTimer::timeout, this, &SessionTab::sampleStats);
    m_detailRefresh->setSingleShot(true);
    m_detailRefresh->setInterval(0);
    connect(m_detailRefresh, &QTimer::timeout, this, &SessionTab::refreshDetailConnection);
    wireWorkbench();
    wireScenarios();
    sampleStats();
    restoreLayout();
}

SessionTab::~SessionTab()
{
    saveLayout();
    // The session goes before the views it would otherwise still notify.
    disconnect(m_session, nullptr, this, nullptr);
    // The log's destruction resets the models; the reset must not reach a half-destroyed tab.
    disconnect(m_filter, nullptr, this, nullptr);
    // A recording ends with the tab: what is gathered reaches the file.
    disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder->stop();
}

namespace {
const QString kSplitterKey = QStringLiteral("sessionTab/splitter");
const QString kLogColumnsKey = QStringLiteral("sessionTab/logColumns");
} // namespace

void SessionTab::restoreLayout()
{
    // The last closed tab's splitter and log columns are the next tab's start (QSettings).
    const QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    restoreScenarioLayout(settings);
    m_log->treeView()->header()->restoreState(settings.value(kLogColumnsKey).toByteArray());
}

void SessionTab::saveLayout() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    saveScenarioLayout(&settings);
    settings.setValue(kLogColumnsKey, m_log->treeView()->header()->saveState());
}

void SessionTab::setProfile(ProfileStore *store, const QString &profileName)
{
    m_composer->setProfile(store, profileName);
    m_scenarios->setProfile(store, profileName);
    setVariablesProfile(store, profileName);
}

void SessionTab::setMessageLibrary(MessageLibraryStore *store)
{
    m_composer->setMessageLibrary(store);
}

void SessionTab::setShortcutsEnabled(bool enabled)
{
    m_bar->setShortcutsEnabled(enabled);
    m_log->setShortcutsEnabled(enabled);
    m_composer->setShortcutsEnabled(enabled);
}

void SessionTab::applySettings(const AppSettings &settings)
{
    // An opened file is shown whole: the cap is for live traffic.
    if (!m_readOnly)
        m_session->log()->setCap(settings.logCapRows, settings.logCapBytes);
    // The log shows a time of day (absolute) or time since the first row; the date is in the tooltip.
    m_model->setTimeFormat(settings.timeFormat == AppSettings::TimeFormat::Relative ? FrameLogModel::TimeFormat::Relative
                                                                                    : FrameLogModel::TimeFormat::Absolute);
    m_composer->editor()->setFont(settings.payloadFont);
    m_detail->payloadView()->textView()->setFont(settings.payloadFont);
}

void SessionTab::focusSearch()
{
    m_log->focusSearch();
}

void SessionTab::clearLog()
{
    m_log->clearLog();
}

void SessionTab::focusUrl()
{
    m_bar->focusUrl();
}

void SessionTab::toggleConnection()
{
    m_bar->toggleConnection();
}

void SessionTab::send()
{
    m_composer->send();
}

void SessionTab::ping()
{
    m_composer->ping();
}

void SessionTab::openCloseDialog()
{
    m_composer->openCloseDialog();
}

void SessionTab::onPausedChanged(bool paused)
{
    m_model->setPaused(paused);
    m_log->setNewWhilePaused(0);
}

void SessionTab::onStateChanged(SessionState state)
{
    m_bar->setState(state, m_session->stateSinceMs());
    m_composer->setSessionState(state);
    updateFrameTap();
    m_log->setSendEnabled(state == SessionState::Open);
    if (state == SessionState::Open) {
        m_bar->setSubprotocol(m_session->subprotocol());
        // Connected: the next thing to do is to type a message. Only for the tab in front, and
        // not while the user is busy in another window (a dialog).
        const QWidget *focus = QApplication::focusWidget();
        if (isVisible() && (!focus || focus->window() == window()))
            m_composer->focusEditor();
    }
    else if (state == SessionState::Connecting)
        m_bar->setSubprotocol(QString());
    // What this connection runs with: the settings it was opened with, until the session says
    // whether the tap could listen (it falls back to a direct connection when not).
    if (state == SessionState::Connecting)
        m_bar->setConnectionTapped(m_session->settings().tapEnabled);
    else if (state != SessionState::Idle)
        m_bar->setConnectionTapped(m_session->isTapActive());
    if (state == SessionState::Idle || state == SessionState::Closed) {
        m_statsTimer->stop();
        sampleStats(); // the final numbers
    } else if (!m_statsTimer->isActive()) {
        m_statsTimer->start();
    }
    emit stateChanged(state);
}

void SessionTab::sampleStats()
{
    m_stats->sample(m_session->stats(), m_clock.elapsed());
}

void SessionTab::resend(const Event &event)
{
    // The same bytes again: a text message's UTF-8 is valid, so the round trip keeps them.
    const RowPayload row = RowPayload::of(event);
    if (!row.isMessage)
        return;
    QString error;
    const bool sent = row.isText ? m_session->sendText(QString::fromUtf8(row.bytes), &error)
                                 : m_session->sendBinary(row.bytes, &error);
    if (!sent)
        m_composer->reportSendError(error);
}

void SessionTab::loadIntoComposer(const Event &event)
{
    const RowPayload row = RowPayload::of(event);
    if (!row.isMessage)
        return;
    // The mode first: switching modes may convert what the editor holds.
    if (!row.isText) {
        m_composer->setMode(Composer::Mode::Hex);
        m_composer->setText(HexCodec::encode(row.bytes));
    } else {
        const bool json = !row.bytes.isEmpty() && !JsonCodec::validate(row.bytes).has_value();
        m_composer->setMode(json ? Composer::Mode::Json : Composer::Mode::Text);
        m_composer->setText(QString::fromUtf8(row.bytes));
    }
    m_composer->focusEditor();
}

qint64 SessionTab::newWhilePaused() const
{
    return m_log->isPaused() ? m_model->pendingCount() : 0;
}
