#pragma once

#include "core/export/sessionexportjob.h"

#include <QObject>
#include <QPointer>
#include <QString>

class MainWindow;
class QProgressDialog;
class QTabWidget;
class SessionTab;

// The main window's File commands for sessions as files: Open… (a HAR or JSONL file becomes a
// read-only session tab), Export session as HAR… / as JSONL… (the tab's EventLog, not its view:
// a cleared view still exports everything; in the background with a progress dialog), and
// Record to file… (a toggle on the current tab). What files mean is core's (SessionImporter,
// SessionExportJob, JsonlRecorder); this class asks for file names and shows the outcome.
class SessionFileCommands : public QObject
{
    Q_OBJECT

public:
    SessionFileCommands(MainWindow *window, QTabWidget *tabs);

    // Opens `path` in a new read-only tab and makes it current; its index, or -1 with *error
    // (the file's name and the place of the error) and no tab.
    int openFile(const QString &path, QString *error = nullptr);
    // Exports `tab`'s log to `path`. finished() follows (a failure is also shown in a message box).
    void exportTab(SessionTab *tab, SessionExportJob::Format format, const QString &path);
    bool isExporting() const { return !m_job.isNull(); }
    // The progress dialog of the running export, if shown.
    QProgressDialog *progressDialog() const;

    // Asks for a file and opens it; asks for a name and exports the current tab; asks for a name
    // and starts recording the current tab, or stops it.
    void chooseAndOpen();
    void chooseAndExport(SessionExportJob::Format format);
    void toggleRecording();

    // Enables the export and record actions for the current tab, and checks Record to file
    // while it records.
    void updateActions();

signals:
    void exportFinished(bool ok, const QString &path, const QString &error);

private:
    SessionTab *currentTab() const;
    QString lastDirectory() const;
    void rememberDirectory(const QString &path) const;
    void showError(const QString &title, const QString &text);

    MainWindow *m_window;
    QTabWidget *m_tabs;
    QPointer<SessionExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
};
