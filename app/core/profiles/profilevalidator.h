#pragma once

#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>

// Checks what a user typed into a profile, field by field, so editors can say what is wrong
// as the user types. Each check returns an empty string when the input is fine, otherwise one
// specific, translated sentence. The Session validates again before connecting; these checks
// only make sure a profile can be saved in a state that will not surprise the user later.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    static QString checkName(const QString &name);
    static QString checkUrl(const QString &url);          // ws:// or wss://, host, port (RFC 6455 §3)
    static QString checkHeaderName(const QString &name);  // an HTTP token (RFC 9110 §5.1)
    static QString checkHeaderValue(const QString &value);
    static QString checkSubprotocol(const QString &token);
    static QString checkOrigin(const QString &origin);
    static QString checkProxy(const QString &proxy);      // socks5:// or http://, host and port

    // The first problem of the whole profile, or empty.
    static QString check(const Profile &profile);

    static bool isToken(const QString &text);

private:
    ProfileValidator() = delete;
};
