// A WebSocket firehose that outruns every client, so that a throughput benchmark measures the
// client: it accepts a connection on 127.0.0.1, answers the upgrade (RFC 6455 §4.2.2, the accept
// value from Handshake), then writes COUNT unmasked text frames of SIZE bytes, encoded once and
// repeated, with plain blocking send() calls (the server only ever waits for the client's socket
// to drain), then a Close 1000, and waits for the client's Close before it closes the TCP
// connection first (§7.1.1).
//
//   bench_rawframeserver [--count N] [--size S] [--connections K]
//
// Defaults: 300,000 × 32 B, one connection; --connections 0 serves one connection after another
// until killed (scripts/bench-throughput runs every client against one server). Prints
// "PORT <n>" on stdout once listening; one line per connection on stderr, with the server's CPU
// time next to the wall time: a CPU time far below the wall time shows that the server waited
// for the client, not the other way round.
//
// POSIX sockets rather than QTcpSocket: blocking writes of large chunks keep the server's side
// down to a few syscalls per 256 KiB, with no event loop or user-space write buffer in between.

#include "core/protocol/frameencoder.h"
#include "core/protocol/handshake.h"

#include <QByteArray>
#include <QList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int ChunkBytes = 256 * 1024;
// How long the server waits for the request and for the client's Close reply: long enough for
// a client running under valgrind.
constexpr int ReplyTimeoutMs = 300000;

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Reads what is available within the timeout; false on timeout, error or end of stream.
bool readSome(int fd, QByteArray *into)
{
    pollfd p { fd, POLLIN, 0 };
    if (::poll(&p, 1, ReplyTimeoutMs) <= 0)
        return false;
    char buffer[16384];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0)
        return false;
    into->append(buffer, qsizetype(n));
    return true;
}

// A valid text payload of `size` bytes that looks like what a feed sends (small JSON), so that a
// client's text decoding and a log's display do their usual work.
QByteArray textPayload(int size)
{
    const QByteArray head = "{\"room\":42,\"p\":\"";
    const QByteArray tail = "\"}";
    if (size < head.size() + tail.size())
        return QByteArray(size, 'x');
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

QByteArray headerValue(const QByteArray &request, const QByteArray &lowerName)
{
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// Whether the client's bytes after the flood hold a Close frame. Client frames are masked
// (RFC 6455 §5.3); only the headers are walked, the payloads are skipped.
bool containsClose(const QByteArray &data)
{
    qsizetype at = 0;
    while (data.size() - at >= 2) {
        const auto b0 = quint8(data[at]);
        const auto b1 = quint8(data[at + 1]);
        if ((b0 & 0x0f) == 0x8)
            return true;
        quint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (data.size() - at < 4)
                return false;
            length = (quint64(quint8(data[at + 2])) << 8) | quint8(data[at + 3]);
            header = 4;
        } else if (length == 127) {
            if (data.size() - at < 10)
                return false;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(data[at + 2 + i]);
            header = 10;
        }
        if (b1 & 0x80)
            header += 4;
        if (quint64(data.size() - at) < quint64(header) + length)
            return false;
        at += header + qsizetype(length);
    }
    return false;
}

void serve(int fd, int count, const QByteArray &chunk, int framesPerChunk, qsizetype frameBytes)
{
    const double wall0 = wallSeconds();
    const double cpu0 = cpuSeconds();
    QByteArray request;
    while (!request.contains("\r\n\r\n")) {
        if (request.size() > 65536 || !readSome(fd, &request)) {
            std::fprintf(stderr, "rawframeserver: no complete upgrade request\n");
            return;
        }
    }
    const qsizetype end = request.indexOf("\r\n\r\n") + 4;
    const QByteArray key = headerValue(request.left(end), "sec-websocket-key");
    if (!Handshake::isValidClientKey(key)) {
        const QByteArray refusal = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        sendAll(fd, refusal.constData(), size_t(refusal.size()));
        std::fprintf(stderr, "rawframeserver: refused a request without a valid Sec-WebSocket-Key\n");
        return;
    }
    // Whatever the client sent after its request belongs to the frame stream.
    QByteArray fromClient = request.mid(end);
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Accept: "
            + Handshake::acceptFor(key) + "\r\n\r\n";
    if (!sendAll(fd, response.constData(), size_t(response.size())))
        return;

    const double flood0 = wallSeconds();
    int sent = 0;
    bool ok = true;
    while (ok && sent < count) {
        const int frames = qMin(framesPerChunk, count - sent);
        ok = sendAll(fd, chunk.constData(), size_t(frames * frameBytes));
        sent += ok ? frames : 0;
    }
    const QByteArray close = FrameEncoder::encode(0x8, QByteArray("\x03\xe8", 2));
    ok = ok && sendAll(fd, close.constData(), size_t(close.size()));
    const double floodEnd = wallSeconds();
    bool closeSeen = false;
    while (ok && !(closeSeen = containsClose(fromClient)))
        ok = readSome(fd, &fromClient);
    std::fprintf(stderr,
                 "rawframeserver: %d of %d frames of %lld B written in %.3f s, client's Close %s; "
                 "connection %.3f s wall, %.3f s server CPU\n",
                 sent, count, static_cast<long long>(frameBytes), floodEnd - flood0,
                 closeSeen ? "received" : "missing", wallSeconds() - wall0, cpuSeconds() - cpu0);
}

int intArgument(int argc, char **argv, const char *name, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

} // namespace

int main(int argc, char **argv)
{
    const int count = intArgument(argc, argv, "--count", 300000);
    const int size = intArgument(argc, argv, "--size", 32);
    const int connections = intArgument(argc, argv, "--connections", 1);
    if (count < 0 || size < 0) {
        std::fprintf(stderr, "usage: bench_rawframeserver [--count N] [--size S] [--connections K]\n");
        return 2;
    }

    const QByteArray frame = FrameEncoder::encode(0x1, textPayload(size));
    const int framesPerChunk = int(qMax<qsizetype>(1, ChunkBytes / frame.size()));
    const QByteArray chunk = frame.repeated(framesPerChunk);

    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 4) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::fprintf(stderr, "rawframeserver: cannot listen on 127.0.0.1: %s\n", std::strerror(errno));
        return 1;
    }
    std::printf("PORT %u\n", unsigned(ntohs(address.sin_port)));
    std::fflush(stdout);

    for (int served = 0; connections == 0 || served < connections; ++served) {
        const int fd = ::accept(listener, nullptr, nullptr);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "rawframeserver: accept failed: %s\n", std::strerror(errno));
            return 1;
        }
        serve(fd, count, chunk, framesPerChunk, frame.size());
        ::close(fd);
    }
    ::close(listener);
    return 0;
}
