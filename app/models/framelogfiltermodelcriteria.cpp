// FrameLogFilterModel: the filter and search API (presets, toggles, kind, opcode, search text) and the per-event check.
#include "models/framelogfiltermodel.h"

#include "core/export/eventformatter.h"
#include "core/log/logrules.h"
#include "models/framelogmodel.h"
#include "core/protocol/frameheader.h"

#include <algorithm>

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

LogFilter FrameLogFilterModel::preset(Category category)
{
    LogFilter filter;
    switch (category) {
    case Category::All:
    case Category::Custom:
        break;
    case Category::Sent:
        filter.directions = LogFilter::Sent;
        break;
    case Category::Received:
        filter.directions = LogFilter::Received;
        break;
    case Category::Control:
        filter.kinds = LogFilter::PingPong | LogFilter::Close;
        break;
    case Category::Errors:
        filter.problemsOnly = true;
        break;
    }
    return filter;
}

void FrameLogFilterModel::setCategory(Category category)
{
    setLogFilter(preset(category));
}

FrameLogFilterModel::Category FrameLogFilterModel::category() const
{
    for (const Category category : {Category::All, Category::Sent, Category::Received, Category::Control, Category::Errors}) {
        if (preset(category) == m_filter)
            return category;
    }
    return Category::Custom;
}

void FrameLogFilterModel::setLogFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
    emit logFilterChanged();
}

void FrameLogFilterModel::setOpcodeFilter(int opcode)
{
    opcode = opcode < 0 ? -1 : opcode;
    if (opcode == m_opcode)
        return;
    m_opcode = opcode;
    refilter();
}

void FrameLogFilterModel::setKindFilter(int kind)
{
    kind = kind < 0 ? -1 : kind;
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void FrameLogFilterModel::setSearchText(const QString &text, bool regex, bool caseSensitive)
{
    SearchMode mode = SearchMode::None;
    const SearchMatcher matcher(text, regex, caseSensitive);
    // Decision: a broken pattern filters nothing (the log stays usable while the user types)
    // and the error says where the pattern breaks.
    const QString error = matcher.errorString();
    if (!text.isEmpty() && matcher.isValid())
        mode = regex ? SearchMode::Regex : SearchMode::Substring;
    const bool changed = text != m_searchText || mode != m_searchMode || caseSensitive != m_caseSensitive;
    m_searchText = text;
    m_matcher = matcher;
    m_searchAscii.clear();
    bool ascii = mode == SearchMode::Substring;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80 && c != QLatin1Char('\n');
    if (ascii) {
        m_searchAscii = text.toLatin1();
        if (!caseSensitive)
            std::transform(m_searchAscii.begin(), m_searchAscii.end(), m_searchAscii.begin(), asciiLower);
    }
    m_searchMode = mode;
    m_caseSensitive = caseSensitive;
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (int opcode = 0; opcode < FrameHeader::OpcodeCount; ++opcode) {
        Event frame;
        frame.kind = EventKind::Frame;
        frame.frame.opcode = quint8(opcode);
        m_typeMatches[size_t(opcode)] = !text.isEmpty() && EventFormatter::searchTypeName(frame).contains(text, cs);
    }
    if (error != m_searchError) {
        m_searchError = error;
        emit searchErrorChanged(m_searchError);
    }
    if (changed) {
        refilter();
        emit searchChanged();
    }
}

bool FrameLogFilterModel::accepts(const Event &event) const
{
    if (!m_filter.accepts(event))
        return false;
    if (m_kind >= 0 && int(event.kind) != m_kind)
        return false;
    if (m_opcode >= 0 && LogRules::effectiveOpcode(event) != m_opcode)
        return false;
    switch (m_searchMode) {
    case SearchMode::None:
        return true;
    case SearchMode::Substring:
        if (const std::optional<bool> quick = quickSubstringMatch(event))
            return *quick;
        return EventFormatter::searchText(event).contains(m_searchText,
                                                          m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    case SearchMode::Regex:
        return m_matcher.matches(EventFormatter::searchText(event));
    }
    return true;
}

std::optional<bool> FrameLogFilterModel::quickSubstringMatch(const Event &event) const
{
    // EventFormatter::searchText() of a text payload is "types\npayload" (built as one QString per
    // row: the cost of a search over a million rows). A needle without a line break cannot span
    // the line break, so it is in the type or in the payload; and when both the needle and the
    // payload are ASCII, a byte search with ASCII case folding finds exactly what QString's
    // case-insensitive search finds. Anything else takes the general path.
    if (m_searchAscii.isEmpty())
        return std::nullopt;
    if (event.kind != EventKind::Frame)
        return std::nullopt; // closes and the rest search their summary too
    const quint8 opcode = event.frame.opcode;
    if (opcode == FrameHeader::Binary || opcode == FrameHeader::Close || opcode == FrameHeader::Pong
        || (event.detail && event.detail->frameCount > 1))
        return std::nullopt; // their search text holds a summary, an RTT or the whole message
    const QByteArray &payload = event.payload;
    if (std::any_of(payload.cbegin(), payload.cend(), [](char c) { return uchar(c) >= 0x80; }))
        return std::nullopt;
    if (m_typeMatches[size_t(opcode)])
        return true;
    if (m_caseSensitive)
        return payload.contains(m_searchAscii);
    const auto it = std::search(payload.cbegin(), payload.cend(), m_searchAscii.cbegin(), m_searchAscii.cend(),
                                [](char a, char b) { return asciiLower(a) == b; });
    return it != payload.cend();
}

bool FrameLogFilterModel::acceptsAll() const
{
    return m_filter.isAll() && m_kind < 0 && m_opcode < 0 && m_searchMode == SearchMode::None;
}

bool FrameLogFilterModel::acceptsSourceRow(int sourceRow) const
{
    if (m_log)
        return accepts(m_log->eventAt(sourceRow));
    const QVariant value = sourceModel()->index(sourceRow, 0).data(FrameLogModel::EventRole);
    return value.canConvert<Event>() && accepts(value.value<Event>());
}
