#include "core/import/harprofileimporter.h"

#include "core/codecs/jsoncodec.h"
#include "core/export/harimporter.h"
#include "core/import/profileimport.h"
#include "core/protocol/frameheader.h"
#include "core/rules/headerrules.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace {

bool is(const QString &name, const char *expected)
{
    return name.compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

bool isJsonDocument(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return (trimmed.startsWith('{') || trimmed.startsWith('[')) && !JsonCodec::validate(trimmed);
}

void readHeaders(const QJsonObject &request, ImportedProfile *out)
{
    ConnectionSettings &c = out->profile.connection;
    for (const QJsonValue item : request.value(QLatin1String("headers")).toArray()) {
        const QJsonObject header = item.toObject();
        const QString name = header.value(QLatin1String("name")).toString().trimmed();
        const QString value = header.value(QLatin1String("value")).toString().trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char(':')))
            continue; // not a header line; HTTP/2 pseudo-headers (":authority") are the URL's parts
        if (!HeaderRules::checkNotWrittenByClient(name).isEmpty() || is(name, "Sec-WebSocket-Version"))
            continue;
        if (is(name, "Sec-WebSocket-Extensions")) {
            out->notMapped.append(HarProfileImporter::tr("The browser offered the extension “%1”; WsScope's client "
                                                         "offers none, so it is left out.")
                                          .arg(value));
        } else if (is(name, "Origin")) {
            c.origin = value;
        } else if (is(name, "Sec-WebSocket-Protocol")) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString subprotocol = part.trimmed();
                if (const QString why = HeaderRules::checkSubprotocol(subprotocol); !why.isEmpty())
                    out->notMapped.append(HarProfileImporter::tr("%1 Left out.").arg(why));
                else if (!c.subprotocols.contains(subprotocol))
                    c.subprotocols.append(subprotocol);
            }
        } else if (const QString why = HeaderRules::checkName(name); !why.isEmpty()) {
            out->notMapped.append(HarProfileImporter::tr("%1 Left out.").arg(why));
        } else {
            c.headers.append(HeaderEntry{name, value, true});
        }
    }
}

void readSentMessages(const QJsonObject &entry, ImportedProfile *out)
{
    const QJsonValue messages = entry.value(QLatin1String("_webSocketMessages"));
    if (!messages.isUndefined() && !messages.isArray()) {
        out->notMapped.append(HarProfileImporter::tr("“_webSocketMessages” is not a list; no messages were read."));
        return;
    }
    QSet<QPair<int, QString>> seen;
    int number = 0;
    int beyondLimit = 0;
    for (const QJsonValue item : messages.toArray()) {
        ++number;
        HarImporter::DevToolsMessage message;
        QString why;
        if (!HarImporter::readMessage(item.toObject(), &message, &why)) {
            out->notMapped.append(HarProfileImporter::tr("Message %1 of the HAR: %2; left out.").arg(number).arg(why));
            continue;
        }
        if (!message.sent)
            continue;
        SavedMessage saved;
        if (message.opcode == FrameHeader::Text) {
            saved.mode = isJsonDocument(message.payload) ? SavedMessage::Mode::Json : SavedMessage::Mode::Text;
            saved.content = QString::fromUtf8(message.payload);
        } else if (message.opcode == FrameHeader::Binary) {
            saved.mode = SavedMessage::Mode::Base64;
            saved.content = QString::fromLatin1(message.payload.toBase64());
        } else {
            out->notMapped.append(HarProfileImporter::tr("Message %1 of the HAR has opcode %2, not text or binary; left out.")
                                          .arg(number)
                                          .arg(message.opcode));
            continue;
        }
        const QPair<int, QString> key(int(saved.mode), saved.content);
        if (seen.contains(key))
            continue; // a heartbeat sent a hundred times is one saved message
        if (out->profile.savedMessages.size() >= HarProfileImporter::MaxSavedMessages) {
            ++beyondLimit;
            continue;
        }
        seen.insert(key);
        saved.name = HarProfileImporter::tr("Message %1").arg(out->profile.savedMessages.size() + 1);
        out->profile.savedMessages.append(saved);
    }
    if (beyondLimit > 0)
        out->notMapped.append(HarProfileImporter::tr("%n more distinct sent message(s) beyond the first %1 left out.", nullptr,
                                                     beyondLimit)
                                      .arg(HarProfileImporter::MaxSavedMessages));
}

} // namespace

ProfileImportResult HarProfileImporter::fromJsonObject(const QJsonObject &root)
{
    using Format = ProfileImportResult::Format;
    const QJsonObject log = root.value(QLatin1String("log")).toObject();
    if (!log.value(QLatin1String("entries")).isArray())
        return ProfileImportResult::failure(Format::Har, tr("This HAR has no list “log.entries”."));
    ProfileImportResult result;
    result.format = Format::Har;
    int number = 0;
    int webSockets = 0;
    for (const QJsonValue item : log.value(QLatin1String("entries")).toArray()) {
        ++number;
        const QJsonObject entry = item.toObject();
        if (!item.isObject() || !HarImporter::isWebSocketEntry(entry))
            continue;
        ++webSockets;
        const QJsonObject request = entry.value(QLatin1String("request")).toObject();
        const QString urlText = request.value(QLatin1String("url")).toString();
        const QUrl url = ProfileImport::webSocketUrl(urlText);
        if (url.isEmpty()) {
            result.skipped.append(tr("Entry %1 of the HAR: “%2” is not a ws://, wss://, http:// or https:// URL; no profile "
                                     "was made of it.")
                                          .arg(number)
                                          .arg(urlText));
            continue;
        }
        ImportedProfile imported;
        imported.profile.name = ProfileImport::nameForUrl(url);
        imported.profile.connection.url = url.toString(QUrl::FullyEncoded);
        readHeaders(request, &imported);
        readSentMessages(entry, &imported);
        result.profiles.append(imported);
    }
    if (result.profiles.isEmpty()) {
        result.error = webSockets == 0
                ? tr("The HAR holds no WebSocket connection (%n entry read, none with _webSocketMessages, a ws:// URL or an "
                     "Upgrade: websocket header).", nullptr, number)
                : tr("None of the %n WebSocket connection(s) of the HAR has a URL a profile can use.", nullptr, webSockets);
        return result;
    }
    result.ok = true;
    return result;
}
