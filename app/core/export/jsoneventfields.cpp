// JsonEventFields: one JSON object's fields read as strings, numbers, flags, lists, bytes and headers.
#include "core/export/jsoneventfields.h"

#include "core/export/jsoneventreader.h"
#include "core/protocol/httpmessage.h"

#include <QJsonArray>

#include <cmath>

bool JsonEventFields::string(const char *key, QString *out, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return true;
    if (value.isUndefined())
        return missing(key);
    if (!value.isString())
        return fail(JsonEventReader::tr("field “%1” must be a string").arg(QLatin1String(key)));
    *out = value.toString();
    return true;
}

bool JsonEventFields::number(const char *key, double *out, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return true;
    if (value.isUndefined())
        return missing(key);
    if (!value.isDouble())
        return fail(JsonEventReader::tr("field “%1” must be a number").arg(QLatin1String(key)));
    *out = value.toDouble();
    return true;
}

bool JsonEventFields::integer(const char *key, qint64 minimum, qint64 maximum, qint64 *out, bool required) const
{
    if (!required && !has(key))
        return true;
    double value = 0;
    if (!number(key, &value, required))
        return false;
    if (std::floor(value) != value || value < double(minimum) || value > double(maximum))
        return fail(JsonEventReader::tr("field “%1” must be a whole number from %2 to %3, not %4")
                            .arg(QLatin1String(key))
                            .arg(minimum)
                            .arg(maximum)
                            .arg(value));
    *out = qint64(value);
    return true;
}

bool JsonEventFields::boolean(const char *key, bool *out, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return true;
    if (value.isUndefined())
        return missing(key);
    if (!value.isBool())
        return fail(JsonEventReader::tr("field “%1” must be true or false").arg(QLatin1String(key)));
    *out = value.toBool();
    return true;
}

bool JsonEventFields::strings(const char *key, QStringList *out, bool required) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return true;
    if (value.isUndefined())
        return missing(key);
    if (!value.isArray())
        return fail(JsonEventReader::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
    out->clear();
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            return fail(JsonEventReader::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
        out->append(item.toString());
    }
    return true;
}

bool JsonEventFields::bytes(const char *key, const char *encodingKey, QByteArray *out, bool required) const
{
    QString text;
    if (!string(key, &text, required))
        return false;
    QString encoding;
    if (!string(encodingKey, &encoding, false))
        return false;
    if (encoding.isEmpty()) {
        *out = text.toUtf8();
        return true;
    }
    if (encoding != QLatin1String("base64"))
        return fail(JsonEventReader::tr("field “%1”: “%2” is not an encoding this version knows (base64)")
                            .arg(QLatin1String(encodingKey), encoding));
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (text.size() % 4) != 0)
        return fail(JsonEventReader::tr("field “%1” is not valid base64").arg(QLatin1String(key)));
    *out = *decoded;
    return true;
}

bool JsonEventFields::headers(const char *key, HttpMessage *http) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return missing(key);
    const QString shape = JsonEventReader::tr("field “%1” must be a list of [name, value] pairs").arg(QLatin1String(key));
    if (!value.isArray())
        return fail(shape);
    for (const QJsonValue pair : value.toArray()) {
        const QJsonArray items = pair.toArray();
        if (!pair.isArray() || items.size() != 2 || !items.at(0).isString() || !items.at(1).isString())
            return fail(shape);
        http->headers.append(HttpMessage::Header(items.at(0).toString().toUtf8(), items.at(1).toString().toUtf8()));
    }
    return true;
}

bool JsonEventFields::fail(const QString &text) const
{
    if (m_error)
        *m_error = text;
    return false;
}

bool JsonEventFields::missing(const char *key) const
{
    return fail(JsonEventReader::tr("field “%1” is missing").arg(QLatin1String(key)));
}
