// SessionTab: what the detail pane follows (the selected row, a new handshake) and each connection's records.
#include "widgets/session/sessiontab.h"

#include "widgets/session/connectionbar.h"
#include "widgets/session/logview.h"
#include "widgets/detail/detailpane.h"
#include "models/framelogfiltermodel.h"
#include "models/framelogmodel.h"
#include "core/protocol/frameheader.h"

#include <QItemSelectionModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

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
    // Reading the handshake of an earlier connection or attempt: the pane follows to the
    // handshake of the new one as it arrives, instead of showing the old one as if current.
    const bool handshakeRow = event.kind == EventKind::HandshakeRequest || event.kind == EventKind::HandshakeResponse;
    if (handshakeRow && m_selectedSeq != 0 && m_selectedSeq < m_connections.back().startSeq
        && (m_selectedKind == EventKind::HandshakeRequest || m_selectedKind == EventKind::HandshakeResponse
            || m_selectedKind == EventKind::Tls)) {
        m_followSeq = event.seq;
        selectPendingFollow();
    }
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
        m_followSeq = 0;
        return;
    }
    const Event event = current.data(FrameLogModel::EventRole).value<Event>();
    m_selectedSeq = event.seq;
    m_selectedKind = event.kind;
    if (event.seq != m_followSeq)
        m_followSeq = 0; // the user chose another row: nothing to follow
    if (const Connection *connection = connectionOf(event.seq))
        m_detail->setConnectionEvents(connection->events);
    m_detail->setEvent(event);
}

void SessionTab::followSelectedRow()
{
    if (m_selectedSeq == 0)
        return;
    QTreeView *tree = m_log->treeView();
    const int sourceRow = m_model->rowOfSeq(m_selectedSeq);
    const QModelIndex shown = sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (shown.isValid()) {
        if (tree->currentIndex().row() != shown.row() || !tree->currentIndex().isValid())
            tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    m_selectedSeq = 0;
    m_followSeq = 0;
    m_detail->clear();
}

void SessionTab::selectPendingFollow()
{
    if (m_followSeq == 0)
        return;
    const int sourceRow = m_model->rowOfSeq(m_followSeq);
    if (sourceRow < 0)
        return; // not flushed into the view yet (or paused): rowsInserted tries again
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!shown.isValid()) {
        m_followSeq = 0; // filtered out: the user's view decides
        return;
    }
    m_log->treeView()->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_followSeq = 0;
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
    m_followSeq = 0;
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
