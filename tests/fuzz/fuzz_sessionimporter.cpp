// SessionImporter::read, what opens a session file: a HAR (HarImporter) or a WsScope JSONL log
// (JsonlImporter), from any browser or tool. The first byte picks the file name the format is
// guessed from; the rest is the file. Invariants: a failure has a message that names the file and
// a line inside the file; a success has no error.

#include "fuzzsupport.h"

#include "core/export/sessionimporter.h"

namespace {

const char *const Names[] = { "capture.har", "session.jsonl", "session.ndjson", "export" };
constexpr int NameCount = int(sizeof(Names) / sizeof(Names[0]));

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString name = QString::fromLatin1(Names[input.takeByte() % NameCount]);
    const QByteArray file = input.takeRest().toByteArray();
    const SessionImport result = SessionImporter::read(file, name);
    FUZZ_CHECK(result.ok() == result.error.isEmpty());
    if (!result.ok()) {
        FUZZ_CHECK(result.error.contains(name));
        FUZZ_CHECK(result.errorLine >= 0 && result.errorLine <= file.count('\n') + file.count('\r') + 1);
        FUZZ_CHECK(result.errorColumn >= 0);
    }
    return 0;
}
