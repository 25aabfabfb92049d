#pragma once

#include <QChar>
#include <QString>

// What text a peer chose may do on a screen: nothing but show itself. A reason phrase, a header
// value or a payload preview shown in a log line or written to a terminal could otherwise move the
// cursor, clear the screen, retitle the window (C0 and C1 controls, DEL: ANSI escape sequences
// start with ESC U+001B or CSI U+009B) or reorder what follows it on the line (the bidirectional
// embeddings and overrides U+202A-U+202E and isolates U+2066-U+2069, as in "Trojan Source"
// attacks). Each such character becomes U+FFFD, so the user sees that something was there.
class DisplayText
{
public:
    static constexpr QChar Replacement = QChar(0xFFFD);

    static bool isUnsafe(QChar c);
    // `text` with every unsafe character replaced; tab and newline too (one line).
    static QString oneLine(QString text);
    // The same, but line feeds (and a CR before one) stay, for multi-line output.
    static QString lines(QString text);

private:
    DisplayText() = delete;
};
