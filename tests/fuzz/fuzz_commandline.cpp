// ShellWords::split and CommandLineImporter::parse, what turns a pasted wscat, websocat or curl
// command line into a profile. Invariants: a split failure has a message and a line and column
// inside the text; an import that fails says why and one that succeeds has no error and a URL.

#include "fuzzsupport.h"

#include "core/import/commandlineimporter.h"
#include "core/import/shellwords.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ShellWords::Result words = ShellWords::split(text);
    if (!words.ok) {
        FUZZ_CHECK(!words.error.isEmpty());
        FUZZ_CHECK(words.line >= 1 && words.line <= text.count(u'\n') + text.count(u'\r') + 1);
        FUZZ_CHECK(words.column >= 1 && words.column <= text.size() + 1);
    }
    const CommandLineImporter::Result imported = CommandLineImporter::parse(text);
    FUZZ_CHECK(imported.ok == imported.error.isEmpty());
    return 0;
}
