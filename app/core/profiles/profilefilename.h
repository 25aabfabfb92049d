#pragma once

#include <QString>

// The file name a profile gets in the store's folder (see ProfileStore): safe on every file
// system WsScope runs on, whatever the profile's name holds.
class ProfileFileName
{
public:
    // Letters, digits, '-', '_' and '.', at most 60 characters, never a Windows device name;
    // "profile" when nothing is left.
    static QString sanitizedBaseName(const QString &name);
};
