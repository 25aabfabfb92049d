#pragma once

#include "cli/clioptions.h"
#include "core/variables/environment.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// `--env NAME` and `--set name=value` for wsscope-cli: the same resolution the desktop app does
// at connect (ConnectionResolver over the profiles folder's environments, the profile's own
// variables, then the command line's), applied to the merged settings and to each --send text.
class CliVariables
{
    Q_DECLARE_TR_FUNCTIONS(CliVariables)

public:
    // Reads one --set value into *variables (a later one for the same name wins).
    static bool parseSet(const QString &value, QHash<QString, QString> *variables, QString *error);

    // Resolves options->settings and the text of each Text action in place. The environments
    // file is read only when something refers to a variable or --env was given. False with one
    // message naming the field and the variable (or the environment) that failed.
    static bool apply(CliOptions *options, const QList<Variable> &profileVariables, QString *error);

private:
    CliVariables() = delete;
};
