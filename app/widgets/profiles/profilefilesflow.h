#pragma once

#include "core/import/importedprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ProfileCommand;
class ProfileExportDialog;
class ProfileImportDialog;
class ProfileStore;
class QWidget;

// The Profiles dock's "Import Profiles…" and "Export Profiles…": a file dialog, then the preview
// (ProfileImportDialog) or the choice of profiles (ProfileExportDialog), one of each open at a
// time. Each imported profile is created through the dock's undo stack (one Undo per profile),
// under a free name (ProfileImport::freeName), and the first one is selected; an export is
// written by ProfileBundle. The file
// dialogs can be replaced (tests, or a caller that already knows the file).
class ProfileFilesFlow : public QObject
{
    Q_OBJECT

public:
    using Push = std::function<void(ProfileCommand *command, const QString &select)>;
    // Returns the chosen path, or empty for Cancel. The argument: a suggested file name.
    using FileChooser = std::function<QString(const QString &suggested)>;

    ProfileFilesFlow(ProfileStore *store, QWidget *dock, QString *errorSink, Push push);

    void setOpenFileChooser(FileChooser chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveFileChooser(FileChooser chooser) { m_chooseSave = std::move(chooser); }

    // Asks for a file, then previews it.
    void importProfiles();
    // Previews `path` (what importProfiles() does once it has the file).
    void previewImport(const QString &path);
    // `current` is checked at the start (empty: all are).
    void exportProfiles(const QString &current);

    ProfileImportDialog *importDialog() const; // open, if any
    ProfileExportDialog *exportDialog() const;

signals:
    // An export could not be written (translated, with the path and the reason); a failed import
    // step is reported by the dock's push.
    void failed(const QString &message);

private:
    void importConfirmed(const QList<ImportedProfile> &profiles);
    void exportConfirmed(const QStringList &names, bool includeSecrets);

    ProfileStore *m_store;
    QWidget *m_dock;
    QString *m_errorSink;
    Push m_push;
    FileChooser m_chooseOpen;
    FileChooser m_chooseSave;
    QPointer<ProfileImportDialog> m_importDialog;
    QPointer<ProfileExportDialog> m_exportDialog;
};
