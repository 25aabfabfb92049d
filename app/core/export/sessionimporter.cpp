#include "core/export/sessionimporter.h"

#include "core/export/harimporter.h"
#include "core/export/jsonlimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const char *s : suffixes) {
        if (suffix.compare(QLatin1String(s), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool SessionImporter::looksLikeSessionFile(const QString &path)
{
    return hasSuffix(path, {"har", "jsonl", "ndjson"});
}

SessionImport SessionImporter::readFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    SessionImport failed;
    if (QFileInfo(path).isDir()) {
        failed.error = tr("%1 is a folder, not a session file").arg(name);
        return failed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = tr("Cannot read %1: %2").arg(name, file.errorString());
        return failed;
    }
    if (file.size() > MaxFileBytes) {
        failed.error = tr("%1 is too large to open (%2 MiB; at most %3 MiB)")
                               .arg(name)
                               .arg(file.size() / (1024 * 1024))
                               .arg(MaxFileBytes / (1024 * 1024));
        return failed;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        failed.error = tr("Cannot read %1: %2").arg(name, file.errorString());
        return failed;
    }
    return read(data, path);
}

SessionImport SessionImporter::read(const QByteArray &data, const QString &name)
{
    const QString shown = QDir::toNativeSeparators(name);
    SessionImport result;
    if (data.trimmed().isEmpty()) {
        result.error = tr("%1 is empty").arg(shown);
        return result;
    }
    bool har = hasSuffix(name, {"har"});
    if (!har && !hasSuffix(name, {"jsonl", "ndjson"})) {
        // Any other name: a HAR is one JSON document with a "log" object; a JSONL line is an event.
        const QJsonDocument document = QJsonDocument::fromJson(data);
        har = document.isObject() && HarImporter::isHar(document.object());
    }
    result = har ? HarImporter::read(data) : JsonlImporter::read(data);
    if (!result.ok())
        result.error = tr("%1: %2").arg(shown, result.error);
    return result;
}
