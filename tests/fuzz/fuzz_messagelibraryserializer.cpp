// MessageLibrarySerializer::fromJson, what reads the message library file every profile shares
// (written by WsScope, edited by hand, or from a newer WsScope). Invariants: a refusal has a
// message (and a position inside the text for a syntax error); a library that loads writes out
// to JSON that loads back to the same library and writes out the same bytes again.

#include "fuzzsupport.h"

#include "core/library/messagelibraryserializer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ProfileLoadError error;
    const std::optional<MessageLibrary> library = MessageLibrarySerializer::fromJson(json, &error);
    if (!library) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.line >= 0 && error.column >= 0);
        return 0;
    }
    const QByteArray written = MessageLibrarySerializer::toJson(*library);
    ProfileLoadError again;
    const std::optional<MessageLibrary> reloaded = MessageLibrarySerializer::fromJson(written, &again);
    FUZZ_CHECK(reloaded.has_value());
    FUZZ_CHECK(*reloaded == *library);
    FUZZ_CHECK(MessageLibrarySerializer::toJson(*reloaded) == written);
    return 0;
}
