#include "widgets/profiles/profilefilesflow.h"

#include "core/import/profilebundle.h"
#include "core/import/profileimport.h"
#include "core/profiles/profilestore.h"
#include "widgets/profiles/profilecommand.h"
#include "widgets/profiles/profileexportdialog.h"
#include "widgets/profiles/profileimportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

ProfileFilesFlow::ProfileFilesFlow(ProfileStore *store, QWidget *dock, QString *errorSink, Push push)
    : QObject(dock)
    , m_store(store)
    , m_dock(dock)
    , m_errorSink(errorSink)
    , m_push(std::move(push))
{
    m_chooseOpen = [this](const QString &) {
        return QFileDialog::getOpenFileName(m_dock, tr("Import Profiles"),
                                            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                            tr("Profiles, HAR and Insomnia files (*.json *.har);;All files (*)"));
    };
    m_chooseSave = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_dock, tr("Export Profiles"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                    .filePath(suggested),
                                            tr("WsScope profiles (*.json);;All files (*)"));
    };
}

ProfileImportDialog *ProfileFilesFlow::importDialog() const
{
    return m_importDialog;
}

ProfileExportDialog *ProfileFilesFlow::exportDialog() const
{
    return m_exportDialog;
}

void ProfileFilesFlow::importProfiles()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    const QString path = m_chooseOpen(QString());
    if (!path.isEmpty())
        previewImport(path);
}

void ProfileFilesFlow::previewImport(const QString &path)
{
    if (m_importDialog)
        m_importDialog->close();
    m_importDialog = new ProfileImportDialog(path, ProfileImport::read(path), m_store->names(), m_dock);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ProfileImportDialog::importRequested, this, &ProfileFilesFlow::importConfirmed);
    m_importDialog->open();
}

void ProfileFilesFlow::importConfirmed(const QList<ImportedProfile> &profiles)
{
    // Named again: the store may have changed while the preview was open.
    QList<ImportedProfile> named = profiles;
    ProfileImport::assignFreeNames(&named, m_store->names());
    for (const ImportedProfile &imported : std::as_const(named)) {
        m_push(ProfileCommand::create(m_store, imported.profile, m_errorSink), named.constFirst().profile.name);
        if (!m_errorSink->isEmpty())
            break; // the dock shows why; the ones before stay (each can be undone)
    }
}

void ProfileFilesFlow::exportProfiles(const QString &current)
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    m_exportDialog = new ProfileExportDialog(m_store->profiles(), current, m_dock);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &ProfileExportDialog::exportRequested, this, &ProfileFilesFlow::exportConfirmed);
    m_exportDialog->open();
}

void ProfileFilesFlow::exportConfirmed(const QStringList &names, bool includeSecrets)
{
    const QString suggested = names.size() == 1 ? ProfileStore::sanitizedBaseName(names.first()) + QStringLiteral(".json")
                                                : QStringLiteral("wsscope-profiles.json");
    const QString path = m_chooseSave(suggested);
    if (path.isEmpty())
        return;
    QList<Profile> profiles;
    for (const QString &name : names) {
        if (const std::optional<Profile> profile = m_store->profile(name))
            profiles.append(*profile);
    }
    QString error;
    const auto secrets = includeSecrets ? ProfileBundle::Secrets::Include : ProfileBundle::Secrets::Omit;
    if (!ProfileBundle::write(path, profiles, secrets, &error))
        emit failed(error);
}
