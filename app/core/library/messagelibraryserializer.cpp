#include "core/library/messagelibraryserializer.h"

#include "core/io/versionedjson.h"

#include "core/profiles/profileserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

const QString kSchemaVersion = QStringLiteral("schemaVersion");
const QString kFolders = QStringLiteral("folders");
const QString kMessages = QStringLiteral("messages");
const QString kFolder = QStringLiteral("folder");
const QString kName = QStringLiteral("name");
const QString kMode = QStringLiteral("mode");
const QString kContent = QStringLiteral("content");

// Reads an optional text member; false with *error naming it when it is there but not a text.
bool readText(const QJsonObject &object, const QString &path, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = MessageLibrarySerializer::tr("%1.%2 must be a text.").arg(path, key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readMessage(const QJsonValue &value, const QString &path, LibraryMessage *out, QString *error)
{
    if (!value.isObject()) {
        *error = MessageLibrarySerializer::tr("%1 must be an object.").arg(path);
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!object.value(kName).isString()) {
        *error = MessageLibrarySerializer::tr("%1.name must be a text.").arg(path);
        return false;
    }
    out->name = object.value(kName).toString();
    if (const QString problem = MessageLibrary::checkName(out->name); !problem.isEmpty()) {
        *error = QStringLiteral("%1.name: %2").arg(path, problem);
        return false;
    }
    QString mode;
    if (!readText(object, path, kFolder, &out->folder, error) || !readText(object, path, kMode, &mode, error)
        || !readText(object, path, kContent, &out->content, error))
        return false;
    if (const QString problem = MessageLibrary::checkFolder(out->folder); !problem.isEmpty()) {
        *error = QStringLiteral("%1.folder: %2").arg(path, problem);
        return false;
    }
    const std::optional<SavedMessage::Mode> parsed =
            ProfileSerializer::modeFromName(mode.isEmpty() ? QStringLiteral("text") : mode);
    if (!parsed) {
        *error = MessageLibrarySerializer::tr("%1.mode is \"%2\"; it must be one of text, json, hex, base64.").arg(path, mode);
        return false;
    }
    out->mode = *parsed;
    return true;
}

} // namespace

QByteArray MessageLibrarySerializer::toJson(const MessageLibrary &library)
{
    QJsonArray folders;
    for (const QString &folder : library.folders())
        folders.append(folder);
    QJsonArray messages;
    for (const LibraryMessage &message : library.messages()) {
        QJsonObject object;
        if (!message.folder.isEmpty())
            object.insert(kFolder, message.folder);
        object.insert(kName, message.name);
        if (message.mode != SavedMessage::Mode::Text)
            object.insert(kMode, ProfileSerializer::modeName(message.mode));
        object.insert(kContent, message.content);
        messages.append(object);
    }
    const QJsonObject root{{kSchemaVersion, CurrentSchemaVersion}, {kFolders, folders}, {kMessages, messages}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<MessageLibrary> MessageLibrarySerializer::fromJson(const QByteArray &json, ProfileLoadError *error,
                                                                 bool *newerSchema)
{
    ProfileLoadError ignored;
    ProfileLoadError &e = error ? *error : ignored;
    if (newerSchema)
        *newerSchema = false;
    if (json.trimmed().isEmpty()) {
        // Qt's own message for this ("illegal value") does not say what is wrong.
        e.message = tr("The message library file is empty.");
        return std::nullopt;
    }
    const std::optional<QJsonObject> read = VersionedJson::read(
            json, CurrentSchemaVersion,
            {tr("The message library file must hold one JSON object."),
             [](int found, int current) {
                 return tr("The message library was saved by a newer WsScope (schema %1; this one reads up to %2). "
                        "It is shown read-only and the file is left as it is.")
                         .arg(found)
                         .arg(current);
             }},
            &e, newerSchema);
    if (!read)
        return std::nullopt;
    const QJsonObject object = *read;
    MessageLibrary library;
    const QJsonValue folders = object.value(kFolders);
    if (!folders.isUndefined() && !folders.isArray()) {
        e.message = tr("folders must be a list.");
        return std::nullopt;
    }
    const QJsonArray folderList = folders.toArray();
    for (qsizetype i = 0; i < folderList.size(); ++i) {
        const QString path = QStringLiteral("folders[%1]").arg(i);
        if (!folderList.at(i).isString()) {
            e.message = tr("%1 must be a text.").arg(path);
            return std::nullopt;
        }
        const QString folder = folderList.at(i).toString();
        const QString problem = folder.isEmpty() ? tr("A folder needs a name.") : MessageLibrary::checkFolder(folder);
        if (!problem.isEmpty()) {
            e.message = QStringLiteral("%1: %2").arg(path, problem);
            return std::nullopt;
        }
        library.addFolder(folder);
    }
    const QJsonValue messages = object.value(kMessages);
    if (!messages.isUndefined() && !messages.isArray()) {
        e.message = tr("messages must be a list.");
        return std::nullopt;
    }
    const QJsonArray messageList = messages.toArray();
    for (qsizetype i = 0; i < messageList.size(); ++i) {
        const QString path = QStringLiteral("messages[%1]").arg(i);
        LibraryMessage message;
        QString problem;
        if (!readMessage(messageList.at(i), path, &message, &problem)) {
            e.message = problem;
            return std::nullopt;
        }
        if (library.indexOf(message.folder, message.name) >= 0) {
            e.message = message.folder.isEmpty()
                    ? tr("%1.name: \"%2\" is used twice at the top level.").arg(path, message.name)
                    : tr("%1.name: \"%2\" is used twice in the folder \"%3\".").arg(path, message.name, message.folder);
            return std::nullopt;
        }
        library.append(message);
    }
    return library;
}
