#pragma once

#include "core/codecs/jsontokenizer.h"
#include "core/codecs/textcodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

// A JSON text (RFC 8259) as a compact array of nodes, for a tree view. Built from JsonTokenizer's
// tokens, so it accepts exactly what JsonCodec::validate() accepts, and it keeps the text as
// written: members in their order, duplicate keys kept (RFC 8259 §4 allows them), numbers and
// strings spelled as sent (the node holds byte ranges into the source, never a re-encoding).
//
// Nodes are stored in document order (depth first, pre-order): node 0 is the top-level value.
// Each node links to its parent, its first stored child and its next stored sibling, knows its
// row under the parent (the array index of an element) and its byte range in the source, so a
// view can jump to the bytes of a selected node.
//
// Big documents: at most Options::maxNodes nodes are stored, and only down to Options::maxDepth.
// Every container still reports its real member/element count (Node::count), and Node::complete
// says whether all of its descendants are stored; a root array of 60,000 elements capped at 1,000
// nodes says count 60000. For lazy display, build with maxDepth = 1 (the top-level value and its
// direct children), then call subtree() for a node when the user expands it.
//
//     const JsonTree tree = JsonTree::build(payload);
//     if (!tree.isValid()) show(tree.error()->message);
//     for (int child : tree.children(tree.root())) addRow(tree.key(child), tree.valueAsWritten(child));
class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)

public:
    enum class Type : quint8 { Object, Array, String, Number, Boolean, Null };

    static constexpr qint32 NoNode = -1;
    static constexpr int DefaultMaxNodes = 100000;

    struct Options
    {
        int maxNodes = DefaultMaxNodes;                   // nodes stored at most (document order)
        int maxDepth = std::numeric_limits<int>::max();   // 0 = the top-level value only, 1 = and its children ...
    };

    // 64 bytes; the source bytes are shared, not copied, and hold all text.
    struct Node
    {
        qint64 keyBegin = -1;        // object members: the key token, quotes included; -1 otherwise
        qint64 valueBegin = 0;       // first byte of the value ('{', '"', '-', 't' ...)
        qint64 valueEnd = 0;         // one past its last byte (past the '}' or ']' of a container)
        qint64 count = 0;            // containers: the real number of members or elements; 0 for scalars
        qint32 keyLength = 0;        // bytes of the key token, quotes included
        qint32 parent = NoNode;
        qint32 firstChild = NoNode;  // first stored child
        qint32 nextSibling = NoNode; // next stored sibling
        qint32 row = 0;              // position under the parent: the array index, or the member's place
        qint32 storedChildren = 0;   // children stored in the tree (== count when none was cut)
        quint16 depth = 0;           // 0 for the top-level value
        Type type = Type::Null;
        bool complete = true;        // false when the caps left out a descendant

        bool isContainer() const { return type == Type::Object || type == Type::Array; }
    };

    JsonTree() = default;

    // Builds the tree for one JSON text. An invalid text gives a tree without nodes and error()
    // set to what JsonCodec::validate() says. Cost: one pass over the source (linear), memory
    // 64 bytes per stored node plus a small stack per nesting level.
    static JsonTree build(const QByteArray &source, const Options &options);
    static JsonTree build(const QByteArray &source) { return build(source, Options()); }

    // The tree of one container node of this tree, built on demand from its byte range: offsets
    // stay those of the whole source, the new root keeps the node's key and row, depths restart
    // at 0. Used to show the children a cap left out (when the user expands the node).
    JsonTree subtree(int index, const Options &options) const;

    bool isValid() const { return !m_error.has_value() && !m_nodes.isEmpty(); }
    // Line, column and message of the first error; nullopt for a valid text.
    const std::optional<CodecError> &error() const { return m_error; }

    int nodeCount() const { return int(m_nodes.size()); }
    // Values in the whole text (every object, array and scalar), stored or not.
    qint64 totalValueCount() const { return m_totalValues; }
    // Some values are not stored (maxNodes or maxDepth was reached).
    bool isTruncated() const { return m_totalValues > m_nodes.size(); }
    int root() const { return m_nodes.isEmpty() ? NoNode : 0; }
    const Node &node(int index) const { return m_nodes.at(index); }
    // The stored children of a node in document order. O(children): a view calls it once per
    // expanded node and keeps the list.
    QList<int> children(int index) const;

    // The key as written in the source, quotes and escapes included; empty for non-members.
    QByteArrayView keyAsWritten(int index) const;
    // The key with its escapes decoded ("caf\u00e9" -> "café"); empty for non-members.
    QString key(int index) const;
    // The value as written: a number keeps its spelling ("1.50e+3"), a string its quotes and
    // escapes, a container spans from its bracket to the matching one.
    QByteArrayView valueAsWritten(int index) const;
    // A string value with its escapes decoded, without quotes; empty for other types.
    QString stringValue(int index) const;
    // Where a view jumps to for the node: the key of a member, else the first byte of the value.
    qint64 offset(int index) const;

    const QByteArray &source() const { return m_source; }
    // Bytes the node array occupies (capacity included): what a tree costs beyond its source.
    qsizetype memoryBytes() const { return m_nodes.capacity() * qsizetype(sizeof(Node)); }

    // Translated type name: "object", "array", "string", "number", "boolean", "null".
    static QString typeName(Type type);
    // Translated size of a container: "3 members", "60000 elements"; empty for scalars.
    static QString countText(const Node &node);
    // Decodes one JSON string token (quotes included) already checked by JsonTokenizer.
    static QString decodeString(QByteArrayView token);

private:
    static JsonTree buildRange(const QByteArray &source, qint64 begin, qint64 end, const Options &options);

    QByteArray m_source;
    QList<Node> m_nodes;
    qint64 m_totalValues = 0;
    std::optional<CodecError> m_error;
};
