#pragma once

#include "core/profiles/savedmessage.h"
#include "core/scenario/scenariostep.h"
#include "core/session/connectionsettings.h"
#include "core/variables/environment.h"

#include <QList>
#include <QString>

// A named, saved connection: what the Profiles dock lists and a session tab opens.
// A plain value; ProfileSerializer turns it into JSON and ProfileStore keeps one file per profile.
//
// Growing it later: new members here plus a new schema version with a migration step in the
// serializer (ProfileSerializer::CurrentSchemaVersion). Secret values (headers marked secret,
// the proxy password, secret variables) are held here in memory but written to the SecretStore,
// never to the file, unless secretsInFile (docs/ARCHITECTURE.md, "Secrets").
struct Profile
{
    QString name;                    // unique within a store; lives inside the JSON, not in the file name
    ConnectionSettings connection;
    QList<SavedMessage> savedMessages;
    // Scenarios saved with the profile, each stored as the same JSON steps a scenario file holds
    // (ScenarioParser / ScenarioWriter); names are unique within the profile.
    QList<SavedScenario> scenarios;
    // The profile's own variables: they override the globals and the chosen environment's
    // (ConnectionResolver::resolverFor). A secret one's value is kept out of the file.
    QList<Variable> variables;
    // The user's explicit opt-in (offered when no keychain can be reached): this profile's
    // secret values are written into its file, in plain text.
    bool secretsInFile = false;

    bool operator==(const Profile &o) const
    {
        return name == o.name && connection == o.connection && savedMessages == o.savedMessages && scenarios == o.scenarios
                && variables == o.variables && secretsInFile == o.secretsInFile;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};
