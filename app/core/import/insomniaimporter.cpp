#include "core/import/insomniaimporter.h"

#include "core/import/insomniatemplate.h"
#include "core/rules/headerrules.h"

#include <QJsonArray>
#include <QMap>
#include <QUrl>

#include <algorithm>

namespace {

const QString kType = QStringLiteral("_type");

// One request being turned into a profile: every text goes through convert(), which collects
// what could not be converted and the variables referred to.
class RequestReader
{
public:
    explicit RequestReader(ImportedProfile *out) : m_out(out) {}

    QString convert(const QString &text)
    {
        InsomniaTemplate::Result converted = InsomniaTemplate::convert(text);
        for (const QString &problem : std::as_const(converted.problems))
            note(problem);
        for (const QString &name : std::as_const(converted.variables)) {
            if (!m_variables.contains(name))
                m_variables.append(name);
        }
        return converted.text;
    }
    void note(const QString &line)
    {
        if (!m_out->notMapped.contains(line))
            m_out->notMapped.append(line);
    }

    void read(const QJsonObject &request);
    void addPayload(const QJsonObject &payload);
    void finish();

private:
    void addHeader(const QString &name, const QString &value, bool enabled);
    void addParameter(const QString &name, const QString &value);
    void readAuthentication(const QJsonObject &auth);

    ImportedProfile *m_out;
    QStringList m_variables;
    QStringList m_query;
};

// A query part percent-encoded, with `{{references}}` (and tags left as written) kept as they
// are, so that they still resolve and still read as what they were.
QString encodeQueryPart(const QString &text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype start = text.indexOf(QLatin1Char('{'), i);
        while (start >= 0 && start + 1 < text.size() && text.at(start + 1) != QLatin1Char('{')
               && text.at(start + 1) != QLatin1Char('%'))
            start = text.indexOf(QLatin1Char('{'), start + 1);
        const qsizetype end = start < 0 || start + 1 >= text.size()
                ? -1
                : text.indexOf(text.at(start + 1) == QLatin1Char('%') ? QLatin1String("%}") : QLatin1String("}}"), start + 2);
        if (end < 0)
            break;
        out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(i, start - i)));
        out += text.mid(start, end + 2 - start);
        i = end + 2;
    }
    out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(i)));
    return out;
}

void RequestReader::read(const QJsonObject &request)
{
    m_out->profile.name = request.value(QLatin1String("name")).toString();
    m_out->profile.connection.url = convert(request.value(QLatin1String("url")).toString().trimmed());
    for (const QJsonValue item : request.value(QLatin1String("parameters")).toArray()) {
        const QJsonObject parameter = item.toObject();
        const QString name = parameter.value(QLatin1String("name")).toString();
        if (parameter.value(QLatin1String("disabled")).toBool()) {
            note(InsomniaImporter::tr("The query parameter “%1” is disabled in Insomnia; left out.").arg(name));
            continue;
        }
        if (!name.isEmpty())
            addParameter(name, parameter.value(QLatin1String("value")).toString());
    }
    for (const QJsonValue item : request.value(QLatin1String("headers")).toArray()) {
        const QJsonObject header = item.toObject();
        addHeader(header.value(QLatin1String("name")).toString(), header.value(QLatin1String("value")).toString(),
                  !header.value(QLatin1String("disabled")).toBool());
    }
    readAuthentication(request.value(QLatin1String("authentication")).toObject());
}

void RequestReader::addParameter(const QString &name, const QString &value)
{
    m_query.append(encodeQueryPart(convert(name)) + QLatin1Char('=') + encodeQueryPart(convert(value)));
}

void RequestReader::addHeader(const QString &rawName, const QString &rawValue, bool enabled)
{
    const QString name = convert(rawName.trimmed());
    const QString value = convert(rawValue.trimmed());
    if (name.isEmpty())
        return;
    ConnectionSettings &c = m_out->profile.connection;
    if (const QString why = HeaderRules::checkNotWrittenByClient(name); !why.isEmpty()) {
        note(InsomniaImporter::tr("%1: %2 Left out.").arg(name, why));
    } else if (name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0 && enabled) {
        c.origin = value;
    } else if (name.compare(QLatin1String("Sec-WebSocket-Protocol"), Qt::CaseInsensitive) == 0 && enabled) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            c.subprotocols.append(part.trimmed());
    } else {
        c.headers.append(HeaderEntry{name, value, enabled});
    }
}

void RequestReader::readAuthentication(const QJsonObject &auth)
{
    const QString type = auth.value(QLatin1String("type")).toString();
    if (auth.isEmpty() || type.isEmpty() || type == QLatin1String("none"))
        return;
    if (auth.value(QLatin1String("disabled")).toBool()) {
        note(InsomniaImporter::tr("The %1 authentication is disabled in Insomnia; left out.").arg(type));
        return;
    }
    if (type == QLatin1String("bearer")) {
        QString prefix = convert(auth.value(QLatin1String("prefix")).toString().trimmed());
        if (prefix.isEmpty())
            prefix = QStringLiteral("Bearer");
        addHeader(QStringLiteral("Authorization"), prefix + QLatin1Char(' ') + auth.value(QLatin1String("token")).toString(), true);
    } else if (type == QLatin1String("basic")) {
        const QString user = convert(auth.value(QLatin1String("username")).toString());
        const QString password = convert(auth.value(QLatin1String("password")).toString());
        if (user.contains(QLatin1String("{{")) || password.contains(QLatin1String("{{"))) {
            note(InsomniaImporter::tr("The basic authentication uses variables, and its header can only be encoded once "
                                      "they are known; left out (add an Authorization header by hand)."));
            return;
        }
        addHeader(QStringLiteral("Authorization"),
                  QStringLiteral("Basic ") + QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64()), true);
    } else if (type == QLatin1String("apikey")) {
        const QString key = auth.value(QLatin1String("key")).toString();
        const QString value = auth.value(QLatin1String("value")).toString();
        const QString addTo = auth.value(QLatin1String("addTo")).toString(QStringLiteral("header"));
        if (addTo == QLatin1String("queryParams"))
            addParameter(key, value);
        else if (addTo == QLatin1String("cookie"))
            addHeader(QStringLiteral("Cookie"), key + QLatin1Char('=') + value, true);
        else
            addHeader(key, value, true);
    } else {
        note(InsomniaImporter::tr("The %1 authentication has no place in a profile; left out.").arg(type));
    }
}

void RequestReader::addPayload(const QJsonObject &payload)
{
    const QString mode = payload.value(QLatin1String("mode")).toString();
    SavedMessage message;
    message.mode = mode == QLatin1String("application/json") ? SavedMessage::Mode::Json : SavedMessage::Mode::Text;
    if (!mode.isEmpty() && mode != QLatin1String("application/json") && mode != QLatin1String("text/plain"))
        note(InsomniaImporter::tr("The message “%1” is %2; it is saved as text.")
                     .arg(payload.value(QLatin1String("name")).toString(), mode));
    message.content = convert(payload.value(QLatin1String("value")).toString());
    message.name = payload.value(QLatin1String("name")).toString().trimmed();
    if (message.name.isEmpty())
        message.name = InsomniaImporter::tr("Message %1").arg(m_out->profile.savedMessages.size() + 1);
    m_out->profile.savedMessages.append(message);
}

void RequestReader::finish()
{
    QString &url = m_out->profile.connection.url;
    if (!m_query.isEmpty())
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + m_query.join(QLatin1Char('&'));
    if (!m_variables.isEmpty())
        note(InsomniaImporter::tr("It refers to the variables %1: Insomnia's environments are not imported, so define "
                                  "them in a WsScope environment.")
                     .arg(m_variables.join(QStringLiteral(", "))));
}

} // namespace

bool InsomniaImporter::claimsToBeInsomnia(const QJsonObject &root)
{
    return root.value(kType).toString() == QLatin1String("export") || root.contains(QLatin1String("__export_format"));
}

ProfileImportResult InsomniaImporter::fromJsonObject(const QJsonObject &root)
{
    using Format = ProfileImportResult::Format;
    const QJsonValue format = root.value(QLatin1String("__export_format"));
    if (format.toInt(-1) != SupportedExportFormat)
        return ProfileImportResult::failure(Format::Insomnia,
                                            tr("This Insomnia export has format %1; WsScope reads format %2 (Export Data → "
                                               "Insomnia v4 (JSON)).")
                                                    .arg(format.isDouble() ? QString::number(format.toDouble()) : tr("(none)"))
                                                    .arg(SupportedExportFormat));
    if (!root.value(QLatin1String("resources")).isArray())
        return ProfileImportResult::failure(Format::Insomnia, tr("This Insomnia export has no list “resources”."));
    const QJsonArray resources = root.value(QLatin1String("resources")).toArray();

    QList<QJsonObject> requests;
    QMap<QString, QList<QJsonObject>> payloadsOf; // by parentId
    QMap<QString, int> otherRequests;             // _type → count
    for (const QJsonValue item : resources) {
        const QJsonObject resource = item.toObject();
        const QString type = resource.value(kType).toString();
        if (type == QLatin1String("websocket_request"))
            requests.append(resource);
        else if (type == QLatin1String("websocket_payload"))
            payloadsOf[resource.value(QLatin1String("parentId")).toString()].append(resource);
        else if (type == QLatin1String("request") || type == QLatin1String("grpc_request"))
            ++otherRequests[type];
    }
    ProfileImportResult result;
    result.format = Format::Insomnia;
    for (auto it = otherRequests.cbegin(); it != otherRequests.cend(); ++it)
        result.skipped.append(it.key() == QLatin1String("request")
                                      ? tr("%n HTTP request(s): not WebSocket connections; skipped.", nullptr, it.value())
                                      : tr("%n gRPC request(s): not WebSocket connections; skipped.", nullptr, it.value()));
    if (requests.isEmpty()) {
        result.error = tr("The Insomnia export holds no WebSocket request (%n resource(s) read).", nullptr, int(resources.size()));
        return result;
    }
    for (const QJsonObject &request : std::as_const(requests)) {
        ImportedProfile imported;
        RequestReader reader(&imported);
        reader.read(request);
        QList<QJsonObject> payloads = payloadsOf.value(request.value(QLatin1String("_id")).toString());
        std::stable_sort(payloads.begin(), payloads.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("metaSortKey")).toDouble() < b.value(QLatin1String("metaSortKey")).toDouble();
        });
        for (const QJsonObject &payload : std::as_const(payloads))
            reader.addPayload(payload);
        reader.finish();
        result.profiles.append(imported);
    }
    result.ok = true;
    return result;
}
