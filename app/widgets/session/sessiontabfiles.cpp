// SessionTab: a session file shown read-only, and recording the log to a file as it grows.
#include "widgets/session/sessiontab.h"

#include "widgets/session/composer.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/recordingbar.h"
#include "widgets/session/scenariopanel.h"
#include "widgets/session/statsstrip.h"
#include "core/export/jsonlrecorder.h"
#include "core/export/sessionimport.h"
#include "core/log/eventlog.h"
#include "core/session/session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

void SessionTab::showImported(const SessionImport &import, const QString &path)
{
    m_readOnly = true;
    m_sourcePath = path;
    m_bar->setUrlText(import.url.toString());
    m_bar->setReadOnlySource(QFileInfo(path).fileName());
    m_bar->setToolTip(QDir::toNativeSeparators(path));
    m_composer->hide();
    m_scenariosAction->setChecked(false); // nothing to run on a file
    m_scenariosAction->setEnabled(false);
    m_stats->hide();
    EventLog *log = m_session->log();
    log->setCap(0, 0);
    // The same path as live events: the log owns them, the model follows it, and the Handshake
    // and Close tabs get their connection records.
    for (const Event &event : import.events)
        onEventLogged(log->append(event));
}

bool SessionTab::startRecording(const QString &path, QString *error)
{
    if (!m_recorder->start(m_session->log(), path, true, error))
        return false;
    m_recordingBar->showRecording(path, [this] { return m_recorder->eventCount(); });
    emit recordingChanged(true);
    return true;
}

void SessionTab::stopRecording()
{
    if (!m_recorder->isRecording())
        return;
    if (m_recorder->stop()) // a failure shows through JsonlRecorder::failed
        m_recordingBar->showStopped();
    emit recordingChanged(false);
}

bool SessionTab::isRecording() const
{
    return m_recorder->isRecording();
}
