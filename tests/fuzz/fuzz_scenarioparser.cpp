// ScenarioParser::parse, what reads a scenario file (JSON steps a user wrote or was sent).
// Invariants: a refusal has a message and a line inside the file; every step parsed has an action
// and a line inside the file, and a wait within the limit.

#include "fuzzsupport.h"

#include "core/scenario/scenarioparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    // Lines end at LF, CR LF or a lone CR (as error positions count them).
    const int lines = int(json.count('\n') + json.count('\r') - json.count("\r\n")) + 1;
    ScenarioParser::Error error;
    const std::optional<QList<ScenarioStep>> steps = ScenarioParser::parse(json, &error);
    if (!steps) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.line >= 0 && error.line <= lines);
        FUZZ_CHECK(error.column >= 0);
        return 0;
    }
    for (const ScenarioStep &step : *steps) {
        FUZZ_CHECK(!step.action.isEmpty());
        FUZZ_CHECK(step.line >= 1 && step.line <= lines);
        FUZZ_CHECK(step.withinMs >= 0);
    }
    return 0;
}
