#include "widgets/sessionfilecommands.h"

#include "core/export/sessionimporter.h"
#include "core/log/eventlog.h"
#include "core/session/session.h"
#include "widgets/mainwindow.h"
#include "widgets/session/connectionbar.h"
#include "widgets/session/sessiontab.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>

#include <climits>

namespace {

const QString kLastDirectoryKey = QStringLiteral("sessionFiles/lastDirectory");
// Short exports finish without a dialog flashing up.
constexpr int ProgressDelayMs = 400;

} // namespace

SessionFileCommands::SessionFileCommands(MainWindow *window, QTabWidget *tabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
{
}

QProgressDialog *SessionFileCommands::progressDialog() const
{
    return m_progress.data();
}

SessionTab *SessionFileCommands::currentTab() const
{
    return qobject_cast<SessionTab *>(m_tabs->currentWidget());
}

QString SessionFileCommands::lastDirectory() const
{
    const QString saved = QSettings().value(kLastDirectoryKey).toString();
    return !saved.isEmpty() && QFileInfo(saved).isDir() ? saved
                                                        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void SessionFileCommands::rememberDirectory(const QString &path) const
{
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
}

void SessionFileCommands::showError(const QString &title, const QString &text)
{
    // Not modal-blocking: the window (and a running session) goes on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int SessionFileCommands::openFile(const QString &path, QString *error)
{
    const SessionImport imported = SessionImporter::readFile(path);
    if (!imported.ok()) {
        if (error)
            *error = imported.error;
        return -1;
    }
    ConnectionSettings settings;
    settings.url = imported.url.toString();
    const int index = m_window->openSessionTab(QFileInfo(path).fileName(), settings);
    auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(index));
    tab->showImported(imported, path);
    m_tabs->setTabToolTip(index, tr("%1\nOpened from file (read-only)").arg(QDir::toNativeSeparators(path)));
    return index;
}

void SessionFileCommands::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Session File"), lastDirectory(),
                                                      tr("Session files (*.har *.jsonl *.ndjson);;HAR files (*.har);;"
                                                         "JSONL logs (*.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString error;
    if (m_window->openSessionFile(path, &error) < 0)
        showError(tr("Cannot open the session file"), error);
}

void SessionFileCommands::chooseAndExport(SessionExportJob::Format format)
{
    SessionTab *tab = currentTab();
    if (!tab || isExporting())
        return;
    const bool har = format == SessionExportJob::Format::Har;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QDir(lastDirectory()).filePath(QStringLiteral("session-%1.%2").arg(stamp, har ? QStringLiteral("har")
                                                                                                            : QStringLiteral("jsonl")));
    const QString path = QFileDialog::getSaveFileName(m_window, har ? tr("Export Session as HAR") : tr("Export Session as JSONL"),
                                                      suggested, har ? tr("HAR files (*.har)") : tr("JSONL logs (*.jsonl)"));
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    exportTab(tab, format, path);
}

void SessionFileCommands::exportTab(SessionTab *tab, SessionExportJob::Format format, const QString &path)
{
    if (isExporting()) {
        emit exportFinished(false, path, tr("Another export is still running; try again when it is done."));
        return;
    }
    const EventLog *log = tab->session()->log();
    // Credential header values stay out of the file unless the user says to include them.
    QStringList marked;
    for (const HeaderEntry &header : tab->session()->settings().headers) {
        if (header.secret)
            marked << header.name;
    }
    SecretRedactor redactor(marked);
    if (redactor.anyIn(log->events())) {
        QStringList names;
        for (const Event &event : log->events()) {
            if (redactor.touches(event))
                redactor.apply(event, &names);
        }
        QMessageBox ask(QMessageBox::Question, tr("Export Session"),
                        tr("The handshake holds secret values (%1). Leave them out of the file?").arg(names.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, m_window);
        ask.setInformativeText(tr("Left out, each value reads \"%1\" in the file. Included, anyone with the file can use them.")
                                       .arg(QLatin1String(SecretRedactor::Placeholder)));
        QPushButton *leaveOut = ask.addButton(tr("Leave Secrets Out"), QMessageBox::AcceptRole);
        QPushButton *include = ask.addButton(tr("Include Secrets"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(leaveOut);
        ask.setObjectName(QStringLiteral("exportSecretsQuestion"));
        ask.exec();
        if (ask.clickedButton() == include)
            redactor = SecretRedactor::includeAll();
        else if (ask.clickedButton() != leaveOut)
            return;
    }
    auto *job = new SessionExportJob(this);
    m_job = job;
    auto *progress = new QProgressDialog(tr("Exporting %n event(s) to %1…", nullptr, int(qMin<qsizetype>(log->size(), INT_MAX)))
                                                 .arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 1000, m_window);
    m_progress = progress;
    progress->setWindowTitle(tr("Export Session"));
    progress->setMinimumDuration(ProgressDelayMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, job, &SessionExportJob::cancel);
    connect(job, &SessionExportJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(job, &SessionExportJob::finished, this, [this, job, progress, path](bool ok, bool cancelled, const QString &error) {
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        m_job = nullptr; // the next export may start at once
        m_progress = nullptr;
        if (ok)
            m_window->showStatusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        else if (cancelled)
            m_window->showStatusMessage(tr("Export cancelled; no file was written"));
        else
            showError(tr("Export failed"), tr("%1\nNo file was written.").arg(error));
        emit exportFinished(ok, path, cancelled ? tr("cancelled") : error);
    });
    // The log's events as they are now: the session may go on while the file is written.
    const QUrl url = tab->isReadOnly() ? QUrl(tab->connectionBar()->urlText()) : tab->session()->settings().parsedUrl();
    job->start(log->events(), format, path, url, redactor);
}

void SessionFileCommands::toggleRecording()
{
    SessionTab *tab = currentTab();
    if (!tab || tab->isReadOnly())
        return;
    if (tab->isRecording()) {
        tab->stopRecording();
        updateActions();
        return;
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Record Session to File"),
                                                      QDir(lastDirectory()).filePath(QStringLiteral("recording-%1.jsonl").arg(stamp)),
                                                      tr("JSONL logs (*.jsonl)"));
    if (path.isEmpty()) {
        updateActions();
        return;
    }
    rememberDirectory(path);
    QString error;
    if (!tab->startRecording(path, &error))
        showError(tr("Cannot record to file"), error);
    updateActions();
}

void SessionFileCommands::updateActions()
{
    using Id = MainWindow::ActionId;
    const SessionTab *tab = currentTab();
    m_window->action(Id::ExportHar)->setEnabled(tab != nullptr);
    m_window->action(Id::ExportJsonl)->setEnabled(tab != nullptr);
    QAction *record = m_window->action(Id::RecordToFile);
    record->setEnabled(tab && !tab->isReadOnly());
    const QSignalBlocker blocker(record);
    record->setChecked(tab && tab->isRecording());
}
