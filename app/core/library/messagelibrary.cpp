#include "core/library/messagelibrary.h"

namespace {

constexpr QChar Separator = QLatin1Char('/');

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QString MessageLibrary::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A library message needs a name.");
    if (name != name.trimmed())
        return tr("A library message's name cannot start or end with a space.");
    if (name.contains(Separator))
        return tr("A library message's name cannot hold \"/\" (it separates folders).");
    if (name.size() > MaxNameLength)
        return tr("A library message's name can be at most %n character(s) long.", nullptr, MaxNameLength);
    if (hasControlCharacter(name))
        return tr("A library message's name cannot hold control characters.");
    return {};
}

QString MessageLibrary::normalizeFolder(const QString &folder)
{
    QStringList parts;
    for (const QString &part : folder.split(Separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(Separator);
}

QString MessageLibrary::checkFolder(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    if (folder != normalizeFolder(folder))
        return tr("A folder is written as names separated by \"/\", without empty names or spaces around them.");
    if (folder.size() > MaxFolderLength)
        return tr("A folder can be at most %n character(s) long.", nullptr, MaxFolderLength);
    if (hasControlCharacter(folder))
        return tr("A folder cannot hold control characters.");
    return {};
}

QString MessageLibrary::parentFolder(const QString &folder)
{
    const qsizetype slash = folder.lastIndexOf(Separator);
    return slash < 0 ? QString() : folder.left(slash);
}

bool MessageLibrary::isWithin(const QString &folder, const QString &ancestor)
{
    if (ancestor.isEmpty())
        return true;
    return folder == ancestor || folder.startsWith(ancestor + Separator);
}

bool MessageLibrary::hasFolder(const QString &folder) const
{
    return folder.isEmpty() || m_folders.contains(folder);
}

qsizetype MessageLibrary::indexOf(const QString &folder, const QString &name) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).folder == folder && m_messages.at(i).name == name)
            return i;
    }
    return -1;
}

void MessageLibrary::addFolder(const QString &folder)
{
    // The folder and each of its parents, kept sorted so that a parent comes before its children.
    for (QString f = folder; !f.isEmpty(); f = parentFolder(f)) {
        if (!m_folders.contains(f))
            m_folders.append(f);
    }
    m_folders.sort();
}

void MessageLibrary::append(const LibraryMessage &message)
{
    addFolder(message.folder);
    m_messages.append(message);
}

void MessageLibrary::replace(qsizetype index, const LibraryMessage &message)
{
    addFolder(message.folder);
    m_messages[index] = message;
}

void MessageLibrary::removeAt(qsizetype index)
{
    m_messages.removeAt(index);
}

void MessageLibrary::removeFolder(const QString &folder)
{
    if (folder.isEmpty())
        return;
    m_messages.removeIf([&folder](const LibraryMessage &m) { return isWithin(m.folder, folder); });
    m_folders.removeIf([&folder](const QString &f) { return isWithin(f, folder); });
}
