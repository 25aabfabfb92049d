#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

// Resolves `{{name}}` references in what a profile holds (URL, header names and values,
// subprotocols, origin, proxy, saved messages, composer text), the one place every UI and the CLI
// ask, so a value is resolved the same way everywhere.
//
// - A reference is `{{name}}` or `{{ name }}`; a name is a letter or `_`, then letters, digits, `_`,
//   `-` and `.`. Braces around anything else (`{{"a":1}}` in JSON, `{{ }}`) are left as written.
// - Scopes are searched from the last added to the first: e.g. the global environment, then the
//   profile's overrides, then `--set var=value` on the command line; the last one that has the
//   name wins.
// - A value may itself hold references; they resolve in turn. A reference back to a name being
//   resolved is a cycle, reported with its chain ("a → b → a"); so is nesting deeper than
//   MaxDepth.
// - Built-ins start with `$`: `{{$timestamp}}` (Unix seconds), `{{$isoTimestamp}}` (UTC, ms),
//   `{{$uuid}}` (a random version-4 UUID), `{{$randomInt}}` (0–1000). Each occurrence is evaluated
//   anew. An unknown `$name` is an error, as is a name no scope has.
class VariableResolver
{
    Q_DECLARE_TR_FUNCTIONS(VariableResolver)

public:
    static constexpr int MaxDepth = 16;
    static constexpr int RandomIntMax = 1000;

    struct Result
    {
        bool ok = true;
        QString text;      // the resolved text (the input as far as it resolved when !ok)
        QString error;     // one translated sentence naming the variable; empty when ok
        QString variable;  // the name that failed, empty when ok
    };

    // Adds a scope searched before the ones added earlier.
    void addScope(const QHash<QString, QString> &variables);
    bool isEmpty() const { return m_scopes.isEmpty(); }

    Result resolve(QStringView text) const;
    // True when the text holds a reference at all (so callers can skip the work and the preview).
    static bool hasReferences(QStringView text);
    // The names referenced directly by text, in order of appearance, without duplicates.
    static QStringList referencedNames(QStringView text);
    // Whether `name` may be defined (not a built-in, letters/digits/_/-/. starting with a letter or _).
    static bool isValidName(QStringView name);

    // For tests: what the built-ins read (the clock in ms since the epoch, a random number in [0, bound)).
    void setClock(std::function<qint64()> nowMs) { m_nowMs = std::move(nowMs); }
    void setRandom(std::function<quint32(quint32 bound)> random) { m_random = std::move(random); }

private:
    struct Reference
    {
        qsizetype start = -1; // index of the first '{'
        qsizetype end = -1;   // index after the last '}'
        QString name;
    };
    static Reference nextReference(QStringView text, qsizetype from);
    bool resolveInto(QStringView text, QStringList &chain, QString &out, Result &failure) const;
    bool builtIn(const QString &name, QString &value) const;
    const QString *lookup(const QString &name) const;

    QList<QHash<QString, QString>> m_scopes;
    std::function<qint64()> m_nowMs;
    std::function<quint32(quint32)> m_random;
};
