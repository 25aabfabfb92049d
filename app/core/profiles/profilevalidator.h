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
    static QString checkOrigin(const QString &origin);
    static QString checkProxy(const QString &proxy);      // socks5:// or http://, host and port
    // A scenario's name (not empty, no control characters, at most as long as a profile name)
    // and its steps (each checked by ScenarioCompiler, the rules a load and a run apply).
    static QString checkScenarioName(const QString &name);
    static QString checkScenario(const SavedScenario &scenario);

    // The first problem of the whole profile, or empty. Header names and values and subprotocols
    // are checked by HeaderRules, the rules the session applies; scenarios by checkScenario, and
    // their names are unique.
    static QString check(const Profile &profile);

private:
    ProfileValidator() = delete;
};
