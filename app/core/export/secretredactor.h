#pragma once

#include "core/log/event.h"

#include <QCoreApplication>
#include <QStringList>

#include <deque>

// What a session export (HAR, JSONL file, --record) leaves out unless the user asks for secrets:
// the values of the handshake headers that carry credentials — the ones CommandLine::isSecretHeader
// names (Authorization, Cookie, *-Token, *-Key …), Set-Cookie in a response, and every header
// the connection marks secret — replaced by Placeholder in the parsed headers and in the raw
// head, so the file says where a value was taken out.
class SecretRedactor
{
    Q_DECLARE_TR_FUNCTIONS(SecretRedactor)

public:
    static constexpr const char *Placeholder = "<secret, not exported>";

    // Redacts the usual credential headers plus `markedSecret` (names, any case).
    explicit SecretRedactor(const QStringList &markedSecret = {});
    // Exports everything as it was (the user asked to include secrets).
    static SecretRedactor includeAll();

    bool isSecret(QByteArrayView headerName) const;
    // True when `event` holds a value this redactor takes out.
    bool touches(const Event &event) const;
    // The event with those values replaced; `names` collects the header names taken out.
    Event apply(const Event &event, QStringList *names = nullptr) const;
    // The events with every touched one replaced (the others shared, not copied deeply).
    std::deque<Event> apply(const std::deque<Event> &events, QStringList *names = nullptr) const;
    bool anyIn(const std::deque<Event> &events) const;

private:
    QStringList m_marked; // lower case
    bool m_includeAll = false;
};
