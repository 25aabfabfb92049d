#pragma once

#include "core/protocol/framespec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The Frame mode's quick presets: the common deliberate violations of RFC 6455, each a FrameSpec
// the form is filled with (the form's verdict, from FrameSpecClassifier, says what it breaks).
// `hexPayload`: the payload is shown as hex (binary or a Close body), else as text.
class FrameSpecPresets
{
    Q_DECLARE_TR_FUNCTIONS(FrameSpecPresets)

public:
    struct Preset
    {
        QString title; // translated, for the menu
        FrameSpec spec;
        bool hexPayload = false;
    };

    static QList<Preset> all();
};
