// Every fuzz target's start-up, linked into each of them.
#include <QCoreApplication>

// Some Qt code paths (translations, QDir, time zones) expect an application object; libFuzzer
// calls this once, before the first input.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv); // lives as long as the process
    return 0;
}
