#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct HttpMessage;

// The fields of one JSON object, read for JsonEventReader with an error that names the field.
// Its sentences are JsonEventReader's (translated in that context).
class JsonEventFields
{
public:
    JsonEventFields(const QJsonObject &object, QString *error) : m_object(object), m_error(error) {}

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    bool string(const char *key, QString *out, bool required = true) const;
    bool number(const char *key, double *out, bool required = true) const;
    // A whole number in [minimum, maximum].
    bool integer(const char *key, qint64 minimum, qint64 maximum, qint64 *out, bool required = true) const;
    bool boolean(const char *key, bool *out, bool required = true) const;
    bool strings(const char *key, QStringList *out, bool required = true) const;
    // Text, or base64 when `encodingKey` says "base64" (JsonlExporter's putBytes).
    bool bytes(const char *key, const char *encodingKey, QByteArray *out, bool required = true) const;
    // [[name, value], ...]
    bool headers(const char *key, HttpMessage *http) const;
    bool fail(const QString &text) const;

private:
    bool missing(const char *key) const;

    const QJsonObject &m_object;
    QString *m_error;
};
