#include "core/codecs/jsontree.h"

namespace {

using Token = JsonTokenizer::Token;
using Kind = JsonTokenizer::Kind;

// One open object or array while building. `node` is NoNode when the container itself was
// not stored; its members are still counted (the count is thrown away with it).
struct OpenContainer
{
    qint32 node;
    qint32 lastChild;
    qint64 count;
};

JsonTree::Type typeOf(Kind kind)
{
    switch (kind) {
    case Kind::BeginObject: return JsonTree::Type::Object;
    case Kind::BeginArray: return JsonTree::Type::Array;
    case Kind::String: return JsonTree::Type::String;
    case Kind::Number: return JsonTree::Type::Number;
    case Kind::True:
    case Kind::False: return JsonTree::Type::Boolean;
    default: return JsonTree::Type::Null;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

} // namespace

static_assert(sizeof(JsonTree::Node) <= 64, "a node stays one cache line");

JsonTree JsonTree::build(const QByteArray &source, const Options &options)
{
    return buildRange(source, 0, source.size(), options);
}

JsonTree JsonTree::subtree(int index, const Options &options) const
{
    const Node &from = m_nodes.at(index);
    JsonTree tree = buildRange(m_source, from.valueBegin, from.valueEnd, options);
    if (!tree.m_nodes.isEmpty()) {
        Node &root = tree.m_nodes.first();
        root.keyBegin = from.keyBegin;
        root.keyLength = from.keyLength;
        root.row = from.row;
    }
    return tree;
}

JsonTree JsonTree::buildRange(const QByteArray &source, qint64 begin, qint64 end, const Options &options)
{
    JsonTree tree;
    tree.m_source = source;
    const QByteArrayView text = QByteArrayView(source).sliced(begin, end - begin);
    JsonTokenizer tokenizer(text);
    QList<OpenContainer> open;
    qint64 keyBegin = -1;
    qint32 keyLength = 0;
    const qsizetype maxNodes = qMax(0, options.maxNodes);
    Token token;
    while (tokenizer.next(&token)) {
        switch (token.kind) {
        case Kind::Colon:
        case Kind::Comma:
            continue;
        case Kind::Key:
            keyBegin = begin + token.begin;
            keyLength = qint32(qMin<qsizetype>(token.end - token.begin, std::numeric_limits<qint32>::max()));
            continue;
        case Kind::EndObject:
        case Kind::EndArray: {
            const OpenContainer closed = open.takeLast();
            if (closed.node != NoNode) {
                Node &node = tree.m_nodes[closed.node];
                node.valueEnd = begin + token.end;
                node.count = closed.count;
                if (!node.complete && node.parent != NoNode)
                    tree.m_nodes[node.parent].complete = false;
            }
            continue;
        }
        default:
            break;
        }

        // A value: a scalar, or the start of an object or array.
        ++tree.m_totalValues;
        OpenContainer *parent = open.isEmpty() ? nullptr : &open.last();
        const qint64 row = parent ? parent->count++ : 0;
        const int depth = int(open.size());
        const bool isMember = parent && parent->node != NoNode && tree.m_nodes[parent->node].type == Type::Object;
        // Document order: once maxNodes is reached nothing more is stored, so a stored node's
        // parent is always stored too.
        const bool store = tree.m_nodes.size() < maxNodes && depth <= options.maxDepth
                           && (!parent || parent->node != NoNode);
        qint32 index = NoNode;
        if (store) {
            Node node;
            node.type = typeOf(token.kind);
            node.valueBegin = begin + token.begin;
            node.valueEnd = begin + token.end;
            node.depth = quint16(depth);
            node.row = qint32(row);
            if (isMember) {
                node.keyBegin = keyBegin;
                node.keyLength = keyLength;
            }
            index = qint32(tree.m_nodes.size());
            if (parent) {
                node.parent = parent->node;
                Node &up = tree.m_nodes[parent->node];
                if (parent->lastChild == NoNode)
                    up.firstChild = index;
                else
                    tree.m_nodes[parent->lastChild].nextSibling = index;
                ++up.storedChildren;
                parent->lastChild = index;
            }
            tree.m_nodes.append(node);
        } else if (parent && parent->node != NoNode) {
            tree.m_nodes[parent->node].complete = false;
        }
        keyBegin = -1;
        keyLength = 0;
        if (token.kind == Kind::BeginObject || token.kind == Kind::BeginArray)
            open.append(OpenContainer{index, NoNode, 0});
    }
    // The list grew by doubling; give back the slack so a kept tree costs what it holds.
    if (tree.m_nodes.capacity() > tree.m_nodes.size() + tree.m_nodes.size() / 8)
        tree.m_nodes.squeeze();
    if (const std::optional<JsonTokenizer::Failure> &failure = tokenizer.failure()) {
        tree.m_nodes.clear();
        tree.m_nodes.squeeze();
        tree.m_totalValues = 0;
        CodecError error = TextCodec::errorAtUtf8(text, failure->offset, failure->what);
        error.position += begin;
        tree.m_error = error;
    }
    return tree;
}

QList<int> JsonTree::children(int index) const
{
    QList<int> result;
    const Node &parent = m_nodes.at(index);
    result.reserve(parent.storedChildren);
    for (qint32 child = parent.firstChild; child != NoNode; child = m_nodes.at(child).nextSibling)
        result.append(child);
    return result;
}

QByteArrayView JsonTree::keyAsWritten(int index) const
{
    const Node &node = m_nodes.at(index);
    if (node.keyBegin < 0)
        return {};
    return QByteArrayView(m_source).sliced(node.keyBegin, node.keyLength);
}

QString JsonTree::key(int index) const
{
    return decodeString(keyAsWritten(index));
}

QByteArrayView JsonTree::valueAsWritten(int index) const
{
    const Node &node = m_nodes.at(index);
    return QByteArrayView(m_source).sliced(node.valueBegin, node.valueEnd - node.valueBegin);
}

QString JsonTree::stringValue(int index) const
{
    if (m_nodes.at(index).type != Type::String)
        return {};
    return decodeString(valueAsWritten(index));
}

qint64 JsonTree::offset(int index) const
{
    const Node &node = m_nodes.at(index);
    return node.keyBegin >= 0 ? node.keyBegin : node.valueBegin;
}

QString JsonTree::decodeString(QByteArrayView token)
{
    if (token.size() < 2)
        return {};
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    qsizetype run = 0; // start of the plain UTF-8 run being copied
    qsizetype i = 0;
    while (i < inner.size()) {
        if (inner[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(inner.sliced(run, i - run));
        const char e = i + 1 < inner.size() ? inner[i + 1] : '\\';
        // RFC 8259 §7. \uXXXX is one UTF-16 code unit; a surrogate pair is two escapes, and a
        // lone surrogate stays one (QString holds it, the view shows U+FFFD or the code unit).
        if (e == 'u' && i + 5 < inner.size()) {
            char16_t unit = 0;
            for (qsizetype k = i + 2; k < i + 6; ++k)
                unit = char16_t((unit << 4) | hexValue(inner[k]));
            out += QChar(unit);
            i += 6;
        } else {
            switch (e) {
            case 'b': out += QLatin1Char('\b'); break;
            case 'f': out += QLatin1Char('\f'); break;
            case 'n': out += QLatin1Char('\n'); break;
            case 'r': out += QLatin1Char('\r'); break;
            case 't': out += QLatin1Char('\t'); break;
            default: out += QLatin1Char(e); break; // \" \\ \/
            }
            i += 2;
        }
        run = i;
    }
    out += QString::fromUtf8(inner.sliced(run, inner.size() - run));
    return out;
}

QString JsonTree::typeName(Type type)
{
    switch (type) {
    case Type::Object: return tr("object");
    case Type::Array: return tr("array");
    case Type::String: return tr("string");
    case Type::Number: return tr("number");
    case Type::Boolean: return tr("boolean");
    case Type::Null: return tr("null");
    }
    return {};
}

QString JsonTree::countText(const Node &node)
{
    // %n takes an int; a count beyond it is shown as a plain number (never happens below 2 GiB).
    const int n = int(qMin<qint64>(node.count, std::numeric_limits<int>::max()));
    switch (node.type) {
    case Type::Object: return tr("%n member(s)", nullptr, n);
    case Type::Array: return tr("%n element(s)", nullptr, n);
    default: return {};
    }
}
