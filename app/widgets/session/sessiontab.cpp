#include "widgets/session/sessiontab.h"

#include "core/export/eventformatter.h"

#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/session/statsstrip.h"

#include "widgets/detail/detailpane.h"
#include "widgets/detail/payloadview.h"
#include "core/protocol/frameheader.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/log/eventlog.h"
#include "core/protocol/closecodes.h"
#include "core/protocol/frameheader.h"
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

#include <algorithm>
#include <deque>
#include <iterator>

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
    , m_statsTimer(new QTimer(this))
    , m_detailRefresh(new QTimer(this))
{
    m_clock.start();
    m_session->setSettings(settings);
    m_model->setLog(m_session->log()); // the session's log owns the events; the model keeps their numbers
    m_filter->setSourceModel(m_model);
    m_log->setModels(m_model, m_filter);
    m_bar->setUrlText(settings.url.toString());
    m_bar->setTapEnabled(settings.tapEnabled);
    m_bar->addStatusWidget(m_stats);
    m_bar->setState(m_session->state(), m_session->stateSinceMs());
    m_composer->setSessionState(m_session->state());

    // The log gets the space; the detail pane and the composer can be shrunk or collapsed.
    m_splitter->addWidget(m_log);
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

    // Composer → session, refusals back to the composer.
    connect(m_composer, &Composer::textMessageRequested, this, [this](const QString &text) {
        QString error;
        if (!m_session->sendText(text, &error))
            m_composer->reportSendError(error);
    });
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

    // Stats at 4 Hz, never per frame.
    m_statsTimer->setInterval(StatsStrip::SampleIntervalMs);
    connect(m_statsTimer, &QTimer::timeout, this, &SessionTab::sampleStats);
    m_detailRefresh->setSingleShot(true);
    m_detailRefresh->setInterval(0);
    connect(m_detailRefresh, &QTimer::timeout, this, &SessionTab::refreshDetailConnection);
    sampleStats();
    restoreLayout();
}

SessionTab::~SessionTab()
{
    saveLayout();
    // The session goes before the views it would otherwise still notify.
    disconnect(m_session, nullptr, this, nullptr);
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
    m_log->treeView()->header()->restoreState(settings.value(kLogColumnsKey).toByteArray());
}

void SessionTab::saveLayout() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kLogColumnsKey, m_log->treeView()->header()->saveState());
}

void SessionTab::setProfile(ProfileStore *store, const QString &profileName)
{
    m_composer->setProfile(store, profileName);
}

void SessionTab::setShortcutsEnabled(bool enabled)
{
    m_bar->setShortcutsEnabled(enabled);
    m_log->setShortcutsEnabled(enabled);
    m_composer->setShortcutsEnabled(enabled);
}

void SessionTab::applySettings(const AppSettings &settings)
{
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

bool SessionTab::connectSession(QString *error)
{
    if (!m_bar->urlError().isEmpty()) {
        if (error)
            *error = m_bar->urlError();
        return false;
    }
    ConnectionSettings settings = m_session->settings();
    settings.url = m_bar->url();
    settings.tapEnabled = m_bar->isTapEnabled();
    m_session->setSettings(settings);
    m_bar->setTlsInfo(false);
    m_lastTls = Event();
    return m_session->open(error);
}

bool SessionTab::isConnectionDetail(const Event &event)
{
    switch (event.kind) {
    case EventKind::State:
    case EventKind::HandshakeRequest:
    case EventKind::HandshakeResponse:
    case EventKind::Close:
    case EventKind::Error:
    case EventKind::Tls:
        return true;
    case EventKind::Frame:
        return event.frame.opcode == FrameHeader::Close;
    case EventKind::Info:
    case EventKind::Expectation:
        break;
    }
    return false;
}

void SessionTab::onEventLogged(const Event &event)
{
    // Keep what the handshake and close views need, per connection, as it arrives: selecting a
    // row then costs a lookup, not a scan of a million-row log.
    const bool startsConnection = event.kind == EventKind::State && event.detail && event.detail->state == SessionState::Connecting;
    if (startsConnection || m_connections.empty())
        m_connections.push_back(Connection{event.seq, {}});
    if (isConnectionDetail(event)) {
        m_connections.back().events.append(event);
        if (m_selectedSeq >= m_connections.back().startSeq && m_selectedSeq != 0)
            m_detailRefresh->start();
    }
    if (event.kind == EventKind::Tls && event.detail) {
        m_lastTls = event;
        m_bar->setTlsInfo(true, event.detail->tlsProtocol);
    } else if (event.kind == EventKind::Close && event.detail && event.detail->closeCode != 0) {
        // The last Close event of a connection is its final word (1005/1006 included).
        m_bar->setCloseCode(event.detail->closeCode);
    }

    // The model follows the session's log by itself; while paused it counts what arrives.
    if (m_log->isPaused())
        m_log->setNewWhilePaused(m_model->pendingCount());
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

const SessionTab::Connection *SessionTab::connectionOf(quint64 seq) const
{
    const auto after = std::upper_bound(m_connections.cbegin(), m_connections.cend(), seq,
                                        [](quint64 s, const Connection &c) { return s < c.startSeq; });
    if (after == m_connections.cbegin())
        return nullptr;
    return &*(after - 1);
}

void SessionTab::onCurrentRowChanged()
{
    const QModelIndex current = m_log->treeView()->currentIndex();
    if (!current.isValid()) {
        m_selectedSeq = 0;
        return;
    }
    const Event event = current.data(FrameLogModel::EventRole).value<Event>();
    m_selectedSeq = event.seq;
    if (const Connection *connection = connectionOf(event.seq))
        m_detail->setConnectionEvents(connection->events);
    m_detail->setEvent(event);
}

void SessionTab::refreshDetailConnection()
{
    // The selected row's connection went on (e.g. it closed): bring the close story up to date.
    if (m_selectedSeq == 0)
        return;
    if (const Connection *connection = connectionOf(m_selectedSeq))
        m_detail->setConnectionEvents(connection->events);
}

void SessionTab::onLogCleared()
{
    m_selectedSeq = 0;
    m_detail->clear();
}

void SessionTab::showTlsDetails()
{
    if (!m_lastTls.detail)
        return;
    m_detail->setTls(m_lastTls);
    if (m_detail->isTabEnabled(DetailPane::HandshakeTab))
        m_detail->setCurrentIndex(DetailPane::HandshakeTab);
    // The pane may have been collapsed in the splitter: give it room again.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0) {
        sizes[1] = m_splitter->height() / 3;
        sizes[0] = qMax(0, sizes[0] - sizes[1]);
        m_splitter->setSizes(sizes);
    }
}

qint64 SessionTab::newWhilePaused() const
{
    return m_log->isPaused() ? m_model->pendingCount() : 0;
}
