#include "core/profiles/profileserializer.h"

#include "core/export/commandline.h"
#include "core/profiles/profilesecrets.h"

#include "core/variables/environmentserializer.h"
#include "core/variables/variableresolver.h"

#include "core/codecs/jsontokenizer.h"
#include "core/scenario/scenarioparser.h"
#include "core/scenario/scenariowriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

const QString kSchemaVersion = QStringLiteral("schemaVersion");

// Reads typed members and remembers the first problem with its dotted path, so one message
// tells the user exactly which member of which object is wrong.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) { }

    bool failed() const { return m_failed; }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }

    QString readString(const QJsonObject &o, const QString &path, const QString &key, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(ProfileSerializer::tr("%1 must be a string.").arg(join(path, key)));
            return fallback;
        }
        return v.toString();
    }

    bool readBool(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(ProfileSerializer::tr("%1 must be true or false.").arg(join(path, key)));
            return fallback;
        }
        return v.toBool();
    }

    qint64 readInteger(const QJsonObject &o, const QString &path, const QString &key, qint64 fallback,
                       qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d)) {
            fail(ProfileSerializer::tr("%1 must be a whole number.").arg(join(path, key)));
            return fallback;
        }
        if (d < double(minimum) || d > double(maximum)) {
            fail(ProfileSerializer::tr("%1 is %2; it must be between %3 and %4.")
                         // d as written, not converted: it may be far outside qint64.
                         .arg(join(path, key), QString::number(d, 'f', 0), QString::number(minimum),
                              QString::number(maximum)));
            return fallback;
        }
        return qint64(d);
    }

    QJsonObject readObject(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(ProfileSerializer::tr("%1 must be an object.").arg(join(path, key)));
            return {};
        }
        return v.toObject();
    }

    QJsonArray readArray(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(ProfileSerializer::tr("%1 must be a list.").arg(join(path, key)));
            return {};
        }
        return v.toArray();
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

private:
    QString *m_error;
    bool m_failed = false;
};

// Where a scenario (step < 0) or one of its steps begins in a profile's text: the object (or
// value) at scenarios[scenario].steps[step]. False when the text has no such place.
bool findScenarioPlace(const QByteArray &json, qsizetype scenario, qsizetype step, qsizetype *offset)
{
    static const QByteArray scenariosKey = QByteArrayLiteral("\"scenarios\"");
    static const QByteArray stepsKey = QByteArrayLiteral("\"steps\"");
    JsonTokenizer tokenizer(json);
    JsonTokenizer::Token token;
    QList<QByteArray> keys; // keys[d]: the last member name read in the open object at depth d
    qsizetype scenarioIndex = -1;
    qsizetype stepIndex = -1;
    while (tokenizer.next(&token)) {
        const int depth = tokenizer.depth();
        if (token.kind == JsonTokenizer::Kind::Key) {
            keys.resize(depth + 1);
            keys[depth] = json.sliced(token.begin, token.end - token.begin);
            continue;
        }
        const bool begins = token.kind == JsonTokenizer::Kind::BeginObject || token.kind == JsonTokenizer::Kind::BeginArray;
        if (!begins && !JsonTokenizer::isScalar(token.kind))
            continue;
        // A container's depth includes itself; a scalar is at its array's depth.
        const int elementDepth = begins ? depth - 1 : depth;
        if (begins && keys.size() > depth)
            keys.resize(depth);
        if (keys.value(1) != scenariosKey)
            continue;
        if (elementDepth == 2) {
            ++scenarioIndex;
            stepIndex = -1;
            if (scenarioIndex == scenario && step < 0) {
                *offset = token.begin;
                return true;
            }
        } else if (elementDepth == 4 && keys.value(3) == stepsKey && scenarioIndex == scenario) {
            if (++stepIndex == step) {
                *offset = token.begin;
                return true;
            }
        }
    }
    return false;
}

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxExactDouble = 1LL << 53; // JSON numbers are doubles: exact integers up to 2^53

} // namespace

QString ProfileSerializer::modeName(SavedMessage::Mode mode)
{
    switch (mode) {
    case SavedMessage::Mode::Text: return QStringLiteral("text");
    case SavedMessage::Mode::Json: return QStringLiteral("json");
    case SavedMessage::Mode::Hex: return QStringLiteral("hex");
    case SavedMessage::Mode::Base64: return QStringLiteral("base64");
    }
    return QStringLiteral("text");
}

std::optional<SavedMessage::Mode> ProfileSerializer::modeFromName(const QString &name)
{
    for (const SavedMessage::Mode m : {SavedMessage::Mode::Text, SavedMessage::Mode::Json, SavedMessage::Mode::Hex,
                                       SavedMessage::Mode::Base64}) {
        if (name == modeName(m))
            return m;
    }
    return std::nullopt;
}

QStringList ProfileSerializer::suggestedSecrets(const Profile &profile)
{
    QStringList names;
    for (const HeaderEntry &h : profile.connection.headers) {
        if (!h.secret && !h.value.isEmpty() && CommandLine::isSecretHeader(h.name)
            && !names.contains(h.name, Qt::CaseInsensitive))
            names.append(h.name);
    }
    return names;
}

QJsonObject ProfileSerializer::toJsonObject(const Profile &profileIn)
{
    // Secret values stay out of the file unless the profile opted in (docs/ARCHITECTURE.md,
    // "Secrets"); ProfileStore keeps them in its SecretStore.
    const Profile profile = ProfileSecrets::withoutValues(profileIn);
    const bool secretValues = profile.secretsInFile;
    const ConnectionSettings &c = profile.connection;

    QJsonArray headers;
    for (const HeaderEntry &h : c.headers) {
        QJsonObject header{{QStringLiteral("name"), h.name}, {QStringLiteral("enabled"), h.enabled}};
        if (!h.secret || secretValues)
            header.insert(QStringLiteral("value"), h.value);
        if (h.secret)
            header.insert(QStringLiteral("secret"), true);
        headers.append(header);
    }

    const QJsonObject tls{{QStringLiteral("verifyPeer"), c.tls.verifyPeer},
                          {QStringLiteral("caFile"), c.tls.caFile},
                          {QStringLiteral("clientCertificateFile"), c.tls.clientCertificateFile},
                          {QStringLiteral("clientKeyFile"), c.tls.clientKeyFile},
                          {QStringLiteral("ignoreErrors"), c.tls.ignoreErrors}};

    const QJsonObject reconnect{{QStringLiteral("enabled"), c.reconnect.enabled},
                                {QStringLiteral("maxAttempts"), c.reconnect.maxAttempts},
                                {QStringLiteral("initialDelayMs"), c.reconnect.initialDelayMs},
                                {QStringLiteral("maxDelayMs"), c.reconnect.maxDelayMs}};

    const QJsonObject connection{
            {QStringLiteral("url"), c.url},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("subprotocols"), QJsonArray::fromStringList(c.subprotocols)},
            {QStringLiteral("origin"), c.origin},
            {QStringLiteral("handshakeTimeoutMs"), c.handshakeTimeoutMs},
            {QStringLiteral("tls"), tls},
            {QStringLiteral("maxIncomingFrameSize"), double(c.maxIncomingFrameSize)},
            {QStringLiteral("maxIncomingMessageSize"), double(c.maxIncomingMessageSize)},
            {QStringLiteral("pingIntervalMs"), c.pingIntervalMs},
            {QStringLiteral("reconnect"), reconnect},
            {QStringLiteral("proxy"), c.proxy},
            {QStringLiteral("proxyPasswordSecret"), c.proxyPasswordSecret},
            {QStringLiteral("tap"), c.tapEnabled}};

    QJsonArray messages;
    for (const SavedMessage &m : profile.savedMessages)
        messages.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("mode"), modeName(m.mode)},
                                    {QStringLiteral("content"), m.content}});

    QJsonObject object{{kSchemaVersion, CurrentSchemaVersion},
                       {QStringLiteral("name"), profile.name},
                       {QStringLiteral("connection"), connection},
                       {QStringLiteral("savedMessages"), messages}};
    if (profile.secretsInFile)
        object.insert(QStringLiteral("secretsInFile"), true);
    // Written only when there are some, so a profile without them keeps its old form. A secret
    // variable's value is written only with secretsInFile.
    if (!profile.variables.isEmpty())
        object.insert(QStringLiteral("variables"),
                      EnvironmentSerializer::variablesToJson(profile.variables, secretValues
                                                                     ? EnvironmentSerializer::Secrets::Include
                                                                     : EnvironmentSerializer::Secrets::Omit));
    if (!profile.scenarios.isEmpty()) {
        QJsonArray scenarios;
        for (const SavedScenario &scenario : profile.scenarios)
            scenarios.append(QJsonObject{{QStringLiteral("name"), scenario.name},
                                         {QStringLiteral("steps"), ScenarioWriter::toJson(scenario.steps)}});
        object.insert(QStringLiteral("scenarios"), scenarios);
    }
    return object;
}

QByteArray ProfileSerializer::toJson(const Profile &profile)
{
    return QJsonDocument(toJsonObject(profile)).toJson(QJsonDocument::Indented);
}

void ProfileSerializer::lineColumnAt(const QByteArray &utf8, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, utf8.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const uchar ch = uchar(utf8.at(i));
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) { // count characters: skip UTF-8 continuation bytes
            ++c;
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

std::optional<Profile> ProfileSerializer::fromJson(const QByteArray &json, ProfileLoadError *error, int *schemaVersion)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            // Qt reports the offset just past the character it stumbled on; step back onto it,
            // except at the end of the input, where "unterminated …" errors belong.
            qsizetype offset = parseError.offset;
            if (offset > 0 && offset < json.size())
                --offset;
            // Why, in the project's own translated words (Qt's errorString() is English only).
            const std::optional<JsonTokenizer::Failure> failure = JsonTokenizer::check(json);
            lineColumnAt(json, offset, &error->line, &error->column);
            error->message = failure ? tr("not valid JSON: %1").arg(failure->what) : tr("not valid JSON.");
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            error->message = tr("a profile must be a JSON object ({ … }).");
        return std::nullopt;
    }
    QString why;
    ScenarioPlace place;
    std::optional<Profile> profile = read(doc.object(), &why, &place, schemaVersion);
    if (!profile && error) {
        error->message = why;
        qsizetype offset = 0;
        if (place.scenario >= 0 && findScenarioPlace(json, place.scenario, place.step, &offset))
            lineColumnAt(json, offset, &error->line, &error->column);
    }
    return profile;
}

std::optional<Profile> ProfileSerializer::fromJsonObject(const QJsonObject &object, QString *error)
{
    return read(object, error, nullptr, nullptr);
}

std::optional<Profile> ProfileSerializer::read(const QJsonObject &object, QString *error, ScenarioPlace *place,
                                               int *schemaVersion)
{
    const QJsonValue version = object.value(kSchemaVersion);
    if (version.isUndefined()) {
        if (error)
            *error = tr("\"schemaVersion\" is missing; a WsScope profile has \"schemaVersion\": %1.")
                             .arg(CurrentSchemaVersion);
        return std::nullopt;
    }
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 1) {
        if (error)
            *error = tr("\"schemaVersion\" must be a whole number of at least 1.");
        return std::nullopt;
    }
    if (v > CurrentSchemaVersion) {
        if (error)
            *error = tr("written by a newer WsScope (schema version %1; this version reads up to %2). "
                        "The file was left as it is.")
                             .arg(v, 0, 'f', 0) // as written: it may be far beyond 64 bits
                             .arg(CurrentSchemaVersion);
        return std::nullopt;
    }
    // Schema 1 knew no secrets: its values were plain text in the file, and they stay so
    // (nothing is marked secret, a proxy password stays in the proxy text) until the user marks
    // them; suggestedSecrets() names the headers worth offering. Later steps go here, one per version.
    const int schema = int(v);
    if (schemaVersion)
        *schemaVersion = schema;

    Reader r(error);
    Profile p;
    p.name = r.readString(object, {}, QStringLiteral("name")).trimmed();
    p.secretsInFile = r.readBool(object, {}, QStringLiteral("secretsInFile"), false);
    if (!r.failed() && p.name.isEmpty())
        r.fail(tr("\"name\" is missing or empty; every profile needs a name."));

    const QString cpath = QStringLiteral("connection");
    const QJsonObject c = r.readObject(object, {}, cpath);
    ConnectionSettings &s = p.connection;
    const ConnectionSettings defaults;

    const QString url = r.readString(c, cpath, QStringLiteral("url"));
    // Kept as written: it may hold {{name}} references, resolved at connect. Tolerant: a
    // hand-written URL with a space still loads; the editor and the Session point out what is
    // wrong with it, where the user can fix it.
    s.url = url;
    if (const QUrl parsed(url, QUrl::TolerantMode); !url.isEmpty() && !VariableResolver::hasReferences(url) && !parsed.isValid())
        r.fail(tr("connection.url \"%1\" is not a valid URL: %2").arg(url, parsed.errorString()));

    const QJsonArray headers = r.readArray(c, cpath, QStringLiteral("headers"));
    for (qsizetype i = 0; i < headers.size() && !r.failed(); ++i) {
        const QString hpath = Reader::index(Reader::join(cpath, QStringLiteral("headers")), i);
        if (!headers.at(i).isObject()) {
            r.fail(tr("%1 must be an object with \"name\", \"value\" and \"enabled\".").arg(hpath));
            break;
        }
        const QJsonObject h = headers.at(i).toObject();
        HeaderEntry e;
        e.name = r.readString(h, hpath, QStringLiteral("name"));
        e.value = r.readString(h, hpath, QStringLiteral("value"));
        e.enabled = r.readBool(h, hpath, QStringLiteral("enabled"), true);
        e.secret = r.readBool(h, hpath, QStringLiteral("secret"), false);
        s.headers.append(e);
    }

    const QJsonArray protocols = r.readArray(c, cpath, QStringLiteral("subprotocols"));
    for (qsizetype i = 0; i < protocols.size() && !r.failed(); ++i) {
        if (!protocols.at(i).isString()) {
            r.fail(tr("%1 must be a string.").arg(Reader::index(Reader::join(cpath, QStringLiteral("subprotocols")), i)));
            break;
        }
        s.subprotocols.append(protocols.at(i).toString());
    }

    s.origin = r.readString(c, cpath, QStringLiteral("origin"));
    s.handshakeTimeoutMs = int(r.readInteger(c, cpath, QStringLiteral("handshakeTimeoutMs"),
                                             defaults.handshakeTimeoutMs, 0, kMaxInt));

    const QString tpath = Reader::join(cpath, QStringLiteral("tls"));
    const QJsonObject tls = r.readObject(c, cpath, QStringLiteral("tls"));
    s.tls.verifyPeer = r.readBool(tls, tpath, QStringLiteral("verifyPeer"), defaults.tls.verifyPeer);
    s.tls.caFile = r.readString(tls, tpath, QStringLiteral("caFile"));
    s.tls.clientCertificateFile = r.readString(tls, tpath, QStringLiteral("clientCertificateFile"));
    s.tls.clientKeyFile = r.readString(tls, tpath, QStringLiteral("clientKeyFile"));
    s.tls.ignoreErrors = r.readBool(tls, tpath, QStringLiteral("ignoreErrors"), defaults.tls.ignoreErrors);

    s.maxIncomingFrameSize = r.readInteger(c, cpath, QStringLiteral("maxIncomingFrameSize"),
                                           defaults.maxIncomingFrameSize, 1, kMaxExactDouble);
    s.maxIncomingMessageSize = r.readInteger(c, cpath, QStringLiteral("maxIncomingMessageSize"),
                                             defaults.maxIncomingMessageSize, 1, kMaxExactDouble);
    s.pingIntervalMs = int(r.readInteger(c, cpath, QStringLiteral("pingIntervalMs"), defaults.pingIntervalMs, 0, kMaxInt));

    const QString rpath = Reader::join(cpath, QStringLiteral("reconnect"));
    const QJsonObject rc = r.readObject(c, cpath, QStringLiteral("reconnect"));
    s.reconnect.enabled = r.readBool(rc, rpath, QStringLiteral("enabled"), defaults.reconnect.enabled);
    s.reconnect.maxAttempts = int(r.readInteger(rc, rpath, QStringLiteral("maxAttempts"),
                                                defaults.reconnect.maxAttempts, 0, kMaxInt));
    s.reconnect.initialDelayMs = int(r.readInteger(rc, rpath, QStringLiteral("initialDelayMs"),
                                                   defaults.reconnect.initialDelayMs, 0, kMaxInt));
    s.reconnect.maxDelayMs = int(r.readInteger(rc, rpath, QStringLiteral("maxDelayMs"),
                                               defaults.reconnect.maxDelayMs, 0, kMaxInt));

    const QString proxy = r.readString(c, cpath, QStringLiteral("proxy"));
    s.proxy = proxy;
    if (const QUrl parsed(proxy, QUrl::TolerantMode);
        !r.failed() && !proxy.isEmpty() && !VariableResolver::hasReferences(proxy) && !parsed.isValid())
        r.fail(tr("connection.proxy \"%1\" is not a valid URL: %2").arg(proxy, parsed.errorString()));
    s.tapEnabled = r.readBool(c, cpath, QStringLiteral("tap"), defaults.tapEnabled);
    // Schema 1: a password already in the proxy text stays there, not secret (see above).
    const bool migratedPassword = schema < 2 && !ProfileSecrets::proxyPassword(proxy).isEmpty();
    s.proxyPasswordSecret = r.readBool(c, cpath, QStringLiteral("proxyPasswordSecret"),
                                       migratedPassword ? false : defaults.proxyPasswordSecret);

    const QString mpath = QStringLiteral("savedMessages");
    const QJsonArray messages = r.readArray(object, {}, mpath);
    for (qsizetype i = 0; i < messages.size() && !r.failed(); ++i) {
        const QString ipath = Reader::index(mpath, i);
        if (!messages.at(i).isObject()) {
            r.fail(tr("%1 must be an object with \"name\", \"mode\" and \"content\".").arg(ipath));
            break;
        }
        const QJsonObject m = messages.at(i).toObject();
        SavedMessage sm;
        sm.name = r.readString(m, ipath, QStringLiteral("name"));
        const QString mode = r.readString(m, ipath, QStringLiteral("mode"), QStringLiteral("text"));
        const std::optional<SavedMessage::Mode> parsed = modeFromName(mode);
        if (!parsed && !r.failed())
            r.fail(tr("%1.mode is \"%2\"; it must be one of text, json, hex, base64.").arg(ipath, mode));
        sm.mode = parsed.value_or(SavedMessage::Mode::Text);
        sm.content = r.readString(m, ipath, QStringLiteral("content"));
        p.savedMessages.append(sm);
    }

    if (r.failed())
        return std::nullopt;
    if (QString why; !EnvironmentSerializer::variablesFromJson(object.value(QStringLiteral("variables")), {}, &p.variables, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    if (!readScenarios(object, &p, error, place))
        return std::nullopt;
    return p;
}

bool ProfileSerializer::readScenarios(const QJsonObject &object, Profile *profile, QString *error, ScenarioPlace *place)
{
    const auto fail = [&](qsizetype scenario, qsizetype step, const QString &text) {
        if (error)
            *error = text;
        if (place)
            *place = ScenarioPlace{scenario, step};
        return false;
    };
    const QJsonValue value = object.value(QStringLiteral("scenarios"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(-1, -1, tr("scenarios must be a list."));
    const QJsonArray scenarios = value.toArray();
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        if (!scenarios.at(i).isObject())
            return fail(i, -1, tr("%1 must be an object with \"name\" and \"steps\".").arg(path));
        const QJsonObject o = scenarios.at(i).toObject();
        SavedScenario scenario;
        const QJsonValue name = o.value(QStringLiteral("name"));
        scenario.name = name.toString().trimmed();
        if (!name.isString() || scenario.name.isEmpty())
            return fail(i, -1, tr("profile \"%1\", %2: the scenario needs a name (a string).").arg(profile->name, path));
        for (const SavedScenario &other : std::as_const(profile->scenarios)) {
            if (other.name == scenario.name)
                return fail(i, -1, tr("profile \"%1\": two scenarios are named \"%2\".").arg(profile->name, scenario.name));
        }
        const QJsonValue steps = o.value(QStringLiteral("steps"));
        if (!steps.isArray() && !steps.isUndefined())
            return fail(i, -1, tr("profile \"%1\", scenario \"%2\": steps must be a list.").arg(profile->name, scenario.name));
        const QJsonArray list = steps.toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            QString why;
            // A file a step names is read when the step runs: a missing one must not lose the profile.
            const std::optional<ScenarioStep> step =
                    ScenarioParser::parseStep(list.at(j), &why, nullptr, FrameSpecParser::Files::Defer);
            if (!step)
                return fail(i, j, tr("profile \"%1\", scenario \"%2\", step %3: %4").arg(profile->name, scenario.name).arg(j + 1).arg(why));
            scenario.steps.append(*step);
        }
        profile->scenarios.append(scenario);
    }
    return true;
}
