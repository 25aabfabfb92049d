// ProfileSerializer::fromJson, what reads every profile file (hand-written, imported, or from an
// older or newer WsScope). Invariants: a refusal has a message (and a position inside the text
// for a syntax error); a profile that loads writes out to JSON that loads back to the same
// profile and writes out the same bytes again.

#include "fuzzsupport.h"

#include "core/profiles/profileserializer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ProfileLoadError error;
    const std::optional<Profile> profile = ProfileSerializer::fromJson(json, &error);
    if (!profile) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.line >= 0 && error.column >= 0);
        return 0;
    }
    const QByteArray written = ProfileSerializer::toJson(*profile);
    ProfileLoadError again;
    const std::optional<Profile> reloaded = ProfileSerializer::fromJson(written, &again);
    FUZZ_CHECK(reloaded.has_value());
    FUZZ_CHECK(*reloaded == *profile);
    FUZZ_CHECK(ProfileSerializer::toJson(*reloaded) == written);
    return 0;
}
