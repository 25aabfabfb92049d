#pragma once

#include "core/profiles/savedmessage.h"

// How the composer reads what is typed: as text, as JSON text, as hex or Base64 bytes, a file's
// bytes, or one frame written by hand (Frame: the FrameSpecForm, sent through the wire tap).
// Saved messages keep the mode, except File and Frame (not saved with a profile).
enum class PayloadMode { Text, Json, Hex, Base64, File, Frame };

inline SavedMessage::Mode toSavedMode(PayloadMode mode)
{
    switch (mode) {
    case PayloadMode::Json:
        return SavedMessage::Mode::Json;
    case PayloadMode::Hex:
        return SavedMessage::Mode::Hex;
    case PayloadMode::Base64:
        return SavedMessage::Mode::Base64;
    case PayloadMode::Text:
    case PayloadMode::File:
    case PayloadMode::Frame:
        break;
    }
    return SavedMessage::Mode::Text;
}

inline PayloadMode fromSavedMode(SavedMessage::Mode mode)
{
    switch (mode) {
    case SavedMessage::Mode::Json:
        return PayloadMode::Json;
    case SavedMessage::Mode::Hex:
        return PayloadMode::Hex;
    case SavedMessage::Mode::Base64:
        return PayloadMode::Base64;
    case SavedMessage::Mode::Text:
        break;
    }
    return PayloadMode::Text;
}
