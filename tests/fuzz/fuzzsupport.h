#pragma once

// Shared by the fuzz targets: an invariant check that stops the run where libFuzzer can see it,
// and a way to split one input into several (fuzzsupport.cpp gives each the Qt application).

#include <QByteArray>
#include <QByteArrayView>

#include <cstdio>
#include <cstdlib>

// An invariant of the code under test does not hold: abort, so libFuzzer keeps the input.
#define FUZZ_CHECK(condition)                                                                   \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "Invariant failed at %s:%d: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (false)

// Reads an input front to back: a control byte, then the rest.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size))
    {
    }

    // The next byte (0 once the input is used up).
    quint8 takeByte()
    {
        if (m_bytes.isEmpty())
            return 0;
        const quint8 byte = quint8(m_bytes.front());
        m_bytes = m_bytes.sliced(1);
        return byte;
    }
    // Everything up to the next NUL (dropped), or the rest.
    QByteArrayView takeUntilNul()
    {
        const qsizetype nul = m_bytes.indexOf('\0');
        if (nul < 0)
            return takeRest();
        const QByteArrayView part = m_bytes.first(nul);
        m_bytes = m_bytes.sliced(nul + 1);
        return part;
    }
    QByteArrayView takeRest()
    {
        const QByteArrayView rest = m_bytes;
        m_bytes = {};
        return rest;
    }
    QByteArrayView rest() const { return m_bytes; }

private:
    QByteArrayView m_bytes;
};
