#pragma once

#include <QByteArray>
#include <QString>

// What the file-writing tests ask of a file on disk: its bytes and its permission bits.
class FileProbe
{
public:
    // The whole file, or empty when it cannot be read.
    static QByteArray readAll(const QString &path);
    // The Unix permission bits (e.g. 0600), or -1 when unknown (no such file, or not Unix).
    static int modeOf(const QString &path);
};
