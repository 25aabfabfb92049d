#include "core/library/messagelibrarystore.h"

#include "core/io/safefilewriter.h"
#include "core/library/messagelibraryserializer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString kFolder = QStringLiteral("library");
const QString kFileName = QStringLiteral("messages.json");

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString placeOf(const QString &folder)
{
    return folder.isEmpty() ? MessageLibraryStore::tr("at the top level")
                            : MessageLibraryStore::tr("in the folder \"%1\"").arg(folder);
}

} // namespace

MessageLibraryStore::MessageLibraryStore(const QString &profilesDirectory, QObject *parent)
    : QObject(parent)
    , m_path(QDir(profilesDirectory).filePath(kFolder + QLatin1Char('/') + kFileName))
{
}

bool MessageLibraryStore::load()
{
    m_loadError = {};
    m_loadError.fileName = QFileInfo(m_path).fileName();
    m_readOnly = false;
    m_library = {};
    QFile file(m_path);
    if (!file.exists()) {
        emit changed();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError.message = tr("Cannot read the message library: %1").arg(file.errorString());
        m_readOnly = true;
        emit changed();
        return false;
    }
    const std::optional<MessageLibrary> library = MessageLibrarySerializer::fromJson(file.readAll(), &m_loadError);
    if (!library) {
        m_readOnly = true; // never overwrite what could not be read
        emit changed();
        return false;
    }
    m_library = *library;
    emit changed();
    return true;
}

std::optional<LibraryMessage> MessageLibraryStore::message(const QString &folder, const QString &name) const
{
    const qsizetype index = m_library.indexOf(folder, name);
    if (index < 0)
        return std::nullopt;
    return m_library.messages().at(index);
}

QList<LibraryMessage> MessageLibraryStore::search(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return m_library.messages();
    QList<LibraryMessage> found;
    for (const LibraryMessage &m : m_library.messages()) {
        if (m.name.contains(needle, Qt::CaseInsensitive) || m.folder.contains(needle, Qt::CaseInsensitive)
            || m.content.contains(needle, Qt::CaseInsensitive))
            found.append(m);
    }
    return found;
}

bool MessageLibraryStore::add(const LibraryMessage &messageIn, QString *error, Existing existing)
{
    if (refuseWhenReadOnly(error))
        return false;
    LibraryMessage message = messageIn;
    message.name = message.name.trimmed();
    message.folder = MessageLibrary::normalizeFolder(message.folder);
    if (const QString why = MessageLibrary::checkName(message.name); !why.isEmpty())
        return fail(error, why);
    if (const QString why = MessageLibrary::checkFolder(message.folder); !why.isEmpty())
        return fail(error, why);
    MessageLibrary library = m_library;
    const qsizetype index = library.indexOf(message.folder, message.name);
    if (index >= 0 && existing == Existing::Refuse)
        return fail(error, tr("There is already a message named \"%1\" %2.").arg(message.name, placeOf(message.folder)));
    if (index >= 0)
        library.replace(index, message);
    else
        library.append(message);
    return commit(library, error);
}

bool MessageLibraryStore::rename(const QString &folder, const QString &name, const QString &newNameIn, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const QString newName = newNameIn.trimmed();
    const qsizetype index = m_library.indexOf(folder, name);
    if (index < 0)
        return fail(error, tr("There is no message named \"%1\" %2.").arg(name, placeOf(folder)));
    if (const QString why = MessageLibrary::checkName(newName); !why.isEmpty())
        return fail(error, why);
    if (newName == name)
        return true;
    if (m_library.indexOf(folder, newName) >= 0)
        return fail(error, tr("There is already a message named \"%1\" %2.").arg(newName, placeOf(folder)));
    MessageLibrary library = m_library;
    LibraryMessage message = library.messages().at(index);
    message.name = newName;
    library.replace(index, message);
    return commit(library, error);
}

bool MessageLibraryStore::moveToFolder(const QString &folder, const QString &name, const QString &newFolderIn,
                                       QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const QString newFolder = MessageLibrary::normalizeFolder(newFolderIn);
    const qsizetype index = m_library.indexOf(folder, name);
    if (index < 0)
        return fail(error, tr("There is no message named \"%1\" %2.").arg(name, placeOf(folder)));
    if (const QString why = MessageLibrary::checkFolder(newFolder); !why.isEmpty())
        return fail(error, why);
    if (newFolder == folder)
        return true;
    if (m_library.indexOf(newFolder, name) >= 0)
        return fail(error, tr("There is already a message named \"%1\" %2.").arg(name, placeOf(newFolder)));
    MessageLibrary library = m_library;
    LibraryMessage message = library.messages().at(index);
    message.folder = newFolder;
    library.replace(index, message);
    return commit(library, error);
}

bool MessageLibraryStore::remove(const QString &folder, const QString &name, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const qsizetype index = m_library.indexOf(folder, name);
    if (index < 0)
        return fail(error, tr("There is no message named \"%1\" %2.").arg(name, placeOf(folder)));
    MessageLibrary library = m_library;
    library.removeAt(index);
    return commit(library, error);
}

bool MessageLibraryStore::addFolder(const QString &folderIn, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const QString folder = MessageLibrary::normalizeFolder(folderIn);
    if (folder.isEmpty())
        return fail(error, MessageLibrary::tr("A folder needs a name."));
    if (const QString why = MessageLibrary::checkFolder(folder); !why.isEmpty())
        return fail(error, why);
    if (m_library.hasFolder(folder))
        return fail(error, tr("There is already a folder \"%1\".").arg(folder));
    MessageLibrary library = m_library;
    library.addFolder(folder);
    return commit(library, error);
}

bool MessageLibraryStore::renameFolder(const QString &folder, const QString &newNameIn, QString *error)
{
    const QString newName = newNameIn.trimmed();
    if (newName.isEmpty())
        return fail(error, MessageLibrary::tr("A folder needs a name."));
    if (newName.contains(QLatin1Char('/')))
        return fail(error, tr("A folder's new name cannot hold \"/\"; use Move to Folder… to move it."));
    const QString parent = MessageLibrary::parentFolder(folder);
    return relocateFolder(folder, parent.isEmpty() ? newName : parent + QLatin1Char('/') + newName, error);
}

bool MessageLibraryStore::moveFolder(const QString &folder, const QString &newParentIn, QString *error)
{
    const QString newParent = MessageLibrary::normalizeFolder(newParentIn);
    const QString leaf = folder.mid(folder.lastIndexOf(QLatin1Char('/')) + 1);
    return relocateFolder(folder, newParent.isEmpty() ? leaf : newParent + QLatin1Char('/') + leaf, error);
}

bool MessageLibraryStore::relocateFolder(const QString &from, const QString &to, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (from.isEmpty() || !m_library.hasFolder(from))
        return fail(error, tr("There is no folder \"%1\".").arg(from));
    if (const QString why = MessageLibrary::checkFolder(to); !why.isEmpty())
        return fail(error, why);
    if (to == from)
        return true;
    if (MessageLibrary::isWithin(to, from))
        return fail(error, tr("The folder \"%1\" cannot be moved into itself.").arg(from));
    if (m_library.hasFolder(to))
        return fail(error, tr("There is already a folder \"%1\".").arg(to));
    // QString, not auto: a QStringBuilder returned here would refer to the destroyed mid().
    const auto moved = [&from, &to](const QString &folder) -> QString { return to + folder.mid(from.size()); };
    MessageLibrary library;
    for (const QString &folder : m_library.folders())
        library.addFolder(MessageLibrary::isWithin(folder, from) ? moved(folder) : folder);
    for (LibraryMessage message : m_library.messages()) {
        if (MessageLibrary::isWithin(message.folder, from))
            message.folder = moved(message.folder);
        library.append(message);
    }
    return commit(library, error);
}

bool MessageLibraryStore::removeFolder(const QString &folder, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    if (folder.isEmpty() || !m_library.hasFolder(folder))
        return fail(error, tr("There is no folder \"%1\".").arg(folder));
    MessageLibrary library = m_library;
    library.removeFolder(folder);
    return commit(library, error);
}

bool MessageLibraryStore::refuseWhenReadOnly(QString *error) const
{
    if (!m_readOnly)
        return false;
    fail(error, tr("The message library is read-only: %1").arg(m_loadError.toString()));
    return true;
}

bool MessageLibraryStore::commit(const MessageLibrary &library, QString *error)
{
    const QByteArray json = MessageLibrarySerializer::toJson(library);
    // Checked as it will be read back, so what is saved can always be loaded.
    ProfileLoadError check;
    if (!MessageLibrarySerializer::fromJson(json, &check))
        return fail(error, check.message);
    if (!SafeFileWriter::makeDirectory(QFileInfo(m_path).absolutePath(), error))
        return false;
    if (!SafeFileWriter::writeFile(m_path, json, error))
        return false;
    m_library = library;
    emit changed();
    return true;
}
