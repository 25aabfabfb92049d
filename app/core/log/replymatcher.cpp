#include "core/log/replymatcher.h"

#include "core/codecs/jsontokenizer.h"
#include "core/log/eventlog.h"
#include "core/log/logrules.h"
#include "core/protocol/frameheader.h"

namespace {

bool isFrame(const Event &event, quint8 opcode)
{
    return event.kind == EventKind::Frame && event.frame.opcode == opcode;
}

std::optional<QByteArray> idOf(const Event &event)
{
    const LogRules::Message message = LogRules::messageOf(event);
    if (!message.valid || message.opcode != FrameHeader::Text || message.payload.size() > ReplyMatcher::MaxIdMessageBytes)
        return std::nullopt;
    // A quick look first: most messages of a flood have no "id" at all.
    if (!message.payload.contains("\"id\""))
        return std::nullopt;
    return ReplyMatcher::jsonId(message.payload);
}

Direction opposite(Direction dir)
{
    return dir == Direction::Out ? Direction::In : Direction::Out;
}

} // namespace

std::optional<QByteArray> ReplyMatcher::jsonId(QByteArrayView utf8)
{
    JsonTokenizer tokenizer(utf8);
    JsonTokenizer::Token token;
    if (!tokenizer.next(&token) || token.kind != JsonTokenizer::Kind::BeginObject)
        return std::nullopt;
    bool idKey = false;
    while (tokenizer.next(&token)) {
        const int depth = tokenizer.depth();
        if (token.kind == JsonTokenizer::Kind::Key && depth == 1) {
            idKey = utf8.sliced(token.begin, token.end - token.begin) == QByteArrayView("\"id\"");
        } else if (idKey && depth == 1 && token.kind != JsonTokenizer::Kind::Colon) {
            if (!JsonTokenizer::isScalar(token.kind))
                return std::nullopt;
            return utf8.sliced(token.begin, token.end - token.begin).toByteArray();
        } else if (idKey && token.kind != JsonTokenizer::Kind::Colon) {
            return std::nullopt; // an object or array as the id
        }
    }
    return std::nullopt;
}

bool ReplyMatcher::canMatch(const Event &event)
{
    if (event.dir == Direction::None)
        return false;
    if (isFrame(event, FrameHeader::Ping) || isFrame(event, FrameHeader::Pong))
        return true;
    return idOf(event).has_value();
}

std::optional<quint64> ReplyMatcher::match(const EventLog &log, quint64 seq)
{
    const Event *origin = log.find(seq);
    if (!origin || origin->dir == Direction::None)
        return std::nullopt;
    const Direction other = opposite(origin->dir);
    const qsizetype at = qsizetype(seq - log.firstSeq());

    // Ping → forward to its pong; pong → back to its ping.
    if (isFrame(*origin, FrameHeader::Ping) || isFrame(*origin, FrameHeader::Pong)) {
        const bool forward = origin->frame.opcode == FrameHeader::Ping;
        const quint8 wanted = forward ? FrameHeader::Pong : FrameHeader::Ping;
        const qsizetype step = forward ? 1 : -1;
        for (qsizetype i = at + step, n = 0; i >= 0 && i < log.size() && n < MaxScanEvents; i += step, ++n) {
            const Event &event = log.at(i);
            if (LogRules::startsAttempt(event))
                break;
            if (event.dir == other && isFrame(event, wanted) && event.payload == origin->payload)
                return event.seq;
        }
        return std::nullopt;
    }

    // A message with an id: a request finds its reply after it; failing that, it is a reply and
    // finds its request before it. (Either side may ask: JSON-RPC 2.0 lets a server send
    // requests too.)
    const std::optional<QByteArray> id = idOf(*origin);
    if (!id)
        return std::nullopt;
    for (const qsizetype step : {qsizetype(1), qsizetype(-1)}) {
        for (qsizetype i = at + step, n = 0; i >= 0 && i < log.size() && n < MaxScanEvents; i += step, ++n) {
            const Event &event = log.at(i);
            if (LogRules::startsAttempt(event))
                break;
            if (event.dir == other && idOf(event) == id)
                return event.seq;
        }
    }
    return std::nullopt;
}
