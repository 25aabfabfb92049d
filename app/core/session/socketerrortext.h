#pragma once

#include "core/log/event.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// Our own translated text for QAbstractSocket errors. Qt's errorString() is untranslated and
// changes wording through a SOCKS proxy (docs/ARCHITECTURE.md), so the log never shows it alone.
class SocketErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrorText)

public:
    // A sentence about the error reaching `target` ("example.com:443"); empty target allowed.
    static QString text(QAbstractSocket::SocketError error, const QString &target = {});
    // Which log category the error belongs to.
    static ErrorCategory category(QAbstractSocket::SocketError error);
};
