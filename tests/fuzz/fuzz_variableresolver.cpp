// VariableResolver, what resolves `{{name}}` in everything a profile holds (files a user edits or
// imports). The input is the text, then NUL-separated `name=value` definitions; the first byte
// says how many of them go into a second scope. Invariants: no crash or hang on cycles or deep
// nesting; a failure names a variable and a message; a success holds no reference that
// hasReferences() finds unless a value wrote it in; referencedNames() agrees with hasReferences().

#include "fuzzsupport.h"

#include "core/variables/variableresolver.h"

namespace {

constexpr qint64 FixedClockMs = 1700000000000;
constexpr int MaxDefinitions = 64;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int inFirstScope = input.takeByte();
    const QString text = QString::fromUtf8(input.takeUntilNul());
    QHash<QString, QString> first;
    QHash<QString, QString> second;
    for (int i = 0; i < MaxDefinitions && !input.rest().isEmpty(); ++i) {
        const QString definition = QString::fromUtf8(input.takeUntilNul());
        const qsizetype equals = definition.indexOf(u'=');
        if (equals < 0)
            continue;
        (i < inFirstScope ? first : second).insert(definition.left(equals), definition.mid(equals + 1));
    }

    VariableResolver resolver;
    resolver.setClock([] { return FixedClockMs; });
    resolver.setRandom([](quint32 bound) { return bound / 2; });
    resolver.addScope(first);
    resolver.addScope(second);

    FUZZ_CHECK(VariableResolver::hasReferences(text) == !VariableResolver::referencedNames(text).isEmpty());
    const VariableResolver::Result result = resolver.resolve(text);
    FUZZ_CHECK(result.ok == result.error.isEmpty());
    if (!result.ok)
        FUZZ_CHECK(!result.variable.isEmpty());
    for (const QString &name : VariableResolver::referencedNames(text))
        (void)VariableResolver::isValidName(name);
    return 0;
}
