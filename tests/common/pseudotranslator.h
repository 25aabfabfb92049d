#pragma once

#include <QTranslator>

// A translator for "the UI is in another language" tests without a .qm file: it turns every
// source text into "[[text]]", so a test can tell translated output from stable English tokens.
// Installed on construction, removed on destruction.
class PseudoTranslator : public QTranslator
{
public:
    PseudoTranslator();
    ~PseudoTranslator() override;

    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

    // What translate() makes of `sourceText`.
    static QString wrapped(const QString &sourceText);
};
